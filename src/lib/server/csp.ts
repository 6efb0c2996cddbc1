// The Content-Security-Policy's script hashes for the inline scripts that are ours but not
// SvelteKit's. kit.csp (svelte.config.js) writes the policy into each prerendered page as a
// <meta http-equiv> and hashes SvelteKit's own start-up script; two more inline scripts run
// before any module can: the theme script of src/app.html and the embed pages' sizing script
// (src/lib/embed/child.ts). hooks.server.ts hands each page to allowInlineScripts with their
// texts, and the page's script-src gains their hashes (in `npm run dev`, where SvelteKit sends
// the policy as a response header instead, the header gains them: withScriptSources).
//
// Every other inline script is refused by the browser, and also by the build: a page that
// carries an inline script the policy does not allow stops `npm run build`, naming the page,
// so a change that adds one cannot ship a page that quietly breaks.
import { createHash } from 'node:crypto';

/** A CSP hash source for a script's text: 'sha256-…' over its UTF-8 bytes, as browsers hash. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The text of each inline script the browser would run: every <script> without a src whose type
 * is absent or JavaScript (a JSON data block is not run, so no policy applies to it).
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attrs = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(text);
  }
  return scripts;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** A policy with `sources` added to its script-src (each once), the rest as it was. */
export function withScriptSources(policy: string, sources: readonly string[]): string {
  return policy.replace(/(^|;\s*)script-src ([^;]*)/, (_, lead: string, list: string) => {
    const have = new Set(list.split(/\s+/));
    const add = [...new Set(sources)].filter((source) => !have.has(source));
    return `${lead}script-src ${[list, ...add].join(' ')}`;
  });
}

/**
 * The page with the hashes of those `trusted` scripts it carries added to its policy's
 * script-src. Throws, naming `page`, when an inline script of the page is then still not allowed.
 * A page without a policy is returned as it is.
 */
export function allowInlineScripts(html: string, trusted: readonly string[], page: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const present = inlineScripts(html);
  // Attribute text: SvelteKit escapes & and " in it; hashes hold neither.
  const policy = withScriptSources(meta[1]!, trusted.filter((text) => present.includes(text)).map(scriptHash));
  const allowed = new Set((/(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? '').split(/\s+/));
  for (const text of present) {
    if (!allowed.has(scriptHash(text)))
      throw new Error(
        `${page}: an inline script that the Content-Security-Policy does not allow: ` +
          `"${text.trim().slice(0, 80)}…". Load it from a file, or add its text to the trusted ` +
          'scripts in src/hooks.server.ts if it is ours.'
      );
  }
  return html.replace(meta[0], () => meta[0].replace(meta[1]!, () => policy));
}
