// The layouts' worker: jobs queue and run one per task, each answered with its layout (or its
// error), in the order sent; a job taken back before its turn is skipped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutJob } from '$lib/flow/jobs';
import { runFlowsJob } from '$lib/flow/jobs';
import { companies, flows, scenes } from './fixtures';

const job = (scene = scenes.chips): LayoutJob => ({
  kind: 'flows',
  companies,
  flows,
  scene,
  size: { width: 736, height: 555 },
  arrangement: 'wide'
});

let posted: { id: number; layout?: unknown; error?: string }[];
const send = (data: unknown) => (self.onmessage as (event: { data: unknown }) => void)({ data });

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  posted = [];
  vi.stubGlobal('postMessage', (reply: (typeof posted)[number]) => posted.push(reply));
  await import('$lib/components/flow/layout.worker');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  self.onmessage = null;
});

describe('layout.worker', () => {
  it('answers each job with its layout, one per task, in the order sent', () => {
    send({ id: 1, job: job(scenes.chips) });
    send({ id: 2, job: job(scenes.roundTrip) });
    expect(posted).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(posted.map((p) => p.id)).toEqual([1]);
    vi.runAllTimers();
    expect(posted).toEqual([
      { id: 1, layout: runFlowsJob(job(scenes.chips)) },
      { id: 2, layout: runFlowsJob(job(scenes.roundTrip)) }
    ]);
  });

  it('skips a job taken back before its turn', () => {
    send({ id: 1, job: job() });
    send({ id: 2, job: job() });
    send({ cancel: 1 });
    vi.runAllTimers();
    expect(posted.map((p) => p.id)).toEqual([2]);
  });

  it("answers a job that throws with the error's message", () => {
    // No company has a place in an arrangement that does not exist.
    send({ id: 3, job: { ...job(), arrangement: 'sideways' as never } });
    vi.runAllTimers();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toEqual({ id: 3, error: expect.stringMatching(/\S/) });
  });
});
