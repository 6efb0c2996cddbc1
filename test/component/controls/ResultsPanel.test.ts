import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ResultsPanel from '$lib/components/controls/ResultsPanel.svelte';
import { computeDeal } from '$lib/model/deal';
import { calculatorText } from '$lib/model/sentences';
import { calculator, REPORTED, specs } from '../../unit/model/fixtures';

function renderPanel(changes: Partial<typeof REPORTED>) {
  const assumptions = { ...REPORTED, ...changes };
  const text = calculatorText(calculator, specs, computeDeal(assumptions), assumptions);
  return render(ResultsPanel, { props: { results: text.results } });
}

const term = (name: string) => screen.getByText(name, { exact: false, selector: 'dt' });

describe('ResultsPanel', () => {
  it('shows a 2.5% stake for $20B at $800B', () => {
    renderPanel({ investment: 20, valuation: 800 });
    expect(screen.getByText('2.5%')).toBeInTheDocument();
    expect(screen.getByText(/\$20B at a valuation of \$800B/)).toBeInTheDocument();
  });

  it('shows the reported figures', () => {
    renderPanel({});
    expect(screen.getByText('2%')).toBeInTheDocument();
    expect(screen.getByText('$6.9B')).toBeInTheDocument();
    expect(screen.getByText('Not within 7 years')).toBeInTheDocument();
    expect(screen.getByText('33.7%')).toBeInTheDocument();
  });

  it('names the payback year when there is one', () => {
    renderPanel({ spendBack: 300 });
    expect(screen.getByText('In year 7')).toBeInTheDocument();
  });

  it('marks each result as our arithmetic or as resting on our assumption', () => {
    renderPanel({});
    expect(term("Amazon's stake in OpenAI")).toHaveTextContent(/our arithmetic$/);
    expect(term('Back per dollar invested')).toHaveTextContent(/our assumption$/);
    expect(term("Amazon's cash back")).toHaveTextContent(/our assumption$/);
    expect(term("Upside to analysts' target")).toHaveTextContent(/our arithmetic$/);
  });
});
