// Layouts worked out ahead of the reader in a worker, so that they cost the page's main thread
// nothing (flow/jobs.ts says why). One worker for the page, started with the first job. Where no
// worker can start or answer (no Worker, a policy or a sandbox that refuses it, a job the
// structured clone cannot copy, a job that throws there, an answer later than `within`), the job
// is done the old way instead: by the caller's `fallback`, on the main thread. A job taken back
// is not answered, and the worker skips it if it has not begun it.
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
  timer?: ReturnType<typeof setTimeout>;
}

let worker: Worker | null | undefined;
let last = 0;
/** Jobs sent to the worker and not answered yet, by id. */
const waiting = new Map<number, Waiting>();

/** The job goes to its fallback, and is no longer the worker's. */
function fallBack(id: number, w: Waiting): void {
  clearTimeout(w.timer);
  waiting.delete(id);
  w.cancel = w.fallback(w.job, w.done, w.wanted);
}

/** The main thread takes over every waiting job, now and after. */
function giveUp(): void {
  worker?.terminate();
  worker = null;
  for (const [id, w] of [...waiting]) fallBack(id, w);
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
    if (!w) return;
    if ('error' in reply) {
      console.error(`layouts ahead: ${reply.error}; laying it out on the main thread instead`);
      fallBack(reply.id, w);
      return;
    }
    clearTimeout(w.timer);
    waiting.delete(reply.id);
    if (w.wanted()) w.done(reply.layout);
  };
  // The worker did not load, failed outside a job, or sent what cannot be read.
  worker.onerror = (event) => {
    event.preventDefault();
    giveUp();
  };
  worker.onmessageerror = giveUp;
  return worker;
}

/**
 * An Ahead that sends each job to the worker, or to `fallback` where there is none; `within`
 * (ms), for a layout the reader is waiting for: a job the worker has not answered by then goes to
 * the fallback (a worker still loading on a slow network), and its late answer is dropped.
 */
export function workerAhead(fallback: Ahead, { within = Infinity }: { within?: number } = {}): Ahead {
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
    if (Number.isFinite(within)) entry.timer = setTimeout(() => waiting.has(id) && fallBack(id, entry), within);
    return () => {
      clearTimeout(entry.timer);
      if (waiting.delete(id)) worker?.postMessage({ cancel: id } satisfies JobRequest);
      entry.cancel?.();
    };
  };
}
