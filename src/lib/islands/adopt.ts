// What a reader did to an island's prerendered controls before its JavaScript ran, and how to
// hand it to the hydrated component. Hydration sets every control to the component's state, so
// a slider dragged while the island was still loading would jump back and the move would be
// lost. The island reads the reader's changes just before hydrating and plays them back right
// after, as the events the reader's own hand would have sent, so the component's handlers (and
// everything that follows them: numbers, chart, address bar) take them as input. This module
// loads with an island's own code (island.ts); openDisclosures, which runs when the island is
// attached, is in disclosures.ts.

// Before the island's component hydrates: the styles the page's stylesheet already holds are
// not injected again.
import '$lib/styles-present';

/** One control the reader changed, and what it now holds. */
export type Change =
  | { element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement; kind: 'value'; value: string }
  | { element: HTMLInputElement; kind: 'checked'; value: boolean }
  | { element: HTMLDetailsElement; kind: 'open'; value: boolean };

const CONTROLS = 'input, select, textarea, details';

/** Whether the prerendered HTML had this option selected (the first one when none says so). */
function defaultIndex(select: HTMLSelectElement): number {
  const index = [...select.options].findIndex((option) => option.defaultSelected);
  return index === -1 && !select.multiple ? 0 : index;
}

/**
 * Every control inside `root` whose state differs from the prerendered HTML's, in document order:
 * values of text, number and range inputs, selects and text areas, checked boxes, and
 * disclosures opened or closed since `openAtStart` (see openDisclosures). Buttons and other
 * inputs carry no state a reader set.
 */
export function readChanges(root: ParentNode, openAtStart: ReadonlyMap<Element, boolean> = new Map()): Change[] {
  const changes: Change[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(CONTROLS)) {
    if (element instanceof HTMLDetailsElement) {
      const start = openAtStart.get(element);
      if (start !== undefined && element.open !== start) changes.push({ element, kind: 'open', value: element.open });
    } else if (element instanceof HTMLSelectElement) {
      if (element.selectedIndex !== defaultIndex(element))
        changes.push({ element, kind: 'value', value: element.value });
    } else if (element instanceof HTMLTextAreaElement) {
      if (element.value !== element.defaultValue) changes.push({ element, kind: 'value', value: element.value });
    } else if (element instanceof HTMLInputElement) {
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (element.checked !== element.defaultChecked)
          changes.push({ element, kind: 'checked', value: element.checked });
      } else if (!['button', 'submit', 'reset', 'image', 'file', 'hidden'].includes(element.type)) {
        if (element.value !== element.defaultValue) changes.push({ element, kind: 'value', value: element.value });
      }
    }
  }
  return changes;
}

/**
 * The element a change was read from, in `root` after hydration: the same node when hydration
 * adopted it (the usual case), else the one with its id, else the one at its position among
 * the controls, since the server and the browser render the same markup.
 */
function find(change: Change, root: ParentNode, before: readonly Element[]): Element | null {
  if (change.element.isConnected && root.contains(change.element)) return change.element;
  if (change.element.id) {
    const byId = root.querySelector(`[id="${change.element.id.replace(/["\\]/g, '\\$&')}"]`);
    if (byId) return byId;
  }
  const position = before.indexOf(change.element);
  return position === -1 ? null : (root.querySelectorAll(CONTROLS)[position] ?? null);
}

/**
 * Play the changes back into the hydrated island at `root`: each value is set again and followed
 * by the `input` and `change` events a reader's edit sends; boxes are ticked again, disclosures
 * opened or closed again. `before` is the list of controls as they were when the changes were
 * read (`[...root.querySelectorAll(...)]`), to find a control that hydration replaced.
 */
export function replayChanges(changes: readonly Change[], root: ParentNode, before: readonly Element[]): void {
  for (const change of changes) {
    const element = find(change, root, before);
    if (!element) continue;
    if (change.kind === 'open') {
      if (element instanceof HTMLDetailsElement) element.open = change.value;
      continue;
    }
    if (change.kind === 'checked') {
      if (!(element instanceof HTMLInputElement) || element.checked === change.value) continue;
      element.checked = change.value;
    } else {
      if (!('value' in element)) continue;
      (element as HTMLInputElement).value = change.value;
    }
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** The controls `readChanges` looks at, in document order (for `replayChanges`' `before`). */
export function controlsIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll(CONTROLS)];
}
