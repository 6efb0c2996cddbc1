import { describe, expect, it } from 'vitest';
import {
  ampSnippet,
  escapeHtml,
  iframeSnippet,
  oembedFor,
  scriptSnippet,
  snippetFor,
  wordpressQuote
} from '$lib/embed/snippets';

const input = {
  url: 'https://example.org/embed/calculator?investment=20&valuation=800',
  title: 'Explore the Amazon–OpenAI deal',
  height: 640
};
const loader = 'https://example.org/embed.js';

describe('snippets', () => {
  it('script: the link and the loader, as in the README', () =>
    expect(scriptSnippet(input, loader)).toBe(
      '<a href="https://example.org/embed/calculator?investment=20&amp;valuation=800" data-ftm-embed>Explore the Amazon–OpenAI deal</a>\n' +
        '<script async src="https://example.org/embed.js"></script>'
    ));

  it('iframe: fixed height in the attribute and the style, no border, lazy', () =>
    expect(iframeSnippet(input)).toBe(
      '<iframe src="https://example.org/embed/calculator?investment=20&amp;valuation=800" title="Explore the Amazon–OpenAI deal" ' +
        'width="100%" height="640" style="width:100%;height:640px;border:0" loading="lazy"></iframe>'
    ));

  it('AMP: resizable, with the overflow button AMP requires', () => {
    const amp = ampSnippet(input);
    expect(amp).toMatch(
      /^<amp-iframe src="https:\/\/example\.org\/embed\/calculator\?investment=20&amp;valuation=800"/
    );
    expect(amp).toContain(' resizable ');
    expect(amp).toContain('layout="responsive"');
    expect(amp).toContain('height="640"');
    expect(amp).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(amp).toContain('<button overflow type="button">Show all</button>');
    expect(amp).toMatch(/<\/amp-iframe>$/);
  });

  it('link: the bare address', () => expect(snippetFor('link', input, loader)).toBe(input.url));

  it('escapes what could break out of an attribute or inject markup', () => {
    const nasty = { url: 'https://example.org/embed/story?x="><script>', title: '<b>"Deal" & more</b>', height: 10 };
    const html = scriptSnippet(nasty, loader) + iframeSnippet(nasty) + ampSnippet(nasty);
    expect(html).not.toContain('"><script>');
    expect(html).not.toContain('<b>');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('oembedFor', () => {
  it('is a rich oEmbed 1.0 response whose html is WordPress’s link, then the plain iframe', () =>
    expect(oembedFor(input, { name: 'Follow the money', url: 'https://example.org/' })).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Explore the Amazon–OpenAI deal',
      provider_name: 'Follow the money',
      provider_url: 'https://example.org/',
      html:
        '<blockquote class="wp-embedded-content" style="display:none">' +
        '<a href="https://example.org/embed/calculator?investment=20&amp;valuation=800">Explore the Amazon–OpenAI deal</a>' +
        '</blockquote>' +
        iframeSnippet(input),
      width: 600,
      height: 640
    }));

  // The test WordPress itself applies (wp-includes/embed.php, wp_maybe_enqueue_oembed_host_js).
  it('makes WordPress print its resizing script', () =>
    expect(oembedFor(input, { name: 'x', url: 'https://example.org/' }).html).toMatch(
      /<blockquote\s[^>]*?wp-embedded-content/
    ));

  it('escapes the title in the link', () =>
    expect(wordpressQuote({ ...input, title: 'A <b> & "c"' })).toContain('>A &lt;b&gt; &amp; &quot;c&quot;</a>'));
});
