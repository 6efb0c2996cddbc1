// The worker that lays out scenes and months ahead of the reader (ahead.ts): one job per
// message, answered with its layout, or with the error's message when the job throws.
import type { LayoutJob } from '$lib/flow/jobs';
import { runLayoutJob } from '$lib/web/jobs';

export interface JobRequest {
  id: number;
  job: LayoutJob;
}

export type JobReply = { id: number; layout: ReturnType<typeof runLayoutJob> } | { id: number; error: string };

self.onmessage = (event: MessageEvent<JobRequest>) => {
  const { id, job } = event.data;
  let reply: JobReply;
  try {
    reply = { id, layout: runLayoutJob(job) };
  } catch (error) {
    reply = { id, error: String(error) };
  }
  self.postMessage(reply);
};
