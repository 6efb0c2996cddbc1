// @vitest-environment node
// fillExtras writes the prerendered stills and the calculator into a page's empty placeholders.
// A placeholder it cannot fill must fail the build, naming it, not ship an empty box.
import { describe, expect, it } from 'vitest';
import { fillExtras, linksToStory, withoutHydrationMarkers, type Extras } from '$lib/server/fill';

const extras: Extras = {
  explore: '<form>calculator</form>',
  steps: ['<h2>step 1</h2>', '<h2>step 2</h2>'],
  after: '<section>sources</section>',
  sources: '<ol>entries</ol>',
  embedThis: '<section>embed this</section>',
  web: '<div class="web-standin">the whole web</div>',
  sticky: ['<svg>sticky 1</svg>', '<svg>sticky 2</svg>'],
  styles: '<style>.still{}</style>'
};
const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;

describe('fillExtras', () => {
  it.each([
    {
      name: 'the sticky box before the live diagram loads',
      body: '<div class="still-figure" data-extra="sticky-1"></div>',
      filled: '<div class="still-figure" data-extra="sticky-1"><svg>sticky 2</svg></div>'
    },
    {
      name: "the whole web's stand-in",
      body: '<div id="web" data-extra="web"></div>',
      filled: '<div id="web" data-extra="web"><div class="web-standin">the whole web</div></div>'
    },
    {
      name: 'the calculator',
      body: '<div id="explore" data-extra="explore"></div>',
      filled: '<div id="explore" data-extra="explore"><form>calculator</form></div>'
    },
    {
      name: "a step's content, by its 0-based number",
      body: '<div class="step-body" data-extra="step-1"></div>',
      filled: '<div class="step-body" data-extra="step-1"><h2>step 2</h2></div>'
    },
    {
      name: 'the updates and sources',
      body: '<div data-extra="after"></div>',
      filled: '<div data-extra="after"><section>sources</section></div>'
    },
    {
      name: 'every placeholder on the page, attributes before and after kept',
      body: '<div data-extra="step-0" class="a"></div><p>text</p><section class="b" data-extra="explore"></section>',
      filled:
        '<div data-extra="step-0" class="a"><h2>step 1</h2></div><p>text</p><section class="b" data-extra="explore"><form>calculator</form></section>'
    },
    {
      name: 'nothing on a page without placeholders',
      body: '<div class="still"></div>',
      filled: '<div class="still"></div>'
    }
  ])('fills $name', ({ body, filled }) => {
    expect(fillExtras(page(body), extras)).toBe(
      `<html><head><title>t</title><style>.still{}</style></head><body>${filled}</body></html>`
    );
  });

  it.each([
    {
      name: 'an unknown kind',
      body: '<div data-extra="stil-0"></div>',
      error:
        'unknown placeholder data-extra="stil-0": expected "explore", "after", "sources", "embed-this", "web" or "step-0" to "step-1" or "sticky-0" to "sticky-1"'
    },
    {
      name: 'a step that was not built',
      body: '<div data-extra="step-2"></div>',
      error:
        'unknown placeholder data-extra="step-2": expected "explore", "after", "sources", "embed-this", "web" or "step-0" to "step-1" or "sticky-0" to "sticky-1"'
    },
    {
      name: 'an empty name',
      body: '<div data-extra=""></div>',
      error:
        'unknown placeholder data-extra="": expected "explore", "after", "sources", "embed-this", "web" or "step-0" to "step-1" or "sticky-0" to "sticky-1"'
    },
    {
      name: 'a placeholder that is not empty',
      body: '<div data-extra="explore"><p>old</p></div>',
      error: 'placeholder data-extra="explore" is not empty: write it as <div data-extra="explore"></div>'
    }
  ])('throws on $name', ({ body, error }) => {
    expect(() => fillExtras(page(body), extras)).toThrow(error);
  });

  it.each([
    { name: 'calculator', placeholder: 'explore', with: { ...extras, explore: '' } },
    { name: 'step', placeholder: 'step-0', with: { ...extras, steps: [' \n', '<h2></h2>'] } }
  ])('throws when the $name it would write is empty', ({ placeholder, with: empty }) => {
    expect(() => fillExtras(page(`<div data-extra="${placeholder}"></div>`), empty)).toThrow(
      `placeholder data-extra="${placeholder}": its prerendered HTML is empty`
    );
  });
});

describe('linksToStory', () => {
  const story = 'https://example.org/ftm/';

  it("points a link to a section the page lacks at the story's page, and keeps links to its own", () => {
    const html =
      '<p>Change them in <a href="#explore">the calculator</a>.</p>' +
      '<a href="#source-ft">1</a><li id="source-ft">FT</li><a href="https://ft.com/x">FT</a>';
    expect(linksToStory(html, story)).toBe(
      '<p>Change them in <a href="https://example.org/ftm/#explore">the calculator</a>.</p>' +
        '<a href="#source-ft">1</a><li id="source-ft">FT</li><a href="https://ft.com/x">FT</a>'
    );
  });

  it('leaves a page with every target in place as it is', () => {
    const html = '<div id="explore"></div><a href="#explore">calculator</a>';
    expect(linksToStory(html, story)).toBe(html);
  });
});

describe('withoutHydrationMarkers', () => {
  it("drops svelte/server's hydration comments and keeps every other comment and the text", () => {
    const rendered =
      '<!--$still1-s1--><figure><!--[--><!--[0--><p>a</p><!--]--><!--[-1--><!--]--><!--[!--><!----> ' +
      '<!-- a note --><span>&lt;!--[--&gt; b</span><!--]--></figure>';
    expect(withoutHydrationMarkers(rendered)).toBe(
      '<figure><p>a</p> <!-- a note --><span>&lt;!--[--&gt; b</span></figure>'
    );
  });
});
