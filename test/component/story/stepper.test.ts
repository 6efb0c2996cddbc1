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
