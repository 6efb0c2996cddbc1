import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Slider from '$lib/components/controls/Slider.svelte';
import type { Source } from '$lib/content/types';
import type { SliderId, SliderSpec } from '$lib/model/types';
import { specs } from '../../unit/model/fixtures';

const spec = (id: SliderId) => specs.find((candidate) => candidate.id === id) as SliderSpec;
const information: Source = {
  id: 'information-2025-12-16',
  outlet: 'The Information',
  title: 'OpenAI in Talks to Raise At Least $10 Billion From Amazon and Use Its AI Chips',
  date: '2025-12-16',
  url: 'https://archive.ph/TgKAx',
  kind: 'report'
};

function renderSlider(id: SliderId, value?: number) {
  const onchange = vi.fn();
  const s = spec(id);
  const view = render(Slider, { props: { spec: s, value: value ?? s.reported, sources: [information], onchange } });
  return { ...view, onchange };
}

describe('Slider', () => {
  it('is a labelled range input that speaks its value with units', () => {
    renderSlider('investment');
    const slider = screen.getByRole('slider', { name: /investment/i });
    expect(slider).toHaveValue('10');
    expect(slider).toHaveAttribute('aria-valuetext', '$10 billion');
    expect(slider).toHaveAttribute('min', '1');
    expect(slider).toHaveAttribute('max', '100');
    expect(screen.getByRole('spinbutton', { name: /investment/i })).toHaveValue(10);
  });

  it('shows the reported tick with its source, and the badge', () => {
    renderSlider('investment');
    expect(screen.getByText('Reported: more than $10B')).toBeInTheDocument();
    expect(screen.getByText('reported')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dec 16, 2025' })).toHaveAttribute('href', 'https://archive.ph/TgKAx');
    expect(screen.getByRole('slider')).toHaveAccessibleDescription(/Reported: more than \$10B.*The Information/);
  });

  it('labels our assumption as ours, and says why', () => {
    renderSlider('spendBack');
    expect(screen.getByText('our assumption')).toBeInTheDocument();
    expect(screen.getByText('Our default: 100%')).toBeInTheDocument();
    expect(screen.getByText(/Based on:/)).toBeInTheDocument();
    expect(screen.getByText(/^Why: No amount was reported for the chips or the capacity/)).toBeInTheDocument();
  });

  it('labels a worked-out value as our arithmetic, with how it was worked out', () => {
    renderSlider('margin');
    expect(screen.getByText('our arithmetic')).toBeInTheDocument();
    expect(screen.getByText('Worked out: 35.4%')).toBeInTheDocument();
    expect(screen.getByText(/^Worked out: \$45\.6B of AWS operating income ÷ \$128\.7B/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset AWS operating margin to worked-out value' })).toBeDisabled();
  });

  it.each([
    ['term', /^Our assumption: OpenAI's new spending runs over the same seven years/],
    ['valuation', /^Our assumption: the reported valuation already includes Amazon's money/]
  ] as const)('marks what we assume in using the reported %s (issue item 12)', (id, why) => {
    renderSlider(id);
    expect(screen.getByText('reported')).toBeInTheDocument();
    expect(screen.getByText('our assumption')).toBeInTheDocument();
    expect(screen.getByText(why)).toBeInTheDocument();
  });

  it('speaks percentages in words', () => {
    renderSlider('margin');
    expect(screen.getByRole('slider', { name: /margin/i })).toHaveAttribute('aria-valuetext', '35.4 percent');
  });

  it('reports a new value while dragging, and shows it once the value comes back', async () => {
    const { onchange, rerender } = renderSlider('investment');
    await fireEvent.input(screen.getByRole('slider', { name: /investment/i }), { target: { value: '20' } });
    expect(onchange).toHaveBeenCalledExactlyOnceWith(20);

    await rerender({ value: 20 });
    const slider = screen.getByRole('slider', { name: /investment/i });
    expect(slider).toHaveValue('20');
    expect(slider).toHaveAttribute('aria-valuetext', '$20 billion');
    expect(screen.getByRole('spinbutton', { name: /investment/i })).toHaveValue(20);
  });

  it('marks a changed value and resets it to the reported one', async () => {
    const { onchange } = renderSlider('investment', 20);
    expect(screen.getByText('changed')).toBeInTheDocument();
    const reset = screen.getByRole('button', { name: "Reset Amazon's investment in OpenAI to reported value" });
    expect(reset).toBeEnabled();
    await fireEvent.click(reset);
    expect(onchange).toHaveBeenCalledExactlyOnceWith(10);
  });

  it('has nothing to reset at the reported value', () => {
    renderSlider('investment');
    expect(screen.queryByText('changed')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Reset .* to reported value$/ })).toBeDisabled();
  });

  it('applies a typed value on commit, clamped to the range', async () => {
    const { onchange } = renderSlider('investment');
    const box = screen.getByRole('spinbutton', { name: /investment/i });
    await fireEvent.change(box, { target: { value: '1000' } });
    expect(onchange).toHaveBeenCalledExactlyOnceWith(100);
    expect(box).toHaveValue(100);
  });

  it('applies a complete value while typing, but not a partial one below the range', async () => {
    const { onchange } = renderSlider('valuation');
    const box = screen.getByRole('spinbutton', { name: /valuation/i });
    await fireEvent.input(box, { target: { value: '8' } });
    expect(onchange).not.toHaveBeenCalled();
    await fireEvent.input(box, { target: { value: '800' } });
    expect(onchange).toHaveBeenCalledExactlyOnceWith(800);
  });
});
