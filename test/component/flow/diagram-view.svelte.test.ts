// DiagramView lays out the scenes next to the reader's ahead of time, in idle time (here, a
// queue the test runs by hand), keeps them, and drops them when the figures or the size change.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Flow, Scene } from '$lib/content/types';
import { idleAhead } from '$lib/flow/jobs';
import { layoutFlows } from '$lib/flow/layout';
import { DiagramView } from '$lib/state/diagram.svelte';
import { LayoutCache } from '$lib/state/layout-cache';
import { assumedFlows, companies, flows, scenes } from '../../unit/flow/fixtures';

const story: Scene[] = [scenes.talks, scenes.chips, scenes.microsoft, scenes.stock, scenes.roundTrip, scenes.anthropic];

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup({ sized = true } = {}) {
  let input = $state.raw({ scene: scenes.talks as Scene, flows: flows as readonly Flow[] });
  let view!: DiagramView;
  /** The scenes laid out, in order. */
  const laidOut: Scene[] = [];
  const layOut: typeof layoutFlows = (c, f, scene, size, arrangement) => {
    laidOut.push(scene);
    return layoutFlows(c, f, scene, size, arrangement);
  };
  const layouts = new LayoutCache(layOut);
  cleanups.push(
    $effect.root(() => {
      view = new DiagramView(
        () => ({ companies, flows: input.flows, scene: input.scene, arrangement: 'auto' }),
        layouts
      );
      view.measured = 736;
      view.slotHeight = 555;
      view.sized = sized;
    })
  );
  flushSync();
  /** Jobs handed to "idle time", run when the test says. */
  const queue: (() => void)[] = [];
  const soon = (job: () => void) => {
    queue.push(job);
    return () => {
      if (queue.includes(job)) queue.splice(queue.indexOf(job), 1);
    };
  };
  // The page's main-thread fallback (the worker's is in e2e), with the counting layout.
  const ahead = idleAhead(soon, (job) => {
    if (job.kind !== 'flows') throw new Error('a story job only');
    return layOut(job.companies, job.flows, job.scene, job.size, job.arrangement);
  });
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
  return { set, view: () => view, soon: ahead, idle, queue, laidOut };
}

describe('DiagramView.prepare', () => {
  it('lays out the next scene and the one before, one job at a time, then has nothing left to do', () => {
    const { set, view, soon, idle, queue, laidOut } = setup();
    set({ scene: scenes.microsoft });
    laidOut.length = 0;
    view().prepare(story, soon);
    expect(queue).toHaveLength(1);
    expect(idle()).toBe(2);
    // After microsoft comes the stock chart, so: the one before, then the one after that.
    expect(laidOut).toEqual([scenes.chips, scenes.roundTrip]);
    view().prepare(story, soon);
    expect(queue).toHaveLength(0);
  });

  it('gives the next step the layout prepared for it: the step change lays out nothing', () => {
    const { set, view, soon, idle, laidOut } = setup();
    view().prepare(story, soon);
    idle();
    const before = laidOut.length;
    set({ scene: scenes.chips });
    expect(view().target.links.find((l) => l.id === 'openai-amazon-trainium')?.visible).toBe(true);
    expect(laidOut).toHaveLength(before);
  });

  it('keeps the layouts of the steps it has drawn', () => {
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
    expect(idle()).toBe(2);
  });

  it('drops work for a size the reader has left', () => {
    const { view, soon, idle, laidOut } = setup();
    view().prepare(story, soon);
    view().measured = 343;
    flushSync();
    const before = laidOut.length;
    // The first job finds its key out of date and stops there, laying out nothing.
    expect(idle()).toBe(1);
    expect(laidOut).toHaveLength(before);
  });

  it('takes back the job it has not run when stopped', () => {
    const { view, soon, idle } = setup();
    const stop = view().prepare(story, soon);
    stop();
    expect(idle()).toBe(0);
  });

  it.each([
    { when: 'before the slot is measured', change: (view: DiagramView) => (view.sized = false) },
    { when: 'while the drawing is off screen', change: (view: DiagramView) => (view.onScreen = false) },
    { when: 'while the tab is hidden', change: (view: DiagramView) => (view.pageVisible = false) }
  ])('prepares nothing $when', ({ change }) => {
    const { view, soon, queue } = setup();
    change(view());
    view().prepare(story, soon);
    expect(queue).toHaveLength(0);
  });
});

describe('DiagramView.layOutFirst', () => {
  it('lays the scene on show out through ahead, keeps it, and only then says it is ready', () => {
    const { view, soon, idle, laidOut } = setup({ sized: false });
    expect(laidOut).toEqual([]);
    const ready = vi.fn(() => (view().sized = true));
    view().layOutFirst(soon, ready);
    expect(ready).not.toHaveBeenCalled();
    expect(idle()).toBe(1);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(laidOut).toEqual([scenes.talks]);
    // The drawing uses the layout kept: nothing is laid out again.
    flushSync();
    expect(view().target.links.find((l) => l.id === 'amazon-openai-equity')?.visible).toBe(true);
    expect(laidOut).toHaveLength(1);
  });

  it('is taken back before it runs', () => {
    const { view, soon, idle } = setup({ sized: false });
    const ready = vi.fn();
    view().layOutFirst(soon, ready)();
    expect(idle()).toBe(0);
    expect(ready).not.toHaveBeenCalled();
  });
});

describe('DiagramView.dots', () => {
  it('takes the dots away while the page scrolls, and gives them back when it rests', () => {
    const { view } = setup();
    view().choice = 'play';
    flushSync();
    expect(view().dots).toBe(true);
    view().scrolling = true;
    flushSync();
    expect(view().dots).toBe(false);
    view().scrolling = false;
    flushSync();
    expect(view().dots).toBe(true);
  });

  it('keeps dots the reader paused where they are while the page scrolls', () => {
    const { view } = setup();
    view().choice = 'pause';
    view().scrolling = true;
    flushSync();
    expect(view().dots).toBe(true);
  });
});
