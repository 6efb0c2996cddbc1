// Layouts of a story's scenes at one size, kept and worked out ahead (state, so not in flow/,
// whose modules are pure functions). A step change used to lay
// out its scene in the frame that started the transition (placing labels is most of the time
// of a frame like that, and on a phone's CPU the frame took 100 ms and more); with the cache,
// the scenes next to the reader's are laid out ahead, one at a time (DiagramView.prepare: in a
// worker, or in idle time), and a step change finds its layout ready. What a layout depends on
// (the companies, the flows with the calculator's figures, the drawing's size and arrangement)
// is the cache's key: a new key empties it.
import type { Company, Flow, Scene } from '$lib/content/types';
import type { LayoutJob } from '$lib/flow/jobs';
import { layoutFlows, type FlowLayout } from '$lib/flow/layout';
import type { Arrangement, Size } from '$lib/flow/sizing';

export interface LayoutKey {
  companies: readonly Company[];
  flows: readonly Flow[];
  size: Size;
  arrangement: Arrangement;
}

function sameKey(a: LayoutKey, b: LayoutKey): boolean {
  return (
    a.companies === b.companies &&
    a.flows === b.flows &&
    a.size.width === b.size.width &&
    a.size.height === b.size.height &&
    a.arrangement === b.arrangement
  );
}

export class LayoutCache {
  #key: LayoutKey | null = null;
  #layouts = new Map<Scene, FlowLayout>();
  readonly #layout: typeof layoutFlows;

  /** `layout` is layoutFlows, or a stand-in that counts its calls (tests). */
  constructor(layout: typeof layoutFlows = layoutFlows) {
    this.#layout = layout;
  }

  #use(key: LayoutKey): void {
    if (this.#key && sameKey(this.#key, key)) return;
    this.#key = key;
    this.#layouts.clear();
  }

  /** The scene's layout for `key`, laid out now unless it is kept. */
  get(key: LayoutKey, scene: Scene): FlowLayout {
    this.#use(key);
    let layout = this.#layouts.get(scene);
    if (!layout) {
      layout = this.#layout(key.companies, key.flows, scene, key.size, key.arrangement);
      this.#layouts.set(scene, layout);
    }
    return layout;
  }

  /** The scene's layout for `key` as a job to do elsewhere (flow/jobs.ts), to `put` back. */
  job(key: LayoutKey, scene: Scene): LayoutJob {
    const { companies, flows, size, arrangement } = key;
    return { kind: 'flows', companies, flows, scene, size: { width: size.width, height: size.height }, arrangement };
  }

  /**
   * Keep a layout worked out elsewhere, for `key` only while it is the cache's own; the one
   * already kept wins. False when `key` is out of date.
   */
  put(key: LayoutKey, scene: Scene, layout: FlowLayout): boolean {
    if (!this.current(key)) return false;
    if (!this.#layouts.has(scene)) this.#layouts.set(scene, layout);
    return true;
  }

  /** Keep a layout worked out elsewhere for `key`, making `key` the cache's own (a first layout). */
  adopt(key: LayoutKey, scene: Scene, layout: FlowLayout): void {
    this.#use(key);
    this.put(key, scene, layout);
  }

  /** Whether `key` is the one the cache holds layouts for. */
  current(key: LayoutKey): boolean {
    return !!this.#key && sameKey(this.#key, key);
  }

  /** Whether the scene's layout for `key` is kept. */
  has(key: LayoutKey, scene: Scene): boolean {
    return this.current(key) && this.#layouts.has(scene);
  }
}

/**
 * The scenes to lay out ahead of a reader at `current`, at most `count` of them: the next, the
 * one before, then outwards (readers mostly go on). Scenes that draw no flows (the stock step)
 * are left out; so is the current one.
 */
export function aheadOrder(scenes: readonly Scene[], current: Scene, count = Infinity): Scene[] {
  const at = scenes.indexOf(current);
  if (at < 0) return [];
  const order: Scene[] = [];
  for (let step = 1; step < scenes.length; step++)
    for (const i of [at + step, at - step]) {
      const scene = scenes[i];
      if (scene && scene.chart === 'flows' && order.length < count) order.push(scene);
    }
  return order;
}
