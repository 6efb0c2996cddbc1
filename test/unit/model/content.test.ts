// The content files themselves: the reported values the issue names, and presets that parse.
import { describe, expect, it } from 'vitest';
import { presets, REPORTED, reported, specs } from './fixtures';

describe('content/sliders.yaml', () => {
  it('defines the reported scenario', () => expect(reported).toEqual(REPORTED));

  it('labels the investment and valuation sliders so a reader can find them', () => {
    expect(specs.find((spec) => spec.id === 'investment')?.label).toMatch(/investment/i);
    expect(specs.find((spec) => spec.id === 'valuation')?.label).toMatch(/valuation/i);
  });

  it('marks the spend-back share as our assumption, and says so in its note', () => {
    const spendBack = specs.find((spec) => spec.id === 'spendBack');
    expect(spendBack?.basis).toBe('assumed');
    expect(spendBack?.note).toMatch(/^Our assumption/);
  });

  it('says what each value is: reported, worked out by us, or ours', () =>
    expect(Object.fromEntries(specs.map((spec) => [spec.id, [spec.basis, spec.assumes !== undefined]]))).toEqual({
      investment: ['reported', false],
      // Reported, but reading it as the valuation after the new money is ours.
      valuation: ['reported', true],
      contract: ['reported', false],
      // Reported for the $38B contract; that the new spending runs as long is ours.
      term: ['reported', true],
      spendBack: ['assumed', false],
      // 45.6 ÷ 128.7, from four quarterly releases.
      margin: ['derived', false],
      target: ['reported', false],
      price: ['reported', false]
    }));

  it('prices the stock at the reported 16 Dec close, not at a price worked back from the upside', () => {
    const price = specs.find((spec) => spec.id === 'price');
    expect(price?.reported).toBe(222.56);
    expect(price?.sources).toEqual(['livemint-2025-12-17']);
  });

  it('uses no jargon in its labels: "after the new money", not "post-money"', () =>
    expect(specs.filter((spec) => /post-money/i.test(spec.label))).toEqual([]));
});

describe('content/presets.yaml', () => {
  it('has the reported and the 2026 outcome presets, and at least one more', () => {
    expect(presets.map((preset) => preset.label)).toEqual(
      expect.arrayContaining(['As reported (Dec 2025)', 'What happened (Feb–Mar 2026)'])
    );
    expect(presets.length).toBeGreaterThanOrEqual(3);
  });

  it('maps the 2026 outcome onto the sliders: $50B at $852B, $38B + $100B over 8 years', () => {
    const outcome = presets.find((preset) => preset.id === 'what-happened');
    expect(outcome?.values).toEqual({ investment: 50, valuation: 852, term: 8, spendBack: 200 });
  });
});

describe('slider labels', () => {
  it('name "investment" and "valuation" only on those sliders, so a reader (or a test) finds each by name', () => {
    expect(specs.filter((spec) => /investment/i.test(spec.label)).map((spec) => spec.id)).toEqual(['investment']);
    expect(specs.filter((spec) => /valuation/i.test(spec.label)).map((spec) => spec.id)).toEqual(['valuation']);
  });
});
