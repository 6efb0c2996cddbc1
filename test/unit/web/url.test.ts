// The explorer's state in the address: round trips, clamping, garbage ignored, others kept.
import { describe, expect, it } from 'vitest';
import { clampMonth, defaultState, mergeWebQuery, parseWebState, writeWebState } from '$lib/web/url';
import { monthsOf } from '$lib/web/timeline';
import { companies, flows } from './fixtures';

const bounds = { months: monthsOf(flows), companies: companies.map((c) => c.id) };
const latest = defaultState(bounds);

describe('web state in the URL', () => {
  it('writes nothing for the default view: the latest month, all companies, everything', () => {
    expect(latest).toEqual({
      month: '2026-02',
      focus: null,
      kinds: ['equity', 'cloud-compute', 'chips'],
      certainty: 'talks'
    });
    expect(writeWebState(latest, bounds)).toBe('');
  });

  it.each([
    { month: '2025-10', focus: 'openai', kinds: ['equity', 'chips'], certainty: 'firm' },
    { month: '2023-09', focus: null, kinds: ['cloud-compute'], certainty: 'pledges' },
    { month: '2026-02', focus: 'amd', kinds: ['equity', 'cloud-compute', 'chips'], certainty: 'talks' }
  ] as const)('round trip: $month, $focus, $kinds, $certainty', (state) => {
    const query = writeWebState({ ...state, kinds: [...state.kinds] }, bounds);
    expect(parseWebState(query, bounds)).toEqual(state);
  });

  it('writes a readable query', () => {
    expect(
      writeWebState({ month: '2025-10', focus: 'openai', kinds: ['equity', 'chips'], certainty: 'firm' }, bounds)
    ).toBe('month=2025-10&focus=openai&kinds=equity,chips&certainty=firm');
  });

  it.each([
    ['month=2019-01', { month: '2023-09' }],
    ['month=2031-12', { month: '2026-02' }],
    ['month=2025-13', { month: '2026-02' }],
    ['month=garbage', { month: '2026-02' }],
    ['month=2025-1', { month: '2026-02' }],
    [`month=${'9'.repeat(500)}`, { month: '2026-02' }],
    ['focus=amazom', { focus: null }],
    ['focus=__proto__', { focus: null }],
    ['kinds=loans', { kinds: ['equity', 'cloud-compute', 'chips'] }],
    ['kinds=loans,chips', { kinds: ['chips'] }],
    ['kinds=', { kinds: ['equity', 'cloud-compute', 'chips'] }],
    ['certainty=maybe', { certainty: 'talks' }],
    ['month=2025-10&month=2024-01', { month: '2025-10' }],
    ['%E0%A4%A', {}]
  ])('%s is clamped or ignored', (search, expected) =>
    expect(parseWebState(search, bounds)).toEqual({ ...latest, ...expected })
  );

  it('clamps a month to the range, and refuses what is not one', () => {
    expect(clampMonth('2020-05', bounds.months)).toBe('2023-09');
    expect(clampMonth('2024-07', bounds.months)).toBe('2024-07');
    expect(clampMonth('July', bounds.months)).toBeNull();
    expect(clampMonth('2024-07', [])).toBeNull();
  });

  it("keeps the calculator's scenario and an embed's theme", () => {
    expect(mergeWebQuery('?investment=20&month=2024-01&theme=dark', 'month=2025-10&focus=openai')).toBe(
      '?investment=20&theme=dark&month=2025-10&focus=openai'
    );
    expect(mergeWebQuery('?month=2024-01', '')).toBe('');
  });
});
