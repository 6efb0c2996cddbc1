// How a reader moves through the story embed: keys and swipes, as pure functions of the input.

/** The step change an arrow key asks for: +1, -1, or 0 for any other key or with a modifier. */
export function keyStep(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): -1 | 0 | 1 {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (event.key === 'ArrowRight') return 1;
  if (event.key === 'ArrowLeft') return -1;
  return 0;
}

/**
 * The step change a swipe asks for, from the finger's travel in pixels: a mostly horizontal
 * move of at least `threshold` pixels; leftwards (negative dx) is the next step, as when turning
 * a page. Anything else (a tap, a vertical scroll) is 0.
 */
export function swipeStep(dx: number, dy: number, threshold = 40): -1 | 0 | 1 {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0;
  if (Math.abs(dx) < threshold || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
