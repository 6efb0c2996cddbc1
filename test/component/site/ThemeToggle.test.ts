import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ThemeToggle from '$lib/components/site/ThemeToggle.svelte';

afterEach(() => {
  delete document.documentElement.dataset.theme;
  sessionStorage.clear();
});

describe('ThemeToggle', () => {
  it('offers auto, light and dark as one labelled group, auto chosen by default', () => {
    render(ThemeToggle);
    expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Auto' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Light' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Dark' })).not.toBeChecked();
  });

  it('shows the theme already applied before it mounted (by the inline script in app.html)', () => {
    document.documentElement.dataset.theme = 'dark';
    render(ThemeToggle);
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  it('switches the page to dark and remembers it for the session, then back to auto', async () => {
    render(ThemeToggle);
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(sessionStorage.getItem('theme')).toBe('dark');
    await fireEvent.click(screen.getByRole('radio', { name: 'Auto' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(sessionStorage.getItem('theme')).toBeNull();
  });
});
