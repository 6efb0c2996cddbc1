// The inline script every embed page starts with, run from its generated source as a page would.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { childScript, childScriptTag, slideStyles, type ChildConfig } from '$lib/embed/child';

interface Run {
  posted: unknown[];
  /** The host page's window, as the embed sees it. */
  parent: object;
  /** Deliver a message to the embed as if from `source`. */
  receive: (data: unknown, source: unknown) => void;
  /** Make the observer report a new size. */
  resize: () => void;
}

const config: ChildConfig = { count: 9, initial: 0, map: null };

/** Run the generated script with a given address, inside a frame (or not). */
function run(search: string, hash = '', { framed = true, cfg = config } = {}): Run {
  const posted: unknown[] = [];
  const listeners: ((event: { data: unknown; source: unknown }) => void)[] = [];
  const observers: (() => void)[] = [];
  const parent = { postMessage: (message: unknown) => posted.push(message) };
  const win: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: { data: unknown; source: unknown }) => void) => {
      if (type === 'message') listeners.push(listener);
    }
  };
  win.parent = framed ? parent : win;
  class FakeResizeObserver {
    constructor(callback: () => void) {
      observers.push(callback);
    }
    observe() {}
  }
  // The page's <script data-ftm-config>, as the browser would report it while the script runs.
  const tag = new DOMParser().parseFromString(childScriptTag(cfg), 'text/html').querySelector('script')!;
  Object.defineProperty(document, 'currentScript', { value: tag, configurable: true });
  // The script's free variables, shadowed by the function's parameters.
  new Function('window', 'location', 'ResizeObserver', tag.textContent!)(win, { search, hash }, FakeResizeObserver);
  delete (document as { currentScript?: unknown }).currentScript;
  return {
    posted,
    parent,
    receive: (data, source) => listeners.forEach((listener) => listener({ data, source })),
    resize: () => observers.forEach((callback) => callback())
  };
}

let height = 0;
beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-step');
  document.documentElement.removeAttribute('data-capped');
  document.documentElement.style.removeProperty('--ftm-max-height');
  document.body.innerHTML = '<div id="ftm-embed"></div>';
  height = 500;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the embed’s inline script', () => {
  it('sets the theme and the step before anything else', () => {
    run('?theme=dark&step=4', '', { framed: false });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.step).toBe('3');
  });

  it('leaves the theme to the system on auto and shows the default step', () => {
    run('?theme=auto', '', { framed: false, cfg: { count: 9, initial: 6, map: null } });
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(document.documentElement.dataset.step).toBe('6');
  });

  it('maps the step asked for to the step shown', () => {
    run('?step=8', '', { framed: false, cfg: { count: 9, initial: 6, map: [0, 1, 2, 3, 4, 5, 6, 6, 8] } });
    expect(document.documentElement.dataset.step).toBe('6');
  });

  it('posts its height in our format and AMP’s at once', () => {
    const { posted } = run('');
    expect(posted).toEqual([
      { type: 'ftm:height', height: 500 },
      { sentinel: 'amp', type: 'embed-size', height: 500 }
    ]);
  });

  it('speaks pym and WordPress only when the address asks for them', () => {
    const { posted } = run('?childId=c1', '#?secret=Ab12');
    expect(posted).toContain('pymxPYMxc1xPYMxheightxPYMx500');
    expect(posted).toContainEqual({ secret: 'Ab12', message: 'height', value: 500 });
  });

  it('posts again on every change of a pixel or more, and not otherwise', () => {
    const { posted, resize } = run('');
    posted.length = 0;
    resize();
    expect(posted).toEqual([]);
    height = 500.4; // rounds up to 501
    resize();
    expect(posted).toContainEqual({ type: 'ftm:height', height: 501 });
    posted.length = 0;
    height = 320;
    resize();
    expect(posted).toContainEqual({ type: 'ftm:height', height: 320 });
  });

  it('says its height again when its host asks, and only then', () => {
    const { posted, parent, receive } = run('', '#?secret=s1');
    posted.length = 0;
    receive({ type: 'ftm:hello' }, {});
    receive({ type: 'ftm:height', height: 9 }, parent);
    expect(posted).toEqual([]);
    receive({ type: 'ftm:hello' }, parent);
    expect(posted).toContainEqual({ type: 'ftm:height', height: 500 });
    posted.length = 0;
    receive({ message: 'ready', secret: 's1' }, parent);
    expect(posted).toContainEqual({ secret: 's1', message: 'height', value: 500 });
  });

  it('catches a change the observer missed on its backstop timer', () => {
    const { posted } = run('');
    posted.length = 0;
    height = 620;
    vi.advanceTimersByTime(1000);
    expect(posted).toContainEqual({ type: 'ftm:height', height: 620 });
  });

  it('holds to the host’s limit: marks the page capped and never asks for more', () => {
    height = 1400;
    const { posted, resize } = run('', '#?secret=Ab12');
    const root = document.documentElement;
    expect(root.hasAttribute('data-capped')).toBe(true);
    expect(root.style.getPropertyValue('--ftm-max-height')).toBe('1000px');
    expect(posted).toContainEqual({ secret: 'Ab12', message: 'height', value: 1000 });
    expect(posted).toContainEqual({ type: 'ftm:height', height: 1000 });
    posted.length = 0;
    height = 640;
    resize();
    expect(posted).toContainEqual({ secret: 'Ab12', message: 'height', value: 640 });
  });

  it.each([
    { search: '?maxheight=700', hash: '', capped: true, sent: 700 },
    { search: '', hash: '', capped: false, sent: 1400 }
  ])('with “$search” it asks for $sent of 1400 px', ({ search, hash, capped, sent }) => {
    height = 1400;
    const { posted } = run(search, hash);
    expect(document.documentElement.hasAttribute('data-capped')).toBe(capped);
    expect(posted).toContainEqual({ type: 'ftm:height', height: sent });
  });

  it('says nothing when it is not in a frame', () => {
    expect(run('', '', { framed: false }).posted).toEqual([]);
  });
});

describe('childScriptTag', () => {
  it('is the same script on every page, each page’s config beside it', () => {
    const story = childScriptTag({ count: 9, initial: 0, map: null });
    const flow = childScriptTag({ count: 9, initial: 6, map: [0, 1, 2, 3, 4, 5, 6, 6, 8] });
    expect(story).toBe(
      `<script data-ftm-config="{&quot;count&quot;:9,&quot;initial&quot;:0,&quot;map&quot;:null}">${childScript()}</script>`
    );
    expect(flow.slice(flow.indexOf('>'))).toBe(story.slice(story.indexOf('>')));
  });
});

describe('slideStyles', () => {
  it('shows one step per <html data-step>, and the default one before the script ran', () =>
    expect(slideStyles(3, 1).split('\n')).toEqual([
      '[data-slide]{display:none}',
      'html:not([data-step]) [data-slide="1"]{display:block}',
      'html[data-step="0"] [data-slide="0"]{display:block}',
      'html[data-step="1"] [data-slide="1"]{display:block}',
      'html[data-step="2"] [data-slide="2"]{display:block}'
    ]));
});
