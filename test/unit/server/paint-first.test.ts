import { describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash } from '$lib/server/csp';
import { FALLBACK_MS, paintFirst } from '$lib/server/paint-first';

// SvelteKit 2's start-up script as adapter-static prerenders it (shortened data).
const KIT = `
  {
    __sveltekit_x = { base: "" };
    const element = document.currentScript.parentElement;
    Promise.all([
      import("/_app/immutable/entry/start.A.js"),
      import("/_app/immutable/entry/app.B.js")
    ]).then(([kit, app]) => {
      kit.start(app, element, { node_ids: [0, 2], data: [null, null] });
    });
  }
`;
const MODULES = ['/_app/immutable/entry/start.A.js', '/_app/immutable/chunks/C.js', '/_app/immutable/nodes/2.D.js'];

const page = (kit = KIT, modules = MODULES) =>
  '<html><head>' +
  `<meta http-equiv="content-security-policy" content="script-src 'self' ${scriptHash(kit)}">` +
  modules.map((href) => `<link href="${href}" rel="modulepreload">\n\t\t`).join('') +
  `<link rel="stylesheet" href="/a.css"></head><body><div style="display: contents"><p>Text</p><script>${kit}</script></div></body></html>`;

/** A stand-in for the browser's paint timing: `paint()` reports the first contentful paint. */
class Paints {
  observers: { report: (list: unknown, seen: unknown) => void; disconnected: boolean }[] = [];
  paint(): void {
    for (const observer of this.observers.filter((o) => !o.disconnected))
      observer.report(
        { getEntriesByName: (name: string) => (name === 'first-contentful-paint' ? [{ name }] : []) },
        { disconnect: () => (observer.disconnected = true) }
      );
  }
}

/**
 * The rewritten start-up script, run against stand-ins for the browser's timers, frames, head and
 * (unless `paints` is null: an older browser, where constructing one throws) paint timing.
 */
function run(script: string, paints: Paints | null = new Paints(), entryTypes = ['paint', 'resource']) {
  const timers: { fn: () => void; ms: number }[] = [];
  const frames: (() => void)[] = [];
  const appended: { rel: string; href: string }[] = [];
  const started: unknown[] = [];
  const imports: string[] = [];
  const observed: unknown[] = [];
  const body = script.replace(/import\(("[^"]+")\)/g, (_, href) => `load(${href})`);
  const PerformanceObserver = function (this: unknown, report: (list: unknown, seen: unknown) => void) {
    if (!paints) throw new TypeError('PerformanceObserver is not a constructor');
    const observer = { report, disconnected: false };
    paints.observers.push(observer);
    return { observe: (options: unknown) => observed.push(options) };
  };
  PerformanceObserver.supportedEntryTypes = entryTypes;
  new Function('document', 'setTimeout', 'requestAnimationFrame', 'PerformanceObserver', 'load', body)(
    {
      currentScript: { parentElement: 'ELEMENT' },
      createElement: () => ({}),
      head: { append: (link: { rel: string; href: string }) => appended.push({ ...link }) }
    },
    (fn: () => void, ms = 0) => timers.push({ fn, ms }),
    (fn: () => void) => frames.push(fn),
    PerformanceObserver,
    (href: string) => {
      imports.push(href);
      return Promise.resolve(href.includes('start') ? { start: (...args: unknown[]) => started.push(args) } : 'APP');
    }
  );
  return { timers, frames, appended, started, imports, observed };
}
const settled = () => new Promise((done) => setTimeout(done, 0));

describe('paintFirst', () => {
  it('takes the modulepreload links out of the page and leaves the rest as it was', () => {
    const html = paintFirst(page(), '/');
    expect(html).not.toContain('<link href=');
    expect(html).toContain('<link rel="stylesheet" href="/a.css">');
    expect(html).toContain('<p>Text</p>');
  });

  it('names the new start-up script by its hash in the policy, in place of the old one', () => {
    const html = paintFirst(page(), '/');
    const [script] = inlineScripts(html);
    expect(html).toContain(`script-src 'self' ${scriptHash(script!)}"`);
    expect(html).not.toContain(scriptHash(KIT));
  });

  it('asks for nothing until the first contentful paint, then preloads the same modules and starts', async () => {
    const [script] = inlineScripts(paintFirst(page(), '/'));
    const paints = new Paints();
    const browser = run(script!, paints);
    await settled();
    expect(browser.observed).toEqual([{ type: 'paint', buffered: true }]);
    expect(browser.imports).toEqual([]);
    expect(browser.appended).toEqual([]);
    paints.paint();
    await settled();
    expect(browser.appended).toEqual(MODULES.map((href) => ({ rel: 'modulepreload', href })));
    expect(browser.imports).toEqual(['/_app/immutable/entry/start.A.js', '/_app/immutable/entry/app.B.js']);
    expect(browser.started).toEqual([['APP', 'ELEMENT', { node_ids: [0, 2], data: [null, null] }]]);
    expect(paints.observers.every((observer) => observer.disconnected)).toBe(true);
  });

  it(`starts after ${FALLBACK_MS} ms where nothing is painted (a background tab), and only once`, async () => {
    const [script] = inlineScripts(paintFirst(page(), '/'));
    const paints = new Paints();
    const browser = run(script!, paints);
    browser.timers.find((timer) => timer.ms === FALLBACK_MS)!.fn();
    await settled();
    expect(browser.started).toHaveLength(1);
    paints.paint();
    await settled();
    expect(browser.started).toHaveLength(1);
    expect(browser.appended).toHaveLength(MODULES.length);
  });

  it.each([
    { name: 'paint timing is missing', paints: null, entryTypes: [] },
    { name: 'paint entries are not observed', paints: new Paints(), entryTypes: ['resource'] }
  ])('waits for one frame and the task after it where $name', async ({ paints, entryTypes }) => {
    const [script] = inlineScripts(paintFirst(page(), '/'));
    const browser = run(script!, paints, entryTypes);
    expect(browser.observed).toEqual([]);
    await settled();
    expect(browser.imports).toEqual([]);
    browser.frames.shift()!();
    await settled();
    expect(browser.imports).toEqual([]);
    browser.timers.find((timer) => timer.ms === 0)!.fn();
    await settled();
    expect(browser.started).toHaveLength(1);
  });

  it('leaves a page without JavaScript as it is', () => {
    const html = '<html><head></head><body><p>Text</p></body></html>';
    expect(paintFirst(html, '/share-card')).toBe(html);
  });

  it.each([
    { name: 'a start-up script of another shape', html: page(KIT.replace('Promise.all([', 'Promise.allSettled([')) },
    { name: 'no modulepreload links', html: page(KIT, []) },
    { name: 'a policy without the script’s hash', html: page().replace(/'sha256-[^']+'/, "'sha256-other'") }
  ])('refuses $name, naming the page', ({ html }) => {
    expect(() => paintFirst(html, '/embed/story')).toThrow(/^\/embed\/story: /);
  });
});
