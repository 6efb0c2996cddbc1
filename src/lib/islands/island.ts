// Islands: a part of the page that is prerendered with the rest but whose JavaScript loads only
// when the reader comes near it. The page's eager bundle stays small (the budget is 60 KB
// brotli), and the HTML is complete without JavaScript. The server renders the component with
// `svelte/server`'s render(); the client finds that HTML in place and hydrates it later with the
// same props and id prefix, so the DOM is adopted, not rebuilt: no flash, no layout shift.
//
// The prerendered controls work before the script does (a range input drags, a disclosure
// opens), so a reader can change them while the island loads: those changes are read just
// before hydrating and played back right after (adopt.ts), and the island starts loading at the
// reader's first touch of it, not only when it nears the viewport.
import { hydrate, mount, unmount, type Component } from 'svelte';
import { openDisclosures } from './disclosures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export interface IslandOptions<Props extends Record<string, any>> {
  /** Loads the component's module (a dynamic import, so it becomes its own chunk). */
  load: () => Promise<{ default: Component<Props> }>;
  /** The props, the same the server rendered with; or a function that fetches them, called
   *  with the island's element when it loads (data only the island needs stays out of the page). */
  props: Props | ((node: HTMLElement) => Promise<Props>);
  /** The id prefix the server used, so `$props.id()` values match. */
  idPrefix: string;
  /** How far ahead of the viewport to start loading. */
  margin?: string;
  /**
   * Mount the component after what the server rendered instead of adopting it: for an island
   * whose prerendered HTML is only a light stand-in (a link to a page of its own), so the page's
   * HTML stays small. The stand-in stays in the DOM, hidden by CSS once `data-island` is set.
   */
  append?: boolean;
  /**
   * Load when the island nears the viewport and the browser is next idle, not at once: for an
   * island whose hydration or mount is one long task, so that it runs when the reader stops
   * scrolling rather than in the middle of their scroll. A touch, click or key in the island
   * still starts it at once, and it starts within IDLE_WITHIN_MS in any case.
   */
  idle?: boolean;
}

/** How long an `idle` island waits for an idle period before it loads anyway, ms: a reader who
 *  has stopped at it should not wait on an animation elsewhere that keeps idle periods short. */
const IDLE_WITHIN_MS = 2000;

/** An attachment that hydrates the island inside `node` once it nears the viewport. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function island<Props extends Record<string, any>>(options: IslandOptions<Props>) {
  return (node: HTMLElement) => {
    const openAtStart = openDisclosures(node);
    let cancelled = false;
    let instance: Record<string, unknown> | undefined;
    const start = async () => {
      // What plays the reader's early changes back loads with the island, not with the page.
      const [{ default: component }, props, adopt] = await Promise.all([
        options.load(),
        typeof options.props === 'function' ? options.props(node) : options.props,
        options.append ? undefined : import('./adopt')
      ]);
      if (cancelled) return;
      // hydrate()'s options type is conditional on Props; with a generic Props TypeScript
      // cannot resolve it, so state the shape once here.
      const mountOptions = { target: node, props, idPrefix: options.idPrefix } as unknown as Parameters<
        typeof hydrate
      >[1];
      if (!adopt) {
        instance = mount(component as Component, mountOptions);
      } else {
        const changes = adopt.readChanges(node, openAtStart);
        const before = adopt.controlsIn(node);
        instance = hydrate(component as Component, mountOptions);
        adopt.replayChanges(changes, node, before);
      }
      node.dataset.island = 'hydrated';
    };
    // Load when the island comes within `margin` of the viewport: early enough that a reader
    // scrolling down finds it ready, late enough that a reader who never gets there pays nothing.
    let idleCancel: (() => void) | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        if (!options.idle) begin();
        else if (!idleCancel) {
          // The idle wait loads when first needed, with the lazy parts that share it: not in the
          // page's start-up scripts.
          idleCancel = () => {};
          import('$lib/idle')
            .then(({ whenIdle }) => {
              if (!begun && !cancelled) idleCancel = whenIdle(begin, { within: IDLE_WITHIN_MS });
            })
            .catch(begin);
        }
      },
      { rootMargin: options.margin ?? '800px 0px' }
    );
    // A reader who reaches the island faster than the observer (a link to #explore, a fast
    // flick, a tab into it) starts the load with their first touch, click or key.
    const TOUCH = ['pointerdown', 'focusin', 'keydown'] as const;
    let begun = false;
    function begin() {
      if (begun) return;
      begun = true;
      idleCancel?.();
      observer.disconnect();
      for (const type of TOUCH) node.removeEventListener(type, begin, true);
      start().catch((error) => console.error('island: could not load', error));
    }
    for (const type of TOUCH) node.addEventListener(type, begin, { capture: true, passive: true });
    observer.observe(node);
    return () => {
      cancelled = true;
      idleCancel?.();
      observer.disconnect();
      for (const type of TOUCH) node.removeEventListener(type, begin, true);
      if (instance) void unmount(instance);
    };
  };
}
