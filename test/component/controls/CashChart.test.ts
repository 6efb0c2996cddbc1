import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import CashChart from '$lib/components/controls/CashChart.svelte';
import { computeDeal } from '$lib/model/deal';
import { calculatorText } from '$lib/model/sentences';
import { calculator, REPORTED, specs } from '../../unit/model/fixtures';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function renderChart(changes: Partial<typeof REPORTED> = {}) {
  const a = { ...REPORTED, ...changes };
  const result = computeDeal(a);
  return render(CashChart, { props: { result, text: calculatorText(calculator, specs, result, a).chart } });
}

describe('CashChart', () => {
  it('describes the reported scenario in its label and its table', () => {
    const { container } = renderChart();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      "Bar chart of Amazon's cash over 7 years, in US dollars: $10B out in year 1; $1.4B of new AWS revenue a year, of which $506M is operating profit coming back. The cumulative net ends at −$6.5B. Amazon's cash back: not within 7 years."
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toHaveTextContent(/^1\$10B\$1\.4B\$506M−\$9\.5B$/);
    expect(rows[7]).toHaveTextContent(/^7\$0B\$1\.4B\$506M−\$6\.5B$/);
    expect(container.querySelectorAll('rect.out')).toHaveLength(1);
    expect(container.querySelector('.break-even')).toBeNull();
  });

  it('says that the bars rest on our assumption', () => {
    renderChart();
    expect(
      screen.getByText(/^Rests on our assumption: OpenAI spends 100% of the investment at AWS, evenly over 7 years\.$/)
    ).toBeInTheDocument();
  });

  it('marks the break-even year', () => {
    renderChart({ spendBack: 300 });
    expect(screen.getByText('Cash back in year 7')).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(/Amazon's cash back: in year 7\.$/);
  });
});
