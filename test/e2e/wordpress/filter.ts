// What WordPress does to the HTML of an oEmbed from a provider it does not know, written out
// step by step after wp_filter_oembed_iframe_title_attribute() and wp_filter_oembed_result() in
// WordPress 6.1's wp-includes/embed.php (its oembed_dataparse filters, in that order), so that
// a test page can show our embeds exactly as a WordPress post does, with WordPress's own
// wp-embed.js (Debian's `wordpress` package) running on it. The full WordPress round trip in
// wordpress.e2e.ts checks this copy against the real thing.

/** The tags and attributes wp_filter_oembed_result lets through its first wp_kses pass. */
const ALLOWED: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title']
};

/**
 * wp_kses with the list above, for HTML written as ours is (double-quoted attributes): other tags
 * go, their text stays; other attributes go; kept ones keep their order and their text.
 */
function kses(html: string, allowed: Record<string, string[]>): string {
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g, (_, slash: string, name: string, rest: string) => {
    const attrs = allowed[name.toLowerCase()];
    if (!attrs) return '';
    if (slash) return `</${name}>`;
    const kept = [...rest.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)]
      .filter(([, attr]) => attrs.includes(attr!.toLowerCase()))
      .map(([whole]) => ` ${whole}`);
    return `<${name}${kept.join('')}>`;
  });
}

/** esc_url() for display: what our addresses need of it (ampersands as &#038;). */
function escUrl(url: string): string {
  return url.replace(/&amp;/g, '&').replace(/&/g, '&#038;').replace(/'/g, '&#039;');
}

/** esc_attr(): what a title needs of it. */
function escAttr(text: string): string {
  return text
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * wp_filter_oembed_iframe_title_attribute(): the iframe's title (its own, else the oEmbed's)
 * moves to the front of its attributes.
 */
function titleFirst(html: string, oembedTitle: string): string {
  const tag = /<iframe([^>]*)>/i.exec(html);
  const own = tag ? /\stitle="([^"]*)"/i.exec(tag[1]!) : null;
  const title = own?.[1] || oembedTitle;
  if (!title) return html;
  let out = html;
  if (tag && own) {
    const rest = [...tag[1]!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].filter(([, name]) => name!.toLowerCase() !== 'title');
    out = out.replace(tag[0], `<iframe ${rest.map(([whole]) => whole).join(' ')}>`);
  }
  return out.replace(/<iframe /gi, `<iframe title="${escAttr(title)}" `);
}

/**
 * The HTML WordPress prints for an untrusted provider's oEmbed `html` (with the oEmbed's `title`),
 * with `secret` standing in for the ten random characters of wp_generate_password(10, false).
 * Null when WordPress would refuse the embed (no iframe).
 */
export function wordpressEmbedHtml(html: string, secret: string, title = ''): string | null {
  let out = kses(titleFirst(html, title), ALLOWED);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(out);
  if (!content?.[2]) return null;
  out = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  if (src) {
    const url = escUrl(`${src[2]}#?secret=${secret}`);
    const q = src[1];
    out = out.replace(src[0], ` src=${q}${url}${q} data-secret=${q}${secret}${q}`);
    out = out.replaceAll('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  out = kses(out, {
    ...ALLOWED,
    blockquote: ['data-secret'],
    iframe: [...ALLOWED.iframe!, 'data-secret']
  });
  if (content[1]) {
    // "We have a blockquote to fall back on. Hide the iframe by default."
    out = out.replaceAll('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    out = out.replaceAll('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replaceAll('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** Where Debian's `wordpress` package keeps WordPress ($WORDPRESS_DIR to look elsewhere). */
export const WORDPRESS_DIR = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
