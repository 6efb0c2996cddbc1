// Step maths for the scrollytelling, kept free of the DOM so that every case a browser can
// produce (reload mid-story, anchor jump, fast scroll, resize, zoom) is a plain input here.
// The DOM part (scrolly.ts) only measures and calls these.

/**
 * Index of the active step: the last step whose top has crossed the trigger line.
 * `tops` are the steps' top edges in document coordinates, in reading order; `trigger` is the
 * trigger line in the same coordinates (scroll position + offset into the viewport).
 * Returns -1 before the first step. Being a pure function of geometry, it gives the same answer
 * however the reader got here, so no step can be "missed" by a fast scroll or a jump.
 */
export function activeStep(tops: readonly number[], trigger: number): number {
  let active = -1;
  for (const [index, top] of tops.entries()) {
    if (top <= trigger) active = index;
    else break;
  }
  return active;
}

/**
 * Where the trigger line sits, in pixels from the top of the viewport. On wide screens it is the
 * middle of the viewport. On narrow screens the sticky graphic covers the top `graphicHeight`
 * pixels, so the line sits in the middle of what remains visible below it.
 */
export function triggerOffset(viewportHeight: number, graphicHeight = 0): number {
  const visible = Math.max(0, viewportHeight - graphicHeight);
  return Math.round(graphicHeight + visible * 0.5);
}

/** Keep a step index inside [0, count - 1]. */
export function clampStep(index: number, count: number): number {
  if (count <= 0) return -1;
  if (!Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** DOM id of step `index` (0-based): "step-1" for the first. */
export function stepAnchor(index: number): string {
  return `step-${index + 1}`;
}

/** The 0-based step a URL hash names ("#step-5" → 4), or null when it names none of ours. */
export function stepFromHash(hash: string, count: number): number | null {
  const match = /^#?step-(\d{1,4})$/.exec(hash.trim());
  if (!match) return null;
  const number = Number(match[1]);
  return number >= 1 && number <= count ? number - 1 : null;
}

/**
 * A 1-based step number from a query value ("?step=3"), clamped to the story; null when absent
 * or not a plain whole number. Used by the embeds, where the hash belongs to the host.
 */
export function stepFromQuery(value: string | null, count: number): number | null {
  if (value === null || !/^\s*\d{1,4}\s*$/.test(value)) return null;
  return clampStep(Number(value) - 1, count);
}

/** The scroll position that puts a step's top just above the trigger line, so it becomes active. */
export function scrollTargetFor(stepTop: number, trigger: number, slack = 8): number {
  return Math.max(0, Math.round(stepTop - trigger + slack));
}

/** Where a reader is in the story, independent of the layout: a step and how far into it. */
export interface Place {
  /** The active step (0-based). */
  step: number;
  /** How far the trigger line has come into the step: 0 at its top, 1 at the next step's top. */
  progress: number;
}

/**
 * The reader's place for a geometry: the active step and how far the trigger line is into it,
 * measured from the step's top to the next step's top (to `end`, the bottom of the story, for
 * the last: its card and the space after it, where its drawing still shows). Null above the
 * story and below it, where there is no place in it to keep: a reader who followed a link to
 * the calculator or the sources, or scrolled on to them, stays there while the story above
 * changes height (the browser's scroll anchoring keeps them), rather than being pulled back.
 */
export function placeOf(tops: readonly number[], end: number, trigger: number): Place | null {
  const step = activeStep(tops, trigger);
  if (step < 0 || trigger >= end) return null;
  const top = tops[step]!;
  const span = (tops[step + 1] ?? end) - top;
  return { step, progress: span > 0 ? Math.min(1, Math.max(0, (trigger - top) / span)) : 0 };
}

/**
 * The scroll position that brings the trigger line back to `place` in a new geometry (after a
 * resize, a zoom, a rotation, late fonts): the same fraction of the same step, kept at least a
 * pixel inside it so that rounding cannot tip the reader into a neighbouring step. Null when the
 * step is not in the geometry.
 */
export function scrollForPlace(tops: readonly number[], end: number, place: Place, trigger: number): number | null {
  const top = tops[place.step];
  if (top === undefined) return null;
  const next = tops[place.step + 1] ?? end;
  const at = top + place.progress * (next - top);
  const inside = next - top >= 2 ? Math.min(next - 1, Math.max(top + 1, at)) : top;
  return Math.max(0, Math.round(inside - trigger));
}

/** "Step 3 of 9: The price", the words the live region and the progress line use. */
export function stepLabel(index: number, count: number, title?: string): string {
  const base = `Step ${index + 1} of ${count}`;
  return title ? `${base}: ${title}` : base;
}
