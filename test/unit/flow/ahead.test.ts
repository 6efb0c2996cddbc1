// Layouts ahead go to a worker when the browser can start one, and to the main thread's idle
// time (the fallback) when it cannot, when the worker fails to load, or when a job fails in it:
// a job always gets its layout once, unless it was taken back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ahead, LayoutJob } from '$lib/flow/jobs';
import type { FlowLayout } from '$lib/flow/layout';

/** A stand-in for the browser's Worker: keeps what it was sent, answers when the test says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: { id: number; job: LayoutJob }[] = [];
  cancelled: number[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; job: LayoutJob } | { cancel: number }) {
    structuredClone(message);
    if ('cancel' in message) this.cancelled.push(message.cancel);
    else this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: object) {
    this.onmessage?.({ data: reply } as MessageEvent);
  }
  fail() {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

const job = { kind: 'flows', scene: { id: 'chips' } } as unknown as LayoutJob;
const layout = { width: 1 } as unknown as FlowLayout;

let workerAhead: (typeof import('$lib/components/flow/ahead'))['workerAhead'];
let fallback: ReturnType<typeof vi.fn<Ahead>>;
const fallbackCancel = vi.fn();

beforeEach(async () => {
  // The module keeps one worker for the page: a fresh module per test.
  vi.resetModules();
  FakeWorker.made = [];
  fallbackCancel.mockClear();
  fallback = vi.fn<Ahead>(() => fallbackCancel);
  ({ workerAhead } = await import('$lib/components/flow/ahead'));
});

afterEach(() => vi.unstubAllGlobals());

describe('workerAhead', () => {
  it('without Worker, hands every job to the fallback', () => {
    vi.stubGlobal('Worker', undefined);
    const done = vi.fn();
    const wanted = () => true;
    workerAhead(fallback)(job, done, wanted);
    expect(fallback).toHaveBeenCalledWith(job, done, wanted);
  });

  it('sends jobs to one module worker and hands each its own layout', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const ahead = workerAhead(fallback);
    const first = vi.fn();
    const second = vi.fn();
    ahead(job, first, () => true);
    ahead(job, second, () => true);
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    expect(worker!.options?.type).toBe('module');
    expect(String(worker!.url)).toMatch(/layout\.worker/);
    const [a, b] = worker!.sent;
    worker!.answer({ id: b!.id, layout: { width: 2 } });
    worker!.answer({ id: a!.id, layout });
    expect(first).toHaveBeenCalledWith(layout);
    expect(second).toHaveBeenCalledWith({ width: 2 });
    expect(fallback).not.toHaveBeenCalled();
  });

  it('drops the answer to a job taken back, or no longer wanted, and tells the worker to skip it', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const ahead = workerAhead(fallback);
    const done = vi.fn();
    const cancel = ahead(job, done, () => true);
    ahead(job, done, () => false);
    cancel();
    const [worker] = FakeWorker.made;
    expect(worker!.cancelled).toEqual([worker!.sent[0]!.id]);
    for (const { id } of worker!.sent) worker!.answer({ id, layout });
    expect(done).not.toHaveBeenCalled();
  });

  it('answers each job once: a second reply with its id is dropped', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const done = vi.fn();
    workerAhead(fallback)(job, done, () => true);
    const [worker] = FakeWorker.made;
    worker!.answer({ id: worker!.sent[0]!.id, layout });
    worker!.answer({ id: worker!.sent[0]!.id, layout });
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('with `within`, hands a job the worker has not answered in time to the fallback, and drops the late answer', () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('Worker', FakeWorker);
      const done = vi.fn();
      workerAhead(fallback, { within: 600 })(job, done, () => true);
      vi.advanceTimersByTime(599);
      expect(fallback).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fallback).toHaveBeenCalledWith(job, done, expect.any(Function));
      const [worker] = FakeWorker.made;
      worker!.answer({ id: worker!.sent[0]!.id, layout });
      expect(done).not.toHaveBeenCalled();
      // An answer in time clears the clock: no fallback later.
      const quick = vi.fn();
      workerAhead(fallback, { within: 600 })(job, quick, () => true);
      worker!.answer({ id: worker!.sent[1]!.id, layout });
      vi.advanceTimersByTime(1000);
      expect(quick).toHaveBeenCalledWith(layout);
      expect(fallback).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when an answer cannot be read, gives up the worker and hands its jobs to the fallback', () => {
    vi.stubGlobal('Worker', FakeWorker);
    workerAhead(fallback)(job, vi.fn(), () => true);
    const [worker] = FakeWorker.made;
    worker!.onmessageerror?.({} as MessageEvent);
    expect(worker!.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('gives a job that failed in the worker to the fallback, and says so in the console', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const done = vi.fn();
    const cancel = workerAhead(fallback)(job, done, () => true);
    const [worker] = FakeWorker.made;
    worker!.answer({ id: worker!.sent[0]!.id, error: 'Error: no room' });
    expect(error).toHaveBeenCalledWith('layouts ahead: Error: no room; laying it out on the main thread instead');
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(fallback.mock.calls[0]![1]).toBe(done);
    // Taking it back now takes it back from the fallback.
    cancel();
    expect(fallbackCancel).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('when the worker fails to load, hands its waiting jobs and all later ones to the fallback', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const ahead = workerAhead(fallback);
    const done = vi.fn();
    ahead(job, done, () => true);
    const cancelled = ahead(job, done, () => true);
    cancelled();
    const [worker] = FakeWorker.made;
    worker!.fail();
    expect(worker!.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(1);
    ahead(job, done, () => true);
    expect(fallback).toHaveBeenCalledTimes(2);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('gives a job the structured clone cannot copy to the fallback', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const done = vi.fn();
    const odd = { ...job, scene: { id: 'x', hint: () => 0 } } as unknown as LayoutJob;
    workerAhead(fallback)(odd, done, () => true);
    expect(fallback).toHaveBeenCalledWith(odd, done, expect.any(Function));
    expect(FakeWorker.made[0]!.sent).toHaveLength(0);
  });

  it('hands a job to the fallback when the browser refuses to start the worker', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused', 'SecurityError');
        }
      }
    );
    workerAhead(fallback)(job, vi.fn(), () => true);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});
