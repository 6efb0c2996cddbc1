// The live diagram (layout, d3 scales, animation) is kept out of the pages' eager bundle: each
// page shows the step's prerendered still until this resolves. The one place that imports it.
import type { Component, ComponentProps } from 'svelte';
import type { DiagramContent } from '$lib/content/types';
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

/**
 * The story page's live diagram: its component, and what it draws from (/diagram.json, which
 * the page does not carry in its HTML), fetched side by side. Resolves to undefined when either
 * cannot load, after saying so in the console: the still stays.
 */
export function loadStoryDiagram(
  base: string
): Promise<{ FlowFigure: FlowFigureComponent; content: DiagramContent } | undefined> {
  const content = fetch(`${base}/diagram.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`${base}/diagram.json: ${response.status} ${response.statusText}`);
      return response.json() as Promise<DiagramContent>;
    })
    .catch((error: unknown) => {
      console.error("The diagram's data could not load; the still drawing stays.", error);
      return undefined;
    });
  return Promise.all([loadFlowFigure(), content]).then(([FlowFigure, content]) =>
    FlowFigure && content ? { FlowFigure, content } : undefined
  );
}
