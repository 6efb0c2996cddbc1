// The live diagram (layout, d3 scales, animation) is kept out of the pages' eager bundle: each
// page shows the step's prerendered still until this resolves. The one place that imports it.
import type { Component, ComponentProps } from 'svelte';
import type FlowFigure from './FlowFigure.svelte';

export type FlowFigureComponent = Component<ComponentProps<typeof FlowFigure>>;

/**
 * Load the live diagram's component. Resolves to undefined when it cannot load (a network
 * failure, a host that refuses the module), after saying so in the console: the still stays.
 */
export function loadFlowFigure(): Promise<FlowFigureComponent | undefined> {
  return import('./FlowFigure.svelte').then(
    // Mount in a task of its own, not in the one that evaluated the modules. (Not browser.ts's
    // nextTask: this module is in the page's eager bundle, and that one is not.)
    (module) => new Promise<FlowFigureComponent>((done) => setTimeout(() => done(module.default))),
    (error) => {
      console.error('The diagram could not load; the still drawing stays.', error);
      return undefined;
    }
  );
}
