import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SourceList from '$lib/components/static/SourceList.svelte';
import { STYLES_ATTRIBUTE, markLinkedStyles } from '$lib/styles-present';

const injected = () => [...document.head.querySelectorAll('style[id^="svelte-"]')].map((style) => style.id);

function linkNaming(hashes: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/styles/extras.css';
  link.setAttribute(STYLES_ATTRIBUTE, hashes);
  document.head.append(link);
}

afterEach(() => document.head.replaceChildren());

describe('markLinkedStyles', () => {
  it('marks each style the linked stylesheet names, once, and none it does not name', () => {
    linkNaming('abc123 def456');
    markLinkedStyles(document);
    markLinkedStyles(document);
    expect([...document.head.querySelectorAll('template')].map((marker) => marker.id)).toEqual([
      'svelte-abc123',
      'svelte-def456'
    ]);
  });

  it('does nothing on a page without the link', () => {
    markLinkedStyles(document);
    expect(document.head.children).toHaveLength(0);
  });

  // What the markers are for: Svelte's injected CSS (the lazy components' css: 'injected') is
  // skipped once the head holds an element with the style's id.
  it('keeps a component whose CSS the page links from injecting it again', () => {
    render(SourceList, { sources: [] });
    const ids = injected();
    expect(ids.length).toBeGreaterThan(0);
    document.head.replaceChildren();
    linkNaming(ids.map((id) => id.replace(/^svelte-/, '')).join(' '));
    markLinkedStyles(document);
    render(SourceList, { sources: [] });
    expect(injected()).toEqual([]);
  });
});
