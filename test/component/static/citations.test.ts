import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Citations from '$lib/components/static/Citations.svelte';
import { citationPopovers } from '$lib/components/story/dom.svelte';
import type { Source } from '$lib/content/types';

const sources: Source[] = [
  {
    id: 'ft',
    outlet: 'Financial Times',
    title: 'Amazon in talks to invest more than $10bn in OpenAI',
    date: '2025-12-17',
    url: 'https://example.com/ft',
    kind: 'report'
  },
  {
    id: 'info',
    outlet: 'The Information',
    title: 'OpenAI in Talks to Raise At Least $10 Billion',
    date: '2025-12-16',
    url: 'https://example.com/info',
    kind: 'report',
    note: 'Archived copy'
  }
];

describe('Citations', () => {
  it('shows a marker per source, closed until activated', () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    expect(screen.getByText('Financial Times')).toBeInTheDocument();
    expect(screen.getByText('The Information')).toBeInTheDocument();
    expect(container.querySelectorAll('details[open]')).toHaveLength(0);
  });

  it('opens on click and gives outlet, title, date and a link', async () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    const summary = screen.getByText('Financial Times').closest('summary')!;
    await fireEvent.click(summary);
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).toBe(true);
    const card = container.querySelector('#s1-cite-0')!;
    expect(card).toHaveTextContent('Dec 17, 2025');
    expect(card).toHaveTextContent('Amazon in talks to invest more than $10bn in OpenAI');
    expect(card.querySelector('a')).toHaveAttribute('href', 'https://example.com/ft');
  });

  it('keeps one open at a time and closes on Escape, with the page script attached', async () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    const detach = citationPopovers(container);
    const [first, second] = [...container.querySelectorAll('details')] as HTMLDetailsElement[];
    first!.open = true;
    await fireEvent(first!, new Event('toggle'));
    second!.open = true;
    await fireEvent(second!, new Event('toggle'));
    expect(first!.open).toBe(false);
    expect(second!.open).toBe(true);
    await fireEvent.keyDown(second!.querySelector('a')!, { key: 'Escape' });
    expect(second!.open).toBe(false);
    detach();
  });

  it('closes an open citation on a click elsewhere', async () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    const detach = citationPopovers(container);
    const first = container.querySelector('details') as HTMLDetailsElement;
    first.open = true;
    await fireEvent.click(document.body);
    expect(first.open).toBe(false);
    detach();
  });
});
