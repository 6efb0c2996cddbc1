import { describe, expect, it } from 'vitest';
import {
  HAIRLINE,
  KIND_STYLES,
  MIN_WIDTH,
  STATUS_STYLES,
  dashArray,
  glyphPath,
  maxLinkWidth,
  storyMaxAmount,
  stripeWidth,
  widthKey,
  widthScale
} from '$lib/flow/scales';
import { flows } from './fixtures';

describe('storyMaxAmount', () => {
  it('is the largest disclosed amount of the whole story', () => expect(storyMaxAmount(flows)).toBe(250));
  it('ignores undisclosed amounts and falls back to 1', () => {
    expect(storyMaxAmount([{ ...flows[0]!, amount: null }])).toBe(1);
    expect(storyMaxAmount([])).toBe(1);
  });
});

describe('widthScale (linear, one domain for the story)', () => {
  const width = widthScale(250, 30);
  it.each([
    { name: 'the largest flow gets the widest stroke', amount: 250, px: 30 },
    { name: '$125B is half as wide', amount: 125, px: 15 },
    { name: '$38B is 38/250 of it', amount: 38, px: 4.56 },
    { name: '$10B is floored at the thinnest visible stroke', amount: 10, px: MIN_WIDTH },
    { name: 'undisclosed is a hairline', amount: null, px: HAIRLINE },
    { name: 'more than the domain is clamped', amount: 400, px: 30 }
  ])('$name', ({ amount, px }) => expect(width(amount)).toBeCloseTo(px, 6));
});

describe('maxLinkWidth', () => {
  it.each([
    [{ width: 320, height: 224 }, 10],
    [{ width: 640, height: 400 }, 18],
    [{ width: 1280, height: 768 }, 30]
  ])('%o → %s px', (size, px) => expect(maxLinkWidth(size)).toBe(px));
});

describe('status: dashes and opacity', () => {
  it.each([
    ['completed', 2, null, 1],
    ['committed', 2, '12 3', 0.92],
    ['pledged', 2, '6 3.6', 0.82],
    ['in-talks', 2, '2.1 3.3', 0.72],
    ['in-talks', 30, '8.4 13.2', 0.72]
  ] as const)('%s at %s px → dashes %s, opacity %s', (status, width, dash, opacity) => {
    expect(dashArray(status, width)).toBe(dash);
    expect(STATUS_STYLES[status].opacity).toBe(opacity);
  });
  it('keeps every line at 0.7 opacity or more (3:1 contrast for graphics)', () => {
    for (const style of Object.values(STATUS_STYLES)) expect(style.opacity).toBeGreaterThanOrEqual(0.7);
  });
});

describe('kind: colour token and a mark that survives greyscale', () => {
  it.each([
    ['equity', '--kind-equity', 'none', false],
    ['cloud-compute', '--kind-cloud-compute', 'square', true],
    ['chips', '--kind-chips', 'diamond', false]
  ] as const)('%s', (kind, token, glyph, doubleLine) => {
    const style = KIND_STYLES[kind];
    expect(style.color).toMatch(new RegExp(`^var\\(${token}, #[0-9a-f]{6}\\)$`));
    expect(style.glyph).toBe(glyph);
    expect(style.doubleLine).toBe(doubleLine);
  });
  it('no two kinds share a glyph-and-line combination', () => {
    const marks = Object.values(KIND_STYLES).map((s) => `${s.glyph}/${s.doubleLine}`);
    expect(new Set(marks).size).toBe(marks.length);
  });
  it.each([
    ['cloud-compute', 10, 3],
    ['cloud-compute', 3, 0],
    ['equity', 10, 0]
  ] as const)('stripe of %s at %s px is %s px', (kind, width, stripe) => expect(stripeWidth(kind, width)).toBe(stripe));
  it.each([
    ['none', 10, null],
    ['square', 10, 'M-5,-5h10v10h-10Z'],
    ['diamond', 10, 'M0,-6.5L6.5,0L0,6.5L-6.5,0Z']
  ] as const)('glyph %s at %s px', (glyph, size, d) => expect(glyphPath(glyph, size)).toBe(d));
});

describe('widthKey', () => {
  it('samples the largest amount, a round middle value, $10B and undisclosed', () => {
    expect(widthKey(250, 30)).toEqual([
      { amount: 250, width: 30, label: '$250B' },
      { amount: 100, width: 12, label: '$100B' },
      { amount: 10, width: MIN_WIDTH, label: '$10B' },
      { amount: null, width: HAIRLINE, label: 'undisclosed' }
    ]);
  });
  it('stays sensible when the story is small', () => {
    expect(widthKey(38, 20).map((e) => e.label)).toEqual(['$38B', '$20B', '$10B', 'undisclosed']);
  });
});
