// A layout job is data: the layout a worker makes from its copy of the job equals the page's own,
// for a story scene and for a month of the whole web. In the main thread, a job runs in idle time
// only if it is still wanted then.
import { describe, expect, it, vi } from 'vitest';
import type { Scene } from '$lib/content/types';
import { idleAhead, runFlowsJob, type LayoutJob } from '$lib/flow/jobs';
import type { Arrangement, Size } from '$lib/flow/sizing';
import { webMaxAmount, webView } from '$lib/web/scene';
import { runLayoutJob } from '$lib/web/jobs';
import { monthsOf } from '$lib/web/timeline';
import { defaultState } from '$lib/web/url';
import { companies, flows, scenes } from './fixtures';
import * as web from '../web/fixtures';

const WIDE = { width: 736, height: 555, arrangement: 'wide' } as const;
const NARROW = { width: 343, height: 520, arrangement: 'narrow' } as const;
const bounds = { months: monthsOf(web.flows), companies: web.companies.map((c) => c.id) };

const story = (scene: Scene = scenes.chips, size: Size & { arrangement: Arrangement } = WIDE): LayoutJob => ({
  kind: 'flows',
  companies,
  flows,
  scene,
  size: { width: size.width, height: size.height },
  arrangement: size.arrangement
});

const month = (focus: string | null): LayoutJob => ({
  kind: 'web',
  view: webView(web.data, { ...defaultState(bounds), month: '2025-12', focus }),
  size: { width: WIDE.width, height: WIDE.height },
  arrangement: WIDE.arrangement,
  maxAmount: webMaxAmount(web.flows)
});

describe('runLayoutJob', () => {
  it.each([
    ['a story scene, wide', story()],
    ['a story scene, narrow', story(scenes.roundTrip, NARROW)],
    ['a month of the web', month(null)],
    ['a month of the web, one company in focus', month('openai')]
  ])('lays out %s from a structured clone of the job exactly as from the job', (_, job) => {
    const own = runLayoutJob(job);
    const copied = runLayoutJob(structuredClone(job));
    expect(copied).toEqual(own);
    // And the layout itself survives the way back from a worker.
    expect(structuredClone(own)).toEqual(own);
    expect(own.links.some((l) => l.visible)).toBe(true);
  });

  it('runFlowsJob does the story scenes, and refuses the web, whose code it leaves out', () => {
    expect(runFlowsJob(story())).toEqual(runLayoutJob(story()));
    expect(() => runFlowsJob(month(null))).toThrow('runFlowsJob: a web job');
  });
});

describe('idleAhead', () => {
  function queue() {
    const jobs: (() => void)[] = [];
    const soon = (job: () => void) => {
      jobs.push(job);
      return () => jobs.splice(jobs.indexOf(job) >>> 0, 1);
    };
    return { jobs, soon };
  }

  it('lays the job out in its turn of idle time, and hands the layout over', () => {
    const { jobs, soon } = queue();
    const done = vi.fn();
    idleAhead(soon, runFlowsJob)(story(), done, () => true);
    expect(done).not.toHaveBeenCalled();
    jobs.shift()!();
    expect(done).toHaveBeenCalledWith(runFlowsJob(story()));
  });

  it('lays out nothing for a job no longer wanted when its turn comes, or taken back', () => {
    const { jobs, soon } = queue();
    const run = vi.fn(runFlowsJob);
    const done = vi.fn();
    idleAhead(soon, run)(story(), done, () => false);
    jobs.shift()!();
    const cancel = idleAhead(soon, run)(story(), done, () => true);
    cancel();
    expect(jobs).toHaveLength(0);
    expect(run).not.toHaveBeenCalled();
    expect(done).not.toHaveBeenCalled();
  });
});
