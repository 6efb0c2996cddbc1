import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Explore from '$lib/components/controls/Explore.svelte';
import type { Source } from '$lib/content/types';
import { Scenario } from '$lib/state/scenario.svelte';
import { calculator, presets, reported, specs } from '../../unit/model/fixtures';

beforeAll(() => {
  // jsdom has no ResizeObserver, which Svelte's bind:clientWidth uses; the chart keeps its
  // 640 px default here.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

afterEach(() => vi.unstubAllGlobals());

const sources: Source[] = [];

function renderExplore(search = '', extra: { compact?: boolean; linkUrl?: () => string } = {}) {
  const scenario = new Scenario(specs, search);
  render(Explore, { props: { scenario, specs, presets, sources, copy: calculator, ...extra } });
  return scenario;
}

const stake = () => screen.getByText("Amazon's stake in OpenAI").nextElementSibling;

describe('Explore', () => {
  it('starts at the reported figures', () => {
    renderExplore();
    expect(stake()).toHaveTextContent('2%');
    expect(screen.getByRole('button', { name: 'Reset to reported figures' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'As reported (Dec 2025)' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('investment 20 and valuation 800: the stake is 2.5% and the query holds both', async () => {
    const scenario = renderExplore();
    await fireEvent.input(screen.getByRole('slider', { name: /investment/i }), { target: { value: '20' } });
    await fireEvent.input(screen.getByRole('slider', { name: /valuation/i }), { target: { value: '800' } });
    expect(stake()).toHaveTextContent('2.5%');
    expect(scenario.query).toBe('investment=20&valuation=800');
    expect(screen.getByRole('img', { name: /Bar chart of Amazon's cash/ })).toHaveAccessibleName(/\$20B out in year 1/);
  });

  it('reset restores the reported figures and clears the query', async () => {
    const scenario = renderExplore('?investment=20&valuation=800');
    expect(stake()).toHaveTextContent('2.5%');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset to reported figures' }));
    expect(stake()).toHaveTextContent('2%');
    expect(scenario.assumptions).toEqual(reported);
    expect(scenario.query).toBe('');
  });

  it('applies a preset', async () => {
    const scenario = renderExplore();
    const outcome = screen.getByRole('button', { name: 'What happened (Feb–Mar 2026)' });
    await fireEvent.click(outcome);
    expect(outcome).toHaveAttribute('aria-pressed', 'true');
    expect(stake()).toHaveTextContent('5.9%');
    expect(scenario.query).toBe('investment=50&valuation=852&term=8&spendBack=200');
    expect(screen.getByText(/The AWS contract grew by \$100B over 8 years/)).toBeInTheDocument();
    expect(screen.getByText(/Two readings here are ours/)).toBeInTheDocument();
  });

  it('shows "How we compute" with each input and what it rests on', () => {
    renderExplore('?margin=30');
    const how = screen.getByRole('heading', { name: 'How we compute' }).closest('section') as HTMLElement;
    const margin = within(how).getByText('AWS operating margin').closest('li');
    expect(margin).toHaveTextContent(/^AWS operating margin: 30% our arithmetic \(changed from 35\.4%\)/);
    expect(margin).toHaveTextContent('$45.6B of AWS operating income ÷ $128.7B of AWS revenue in 2025');
    expect(within(how).getByText('$5.4B + $1.4B ≈ $6.9B a year', { exact: false })).toBeInTheDocument();
  });

  it('announces a committed change once, for screen readers', async () => {
    renderExplore();
    const live = document.querySelector('.explore [aria-live="polite"]')!;
    const slider = screen.getByRole('slider', { name: /investment/i });
    await fireEvent.input(slider, { target: { value: '20' } });
    // While the slider moves, nothing is said.
    expect(live).toHaveTextContent(/^$/);
    await fireEvent.change(slider);
    expect(live).toHaveTextContent("Stake 4%. Payments to AWS $8.3B a year. Amazon's cash back: not within 7 years.");
  });

  it('shows the key figures at the foot of the sliders as they move, unheard (the live region speaks)', async () => {
    renderExplore();
    const following = document.querySelector('.explore .following')!;
    expect(following).toHaveAttribute('aria-hidden', 'true');
    expect(following).toHaveTextContent('Stake 2%. Payments to AWS $6.9B a year.');
    await fireEvent.input(screen.getByRole('slider', { name: /investment/i }), { target: { value: '20' } });
    expect(following).toHaveTextContent('Stake 4%. Payments to AWS $8.3B a year.');
  });

  it('copies the link to the scenario', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderExplore('?investment=20');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(`${location.origin}${location.pathname}?investment=20`);
  });

  it('shows the link to copy by hand when there is no clipboard', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    renderExplore('?valuation=800');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this scenario' });
    expect(field).toHaveValue(`${location.origin}${location.pathname}?valuation=800`);
    expect(screen.getByRole('status')).toHaveTextContent('Copy the link below');
  });
});

describe('Explore, compact (the calculator embed)', () => {
  it('puts the results and the chart before the assumptions, which fold away', () => {
    renderExplore('', { compact: true });
    const results = screen.getByText("Amazon's stake in OpenAI");
    const chart = screen.getByRole('img', { name: /Bar chart of Amazon's cash/ });
    const more = screen.getByText(`Change the assumptions (${specs.length})`);
    expect(results.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(chart.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(more.closest('details')).not.toHaveAttribute('open');
    expect(screen.getAllByRole('slider', { hidden: true })).toHaveLength(specs.length);
    expect(screen.queryByRole('group', { name: 'Scenarios' })).toBeNull();
  });

  it('offers the presets as one select, which says when the scenario is the reader’s own', async () => {
    const scenario = renderExplore('', { compact: true });
    const select = screen.getByRole('combobox', { name: 'Scenario' });
    expect(select).toHaveValue('as-reported');
    await fireEvent.change(select, { target: { value: 'what-happened' } });
    expect(scenario.query).toBe('investment=50&valuation=852&term=8&spendBack=200');
    expect(stake()).toHaveTextContent('5.9%');
    scenario.set('investment', 20);
    await vi.waitFor(() => expect(select).toHaveValue(''));
    expect(screen.getByRole('option', { name: 'Your own' })).toBeDisabled();
  });

  it('copies the address it is given, not its own', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderExplore('?investment=20', { compact: true, linkUrl: () => 'https://example.org/?investment=20#explore' });
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    expect(writeText).toHaveBeenCalledExactlyOnceWith('https://example.org/?investment=20#explore');
  });
});
