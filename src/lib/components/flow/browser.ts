// Guarded access to browser APIs for the flow components. Each helper does nothing (and
// returns a no-op cleanup) where the API is missing: during server rendering, in jsdom, and
// in old browsers, so the components mount everywhere and still draw.
import { idleAhead, runFlowsJob, type Ahead, type LayoutJob } from '$lib/flow/jobs';
import type { FlowLayout } from '$lib/flow/layout';
import { whenIdle } from '$lib/idle';
import { workerAhead } from './ahead';

type Cleanup = () => void;
const noop: Cleanup = () => {};

/** Call `onchange` with whether a media query matches, now and on every change. */
export function watchMedia(query: string, onchange: (matches: boolean) => void): Cleanup {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return noop;
  const list = window.matchMedia(query);
  onchange(list.matches);
  const listener = (event: MediaQueryListEvent) => onchange(event.matches);
  list.addEventListener?.('change', listener);
  return () => list.removeEventListener?.('change', listener);
}

/** Call `onchange` with whether the tab is visible, now and on every change. */
export function watchPageVisible(onchange: (visible: boolean) => void): Cleanup {
  if (typeof document === 'undefined') return noop;
  const update = () => onchange(document.visibilityState !== 'hidden');
  update();
  document.addEventListener('visibilitychange', update);
  return () => document.removeEventListener('visibilitychange', update);
}

/** Call `onchange` with whether the element is on screen; assumes it is where IO is missing. */
export function watchOnScreen(element: Element, onchange: (visible: boolean) => void): Cleanup {
  if (typeof IntersectionObserver === 'undefined') {
    onchange(true);
    return noop;
  }
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (entry) onchange(entry.isIntersecting);
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Call `onchange` with the element's content size, now and whenever it changes. With `now`
 * false the first size comes from the ResizeObserver, after the browser's own next layout:
 * reading it at once forces a layout of the whole page in the middle of the caller's task (a
 * mount's), which on this page's long text was a good part of that task. Where there is no
 * ResizeObserver the size is read at once either way.
 */
export function watchSize(
  element: HTMLElement,
  onchange: (width: number, height: number) => void,
  { now = true }: { now?: boolean } = {}
): Cleanup {
  const update = () => onchange(element.clientWidth, element.clientHeight);
  if (typeof ResizeObserver === 'undefined') {
    update();
    if (typeof window === 'undefined') return noop;
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }
  if (now) update();
  const observer = new ResizeObserver(update);
  observer.observe(element);
  return () => observer.disconnect();
}

/** How long after its last scroll event a scroll counts as over, ms. */
export const SCROLL_QUIET_MS = 200;

/**
 * Call `onchange(true)` when the page starts to scroll, and `onchange(false)` once SCROLL_QUIET_MS
 * have passed without a scroll event. Not at `scrollend`: a reader turning the wheel notch by
 * notch ends a scroll at every notch. Any scroll in the document counts, caught on its way down:
 * a capped embed scrolls its own box, not the window (and a table scrolled in its panel draws
 * frames as much as the page does).
 */
export function watchScrolling(onchange: (scrolling: boolean) => void): Cleanup {
  if (typeof document === 'undefined') return noop;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const rest = () => {
    clearTimeout(quiet);
    quiet = undefined;
    onchange(false);
  };
  const scrolled = () => {
    if (quiet === undefined) onchange(true);
    clearTimeout(quiet);
    quiet = setTimeout(rest, SCROLL_QUIET_MS);
  };
  document.addEventListener('scroll', scrolled, { capture: true, passive: true });
  return () => {
    // Stopped mid-scroll: say the scroll is over, or whoever listened would think it goes on.
    if (quiet !== undefined) rest();
    clearTimeout(quiet);
    document.removeEventListener('scroll', scrolled, { capture: true });
  };
}

export function requestFrame(callback: (now: number) => void): number {
  return typeof requestAnimationFrame === 'function' ? requestAnimationFrame(callback) : 0;
}

export function cancelFrame(id: number): void {
  if (id && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
}

export function canAnimate(): boolean {
  return typeof requestAnimationFrame === 'function';
}

/** Save a blob as a file through a temporary object URL (no network). */
export function saveBlob(blob: Blob, name: string): void {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A promise that resolves in the next task (a macrotask): awaiting it lets the browser paint
 *  and take input before the work after it. */
export function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done));
}

/**
 * Call `ready` in a later task: `tasks` turns of the event loop after now, each a macrotask, so
 * the browser can paint and take input in between. Parts of a mount that nobody sees in its
 * first frame (a hidden table, focus targets, a layer for a later step) are built this way, so
 * mounting is several short tasks instead of one long one on a phone's CPU.
 */
export function afterTasks(tasks: number, ready: () => void): Cleanup {
  return inTasks([...Array.from({ length: Math.max(0, tasks - 1) }, () => noop), ready]);
}

/**
 * Run `jobs` one after another, each in a task of its own, the first in the next task: a piece
 * of work that must happen in order (lay out, then draw) as several short tasks instead of one
 * long one. Returns a function that stops the jobs not yet run.
 */
export function inTasks(jobs: readonly (() => void)[]): Cleanup {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (i: number) => {
    timer = setTimeout(() => {
      jobs[i]!();
      if (i + 1 < jobs.length) run(i + 1);
    });
  };
  if (jobs.length) run(0);
  return () => clearTimeout(timer);
}

/** Jobs waiting for startSoon's next frame, oldest first. */
const soon: (() => void)[] = [];
let soonFrame = 0;
/** The main thread's time startSoon spends in one frame, ms. */
const SOON_BUDGET_MS = 4;

function runSoon() {
  const end = performance.now() + SOON_BUDGET_MS;
  while (soon.length && performance.now() < end) soon.shift()!();
  soonFrame = soon.length ? requestAnimationFrame(runSoon) : 0;
}

/**
 * Run `job` in a coming animation frame, with at most a few milliseconds of such jobs per
 * frame, in the order they were asked for: many small pieces of set-up (one Web Animation per
 * moving dot) spread over frames instead of one long task. Returns a function that takes the
 * job back if it has not run. Runs it at once where there are no animation frames.
 */
export function startSoon(job: () => void): Cleanup {
  if (typeof requestAnimationFrame !== 'function') {
    job();
    return noop;
  }
  soon.push(job);
  soonFrame ||= requestAnimationFrame(runSoon);
  return () => {
    const index = soon.indexOf(job);
    if (index !== -1) soon.splice(index, 1);
  };
}

export { whenIdle };

/** How long a first drawing (the live diagram's, the web island's) waits for the worker, ms. */
const FIRST_LAYOUT_WITHIN_MS = 600;

/** Layouts ahead of the reader, made by `run`: in the layouts worker, or in idle time without
 *  one. `run` is the main thread's: the story's, or the web's (web/jobs.ts). */
export function layoutsAheadWith(run: (job: LayoutJob) => FlowLayout): Ahead {
  return workerAhead(idleAhead(whenIdle, run));
}

/** The story's scenes laid out ahead of the reader. */
export const layoutsAhead: Ahead = layoutsAheadWith(runFlowsJob);

/** A first drawing's layout, made by `run`: in the layouts worker, or in a task of its own
 *  without one or when the worker has not answered in FIRST_LAYOUT_WITHIN_MS (its file still
 *  loading, say). */
export function firstLayoutAheadWith(run: (job: LayoutJob) => FlowLayout): Ahead {
  return workerAhead(
    idleAhead((job) => inTasks([job]), run),
    { within: FIRST_LAYOUT_WITHIN_MS }
  );
}

/** The live diagram's first layout. */
export const firstLayoutAhead: Ahead = firstLayoutAheadWith(runFlowsJob);
