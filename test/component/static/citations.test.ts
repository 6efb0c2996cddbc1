import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Citations from '$lib/components/static/Citations.svelte';
import SourceList from '$lib/components/static/SourceList.svelte';
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

// The page's list of sources, where each source is written out once (the cards link to it).
function withSourceList(): void {
  const { container } = render(SourceList, { sources });
  document.body.append(container.firstElementChild!);
}

afterEach(() => document.body.replaceChildren());

describe('Citations', () => {
  it('shows a marker per source, closed until activated', () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    expect(screen.getByText('Financial Times')).toBeInTheDocument();
    expect(screen.getByText('The Information')).toBeInTheDocument();
    expect(container.querySelectorAll('details[open]')).toHaveLength(0);
  });

  it('without the page script, a card names the source and links to its entry', async () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    await fireEvent.click(screen.getByText('Financial Times').closest('summary')!);
    const card = container.querySelector('#s1-cite-0')!;
    expect(card).toHaveTextContent('Financial Times, Dec 17, 2025: in the sources');
    expect(card.tagName).toBe('A');
    expect(card).toHaveAttribute('href', '/#source-ft');
    expect(screen.getByText('Financial Times').closest('summary')).toHaveAttribute('aria-describedby', 's1-cite-0');
  });

  it('with the page script, an opened card gives outlet, date, title (linked) and note', async () => {
    withSourceList();
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    const detach = citationPopovers(container);
    const details = container.querySelectorAll('details')[1] as HTMLDetailsElement;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const card = container.querySelector('#s1-cite-1')!;
    expect(card.tagName).toBe('DIV');
    expect(card.classList.contains('card')).toBe(true);
    expect(container.querySelectorAll('#s1-cite-1')).toHaveLength(1);
    expect(card.querySelector('.outlet')).toHaveTextContent('The Information · Dec 16, 2025 · News report');
    expect(card.querySelector('.title a')).toHaveAttribute('href', 'https://example.com/info');
    expect(card.querySelector('.title')).toHaveTextContent('OpenAI in Talks to Raise At Least $10 Billion');
    expect(card.querySelector('.note')).toHaveTextContent('Archived copy');
    detach();
  });

  it('fills a card once: opened again, it is still the one card', async () => {
    withSourceList();
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    const detach = citationPopovers(container);
    const details = container.querySelectorAll('details')[0] as HTMLDetailsElement;
    for (const open of [true, false, true]) {
      details.open = open;
      await fireEvent(details, new Event('toggle'));
    }
    expect(details.querySelectorAll('.card')).toHaveLength(1);
    expect(details.querySelectorAll('.card .title a')).toHaveLength(1);
    detach();
  });

  it('keeps the link to the sources when the page has no entry for the source', async () => {
    const { container } = render(Citations, { sources, idPrefix: 's1' });
    const detach = citationPopovers(container);
    const details = container.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    expect(container.querySelector('#s1-cite-0')).toHaveAttribute('href', '/#source-ft');
    detach();
  });

  it('fills a card from an embed’s template of entries when the page has no list', async () => {
    const template = document.createElement('template');
    template.className = 'source-entries';
    const { container: list } = render(SourceList, { sources });
    template.content.append(list.firstElementChild!);
    document.body.append(template);
    const { container } = render(Citations, { sources, idPrefix: 's2' });
    const detach = citationPopovers(container);
    const details = container.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    expect(container.querySelector('#s2-cite-0 .title a')).toHaveAttribute('href', 'https://example.com/ft');
    detach();
  });

  it('keeps one open at a time and closes on Escape, with the page script attached', async () => {
    withSourceList();
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
