// Addresses of the embeds. Pure functions: the site's origin and base path come in as arguments
// (see src/lib/site.ts for where they are read).
import type { Theme } from './options';

/** The pieces a blogger can embed. */
export const PIECES = ['story', 'flow', 'calculator', 'web'] as const;
export type Piece = (typeof PIECES)[number];

export function isPiece(value: string): value is Piece {
  return (PIECES as readonly string[]).includes(value);
}

/**
 * The configured public origin without a trailing slash: " https://example.org/ " gives
 * "https://example.org"; nothing gives "". Anything that is not an http(s) origin stops the build
 * with a message saying what was expected, because every snippet would otherwise carry it.
 */
export function siteOrigin(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text === '') return '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_SITE_URL must be an absolute address such as https://example.org; found "${text}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_SITE_URL must start with https:// or http://; found "${text}".`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `PUBLIC_SITE_URL is the origin only, such as https://example.org; found "${text}". ` +
        'Put a folder the site is served from in BASE_PATH (e.g. BASE_PATH=/follow-the-money).'
    );
  return url.origin;
}

/** Options carried by an embed's address. */
export interface EmbedParams {
  /** 0-based step (story, flow); written 1-based as ?step=. */
  step?: number | null;
  /** The calculator's scenario as a query string without "?", e.g. "investment=20". */
  scenario?: string;
  /** Colour theme; "auto" is the default and is left out of the address. */
  theme?: Theme;
}

/** The path of a piece, e.g. "/follow-the-money/embed/story". */
export function embedPath(base: string, piece: Piece): string {
  return `${base}/embed/${piece}`;
}

/**
 * The address of an embed with its options: site + base + "/embed/flow?step=6&theme=dark".
 * With an empty `site` the address is root-relative.
 */
export function embedUrl(site: string, base: string, piece: Piece, params: EmbedParams = {}): string {
  const query = new URLSearchParams(piece === 'calculator' ? scenarioOnly(params.scenario ?? '') : '');
  if (piece !== 'calculator' && params.step !== undefined && params.step !== null && params.step >= 0)
    query.set('step', String(Math.trunc(params.step) + 1));
  if (params.theme && params.theme !== 'auto') query.set('theme', params.theme);
  const search = query.toString();
  return `${site}${embedPath(base, piece)}${search ? `?${search}` : ''}`;
}

/** Parameters that belong to the embed itself, never to a scenario. */
const EMBED_KEYS = new Set(['step', 'theme', 'maxheight', 'childId', 'initialWidth', 'parentTitle', 'parentUrl']);

/** A scenario query string without the embed's own parameters (and without a leading "?"). */
export function scenarioOnly(scenario: string): string {
  const params = new URLSearchParams(scenario.replace(/^\?/, ''));
  for (const key of [...params.keys()]) if (EMBED_KEYS.has(key)) params.delete(key);
  return params.toString();
}

/**
 * The main page's calculator with a scenario, e.g. "https://example.org/?investment=20#explore":
 * what "Copy link" in the calculator embed copies, since a link to the embed itself would open a
 * bare frame without the story around it.
 */
export function calculatorPageUrl(site: string, base: string, scenario: string): string {
  const query = scenarioOnly(scenario);
  return `${site}${base}/${query ? `?${query}` : ''}#explore`;
}

/** Where the oEmbed JSON of a piece is, e.g. "/embed/story.oembed.json". */
export function oembedPath(base: string, piece: Piece): string {
  return `${embedPath(base, piece)}.oembed.json`;
}

/** The loader's address, e.g. "https://example.org/follow-the-money/embed.js". */
export function loaderUrl(site: string, base: string): string {
  return `${site}${base}/embed.js`;
}
