import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EmbedThis from '$lib/components/islands/EmbedThis.svelte';

const code = () => screen.getByLabelText('Code to paste') as HTMLTextAreaElement;

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('EmbedThis', () => {
  it('offers the whole story with the script snippet first', () => {
    render(EmbedThis, { step: 4, count: 9, scenario: '' });
    expect(screen.getByRole('radio', { name: /whole story/i })).toBeChecked();
    expect(screen.getByRole('radio', { name: /most sites/i })).toBeChecked();
    expect(code().value).toMatch(
      /^<a href="[^"]*\/embed\/story" data-ftm-embed>.+<\/a>\n<script async src="[^"]*\/embed\.js"><\/script>$/
    );
  });

  it('embeds the diagram at the reader’s step and the calculator with their scenario', async () => {
    render(EmbedThis, { step: 4, count: 9, scenario: 'investment=20' });
    await fireEvent.click(screen.getByRole('radio', { name: 'The diagram at step 5' }));
    expect(code().value).toContain('/embed/flow?step=5"');
    await fireEvent.click(screen.getByRole('radio', { name: 'The calculator with your scenario' }));
    expect(code().value).toContain('/embed/calculator?investment=20"');
  });

  it('embeds the full picture before the story starts', async () => {
    render(EmbedThis, { step: -1, count: 9 });
    await fireEvent.click(screen.getByRole('radio', { name: 'The diagram, the full picture' }));
    expect(code().value).toContain('/embed/flow"');
  });

  it('switches the code to a plain iframe, AMP or the bare address, with the chosen colours', async () => {
    render(EmbedThis, { step: 0, count: 9 });
    await fireEvent.change(screen.getByRole('combobox', { name: /colours/i }), { target: { value: 'dark' } });
    await fireEvent.click(screen.getByRole('radio', { name: /plain iframe/i }));
    expect(code().value).toMatch(/^<iframe src="[^"]*\/embed\/story\?theme=dark" .*height="\d+"/);
    await fireEvent.click(screen.getByRole('radio', { name: /amp/i }));
    expect(code().value).toMatch(/^<amp-iframe .* resizable /);
    await fireEvent.click(screen.getByRole('radio', { name: /wordpress/i }));
    expect(code().value).toMatch(/^https?:\/\/[^ ]+\/embed\/story\?theme=dark$/);
  });

  it('copies with one click and says so politely', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(writeText);
    render(EmbedThis, { step: 0, count: 9 });
    await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(code().value);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
  });

  it('selects the code to copy by hand when there is no clipboard', async () => {
    setClipboard(() => Promise.reject(new Error('denied')));
    render(EmbedThis, { step: 0, count: 9 });
    await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/));
    const box = code();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
  });

  it('shows a preview of the piece on demand', async () => {
    render(EmbedThis, { step: 2, count: 9 });
    expect(screen.queryByTitle(/^Preview/)).toBeNull();
    await fireEvent.click(screen.getByRole('radio', { name: 'The diagram at step 3' }));
    const button = screen.getByRole('button', { name: 'Preview' });
    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTitle(/^Preview/)).toHaveAttribute('src', expect.stringMatching(/\/embed\/flow\?step=3$/));
  });
});
