// Work done ahead of the reader, in the main thread's idle time. A module of its own: the
// page's eager islands (island.ts) use it, and the diagram's browser helpers beside it are lazy.

type Cleanup = () => void;

/** Idle time a job done ahead needs before it starts, ms (an idle period lasts 50 ms at most). */
const IDLE_NEEDED_MS = 20;

/**
 * Run `job` in the main thread's idle time (requestIdleCallback), once an idle period has
 * room for it: for work done ahead of the reader. Idle periods that long come only when the
 * page has nothing to draw (no scrolling, no animation on this thread, which other tabs of the
 * site can share). `within`, for work the reader will be waiting for: if no such period has
 * come in that many ms, the job runs in the next idle callback however short it is, or at that
 * time when none comes. Safari has no requestIdleCallback; there the job runs in a task a
 * little later. Returns a function that takes the job back if it has not run.
 */
export function whenIdle(job: () => void, { within = Infinity }: { within?: number } = {}): Cleanup {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(job, 100);
    return () => clearTimeout(timer);
  }
  const deadline = performance.now() + within;
  const options = () =>
    Number.isFinite(deadline) ? { timeout: Math.max(1, deadline - performance.now()) } : undefined;
  let id = 0;
  const run = (idle: IdleDeadline) => {
    if (idle.timeRemaining() >= IDLE_NEEDED_MS || idle.didTimeout || performance.now() >= deadline) job();
    else id = requestIdleCallback(run, options());
  };
  id = requestIdleCallback(run, options());
  return () => cancelIdleCallback(id);
}
