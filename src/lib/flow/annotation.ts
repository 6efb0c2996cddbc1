// The step's annotation: one or two short sentences on its key figure (from the step's front
// matter), set in the drawing near the flows the step is about, where it covers nothing. Where
// there is no such place (a phone, a crowded step) the figure shows it under the drawing.
import { boxAround, grow, inside, overlaps, polylineNearBox, textSize, wrapText, type Box, type Vec } from './geometry';
import { prepared, type LabelBand } from './labels';

export interface PlacedAnnotation {
  lines: string[];
  box: Box;
}

export interface AnnotationContext {
  bounds: Box;
  nodes: readonly Box[];
  bands: readonly LabelBand[];
  taken: readonly Box[];
  fontSize: number;
  /** Where the annotation would best sit: the middle of what the step points at. */
  target: Vec;
}

/** Longest line, in characters, for an annotation in a drawing of this width. */
export function annotationWidth(drawingWidth: number, fontSize: number): number {
  return Math.max(16, Math.min(34, Math.floor((drawingWidth * 0.4) / (fontSize * 0.6))));
}

function free(box: Box, context: AnnotationContext): boolean {
  if (!inside(box, grow(context.bounds, -4))) return false;
  if (context.nodes.some((node) => overlaps(box, node, 8))) return false;
  if (context.taken.some((other) => overlaps(box, other, 6))) return false;
  return context.bands.every((band) => !polylineNearBox(prepared(band).line, box, band.width / 2 + 6));
}

/** The nearest free place to the target, searched on a grid of rings around it; null if none. */
export function placeAnnotation(text: string, context: AnnotationContext): PlacedAnnotation | null {
  context = { ...context, bands: context.bands.map(prepared) };
  const lines = wrapText(text, annotationWidth(context.bounds.width, context.fontSize));
  const size = textSize(lines, context.fontSize);
  const padded = { width: size.width + 8, height: size.height + 6 };
  // A coarse search is enough: the annotation only needs a free place near its target.
  const step = Math.max(12, Math.round(context.fontSize * 1.2));
  const limit = 0.6 * Math.max(context.bounds.width, context.bounds.height);
  for (let radius = 0; radius <= limit; radius += step) {
    const count = radius === 0 ? 1 : Math.max(8, Math.round((2 * Math.PI * radius) / step));
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * 2 * Math.PI;
      const centre = { x: context.target.x + radius * Math.cos(angle), y: context.target.y + radius * Math.sin(angle) };
      const box = boxAround(centre, padded);
      if (free(box, context)) return { lines, box };
    }
  }
  return null;
}
