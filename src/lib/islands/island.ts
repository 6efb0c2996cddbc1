// Islands: a part of the page that is prerendered with the rest but whose JavaScript loads only
// when the reader comes near it. The page's eager bundle stays small (the budget is 60 KB
// brotli), and the HTML is complete without JavaScript. The server renders the component with
// `svelte/server`'s render(); the client finds that HTML in place and hydrates it later with the
// same props and id prefix, so the DOM is adopted, not rebuilt: no flash, no layout shift.
import { hydrate, unmount, type Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export interface IslandOptions<Props extends Record<string, any>> {
  /** Loads the component's module (a dynamic import, so it becomes its own chunk). */
  load: () => Promise<{ default: Component<Props> }>;
  /** The props, the same the server rendered with. */
  props: Props;
  /** The id prefix the server used, so `$props.id()` values match. */
  idPrefix: string;
  /** How far ahead of the viewport to start loading. */
  margin?: string;
}

/** An attachment that hydrates the island inside `node` once it nears the viewport. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function island<Props extends Record<string, any>>(options: IslandOptions<Props>) {
  return (node: HTMLElement) => {
    let cancelled = false;
    let instance: Record<string, unknown> | undefined;
    const start = async () => {
      const { default: component } = await options.load();
      if (cancelled) return;
      // hydrate()'s options type is conditional on Props; with a generic Props TypeScript
      // cannot resolve it, so state the shape once here.
      const mount = { target: node, props: options.props, idPrefix: options.idPrefix } as unknown as Parameters<
        typeof hydrate
      >[1];
      instance = hydrate(component as Component, mount);
      node.dataset.island = 'hydrated';
    };
    // Load when the island comes within `margin` of the viewport: early enough that a reader
    // scrolling down finds it ready, late enough that a reader who never gets there pays nothing.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) begin();
      },
      { rootMargin: options.margin ?? '800px 0px' }
    );
    let begun = false;
    function begin() {
      if (begun) return;
      begun = true;
      observer.disconnect();
      start().catch((error) => console.error('island: could not load', error));
    }
    observer.observe(node);
    return () => {
      cancelled = true;
      observer.disconnect();
      if (instance) void unmount(instance);
    };
  };
}
