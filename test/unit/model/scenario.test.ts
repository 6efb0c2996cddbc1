import { describe, expect, it } from 'vitest';
import { mergeScenarioQuery, parseScenario, toSliderValue, writeScenario } from '$lib/model/scenario';
import type { Assumptions, SliderId, SliderSpec } from '$lib/model/types';
import { random, reported, specs } from './fixtures';

const spec = (id: SliderId) => specs.find((candidate) => candidate.id === id) as SliderSpec;
const parse = (search: string) => parseScenario(search, specs);

describe('writeScenario', () => {
  it('is empty at the reported figures', () => expect(writeScenario(reported, specs)).toBe(''));

  it('writes only what differs, in slider order, as short as it prints', () =>
    expect(writeScenario({ ...reported, price: 250, investment: 20, margin: 30.5, valuation: 800 }, specs)).toBe(
      'investment=20&valuation=800&margin=30.5&price=250'
    ));

  it('writes snapped values, never floating-point noise', () =>
    expect(writeScenario({ ...reported, margin: 0.1 + 0.2 }, specs)).toBe('margin=0.3'));
});

describe('parseScenario', () => {
  it('starts from the reported figures', () => expect(parse('')).toEqual(reported));

  it('reads the values a link holds, with or without "?"', () => {
    expect(parse('?investment=20&valuation=800')).toEqual({ ...reported, investment: 20, valuation: 800 });
    expect(parse('investment=20&valuation=800')).toEqual({ ...reported, investment: 20, valuation: 800 });
    expect(parseScenario(new URLSearchParams('margin=30.5'), specs)).toEqual({ ...reported, margin: 30.5 });
  });

  describe('round trip for every slider', () => {
    const cases = specs.flatMap((s) => {
      const middle = toSliderValue((s.min + s.max) / 2, s);
      return [s.min, middle, s.max, toSliderValue(s.reported + s.step, s)].map((value) => ({ id: s.id, value }));
    });
    it.each(cases)('$id = $value', ({ id, value }) => {
      const scenario: Assumptions = { ...reported, [id]: value };
      expect(parse(writeScenario(scenario, specs))).toEqual(scenario);
    });
  });

  it.each([
    { search: 'investment=1000', id: 'investment', value: 100 },
    { search: 'investment=-5', id: 'investment', value: 1 },
    { search: 'investment=0', id: 'investment', value: 1 },
    { search: 'valuation=100', id: 'valuation', value: 200 },
    { search: 'valuation=99999999999999999999999', id: 'valuation', value: 1500 },
    { search: 'term=0', id: 'term', value: 1 },
    { search: 'term=7.6', id: 'term', value: 8 },
    { search: 'investment=20.4', id: 'investment', value: 20 },
    { search: 'margin=30.56', id: 'margin', value: 30.6 },
    { search: 'spendBack=102', id: 'spendBack', value: 100 },
    { search: 'spendBack=103', id: 'spendBack', value: 105 },
    { search: 'price=-0', id: 'price', value: 100 }
  ] as const)('clamps and snaps: $search → $value', ({ search, id, value }) =>
    expect(parse(search)).toEqual({ ...reported, [id]: value })
  );

  it.each([
    'investment=abc',
    'investment=NaN',
    'investment=Infinity',
    'investment=-Infinity',
    'investment=%3Cscript%3Ealert(1)%3C/script%3E',
    'investment=<script>alert(1)</script>',
    'investment=',
    'investment',
    'investment=1e3',
    'investment=0x10',
    'investment=20abc',
    'investment=%2020',
    'investment=+20',
    'investment=2,5',
    'investment=.5',
    'investment=5.',
    'investment=%E0%A4%A',
    `investment=1${'0'.repeat(400)}`,
    'Investment=20',
    'dividend=20',
    'constructor=1',
    '__proto__=1',
    '=20',
    '&&&',
    '?',
    '#investment=20'
  ])('ignores %s', (search) => expect(parse(search)).toEqual(reported));

  it('uses the first of repeated keys', () => {
    expect(parse('investment=20&investment=30')).toEqual({ ...reported, investment: 20 });
    expect(parse('investment=abc&investment=30')).toEqual(reported);
  });

  it('keeps good values beside bad ones', () =>
    expect(parse('investment=abc&valuation=800&theme=dark&margin=<b>')).toEqual({ ...reported, valuation: 800 }));

  it('fuzz: 5,000 random query strings never throw and always land on the sliders', () => {
    const next = random(42);
    const keys = [...specs.map((s) => s.id), 'theme', 'step', '', '__proto__', 'INVESTMENT'];
    const pieces = [
      '0',
      '1',
      '5',
      '9',
      '.',
      '-',
      '+',
      'e',
      'x',
      '%',
      '%2',
      '%3C',
      '<',
      '>',
      '&',
      '=',
      ' ',
      '?',
      '#',
      'NaN',
      'Infinity',
      '€',
      '\u0000',
      '00',
      '99999'
    ];
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
    for (let i = 0; i < 5000; i++) {
      const pairs = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const value = Array.from({ length: Math.floor(next() * 8) }, () => pick(pieces)).join('');
        return next() < 0.1 ? value : `${pick(keys)}=${value}`;
      });
      const search = (next() < 0.5 ? '?' : '') + pairs.join(next() < 0.9 ? '&' : ';');
      let result: Assumptions | undefined;
      expect(() => (result = parse(search)), search).not.toThrow();
      for (const s of specs) {
        const value = result?.[s.id] as number;
        expect(Number.isFinite(value), `${search} → ${s.id}=${value}`).toBe(true);
        expect(value, search).toBeGreaterThanOrEqual(s.min);
        expect(value, search).toBeLessThanOrEqual(s.max);
        expect(toSliderValue(value, s), search).toBe(value);
      }
    }
  }, 60_000);
});

describe('toSliderValue', () => {
  it.each([
    { id: 'margin', value: 35.44, expected: 35.4 },
    { id: 'margin', value: 61, expected: 60 },
    { id: 'price', value: 222.564999999, expected: 222.56 },
    { id: 'target', value: 297.7, expected: 297.5 },
    { id: 'investment', value: Number.POSITIVE_INFINITY, expected: 100 },
    { id: 'investment', value: Number.NaN, expected: 10 }
  ] as const)('$id: $value → $expected', ({ id, value, expected }) =>
    expect(toSliderValue(value, spec(id))).toBe(expected)
  );

  it('never steps past a max that is off the grid', () => {
    const odd: SliderSpec = { ...spec('term'), min: 1, max: 10, step: 2 };
    expect(toSliderValue(10, odd)).toBe(9);
  });
});

describe('mergeScenarioQuery', () => {
  it.each([
    { search: '', query: 'investment=20', expected: '?investment=20' },
    { search: '?investment=20', query: '', expected: '' },
    {
      search: '?theme=dark&investment=10&step=3',
      query: 'investment=20',
      expected: '?theme=dark&step=3&investment=20'
    },
    { search: '?theme=dark', query: '', expected: '?theme=dark' }
  ])('$search + $query → $expected', ({ search, query, expected }) =>
    expect(mergeScenarioQuery(search, query, specs)).toBe(expected)
  );
});
