// The live numbers in the prerendered prose (liveNumbers in story/dom.svelte.ts): the build wrote
// them at the reported figures, so the page writes them only once the scenario leaves those.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { liveNumbers } from '$lib/components/story/dom.svelte';
import { Scenario } from '$lib/state/scenario.svelte';
import { specs } from '../../unit/model/fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.replaceChildren();
});

/** Prose as the build writes it, with a marker in place of the number to see whether it is written. */
function prose(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div class="live-html"><p>A stake of <span class="live" data-live="stake">as built</span>
    <span class="live-sign">as built</span></p></div>`;
  document.body.append(root);
  return root;
}

function attach(root: HTMLElement, scenario: Scenario): void {
  cleanups.push($effect.root(() => liveNumbers(scenario)(root)));
  flushSync();
}

const stake = (root: HTMLElement) => root.querySelector('.live')!.textContent;
const sign = (root: HTMLElement) => root.querySelector('.live-sign')!.textContent;

describe('liveNumbers', () => {
  it('leaves the prerendered numbers alone at the reported figures', () => {
    const root = prose();
    attach(root, new Scenario(specs));
    expect(stake(root)).toBe('as built');
    expect(sign(root)).toBe('as built');
  });

  it("writes a link's scenario at once", () => {
    const root = prose();
    attach(root, new Scenario(specs, '?investment=20&valuation=800'));
    expect(stake(root)).toBe('2.5%');
    expect(sign(root)).toBe('=');
  });

  it("writes a link's scenario loaded after the page attached, as the page does on mount", () => {
    const root = prose();
    const scenario = new Scenario(specs);
    attach(root, scenario);
    scenario.load('?investment=20&valuation=800');
    flushSync();
    expect(stake(root)).toBe('2.5%');
  });

  it('writes every change once the scenario has moved, the way back to the reported figures included', () => {
    const root = prose();
    const scenario = new Scenario(specs);
    attach(root, scenario);
    scenario.set('investment', 20);
    scenario.set('valuation', 800);
    flushSync();
    expect(stake(root)).toBe('2.5%');
    scenario.resetAll();
    flushSync();
    expect(scenario.query).toBe('');
    expect(stake(root)).toBe('2%');
  });
});
