// Where the site lives, for the addresses that must be absolute: the snippets a blogger pastes,
// oEmbed, canonical links. Both come from the environment at build time:
//
//   PUBLIC_SITE_URL=https://graphics.example.org BASE_PATH=/follow-the-money npm run build
//
// PUBLIC_SITE_URL is the origin only (scheme and host, no path); BASE_PATH is the folder the site
// is served from (svelte.config.js hands it to SvelteKit, which gives it back as `base`).
// Without PUBLIC_SITE_URL, prerendered pages use root-relative addresses and "Embed this" falls
// back to the address the reader opened the page at.
import * as publicEnv from '$env/static/public';
import { base } from '$app/paths';
import { siteOrigin } from '$lib/embed/urls';

// A namespace import, because a named import of a variable that is not set fails the build.
const env: Record<string, string | undefined> = publicEnv;

/** The public origin, e.g. "https://graphics.example.org", or "" when not configured. */
export const SITE_URL: string = siteOrigin(env.PUBLIC_SITE_URL);

/** The path the site is served under, e.g. "/follow-the-money", or "" at a domain root. */
export const BASE_PATH: string = base;

/**
 * The address of a path inside the site: absoluteUrl('/embed/story') is
 * "https://graphics.example.org/follow-the-money/embed/story" (root-relative without PUBLIC_SITE_URL).
 */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Where `npm run serve` shows a local build; the fallback origin for `publicUrl`. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * Like `absoluteUrl`, but absolute even without PUBLIC_SITE_URL (then on DEFAULT_SITE_URL):
 * canonical links and share images (Open Graph, Twitter cards) are only read as absolute URLs.
 */
export function publicUrl(path: string): string {
  return `${SITE_URL || DEFAULT_SITE_URL}${BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}
