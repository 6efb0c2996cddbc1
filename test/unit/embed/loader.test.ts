// The embed loader a blogger's page runs, in jsdom: the minified copy the build ships as
// build/embed.js (made by the same function `npm run build` uses), not the readable source.
// `npm run size` holds the built file itself to the same budget.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOADER_SOURCE, minifyLoader } from '../../../scripts/embed-loader.js';
import budgets from '../../../scripts/budgets.json';

const readable = readFileSync(LOADER_SOURCE, 'utf8');
const source = minifyLoader(readable);
const SITE = 'https://site.example';

function load() {
  new Function(source)();
}

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')];
}

function message(data: unknown, source: MessageEventSource | null, origin = SITE) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

beforeEach(() => {
  delete (window as { ftmEmbed?: unknown }).ftmEmbed;
  document.body.innerHTML = `
    <style>iframe { height: 150px }</style>
    <p><a href="${SITE}/embed/story" data-ftm-embed>Follow the money</a></p>
    <a href="${SITE}/embed/flow?step=6" data-ftm-embed data-ftm-height="420" title="The diagram">Diagram</a>
    <a href="javascript:alert(1)" data-ftm-embed>Not an embed</a>
    <a href="${SITE}/embed/calculator">A plain link</a>`;
});

describe('the loader', () => {
  it('replaces each marked link with an iframe of its address', () => {
    load();
    const [story, flow] = frames();
    expect(frames()).toHaveLength(2);
    expect(story?.src).toBe(`${SITE}/embed/story`);
    expect(story?.title).toBe('Follow the money');
    expect(story?.getAttribute('loading')).toBe('lazy');
    expect(story?.getAttribute('scrolling')).toBe('no');
    expect(story?.style.getPropertyValue('width')).toBe('100%');
    expect(story?.style.getPropertyValue('border')).toMatch(/^0|none/);
    expect(story?.style.getPropertyValue('height')).toBe('480px');
    expect(flow?.title).toBe('The diagram');
    expect(flow?.style.getPropertyValue('height')).toBe('420px');
    expect(document.querySelector('a[href$="/embed/calculator"]')).not.toBeNull();
  });

  it('is safe to load twice', () => {
    load();
    load();
    expect(frames()).toHaveLength(2);
  });

  it('takes a height from its own iframe, at its origin, and beats host CSS', () => {
    load();
    const [story, flow] = frames();
    message({ type: 'ftm:height', height: 812.3 }, story!.contentWindow);
    expect(story?.style.getPropertyValue('height')).toBe('813px');
    expect(story?.style.getPropertyPriority('height')).toBe('important');
    message({ sentinel: 'amp', type: 'embed-size', height: 300 }, flow!.contentWindow);
    expect(flow?.style.getPropertyValue('height')).toBe('300px');
  });

  it.each([
    { name: 'the host page itself', data: { type: 'ftm:height', height: 5000 }, from: () => window, origin: SITE },
    {
      name: 'another window',
      data: { type: 'ftm:height', height: 5000 },
      from: () => frames()[1]!.contentWindow,
      origin: SITE
    },
    { name: 'no window', data: { type: 'ftm:height', height: 5000 }, from: () => null, origin: SITE },
    {
      name: 'the right window at another origin',
      data: { type: 'ftm:height', height: 5000 },
      from: () => frames()[0]!.contentWindow,
      origin: 'https://evil.example'
    },
    {
      name: 'a height as text',
      data: { type: 'ftm:height', height: '5000' },
      from: () => frames()[0]!.contentWindow,
      origin: SITE
    },
    {
      name: 'a negative height',
      data: { type: 'ftm:height', height: -1 },
      from: () => frames()[0]!.contentWindow,
      origin: SITE
    },
    {
      name: 'an absurd height',
      data: { type: 'ftm:height', height: 1e7 },
      from: () => frames()[0]!.contentWindow,
      origin: SITE
    },
    {
      name: 'a pym string',
      data: 'pymxPYMxstoryxPYMxheightxPYMx5000',
      from: () => frames()[0]!.contentWindow,
      origin: SITE
    }
  ])('ignores $name', ({ data, from, origin }) => {
    load();
    message(data, from(), origin);
    expect(frames()[0]?.style.getPropertyValue('height')).toBe('480px');
  });

  it('picks up links added later through ftmEmbed.scan()', () => {
    load();
    document.body.insertAdjacentHTML(
      'beforeend',
      `<a href="${SITE}/embed/calculator?investment=20" data-ftm-embed>Calculator</a>`
    );
    load();
    expect(frames().map((f) => f.src)).toContain(`${SITE}/embed/calculator?investment=20`);
  });
});

describe('the loader’s size', () => {
  it(`ships minified, under ${budgets.loader['embed.js'].raw} bytes`, () => {
    expect(Buffer.byteLength(source)).toBeLessThanOrEqual(budgets.loader['embed.js'].raw);
    // Minified for real: the readable source's comments, indentation and long names are gone.
    expect(Buffer.byteLength(source)).toBeLessThan(Buffer.byteLength(readable) / 2);
    expect(source.split('\n')).toHaveLength(2);
  });
});
