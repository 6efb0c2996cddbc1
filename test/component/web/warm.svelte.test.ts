// The explorer lays out every month of its view ahead of the reader, one job at a time through
// the `ahead` it is given (the page's is a worker), nearest months first; scrubbing to one then
// draws the layout kept, and a stop leaves the rest undone. The first drawing is prepared the
// same way (the story page's island).
import { describe, expect, it, vi } from 'vitest';
import { idleAhead } from '$lib/flow/jobs';
import type { FlowLayout } from '$lib/flow/layout';
import { runLayoutJob } from '$lib/web/jobs';
import { WebExplorer } from '$lib/state/web.svelte';
import { data } from '../../unit/web/fixtures';

const size = { width: 736, height: 555 };

function setup() {
  const explorer = new WebExplorer(data);
  const queue: (() => void)[] = [];
  const soon = (job: () => void) => {
    queue.push(job);
    return () => queue.splice(queue.indexOf(job) >>> 0, 1);
  };
  const made: { layout: FlowLayout }[] = [];
  const ahead = idleAhead(soon, (job) => {
    const layout = runLayoutJob(job);
    made.push({ layout });
    return layout;
  });
  return { explorer, queue, made, ahead };
}

describe('WebExplorer.warm', () => {
  it('lays out the other months, nearest first, and draws them from what it kept', () => {
    const { explorer, queue, made, ahead } = setup();
    const months = explorer.months;
    expect(months.length).toBeGreaterThan(3);
    explorer.month = months[1]!;
    explorer.layout(size, 'wide');
    const done = vi.fn();
    explorer.warm(size, 'wide', ahead, done);
    let jobs = 0;
    while (queue.length) {
      queue.shift()!();
      jobs++;
    }
    // Every month but the one drawn, each once.
    expect(jobs).toBe(months.length - 1);
    expect(done).toHaveBeenCalledTimes(1);
    // Drawn from memory: each month's drawing is a layout made ahead, and which month each
    // job was shows the order: the ones either side of the month on show first.
    const order = made.map(({ layout }) =>
      months.findIndex((month) => {
        explorer.month = month;
        return explorer.layout(size, 'wide') === layout;
      })
    );
    expect(order.slice(0, 2).sort()).toEqual([0, 2]);
    expect(order.slice(2)).toEqual(months.slice(3).map((_, i) => i + 3));
  });

  it('stops when told, with the months not yet laid out left undone', () => {
    const { explorer, queue, made, ahead } = setup();
    const stop = explorer.warm(size, 'wide', ahead);
    queue.shift()!();
    stop();
    expect(queue).toHaveLength(0);
    expect(made).toHaveLength(1);
  });
});

describe('WebExplorer.prepare', () => {
  it('has the current view laid out through `ahead`, so the first drawing is that layout', async () => {
    const { explorer, queue, made, ahead } = setup();
    const prepared = explorer.prepare(size, 'wide', ahead);
    // Nothing is laid out until `ahead` does the job, and the promise waits for it.
    expect(made).toHaveLength(0);
    let settled = false;
    void prepared.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(queue).toHaveLength(1);
    queue.shift()!();
    await prepared;
    expect(made).toHaveLength(1);
    expect(explorer.layout(size, 'wide')).toBe(made[0]!.layout);
    // Another month is not what was prepared: it is laid out when asked for.
    explorer.month = explorer.months[0]!;
    expect(explorer.layout(size, 'wide')).not.toBe(made[0]!.layout);
  });

  it('asks nothing of `ahead` when the drawing is already kept', async () => {
    const { explorer, queue, ahead } = setup();
    const kept = explorer.layout(size, 'wide');
    await explorer.prepare(size, 'wide', ahead);
    expect(queue).toHaveLength(0);
    expect(explorer.layout(size, 'wide')).toBe(kept);
  });
});

describe('WebExplorer.prepare, when `ahead` never answers', () => {
  it('resolves after `within` ms, and the drawing then makes its own layout', async () => {
    vi.useFakeTimers();
    try {
      const explorer = new WebExplorer(data);
      // A worker that took the job and failed to answer, and a fallback that threw.
      const prepared = explorer.prepare(size, 'wide', () => () => {}, 3000);
      let settled = false;
      void prepared.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(2999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      expect(explorer.layout(size, 'wide').nodes.length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
