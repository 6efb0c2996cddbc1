// Work done ahead of the reader, in the main thread's idle time. A module of its own: the
// page's eager islands (island.ts) use it, and the diagram's browser helpers beside it are lazy.

type Cleanup = () => void;

/** Idle time a job done ahead needs before it starts, ms (an idle period lasts 50 ms at most). */
const IDLE_NEEDED_MS = 20;

/**
 * Run `job` in the main thread's idle time (requestIdleCallback), once an idle period has
 * room for it: for work done ahead of the reader that nothing waits for. Safari has no
 * requestIdleCallback; there the job runs in a task a little later. Returns a function that
 * takes the job back if it has not run.
 */
export function whenIdle(job: () => void): Cleanup {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(job, 100);
    return () => clearTimeout(timer);
  }
  let id = 0;
  const run = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= IDLE_NEEDED_MS) job();
    else id = requestIdleCallback(run);
  };
  id = requestIdleCallback(run);
  return () => cancelIdleCallback(id);
}
