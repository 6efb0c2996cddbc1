// A reader's changes to an island's prerendered controls, read before hydration and played back
// after it.
import { beforeEach, describe, expect, it } from 'vitest';
import { controlsIn, readChanges, replayChanges } from '$lib/islands/adopt';
import { openDisclosures } from '$lib/islands/disclosures';

const HTML = `
  <input id="range" type="range" min="1" max="100" value="10">
  <input id="number" type="number" value="10">
  <input id="box" type="checkbox">
  <select id="pick"><option value="a">A</option><option value="b">B</option></select>
  <details id="why"><summary>Why</summary><p>Because</p></details>
  <details id="open" open><summary>Open</summary></details>
  <button type="button">Copy link</button>
`;

let root: HTMLElement;
const $ = <T extends Element>(id: string) => root.querySelector(`#${id}`) as unknown as T;

beforeEach(() => {
  document.body.innerHTML = `<div id="island">${HTML}</div>`;
  root = document.getElementById('island')!;
});

/** What hydration does to a control: sets it back to the component's state. */
function hydrateBack() {
  $<HTMLInputElement>('range').value = '10';
  $<HTMLInputElement>('number').value = '10';
  $<HTMLInputElement>('box').checked = false;
  $<HTMLSelectElement>('pick').value = 'a';
}

describe('readChanges', () => {
  it('finds nothing on an untouched island', () => expect(readChanges(root)).toEqual([]));

  it('finds each control the reader changed, in document order, and only those', () => {
    const start = openDisclosures(root);
    $<HTMLInputElement>('range').value = '20';
    $<HTMLInputElement>('box').checked = true;
    $<HTMLSelectElement>('pick').value = 'b';
    $<HTMLDetailsElement>('why').open = true;
    $<HTMLDetailsElement>('open').open = false;
    expect(readChanges(root, start).map(({ element, kind, value }) => [element.id, kind, value])).toEqual([
      ['range', 'value', '20'],
      ['box', 'checked', true],
      ['pick', 'value', 'b'],
      ['why', 'open', true],
      ['open', 'open', false]
    ]);
  });

  it('takes a value changed and changed back as unchanged', () => {
    $<HTMLInputElement>('number').value = '15';
    $<HTMLInputElement>('number').value = '10';
    expect(readChanges(root)).toEqual([]);
  });
});

describe('replayChanges', () => {
  it('sets each value again and sends the events a reader’s edit sends', () => {
    const events: string[] = [];
    root.addEventListener('input', (e) => events.push(`input ${(e.target as Element).id}`));
    root.addEventListener('change', (e) => events.push(`change ${(e.target as Element).id}`));
    const start = openDisclosures(root);
    $<HTMLInputElement>('range').value = '20';
    $<HTMLSelectElement>('pick').value = 'b';
    $<HTMLDetailsElement>('why').open = true;
    const changes = readChanges(root, start);
    const before = controlsIn(root);
    hydrateBack();
    $<HTMLDetailsElement>('why').open = false;
    replayChanges(changes, root, before);
    expect($<HTMLInputElement>('range').value).toBe('20');
    expect($<HTMLSelectElement>('pick').value).toBe('b');
    expect($<HTMLDetailsElement>('why').open).toBe(true);
    expect(events).toEqual(['input range', 'change range', 'input pick', 'change pick']);
  });

  it('finds a control hydration replaced, by its id or else by its place', () => {
    $<HTMLInputElement>('range').value = '30';
    $<HTMLInputElement>('box').checked = true;
    const changes = readChanges(root);
    const before = controlsIn(root);
    root.innerHTML = HTML.replace(' id="box"', '');
    replayChanges(changes, root, before);
    expect($<HTMLInputElement>('range').value).toBe('30');
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
  });
});
