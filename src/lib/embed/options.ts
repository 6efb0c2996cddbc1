// What an embed's address asks for. The same function runs in two places: in the small inline
// script every embed page starts with (see child.ts, which copies its source into the page), and
// in the Svelte page after hydration. So it must be self-contained: no imports, no module
// constants, nothing but its arguments and the platform's URLSearchParams.

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** ?theme=light|dark|auto; anything else, or nothing, is "auto" (follow the reader's system). */
  theme: Theme;
  /** ?step=K as a 0-based index clamped to the story; null when absent or not a whole number. */
  step: number | null;
  /** pym.js's ?childId=, which asks for pym's height messages; null without it. */
  childId: string | null;
  /** WordPress's #?secret=, which asks for its height messages; null without it. */
  secret: string | null;
  /**
   * The most the host lets the frame grow, in CSS pixels: ?maxheight=N (clamped to 200–10000),
   * and at most WordPress's 1000 when the hash has its secret; null when the host sets no limit.
   * A piece with a limit never asks for more and scrolls what does not fit inside itself.
   */
  maxHeight: number | null;
}

/**
 * Read an embed's options from `location.search` and `location.hash`. `count` is the number of
 * steps, to clamp ?step= ("?step=99" of 9 steps is the last one, "?step=0" the first). Never
 * throws: a link can come from anywhere, so what is not understood is ignored.
 */
export function parseEmbedOptions(search: string, hash: string, count: number): EmbedOptions {
  const query = new URLSearchParams(search);
  const theme = (query.get('theme') || '').trim().toLowerCase();
  const rawStep = query.get('step');
  let step: number | null = null;
  if (rawStep !== null && /^\s*\d{1,4}\s*$/.test(rawStep) && count > 0)
    step = Math.min(count, Math.max(1, Number(rawStep))) - 1;
  // Ids and secrets are echoed back to the host, so only plain tokens of a sane length pass.
  const token = (value: string | null) => (value !== null && /^[\w.:-]{1,64}$/.test(value) ? value : null);
  // WordPress writes "#?secret=AbC123"; also accept "#secret=…" and other keys beside it.
  const fromHash = new URLSearchParams(hash.replace(/^#\??/, ''));
  const secret = token(fromHash.get('secret'));
  // WordPress's wp-embed.js clamps every height it is sent to 200–1000 px (wp-includes/js/wp-embed.js).
  const rawMax = query.get('maxheight');
  let maxHeight: number | null = null;
  if (rawMax !== null && /^\s*\d{1,6}\s*$/.test(rawMax)) maxHeight = Math.min(10000, Math.max(200, Number(rawMax)));
  if (secret !== null) maxHeight = Math.min(maxHeight === null ? 1000 : maxHeight, 1000);
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    step,
    childId: token(query.get('childId')),
    secret,
    maxHeight
  };
}
