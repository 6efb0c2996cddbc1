import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Stepper from '$lib/components/story/Stepper.svelte';

describe('Stepper', () => {
  it('says where the reader is', () => {
    render(Stepper, { index: 2, count: 9, onprevious: () => {}, onnext: () => {} });
    expect(screen.getByText('Step 3 of 9')).toBeInTheDocument();
  });

  it('calls back on Previous step and Next step', async () => {
    const onprevious = vi.fn();
    const onnext = vi.fn();
    render(Stepper, { index: 4, count: 9, onprevious, onnext });
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(onnext).toHaveBeenCalledOnce();
    expect(onprevious).toHaveBeenCalledOnce();
  });

  it('disables the buttons at the ends of the story', () => {
    const { unmount } = render(Stepper, { index: 0, count: 9, onprevious: () => {}, onnext: () => {} });
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeEnabled();
    unmount();
    render(Stepper, { index: 8, count: 9, onprevious: () => {}, onnext: () => {} });
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });
});

describe('Stepper, compact (the story embed)', () => {
  const props = { count: 9, onprevious: () => {}, onnext: () => {}, compact: true };

  it('writes every step’s label for the step CSS to pick, and no progress bar', () => {
    const { container } = render(Stepper, { ...props, index: 2 });
    const labels = [...container.querySelectorAll('.where [data-slide]')].map((el) => [
      el.getAttribute('data-slide'),
      el.textContent
    ]);
    expect(labels).toEqual(Array.from({ length: 9 }, (_, i) => [String(i), `Step ${i + 1} of 9`]));
    expect(container.querySelector('.bar')).toBeNull();
  });

  it('names its buttons in full and shows the short words', async () => {
    const onnext = vi.fn();
    render(Stepper, { ...props, index: 0, onnext });
    const previous = screen.getByRole('button', { name: 'Previous step' });
    const next = screen.getByRole('button', { name: 'Next step' });
    expect([previous.textContent?.trim(), next.textContent?.trim()]).toEqual(['← Previous', 'Next →']);
    expect(previous).toBeDisabled();
    await fireEvent.click(next);
    expect(onnext).toHaveBeenCalledOnce();
  });

  it('leaves hiding it without JavaScript to the embed page; the story’s own is .needs-js', () => {
    const { container } = render(Stepper, { ...props, index: 0 });
    expect(container.querySelector('nav')?.classList.contains('needs-js')).toBe(false);
    const { container: full } = render(Stepper, { ...props, index: 0, compact: false });
    expect(full.querySelector('nav')?.classList.contains('needs-js')).toBe(true);
  });
});
