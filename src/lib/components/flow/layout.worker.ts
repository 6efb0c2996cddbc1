// The worker that lays out scenes and months ahead of the reader (ahead.ts). Jobs queue here and
// run one per task, so that a job the page took back while it waited ({ cancel: id }) is skipped.
// Each is answered with its layout, or with the error's message when it throws, and shows in the
// browser's performance panel as a "layout ahead" measure.
import type { LayoutJob } from '$lib/flow/jobs';
import { runLayoutJob } from '$lib/web/jobs';

export type JobRequest = { id: number; job: LayoutJob } | { cancel: number };

export type JobReply = { id: number; layout: ReturnType<typeof runLayoutJob> } | { id: number; error: string };

const queue = new Map<number, LayoutJob>();
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const next = queue.entries().next();
  if (next.done) return;
  const [id, job] = next.value;
  queue.delete(id);
  const start = performance.now();
  let reply: JobReply;
  try {
    reply = { id, layout: runLayoutJob(job) };
  } catch (error) {
    reply = { id, error: String(error) };
  }
  performance.measure('layout ahead', { start, detail: { kind: job.kind } });
  self.postMessage(reply);
  schedule();
}

function schedule(): void {
  if (scheduled || !queue.size) return;
  scheduled = true;
  setTimeout(runNext);
}

self.onmessage = (event: MessageEvent<JobRequest>) => {
  const request = event.data;
  if ('cancel' in request) queue.delete(request.cancel);
  else queue.set(request.id, request.job);
  schedule();
};
