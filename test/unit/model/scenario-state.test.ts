// The Scenario state class and the address-bar writer (src/lib/state/scenario.svelte.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scenario, createUrlWriter, scenarioUrl } from '$lib/state/scenario.svelte';
import type { Flow } from '$lib/content/types';
import { presets, reported, specs } from './fixtures';

describe('Scenario', () => {
  it('starts at the reported figures, or at a link', () => {
    expect(new Scenario(specs).assumptions).toEqual(reported);
    expect(new Scenario(specs, '?investment=20&valuation=800').result.stake).toBeCloseTo(0.025, 12);
  });

  it('derives the result and the query from the assumptions', () => {
    const scenario = new Scenario(specs);
    scenario.set('investment', 20);
    scenario.set('valuation', 800);
    expect(scenario.result.stake).toBeCloseTo(0.025, 12);
    expect(scenario.query).toBe('investment=20&valuation=800');
  });

  it('clamps and snaps what it is given, as a link would be', () => {
    const scenario = new Scenario(specs);
    scenario.set('investment', 1000);
    scenario.set('margin', 30.04);
    scenario.set('term', Number.NaN);
    expect(scenario.query).toBe('investment=100&margin=30');
  });

  it('resets one slider, or all of them', () => {
    const scenario = new Scenario(specs, '?investment=20&valuation=800');
    scenario.reset('investment');
    expect(scenario.query).toBe('valuation=800');
    scenario.resetAll();
    expect(scenario.assumptions).toEqual(reported);
    expect(scenario.query).toBe('');
  });

  it('applies a preset over the reported figures and recognises it', () => {
    const scenario = new Scenario(specs, '?margin=20&price=300');
    const outcome = presets.find((preset) => preset.id === 'what-happened')!;
    scenario.apply(outcome);
    expect(scenario.query).toBe('investment=50&valuation=852&term=8&spendBack=200');
    expect(presets.filter((preset) => scenario.matches(preset)).map((preset) => preset.id)).toEqual(['what-happened']);
  });

  it('gives the diagram its flows at the scenario: the investment follows the slider', () => {
    const story = [
      {
        id: 'amazon-openai-equity',
        from: 'amazon',
        to: 'openai',
        kind: 'equity',
        amount: 10,
        qualifier: 'more-than',
        status: 'in-talks',
        basis: 'reported',
        date: '2025-12-16',
        label: 'Investment',
        sources: ['s']
      }
    ] as const satisfies Flow[];
    const scenario = new Scenario(specs, '', story);
    expect(scenario.flows[0]).toMatchObject({ amount: 10, qualifier: 'more-than' });
    scenario.set('investment', 20);
    expect(scenario.flows[0]).toMatchObject({ amount: 20, qualifier: 'exactly' });
    expect(new Scenario(specs).flows).toEqual([]);
  });

  it('takes the flows later, for a page whose diagram brings them, at the scenario of the moment', () => {
    const story = [
      {
        id: 'amazon-openai-equity',
        from: 'amazon',
        to: 'openai',
        kind: 'equity',
        amount: 10,
        qualifier: 'more-than',
        status: 'in-talks',
        basis: 'reported',
        date: '2025-12-16',
        label: 'Investment',
        sources: ['s']
      }
    ] as const satisfies Flow[];
    const scenario = new Scenario(specs, '?investment=30');
    expect(scenario.flows).toEqual([]);
    scenario.drawFlows(story);
    expect(scenario.flows[0]).toMatchObject({ amount: 30, qualifier: 'exactly' });
  });

  it('loads a link after start-up', () => {
    const scenario = new Scenario(specs);
    scenario.load('?investment=abc&term=3');
    expect(scenario.assumptions).toEqual({ ...reported, term: 3 });
  });
});

describe('createUrlWriter', () => {
  afterEach(() => {
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('writes at most once per wait, the last value landing, other parameters kept', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/?theme=dark#explore');
    const replace = vi.fn((url: string) => history.replaceState(null, '', url));
    const write = createUrlWriter(specs, replace, 150);
    // After a quiet spell the first write goes out on the next tick, with the latest value.
    write('investment=11');
    write('investment=12');
    write('investment=13');
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(replace).toHaveBeenCalledExactlyOnceWith('/?theme=dark&investment=13#explore');
    // Writes during the next 150 ms wait for it.
    write('investment=14');
    write('');
    vi.advanceTimersByTime(149);
    expect(replace).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(replace).toHaveBeenLastCalledWith('/?theme=dark#explore');
  });

  it('keeps under Safari’s 100 changes in 30 seconds by default, however fast the reader drags', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/');
    const replace = vi.fn((url: string) => history.replaceState(null, '', url));
    const write = createUrlWriter(specs, replace);
    for (let ms = 0; ms < 30_000; ms += 16) {
      write(`investment=${10 + (Math.floor(ms / 16) % 50)}`);
      vi.advanceTimersByTime(16);
    }
    expect(replace.mock.calls.length).toBeGreaterThan(50);
    expect(replace.mock.calls.length).toBeLessThanOrEqual(100);
  });

  it('leaves the address as it was when the browser refuses, and tries again on the next change', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/');
    const replace = vi.fn<(url: string) => void>().mockImplementationOnce(() => {
      throw new DOMException(
        'Attempt to use history.replaceState() more than 100 times per 30 seconds',
        'SecurityError'
      );
    });
    const write = createUrlWriter(specs, replace, 150);
    write('investment=20');
    expect(() => vi.advanceTimersByTime(0)).not.toThrow();
    expect(location.search).toBe('');
    write('investment=30');
    vi.advanceTimersByTime(150);
    expect(replace).toHaveBeenLastCalledWith('/?investment=30');
    expect(replace).toHaveBeenCalledTimes(2);
  });

  it('does not touch the address when nothing changed', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/?investment=20');
    const replace = vi.fn();
    createUrlWriter(specs, replace, 150)('investment=20');
    vi.advanceTimersByTime(1000);
    expect(replace).not.toHaveBeenCalled();
  });

  it('builds the link to copy from the page address', () => {
    history.replaceState(null, '', '/embed/calculator?theme=light');
    expect(scenarioUrl(new Scenario(specs, '?valuation=800'))).toBe(
      `${location.origin}/embed/calculator?theme=light&valuation=800`
    );
  });
});
