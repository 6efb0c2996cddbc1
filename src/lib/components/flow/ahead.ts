// Layouts worked out ahead of the reader in a worker, so that they cost the page's main thread
// nothing (flow/jobs.ts says why). One worker for the page, started with the first job. Where no
// worker can start or answer (no Worker, a policy or a sandbox that refuses it, a job the
// structured clone cannot copy, a job that throws there), the job is done the old way instead:
// by the caller's `fallback`, in the main thread's idle time. A job taken back is not answered.
import type { FlowLayout } from '$lib/flow/layout';
import type { Ahead, LayoutJob } from '$lib/flow/jobs';
import type { JobReply, JobRequest } from './layout.worker';

interface Waiting {
  job: LayoutJob;
  done: (layout: FlowLayout) => void;
  wanted: () => boolean;
  fallback: Ahead;
  /** Set once the job went to its fallback: takes it back there. */
  cancel?: () => void;
}

let worker: Worker | null | undefined;
let last = 0;
const waiting = new Map<number, Waiting>();

/** The job goes to its fallback; it stays listed so that taking it back reaches the fallback. */
function fallBack(w: Waiting): void {
  w.cancel = w.fallback(w.job, w.done, w.wanted);
}

function started(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layouts' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<JobReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w || w.cancel) return;
    if ('error' in reply) {
      console.error(`layouts ahead: ${reply.error}`);
      fallBack(w);
      return;
    }
    waiting.delete(reply.id);
    if (w.wanted()) w.done(reply.layout);
  };
  // The worker did not load, or failed outside a job: the main thread takes over, now and after.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) if (!w.cancel) fallBack(w);
  };
  return worker;
}

/** An Ahead that sends each job to the worker, or to `fallback` where there is none. */
export function workerAhead(fallback: Ahead): Ahead {
  return (job, done, wanted) => {
    const w = started();
    if (!w) return fallback(job, done, wanted);
    const id = ++last;
    try {
      w.postMessage({ id, job } satisfies JobRequest);
    } catch {
      // A job holding something the structured clone cannot copy (a proxy, a function).
      return fallback(job, done, wanted);
    }
    const entry: Waiting = { job, done, wanted, fallback };
    waiting.set(id, entry);
    return () => {
      waiting.delete(id);
      entry.cancel?.();
    };
  };
}
