import { describe, expect, it } from 'vitest';
import { calculatorPageUrl, embedUrl, loaderUrl, oembedPath, scenarioOnly, siteOrigin } from '$lib/embed/urls';

describe('siteOrigin', () => {
  it.each([
    { value: undefined, origin: '' },
    { value: '', origin: '' },
    { value: '  ', origin: '' },
    { value: 'https://graphics.example.org', origin: 'https://graphics.example.org' },
    { value: ' https://graphics.example.org/ ', origin: 'https://graphics.example.org' },
    { value: 'http://localhost:4173', origin: 'http://localhost:4173' },
    { value: 'HTTPS://Example.ORG', origin: 'https://example.org' }
  ])('$value → "$origin"', ({ value, origin }) => expect(siteOrigin(value)).toBe(origin));

  it.each([
    { value: 'example.org', message: /absolute address/ },
    { value: 'ftp://example.org', message: /https:\/\/ or http:\/\// },
    { value: 'https://example.org/follow-the-money', message: /BASE_PATH/ },
    { value: 'https://example.org/?a=1', message: /origin only/ }
  ])('refuses $value, saying what it expected', ({ value, message }) =>
    expect(() => siteOrigin(value)).toThrow(message)
  );
});

describe('embedUrl', () => {
  const site = 'https://example.org';
  it.each([
    { name: 'the story', piece: 'story', base: '', params: {}, url: 'https://example.org/embed/story' },
    { name: 'under a base path', piece: 'story', base: '/ftm', params: {}, url: 'https://example.org/ftm/embed/story' },
    {
      name: 'the diagram at step 6',
      piece: 'flow',
      base: '',
      params: { step: 5 },
      url: 'https://example.org/embed/flow?step=6'
    },
    { name: 'no step', piece: 'flow', base: '', params: { step: null }, url: 'https://example.org/embed/flow' },
    { name: 'before the story', piece: 'flow', base: '', params: { step: -1 }, url: 'https://example.org/embed/flow' },
    {
      name: 'dark',
      piece: 'flow',
      base: '',
      params: { step: 0, theme: 'dark' },
      url: 'https://example.org/embed/flow?step=1&theme=dark'
    },
    {
      name: 'auto is the default',
      piece: 'story',
      base: '',
      params: { theme: 'auto' },
      url: 'https://example.org/embed/story'
    },
    {
      name: 'a scenario',
      piece: 'calculator',
      base: '',
      params: { scenario: 'investment=20&valuation=800' },
      url: 'https://example.org/embed/calculator?investment=20&valuation=800'
    },
    {
      name: 'a scenario with a stray step and theme',
      piece: 'calculator',
      base: '',
      params: { scenario: '?investment=20&step=3&theme=light', theme: 'dark', step: 4 },
      url: 'https://example.org/embed/calculator?investment=20&theme=dark'
    }
  ] as const)('$name', ({ piece, base, params, url }) => expect(embedUrl(site, base, piece, params)).toBe(url));

  it('is root-relative without a site', () => expect(embedUrl('', '/ftm', 'story')).toBe('/ftm/embed/story'));
});

describe('other addresses', () => {
  it('oEmbed', () => expect(oembedPath('/ftm', 'calculator')).toBe('/ftm/embed/calculator.oembed.json'));
  it('loader', () => expect(loaderUrl('https://example.org', '/ftm')).toBe('https://example.org/ftm/embed.js'));
  it('scenario without the embed’s own keys', () =>
    expect(scenarioOnly('?investment=20&childId=c&initialWidth=600&parentUrl=x&parentTitle=y&maxheight=900')).toBe(
      'investment=20'
    ));
});

describe('calculatorPageUrl: where a scenario opens on the main page', () => {
  it.each([
    {
      name: 'the reported figures',
      site: 'https://example.org',
      base: '',
      scenario: '',
      url: 'https://example.org/#explore'
    },
    {
      name: 'a scenario, under a base path',
      site: 'https://example.org',
      base: '/ftm',
      scenario: 'investment=20&valuation=800',
      url: 'https://example.org/ftm/?investment=20&valuation=800#explore'
    },
    {
      name: 'an embed’s own options stay behind',
      site: 'http://127.0.0.1:8080',
      base: '',
      scenario: '?investment=20&theme=dark&maxheight=900&childId=c',
      url: 'http://127.0.0.1:8080/?investment=20#explore'
    }
  ])('$name', ({ site, base, scenario, url }) => expect(calculatorPageUrl(site, base, scenario)).toBe(url));
});
