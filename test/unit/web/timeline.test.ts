// The web as of a month: which flows exist, in which state, and the months the control steps through.
import { describe, expect, it } from 'vitest';
import { asOf, monthOf, monthsOf, nextMonth } from '$lib/web/timeline';
import { flows } from './fixtures';

const state = (month: string) =>
  Object.fromEntries(asOf(flows, month).map((f) => [f.id, [f.status, f.amount, f.tag ?? null]]));

describe('months', () => {
  it.each([
    ['2025-12', '2026-01'],
    ['2025-09', '2025-10'],
    ['2023-01', '2023-02']
  ])('after %s comes %s', (month, next) => expect(nextMonth(month)).toBe(next));

  it('runs month by month from the first date of any flow to the last, changes and ends included', () => {
    const months = monthsOf(flows);
    expect(months[0]).toBe('2023-09');
    expect(months.at(-1)).toBe('2026-02');
    expect(months).toHaveLength(30);
    expect(new Set(months).size).toBe(months.length);
  });

  it('is empty without flows', () => expect(monthsOf([])).toEqual([]));

  it('reads the month of a day or a month', () => {
    expect(monthOf('2025-09-22')).toBe('2025-09');
    expect(monthOf('2023-09')).toBe('2023-09');
  });
});

describe('asOf', () => {
  it.each([
    { month: '2023-08', expected: {} },
    { month: '2023-09', expected: { first: ['completed', 1.25, null], rest: ['pledged', 2.75, null] } },
    { month: '2024-03', expected: { first: ['completed', 1.25, null], rest: ['completed', 2.75, null] } },
    {
      month: '2025-12',
      expected: {
        first: ['completed', 1.25, null],
        rest: ['completed', 2.75, null],
        loi: ['letter-of-intent', 100, null],
        talks: ['in-talks', 10, null],
        gpus: ['committed', null, null],
        ours: ['committed', 5, null]
      }
    },
    {
      month: '2026-01',
      expected: {
        first: ['completed', 1.25, null],
        rest: ['completed', 2.75, null],
        loi: ['letter-of-intent', 100, null],
        talks: ['in-talks', 50, null],
        gpus: ['committed', null, null],
        ours: ['committed', 5, null]
      }
    },
    {
      // Walked back, then signed at $30B in the same month: the talks have ended.
      month: '2026-02',
      expected: {
        first: ['completed', 1.25, null],
        rest: ['completed', 2.75, null],
        loi: ['committed', 30, null],
        gpus: ['committed', null, null],
        ours: ['committed', 5, null]
      }
    }
  ])('as of $month', ({ month, expected }) => expect(state(month)).toEqual(expected));

  it('keeps a tag until a new status clears it', () => {
    const walkedBack = [{ ...flows[2]!, changes: flows[2]!.changes.slice(0, 1) }];
    expect(asOf(walkedBack, '2026-02')[0]).toMatchObject({ status: 'letter-of-intent', tag: 'walked back' });
    expect(asOf(flows, '2026-02').find((f) => f.id === 'loi')!.tag).toBeUndefined();
  });

  it('lists the sources of the start and of every change applied, and how it got there', () => {
    const loi = asOf(flows, '2026-02').find((f) => f.id === 'loi')!;
    expect(loi.sources).toEqual(['s1', 's3', 's4']);
    expect(loi.changed).toBe('2026-02-27');
    expect(loi.stages.map((s) => [s.status, s.amount, s.tag ?? null])).toEqual([
      ['letter-of-intent', 100, null],
      ['letter-of-intent', 100, 'walked back'],
      ['committed', 30, null]
    ]);
  });

  it('never changes its input', () => {
    const before = JSON.stringify(flows);
    asOf(flows, '2026-02');
    expect(JSON.stringify(flows)).toBe(before);
  });
});
