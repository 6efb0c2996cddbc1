// When an island starts loading: at once when it nears the viewport, or, with `idle`, in the
// browser's next idle period with room for it (its hydration is one long task, which should
// not land in the middle of a reader's scroll), and at once in either case when it is touched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { island } from '$lib/islands/island';

let intersect: (entries: { isIntersecting: boolean }[]) => void;
type IdleCallback = (deadline: { timeRemaining: () => number; didTimeout: boolean }) => void;
let idleQueue: Map<number, IdleCallback>;

beforeEach(() => {
  idleQueue = new Map();
  let nextId = 1;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof intersect) {
        intersect = callback;
      }
      observe() {}
      disconnect() {}
    }
  );
  vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => {
    idleQueue.set(nextId, callback);
    return nextId++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idleQueue.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

/** Run the idle callbacks queued so far, each given `ms` of idle time (or called on its timeout). */
function idle(ms: number, didTimeout = false) {
  const queued = [...idleQueue];
  idleQueue.clear();
  for (const [, callback] of queued) callback({ timeRemaining: () => ms, didTimeout });
}

/** The island came near the viewport; with `idle`, its idle wait has loaded. */
async function nearViewport() {
  intersect([{ isIntersecting: true }]);
  await vi.dynamicImportSettled();
}

function attach(idleOption: boolean) {
  const node = document.createElement('div');
  document.body.append(node);
  // A load that never settles: what is tested is when it is asked for.
  const load = vi.fn(() => new Promise<never>(() => {}));
  const detach = island({ load, props: {}, idPrefix: 'test', idle: idleOption })(node);
  return { node, load, detach };
}

describe('island', () => {
  it('starts loading as soon as it nears the viewport', async () => {
    const { load } = attach(false);
    expect(load).not.toHaveBeenCalled();
    await nearViewport();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('with idle, waits for an idle period with room for the work, then loads once', async () => {
    const { load } = attach(true);
    await nearViewport();
    expect(load).not.toHaveBeenCalled();
    idle(5);
    expect(load).not.toHaveBeenCalled();
    idle(45);
    expect(load).toHaveBeenCalledTimes(1);
    await nearViewport();
    idle(45);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('with idle, loads anyway when no idle period with room comes in time', async () => {
    const { load } = attach(true);
    await nearViewport();
    idle(3);
    expect(load).not.toHaveBeenCalled();
    idle(3, true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('with idle, starts at once when the reader touches it, and the idle start is taken back', async () => {
    const { node, load } = attach(true);
    await nearViewport();
    node.dispatchEvent(new Event('pointerdown'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(idleQueue.size).toBe(0);
  });

  it('loads nothing once detached, even when an idle period comes', async () => {
    const { load, detach } = attach(true);
    await nearViewport();
    detach();
    idle(45);
    expect(load).not.toHaveBeenCalled();
  });
});
