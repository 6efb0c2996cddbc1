// Every kind of layout job (flow/jobs.ts), for the worker that does them ahead of the reader:
// the story's scenes and the whole web's months.
import { runFlowsJob, type LayoutJob } from '$lib/flow/jobs';
import type { FlowLayout } from '$lib/flow/layout';
import { webLayout } from './scene';

/** The layout a job asks for. */
export function runLayoutJob(job: LayoutJob): FlowLayout {
  if (job.kind === 'web') return webLayout(job.view, job.size, job.arrangement, job.maxAmount);
  return runFlowsJob(job);
}
