import { describe, expect, it } from 'vitest';
import { allowInlineScripts, inlineScripts, scriptHash, withScriptSources } from '$lib/server/csp';

// Hashes of the scripts below, from `node -e "crypto.createHash('sha256').update(text).digest('base64')"`.
const THEME = "'sha256-Rfr3GgHZFiXm+TmNr+li+0sZ4J9FGllo8jsXcJF5XZ8='";
const KIT = "'sha256-sncb+t8vXBhwl1n3Wj7m9e6qnUd9rn5FZKOMjzhxrqw='";

const page = (policy: string, body: string) =>
  `<html><head><script>theme()</script><meta http-equiv="content-security-policy" content="${policy}"></head>` +
  `<body>${body}<script>kit()</script></body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('scriptHash', () => {
  it('is the sha256 of the text in base64, quoted as a CSP source', () =>
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"));
});

describe('inlineScripts', () => {
  it.each([
    { name: 'a classic inline script', html: '<script>a()</script>', scripts: ['a()'] },
    { name: 'an inline module', html: '<script type="module">b()</script>', scripts: ['b()'] },
    { name: 'an empty one', html: '<script></script>', scripts: [''] },
    { name: 'not one with a src', html: '<script src="/x.js"></script>', scripts: [] },
    { name: 'not a JSON data block', html: '<script type="application/json">{"a":1}</script>', scripts: [] },
    { name: 'one with attributes', html: '<script data-ftm-config="{}">c()</script>', scripts: ['c()'] }
  ])('$name', ({ html, scripts }) => expect(inlineScripts(html)).toEqual(scripts));
});

describe('allowInlineScripts', () => {
  it('adds the hashes of the trusted scripts the page carries to script-src, and nothing else', () => {
    const html = page(`default-src 'self'; script-src 'self' ${KIT}; style-src 'self'`, '');
    expect(policyOf(allowInlineScripts(html, ['theme()', 'absent()'], '/'))).toBe(
      `default-src 'self'; script-src 'self' ${KIT} ${THEME}; style-src 'self'`
    );
  });

  it('adds a hash once, however often the page or the list has the script', () => {
    const html = page(`script-src 'self' ${KIT}`, '<script>theme()</script>');
    expect(policyOf(allowInlineScripts(html, ['theme()', 'theme()'], '/'))).toBe(`script-src 'self' ${KIT} ${THEME}`);
  });

  it('refuses a page with an inline script nobody vouched for, naming the page and the script', () => {
    const html = page(`script-src 'self' ${KIT}`, '<script>steal()</script>');
    expect(() => allowInlineScripts(html, ['theme()'], '/embed/story')).toThrow(
      /^\/embed\/story: an inline script that the Content-Security-Policy does not allow: "steal\(\)…"/
    );
  });

  it('leaves a page without a policy as it is', () =>
    expect(allowInlineScripts('<script>x()</script>', [], '/')).toBe('<script>x()</script>'));
});

describe('withScriptSources', () => {
  it.each([
    { policy: "script-src 'self'", sources: [THEME], out: `script-src 'self' ${THEME}` },
    {
      policy: `default-src 'self'; script-src 'self' ${KIT}`,
      sources: [KIT, THEME, THEME],
      out: `default-src 'self'; script-src 'self' ${KIT} ${THEME}`
    },
    { policy: "default-src 'self'", sources: [THEME], out: "default-src 'self'" }
  ])('$policy + $sources', ({ policy, sources, out }) => expect(withScriptSources(policy, sources)).toBe(out));
});
