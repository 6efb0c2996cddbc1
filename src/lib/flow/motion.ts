// Moving money, as plain numbers: for each flow the step points at, the points its dots pass
// through (keyframes of a transform, evenly spaced along the band's length, so the dots move
// at one speed), how long a lap takes and where each dot starts. Speed and spacing are the same
// on every flow, so neither suggests an amount; direction is the money's.
import { grow, samplePoints, type Box } from './geometry';
import type { FlowLayout } from './layout';

/** Distance between dots, px, and their speed, px a second. */
export const DOT_SPACING = 34;
export const DOT_SPEED = 40;
/** Keyframes per lap: enough that a dot follows the curve without visible corners. */
const SAMPLES = 24;

export interface MotionPath {
  id: string;
  keyframes: { transform: string; offset: number }[];
  /** Seconds a dot takes from one end to the other. */
  seconds: number;
  /** Start of each dot, seconds (negative: already under way), evenly spread over a lap. */
  delays: number[];
  /** Dot diameter, px. */
  size: number;
  /** CSS colour: light dots inside wide solid bands, the flow's colour elsewhere. */
  color: string;
}

export function motionPaths(layout: FlowLayout): MotionPath[] {
  return layout.links
    .filter((l) => l.visible && l.highlighted && l.opacity > 0.5 && l.width > 0.5)
    .map((link) => {
      const points = samplePoints(link.curve, SAMPLES * 2);
      const lengths = [0];
      for (let i = 1; i < points.length; i++)
        lengths.push(lengths[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
      const length = lengths.at(-1)! || 1;
      const keyframes = points.map((p, i) => ({
        transform: `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`,
        offset: lengths[i]! / length
      }));
      const count = Math.max(1, Math.min(16, Math.round(length / DOT_SPACING)));
      const seconds = length / DOT_SPEED;
      return {
        id: link.id,
        keyframes,
        seconds,
        delays: Array.from({ length: count }, (_, i) => -(seconds * i) / count),
        ...dotLook(link)
      };
    });
}

/** Below this width, px, a solid or hollow band's dots are wider than the band, in its colour. */
const WIDE_BAND = 7;
/** The largest dot on a broken line, px: the calculator can make an assumed flow 40 px wide. */
const BROKEN_DOT_MAX = 12;

/**
 * A dot's size and colour on `link`. Wide bands carry small dots inside them: light ones in a
 * solid band, the flow's colour in the empty middle of a hollow one. As wide as the hollow band,
 * its dots were beads 20 px across that outweighed the paid money beside them. On a thin line
 * the dots are a little wider than the line, in its colour; so on a broken line (talks, our
 * assumptions) of any width, where small dots would vanish on its dashes, up to BROKEN_DOT_MAX.
 */
export function dotLook(link: Pick<FlowLayout['links'][number], 'width' | 'treatment' | 'color'>): {
  size: number;
  color: string;
} {
  if (link.treatment !== 'solid' && link.treatment !== 'open')
    return { size: Math.min(BROKEN_DOT_MAX, link.width + 3), color: link.color };
  if (link.width < WIDE_BAND) return { size: link.width + 3, color: link.color };
  const size = Math.min(7, Math.max(4, link.width * 0.3));
  return { size, color: link.treatment === 'solid' ? 'var(--bg)' : link.color };
}

/** Room kept clear around a label or a company's box, px. */
const CLEAR = 2;

/**
 * Where the dots must not pass over: every label, the step's annotation and every company's box
 * the layout shows, a little larger. The dots are a layer over the drawing; without this a dot
 * crossed "$250B" and ran through "$100B over 8 yrs", and over the companies' names.
 */
export function motionHoles(layout: FlowLayout): Box[] {
  return [
    ...layout.links.flatMap((l) => (l.label && l.labelOpacity > 0.01 ? [l.label.box] : [])),
    ...layout.nodes.filter((n) => n.visible).map((n) => n.box),
    ...(layout.annotation ? [layout.annotation.box] : [])
  ].map((box) => grow(box, CLEAR));
}

/**
 * A CSS mask-image for the dots' layer, `width` × `height` px: opaque (dots seen) everywhere but
 * in `holes`. One SVG path, its holes cut by the even-odd rule, as a data: URL (the page's
 * Content-Security-Policy allows data: images).
 */
export function maskImage(width: number, height: number, holes: readonly Box[]): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  const cut = holes.map((b) => `M${n(b.x)} ${n(b.y)}h${n(b.width)}v${n(b.height)}h${n(-b.width)}z`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}">` +
    `<path fill-rule="evenodd" d="M0 0H${n(width)}V${n(height)}H0z${cut}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}
