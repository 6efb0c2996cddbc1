// The story's prerendered prose, brought to life without hydrating it: the steps' text,
// headings and citations are HTML written once at build time (src/lib/server/extras.ts) and
// never sent again as data. Two attachments on the story's root do what little they need.
import { liveValue, isLiveKey, shownExactly, type LiveKey } from '$lib/model/live';
import type { Scenario } from '$lib/state/scenario.svelte';

/**
 * Keep the live numbers in the prose (`<span class="live" data-live="stake">`) on the
 * scenario's values, and each `{{=}}` sign (`<span class="live-sign">`) on "=" or "≈" for the
 * figures of its own text (as model/live.ts joins them), as the build wrote them at the reported figures.
 */
export function liveNumbers(scenario: Scenario) {
  return (root: HTMLElement) => {
    // The prerendered numbers are the reported scenario's: until the scenario leaves it there is
    // nothing to write, so hydration neither computes the deal nor touches the prose. Once
    // written, every change is written, the way back included.
    let written = false;
    $effect(() => {
      if (!scenario.query && !written) return;
      written = true;
      const { result, assumptions } = scenario;
      for (const span of root.querySelectorAll<HTMLElement>('.live[data-live]')) {
        const key = span.dataset.live ?? '';
        if (isLiveKey(key)) span.textContent = liveValue(key, result, assumptions);
      }
      for (const sign of root.querySelectorAll<HTMLElement>('.live-sign')) {
        const block = sign.closest('.live-html') ?? root;
        const keys = [...block.querySelectorAll<HTMLElement>('.live[data-live]')]
          .map((span) => span.dataset.live ?? '')
          .filter(isLiveKey) as LiveKey[];
        sign.textContent = keys.every((key) => shownExactly(key, result, assumptions)) ? '=' : '≈';
      }
    });
  };
}

/** A source's entry in the page's list of sources, or in the sources template an embed carries. */
function sourceEntry(id: string): Element | null {
  const selector = `#source-${CSS.escape(id)}`;
  const template = document.querySelector<HTMLTemplateElement>('template.source-entries');
  return document.querySelector(selector) ?? template?.content.querySelector(selector) ?? null;
}

/**
 * Write a citation's card from the source's entry (outlet, date and kind; the title, linked; the
 * note), the first time it opens. The prerendered card is one link to the source's entry, so that
 * each source's details are in the page once; it is replaced by a card with the same id and
 * classes (the summary's aria-describedby still names it). Without an entry the link stays.
 */
export function fillCitation(details: HTMLDetailsElement): void {
  const id = details.dataset.source;
  const link = details.querySelector('a.card');
  const entry = id ? sourceEntry(id) : null;
  if (!link || !entry) return;
  const card = document.createElement('div');
  card.id = link.id;
  card.className = link.className;
  card.classList.remove('outlet');
  const meta = entry.querySelector('.meta');
  const title = entry.querySelector('a');
  const note = entry.querySelector('.note');
  const outlet = document.createElement('p');
  outlet.className = 'outlet';
  outlet.append(...[...(meta?.childNodes ?? [])].map((node) => node.cloneNode(true)));
  const heading = document.createElement('p');
  heading.className = 'title';
  if (title) heading.append(title.cloneNode(true));
  const parts = [outlet, heading];
  if (note) {
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = note.textContent;
    parts.push(p);
  }
  card.append(...parts);
  link.replaceWith(card);
}

/**
 * Citations are <details> that open by tap, click or keyboard with no script at all; this fills
 * a card as it opens and adds what a popover needs: one open at a time, and Escape or a click
 * elsewhere closes it.
 */
export function citationPopovers(root: HTMLElement) {
  const opened = () => [...root.querySelectorAll<HTMLDetailsElement>('details.cite[open]')];
  const ontoggle = (event: Event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.classList.contains('cite') || !details.open) return;
    fillCitation(details);
    for (const other of opened()) if (other !== details) other.open = false;
  };
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !(event.target instanceof Element) || !root.contains(event.target)) return;
    const details = event.target.closest<HTMLDetailsElement>('details.cite');
    if (details?.open) {
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  };
  const onclick = (event: MouseEvent) => {
    const inside = event.target instanceof Element && event.target.closest('details.cite');
    for (const details of opened()) if (details !== inside) details.open = false;
  };
  // toggle does not bubble: listen in the capture phase.
  root.addEventListener('toggle', ontoggle, true);
  window.addEventListener('keydown', onkeydown);
  window.addEventListener('click', onclick);
  return () => {
    root.removeEventListener('toggle', ontoggle, true);
    window.removeEventListener('keydown', onkeydown);
    window.removeEventListener('click', onclick);
  };
}
