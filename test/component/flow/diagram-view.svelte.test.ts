// DiagramView lays out the scenes next to the reader's ahead of time, in idle time (here, a
// queue the test runs by hand), keeps them, and drops them when the figures or the size change.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Flow, Scene } from '$lib/content/types';
import { DiagramView } from '$lib/state/diagram.svelte';
import { assumedFlows, companies, flows, scenes } from '../../unit/flow/fixtures';

const story: Scene[] = [scenes.talks, scenes.chips, scenes.microsoft, scenes.stock, scenes.roundTrip, scenes.anthropic];

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup() {
  let input = $state.raw({ scene: scenes.talks as Scene, flows: flows as readonly Flow[] });
  let view!: DiagramView;
  cleanups.push(
    $effect.root(() => {
      view = new DiagramView(() => ({ companies, flows: input.flows, scene: input.scene, arrangement: 'auto' }));
      view.measured = 736;
      view.slotHeight = 555;
      view.sized = true;
    })
  );
  flushSync();
  /** Jobs handed to "idle time", run when the test says. */
  const queue: (() => void)[] = [];
  const soon = (job: () => void) => {
    queue.push(job);
    return () => queue.splice(queue.indexOf(job), 1);
  };
  /** Run the queue dry; how many jobs ran. */
  const idle = () => {
    let ran = 0;
    while (queue.length) {
      queue.shift()!();
      ran++;
    }
    return ran;
  };
  const set = (change: Partial<typeof input>) => {
    input = { ...input, ...change };
    flushSync();
  };
  return { set, view: () => view, soon, idle, queue };
}

describe('DiagramView.prepare', () => {
  it('lays out every other scene of the story, one job at a time, and then has nothing left to do', () => {
    const { view, soon, idle, queue } = setup();
    view().prepare(story, soon);
    expect(queue).toHaveLength(1);
    // Five scenes draw flows; the one on show is laid out already.
    expect(idle()).toBe(4);
    view().prepare(story, soon);
    expect(queue).toHaveLength(0);
  });

  it('gives a step the layout prepared for it, and keeps the ones it has drawn', () => {
    const { set, view } = setup();
    const talks = view().target;
    set({ scene: scenes.roundTrip });
    expect(view().target).not.toBe(talks);
    set({ scene: scenes.talks });
    expect(view().target).toBe(talks);
  });

  it('starts again when the calculator changes the figures', () => {
    const { set, view, soon, idle } = setup();
    view().prepare(story, soon);
    idle();
    set({ flows: assumedFlows });
    view().prepare(story, soon);
    expect(idle()).toBe(4);
  });

  it('drops work for a size the reader has left', () => {
    const { view, soon, idle } = setup();
    view().prepare(story, soon);
    view().measured = 343;
    flushSync();
    // The first job finds its key out of date and stops there.
    expect(idle()).toBe(1);
  });

  it('prepares nothing before the slot is measured', () => {
    const { view, soon, queue } = setup();
    view().sized = false;
    view().prepare(story, soon);
    expect(queue).toHaveLength(0);
  });
});
