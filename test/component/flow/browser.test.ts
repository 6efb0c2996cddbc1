// The helpers that spread a mount over tasks and frames.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterTasks, nextTask, SCROLL_QUIET_MS, startSoon, watchScrolling } from '$lib/components/flow/browser';

afterEach(() => {
  vi.useRealTimers();
});

describe('nextTask', () => {
  it('resolves in a later task, not among the current microtasks', async () => {
    vi.useFakeTimers();
    let done = false;
    void nextTask().then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersToNextTimerAsync();
    expect(done).toBe(true);
  });
});

describe('afterTasks', () => {
  it('calls back after the given number of tasks, not before', () => {
    vi.useFakeTimers();
    const ready = vi.fn();
    afterTasks(3, ready);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(ready).toHaveBeenCalledOnce();
  });

  it('never calls back once cancelled', () => {
    vi.useFakeTimers();
    const ready = vi.fn();
    const cancel = afterTasks(2, ready);
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(ready).not.toHaveBeenCalled();
  });
});

describe('startSoon', () => {
  it('runs jobs in order in coming frames, a few milliseconds of them per frame', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    const ran: number[] = [];
    // Each job takes 3 ms: with 4 ms a frame, two fit in a frame (the second starts at 3 ms).
    for (let i = 0; i < 5; i++)
      startSoon(() => {
        ran.push(i);
        vi.advanceTimersByTime(3);
      });
    expect(ran).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(ran).toEqual([0, 1]);
    vi.advanceTimersToNextFrame();
    expect(ran).toEqual([0, 1, 2, 3]);
    vi.advanceTimersToNextFrame();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  it('drops a job taken back before it ran', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    const kept = vi.fn();
    const dropped = vi.fn();
    const takeBack = startSoon(dropped);
    startSoon(kept);
    takeBack();
    vi.advanceTimersToNextFrame();
    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledOnce();
  });
});

describe('watchScrolling', () => {
  it('says the page scrolls at its first scroll event, and rests once the quiet time passes without one', () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    const stop = watchScrolling((scrolling) => seen.push(scrolling));
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(SCROLL_QUIET_MS - 1);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(SCROLL_QUIET_MS - 1);
    expect(seen).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([true, false]);
    document.dispatchEvent(new Event('scroll'));
    expect(seen).toEqual([true, false, true]);
    vi.advanceTimersByTime(SCROLL_QUIET_MS);
    expect(seen).toEqual([true, false, true, false]);
    stop();
    document.dispatchEvent(new Event('scroll'));
    vi.runAllTimers();
    expect(seen).toEqual([true, false, true, false]);
  });

  it('counts a scroll inside the page, as a capped embed scrolls its own box', () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    const box = document.body.appendChild(document.createElement('div'));
    const stop = watchScrolling((scrolling) => seen.push(scrolling));
    // A box's scroll event does not bubble: only a listener on the way down sees it.
    box.dispatchEvent(new Event('scroll', { bubbles: false }));
    expect(seen).toEqual([true]);
    stop();
    box.remove();
  });

  it('says the scroll is over when stopped in the middle of one', () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    const stop = watchScrolling((scrolling) => seen.push(scrolling));
    document.dispatchEvent(new Event('scroll'));
    stop();
    expect(seen).toEqual([true, false]);
    vi.runAllTimers();
    expect(seen).toEqual([true, false]);
  });
});
