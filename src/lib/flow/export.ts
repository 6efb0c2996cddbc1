// Downloads of the diagram: the flows as CSV, and the drawing as a standalone SVG whose look
// does not depend on the page's stylesheet (computed styles are written inline, CSS variables
// resolved), so it opens the same in an editor, a browser tab or a PNG conversion.
import type { Company, Flow, SourceName } from '$lib/content/types';
import type { Market } from '$lib/content/types';
import { outlets, stockRows } from './describe';

/** One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = [
  'id',
  'from',
  'to',
  'kind',
  'amount_usd_billions',
  'qualifier',
  'period_years',
  'per_year_even_spread_usd_billions',
  'status',
  'basis',
  'basis_note',
  'date',
  'description',
  'sources',
  'note'
] as const;

/**
 * The flows as CSV, machine-readable: numbers unformatted, undisclosed amounts empty. The
 * yearly column is our even spread of the total (no payment schedule was reported), and the
 * basis columns say which amounts are reported and which are ours, as the drawing does.
 */
export function flowsToCsv(
  flows: readonly Flow[],
  companies: readonly Company[],
  sources: readonly SourceName[]
): string {
  const name = (id: string) => companies.find((c) => c.id === id)?.name ?? id;
  const rows = flows.map((f) => [
    f.id,
    name(f.from),
    name(f.to),
    f.kind,
    f.amount,
    f.qualifier,
    f.period ?? null,
    f.amount !== null && f.period ? Math.round((f.amount / f.period) * 1000) / 1000 : null,
    f.status,
    f.basis,
    f.basisNote ?? null,
    f.date,
    f.label,
    outlets(f.sources, sources).join('; '),
    f.note ?? null
  ]);
  return toCsv([CSV_HEADER, ...rows]);
}

/** The stock step's figures as CSV: measure, a month earlier, now. */
export function stockToCsv(market: Market): string {
  return toCsv([['measure', 'a_month_earlier', 'now'], ...stockRows(market).map((r) => [r.measure, r.before, r.now])]);
}

/** Style properties that decide how an SVG looks; these are copied inline on export. */
export const EXPORTED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'visibility',
  'display'
] as const;

export interface SerializeOptions {
  /** Background colour painted under the drawing (exports have no page behind them). */
  background?: string;
}

/**
 * A standalone SVG document of an SVG element: computed styles inlined, focus targets and
 * anything marked `data-export="skip"` removed, size and namespaces set.
 */
export function serializeSvg(svg: SVGSVGElement, options: SerializeOptions = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const view = svg.ownerDocument.defaultView;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy || !view) return;
    const computed = view.getComputedStyle(original);
    const style: string[] = [];
    for (const property of EXPORTED_STYLES) {
      const value = computed.getPropertyValue(property);
      if (value) style.push(`${property}:${value}`);
    }
    if (style.length) copy.setAttribute('style', style.join(';'));
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  for (const skip of Array.from(clone.querySelectorAll('[data-export="skip"]'))) skip.remove();

  const box = svg.viewBox?.baseVal;
  const width = box && box.width ? box.width : Number(svg.getAttribute('width')) || 800;
  const height = box && box.height ? box.height : Number(svg.getAttribute('height')) || 500;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('aria-describedby');
  if (options.background) {
    const rect = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  const markup = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** A file name for a download: ("Step 3 of 8", "svg") → "follow-the-money-step-3-of-8.svg". */
export function downloadName(label: string, extension: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `follow-the-money${slug ? `-${slug}` : ''}.${extension}`;
}
