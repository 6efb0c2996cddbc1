// The live diagram's state in one place: what the reader allows (reduced motion, the pause
// button), where it is (its measured width, on screen, tab visible), what they point at
// (hover, focus, a pinned tap), and the layout on screen, which follows the scene's layout
// through a Tween. Everything else is derived; the components only render it.
import { untrack } from 'svelte';
import { Tween, prefersReducedMotion } from 'svelte/motion';
import type { Company, Flow, Scene } from '$lib/content/types';
import { blankLayout, type FlowLayout } from '$lib/flow/layout';
import type { Ahead } from '$lib/flow/jobs';
import { LayoutCache, aheadOrder, type LayoutKey } from './layout-cache';
import { diagramSize, SSR_WIDTH, type Arrangement } from '$lib/flow/sizing';
import { easeCubicInOut, interpolateLayout, TRANSITION_MS } from '$lib/flow/transition';

export interface DiagramInput {
  companies: readonly Company[];
  /** All flows of the story (the width scale's domain); the scene picks what is drawn. */
  flows: readonly Flow[];
  scene: Scene;
  arrangement: Arrangement | 'auto';
}

/** The drawing's height before anything is measured (server rendering). */
const SSR_HEIGHT = 420;

/** Scenes laid out ahead of the reader: the next and the one before. */
const AHEAD = 2;

const EMPTY: Scene = { chart: 'flows', show: [], flows: [], highlight: [] };

export class DiagramView {
  readonly #input: () => DiagramInput;
  /** The drawing's slot (its width, and the height left for it), once measured; the server's
   *  defaults until then. */
  measured = $state(0);
  slotHeight = $state(0);
  /**
   * The slot has been measured (or found unmeasurable, as in jsdom) and the scene laid out at
   * its size: until then the target is the empty scene, so mounting lays out and draws the scene
   * once, at its real size, not first at the server's default size and again a moment later.
   */
  sized = $state(false);
  onScreen = $state(true);
  pageVisible = $state(true);
  /** The page is scrolling (FlowFigure: watchScrolling). */
  scrolling = $state(false);
  /** The reader's own choice from the pause/play button; null until they press it. */
  choice = $state<'play' | 'pause' | null>(null);
  hovered = $state<string | null>(null);
  focused = $state<string | null>(null);
  pinned = $state<string | null>(null);
  /** No transition under way: the layout on screen is the target. */
  settled = $state(true);

  readonly box: ReturnType<typeof diagramSize>;
  readonly isStock: boolean;
  /** The scene's layout; at the stock step the diagram empties under the stock chart. */
  readonly target: FlowLayout;
  readonly motionOn = $derived(this.choice ? this.choice === 'play' : !prefersReducedMotion.current);
  /**
   * Dots along the step's highlighted flows, only while they can be seen: moving, or frozen
   * where the reader paused them (under reduced motion, none until the reader asks), and not
   * while the drawing changes between steps (they join once it has settled), nor while the page
   * scrolls with the dots moving: a running Web Animation costs its dot a style recalculation in
   * every frame the page draws, and a scroll draws every frame (paused dots do not animate,
   * and stay where the reader froze them). With them, a scroll through the story
   * at 1280 px and the CPU slowed 4× had about twice as many frames over 50 ms.
   */
  readonly dots: boolean;
  /** What the details card describes: a pinned, focused or hovered flow or company still in the scene. */
  readonly active: { type: 'link' | 'node'; id: string; key: string } | null;

  readonly #tween: Tween<FlowLayout>;
  readonly #layouts: LayoutCache;
  /** What the scene's layout depends on besides the scene. */
  readonly #key: LayoutKey;

  /** `layouts` keeps the scenes' layouts (a test passes one that counts them). */
  constructor(input: () => DiagramInput, layouts = new LayoutCache()) {
    this.#input = input;
    this.#layouts = layouts;
    this.box = $derived(
      diagramSize(this.measured || SSR_WIDTH, this.slotHeight || SSR_HEIGHT, this.#input().arrangement)
    );
    this.isStock = $derived(this.#input().scene.chart === 'stock');
    this.#key = $derived.by(() => {
      const { companies, flows } = this.#input();
      return { companies, flows, size: this.box, arrangement: this.box.arrangement };
    });
    this.target = $derived.by(() => {
      // Unmeasured, nothing is drawn (and the mount lays nothing out); the stock step's empty
      // scene is laid out, so that the flows leaving it can fade.
      if (!this.sized) return blankLayout(this.#key.flows, this.box, this.box.arrangement);
      return this.#layouts.get(this.#key, this.isStock ? EMPTY : this.#input().scene);
    });
    this.dots = $derived(
      !this.isStock &&
        this.settled &&
        this.onScreen &&
        this.pageVisible &&
        !(this.scrolling && this.motionOn) &&
        (this.motionOn || this.choice === 'pause')
    );
    this.active = $derived.by(() => {
      const key = this.pinned ?? this.focused ?? this.hovered;
      if (!key || this.isStock) return null;
      const [type, id] = key.split(':') as ['link' | 'node', string];
      const shown = type === 'link' ? this.target.links : this.target.nodes;
      return shown.some((m) => m.id === id && m.visible) ? { type, id, key } : null;
    });
    this.#tween = new Tween(this.target, { easing: easeCubicInOut, interpolate: interpolateLayout });
    // The tween follows the target; a change of size (or motion turned off) switches at once.
    // Only the drawing follows the tween frame by frame: the dots, the focus targets and the
    // details card take the target, so a frame of a transition redraws the bands and nothing else.
    let transition = 0;
    // The first drawing after the slot is measured appears at once: nothing grows out of the
    // empty scene.
    let wasSized = false;
    $effect.pre(() => {
      const next = this.target;
      const current = untrack(() => this.#tween.current);
      const animate = this.motionOn && this.onScreen && this.pageVisible;
      const resized = current.width !== next.width || !wasSized;
      wasSized = this.sized;
      const duration = animate && !resized ? TRANSITION_MS : 0;
      const mine = ++transition;
      this.settled = duration === 0;
      void this.#tween.set(next, { duration }).then(() => {
        if (mine === transition) this.settled = true;
      });
    });
  }

  /** The layout on screen: the target, or a frame of the transition towards it. */
  get shown(): FlowLayout {
    return this.#tween.current;
  }

  /**
   * Lay out, ahead of the reader, the two scenes next to the one on show (of `scenes`, the
   * story's), one job at a time through `ahead` (a worker, or the browser's idle time), the next
   * first: a step change then finds its layout ready instead of working it out in the frame that
   * starts the transition. Only while the drawing can be seen (a reader at the calculator moves
   * the figures of a diagram off screen; laying out its scenes each time would be work for
   * nobody). Stops when the scene, the flows or the size change (the caller asks again; reading
   * these in an effect makes it). Returns a function that stops it.
   */
  prepare(scenes: readonly Scene[], ahead: Ahead): () => void {
    const key = this.#key;
    const order = aheadOrder(scenes, this.#input().scene, AHEAD);
    let cancel = () => {};
    const next = () => {
      const scene = order.shift();
      if (!scene) return;
      if (this.#layouts.has(key, scene)) return next();
      cancel = ahead(
        this.#layouts.job(key, scene),
        (layout) => {
          if (this.#layouts.put(key, scene, layout)) next();
        },
        () => this.#layouts.current(key)
      );
    };
    if (this.sized && this.onScreen && this.pageVisible) next();
    return () => cancel();
  }

  /**
   * Work out the scene's layout at the measured size through `ahead` (a worker, or a task of
   * its own), ahead of drawing it, keep it, then call `ready`: the first drawing is then laid out
   * off the main thread, or in one task and drawn in a later one (FlowDiagram). The caller's
   * effect reads the scene and the size, so a change of either takes this job back and asks again.
   * Returns a function that stops it.
   */
  layOutFirst(ahead: Ahead, ready: () => void): () => void {
    const key = this.#key;
    const scene = this.isStock ? EMPTY : this.#input().scene;
    return ahead(
      this.#layouts.job(key, scene),
      (layout) => {
        this.#layouts.adopt(key, scene, layout);
        ready();
      },
      () => true
    );
  }

  toggleMotion(): void {
    this.choice = this.motionOn ? 'pause' : 'play';
  }

  togglePin(key: string): void {
    this.pinned = this.pinned === key ? null : key;
  }

  closeDetails(): void {
    this.pinned = null;
    this.hovered = null;
  }
}
