// The code a blogger pastes, one function per host: any page that runs scripts, pages that run
// none, AMP, and oEmbed consumers (WordPress and others discover it from the embed page).
// Pure string building; every value is escaped for the attribute or text it lands in.

/** What every snippet needs to know about the piece. */
export interface SnippetInput {
  /** Absolute address of the embed page, options included. */
  url: string;
  /** Says what the piece is: link text, iframe title. */
  title: string;
  /** Height in CSS pixels where the host cannot resize (plain iframe, AMP's first layout). */
  height: number;
}

export type SnippetFormat = 'script' | 'iframe' | 'amp' | 'link';

/** Escape text for an HTML attribute value in double quotes, or for element text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The link plus our loader. Without the script (a platform that strips it) the link remains,
 * so a reader still reaches the piece.
 */
export function scriptSnippet({ url, title }: SnippetInput, loader: string): string {
  return (
    `<a href="${escapeHtml(url)}" data-ftm-embed>${escapeHtml(title)}</a>\n` +
    `<script async src="${escapeHtml(loader)}"></script>`
  );
}

/**
 * A plain iframe at a fixed height, for hosts that allow no scripts at all. The inner page
 * scrolls if the column is so narrow that it needs more room.
 */
export function iframeSnippet({ url, title, height }: SnippetInput): string {
  const h = Math.round(height);
  return (
    `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="${h}" ` +
    `style="width:100%;height:${h}px;border:0" loading="lazy"></iframe>`
  );
}

/**
 * AMP's iframe. `resizable` lets the embed ask for its height with AMP's embed-size message;
 * AMP grants a change only out of view, else it shows the `overflow` button. AMP also wants the
 * iframe to come from another origin than the AMP page, over https, and
 * `<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>`
 * in the page's head.
 */
export function ampSnippet({ url, title, height }: SnippetInput): string {
  return (
    `<amp-iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="600" height="${Math.round(height)}" ` +
    `layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0">\n` +
    `  <button overflow type="button">Show all</button>\n` +
    `</amp-iframe>`
  );
}

/** The snippet for a format. "link" is the bare address, which WordPress turns into an embed through oEmbed. */
export function snippetFor(format: SnippetFormat, input: SnippetInput, loader: string): string {
  switch (format) {
    case 'script':
      return scriptSnippet(input, loader);
    case 'iframe':
      return iframeSnippet(input);
    case 'amp':
      return ampSnippet(input);
    case 'link':
      return input.url;
  }
}

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/#section2.3.4). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/**
 * The link WordPress keeps beside an embed's iframe, as its own post embeds carry it. WordPress
 * prints its resizing script (wp-embed.js) only for embeds whose HTML has a
 * `<blockquote class="wp-embedded-content">` (wp_maybe_enqueue_oembed_host_js, since 5.9); it then
 * hides the iframe and shows this link until the frame sends its first message, and hides the
 * link from then on. WordPress strips the blockquote's attributes and puts its own back, so the
 * inline `display:none` only keeps other oEmbed consumers, which show the iframe at once, from
 * printing the link above it.
 */
export function wordpressQuote({ url, title }: SnippetInput): string {
  return `<blockquote class="wp-embedded-content" style="display:none"><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></blockquote>`;
}

/**
 * The oEmbed JSON for a piece: the WordPress link, then the plain iframe, which every consumer
 * can show. `input.height` is where the frame starts (WordPress then sizes it to the piece).
 */
export function oembedFor(input: SnippetInput, provider: { name: string; url: string }, width = 600): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: wordpressQuote(input) + iframeSnippet(input),
    width,
    height: Math.round(input.height)
  };
}
