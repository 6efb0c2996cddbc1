// Moving money: where the dots are along each link at a moment. Pure arithmetic, called by the
// diagram's single animation loop; the dots travel in the direction of the money at one speed,
// and bigger flows carry denser dots, so a reader sees both direction and weight.
import { pointAtLength, type ArcTable } from './geometry';

/** Speed of the dots, px per second: the same on every link, so speed never suggests size. */
export const PARTICLE_SPEED = 40;
/** Spacing between dots on a $10B flow, px; spacing is inversely proportional to the amount. */
export const SPACING_AT_10B = 100;
export const MIN_SPACING = 12;
export const MAX_SPACING = 140;
/** Spacing on a flow whose amount is undisclosed: sparse, like the hairline it rides on. */
export const UNDISCLOSED_SPACING = 140;

/** Distance between consecutive dots for an amount (USD billions): density ∝ amount, capped. */
export function particleSpacing(amount: number | null): number {
  if (amount === null || amount <= 0) return UNDISCLOSED_SPACING;
  return Math.min(MAX_SPACING, Math.max(MIN_SPACING, (SPACING_AT_10B * 10) / amount));
}

/**
 * Offsets (px from the start of the path) of the dots on a path of `length` at time `t`
 * (seconds). The pattern moves at PARTICLE_SPEED and repeats every spacing, so the loop
 * never needs to keep per-dot state.
 */
export function particleOffsets(length: number, amount: number | null, t: number): number[] {
  if (!(length > 0)) return [];
  const spacing = particleSpacing(amount);
  const phase = (((t * PARTICLE_SPEED) % spacing) + spacing) % spacing;
  const offsets: number[] = [];
  for (let offset = phase; offset < length; offset += spacing) offsets.push(offset);
  return offsets;
}

/** Radius of a dot on a link of this stroke width. */
export function particleRadius(width: number): number {
  return Math.min(4, Math.max(1.8, width * 0.3));
}

/**
 * One SVG path drawing all the dots of a link as small circles, so that a frame updates one
 * attribute per link rather than one element per dot.
 */
export function particlePath(table: ArcTable, amount: number | null, t: number, radius: number): string {
  const r = Math.round(radius * 10) / 10;
  let d = '';
  for (const offset of particleOffsets(table.length, amount, t)) {
    const p = pointAtLength(table, offset);
    const x = Math.round((p.x - r) * 10) / 10;
    const y = Math.round(p.y * 10) / 10;
    d += `M${x},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}
