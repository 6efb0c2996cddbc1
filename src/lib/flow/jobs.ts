// Layouts worked out ahead of the reader, described as data so that they can be done anywhere:
// in the main thread's idle time, or in a worker (components/flow/ahead.ts, layout.worker.ts)
// where they cost the page nothing. On a phone's CPU one layout can take longer than an idle
// period lasts (50 ms): in the main thread it was then a long task in the reader's scroll.
//
// A job carries everything its layout depends on, and a layout is plain data: made from a copy
// of the job (a worker's), it equals the one made from the job itself (test/unit/flow/jobs.test.ts).
// Its nodes and links then hold copies of the companies and flows, which the page reads and never
// compares by identity.
import type { Company, Flow, Scene } from '$lib/content/types';
import type { Arrangement, Size } from '$lib/flow/sizing';
import type { WebView } from '$lib/web/scene';
import { layoutFlows, type FlowLayout } from './layout';

/** A story scene's layout (LayoutCache), or a month of the whole web's (WebExplorer). */
export type LayoutJob =
  | {
      kind: 'flows';
      companies: readonly Company[];
      flows: readonly Flow[];
      scene: Scene;
      size: Size;
      arrangement: Arrangement;
    }
  | { kind: 'web'; view: WebView; size: Size; arrangement: Arrangement; maxAmount: number };

/** The layout a story scene's job asks for (web/jobs.ts does every kind, with the web's code). */
export function runFlowsJob(job: LayoutJob): FlowLayout {
  if (job.kind !== 'flows') throw new Error(`runFlowsJob: a ${job.kind} job`);
  return layoutFlows(job.companies, job.flows, job.scene, job.size, job.arrangement);
}

/**
 * Works a job's layout out ahead and hands it to `done`, unless taken back first (the returned
 * function) or no longer `wanted` when its turn comes. In idle time (idleAhead) or in a worker.
 */
export type Ahead = (job: LayoutJob, done: (layout: FlowLayout) => void, wanted: () => boolean) => () => void;

/** An Ahead that does the job with `run` in the main thread, in one call of `soon` (idle time). */
export function idleAhead(soon: (job: () => void) => () => void, run: (job: LayoutJob) => FlowLayout): Ahead {
  return (job, done, wanted) =>
    soon(() => {
      if (wanted()) done(run(job));
    });
}
