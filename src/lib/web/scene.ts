// What the explorer draws for a state: the month's flows that pass the filters, the companies
// they join (placed as content/web.yaml says, or, with a company in focus, that company in the
// middle and its counterparties around it), and the scene the story's layout takes. The drawing
// itself is the story's: layoutFlows, with one width scale for the whole web.
import type { Company, Scene } from '$lib/content/types';
import { storyMaxAmount } from '$lib/flow/encoding';
import { layoutFlows, type FlowLayout } from '$lib/flow/layout';
import type { Arrangement, Size } from '$lib/flow/sizing';
import { filterFlows } from './filters';
import { asOf, type FlowAsOf } from './timeline';
import type { TimedFlow, WebData, WebState } from './types';

export interface WebView {
  /** The flows drawn, in their state of the month. */
  flows: FlowAsOf[];
  /** Every company, placed for this view (those not drawn keep their usual place). */
  companies: Company[];
  scene: Scene;
}

/** The largest amount any flow of the web ever has: one width scale for every month. */
export function webMaxAmount(flows: readonly TimedFlow[]): number {
  const amounts = flows.flatMap((f) => [f.amount, ...f.changes.map((c) => c.amount)]);
  return storyMaxAmount(amounts.map((amount) => ({ amount: amount ?? null }) as TimedFlow));
}

/**
 * Positions with `focus` in the middle and its counterparties evenly round it, in the order of
 * their usual bearing from it, so the picture turns as little as possible between the full web
 * and the focus.
 */
export function focusPositions(companies: readonly Company[], focus: string, partners: readonly string[]): Company[] {
  const centre = companies.find((c) => c.id === focus);
  if (!centre) return [...companies];
  const bearing = (c: Company, arrangement: Arrangement) =>
    Math.atan2(
      c.position[arrangement].y - centre.position[arrangement].y,
      c.position[arrangement].x - centre.position[arrangement].x
    );
  const ring = (arrangement: Arrangement) => {
    const around = companies
      .filter((c) => partners.includes(c.id) && c.id !== focus)
      .sort((a, b) => bearing(a, arrangement) - bearing(b, arrangement));
    const start = around[0] ? bearing(around[0], arrangement) : 0;
    return new Map(
      around.map((c, i) => {
        const angle = start + (2 * Math.PI * i) / around.length;
        const r = (v: number) => Math.round(v * 1000) / 1000;
        return [c.id, { x: r(0.5 + 0.5 * Math.cos(angle)), y: r(0.5 + 0.5 * Math.sin(angle)) }];
      })
    );
  };
  const wide = ring('wide');
  const narrow = ring('narrow');
  return companies.map((c) =>
    c.id === focus
      ? { ...c, position: { wide: { x: 0.5, y: 0.5 }, narrow: { x: 0.5, y: 0.5 } } }
      : wide.has(c.id)
        ? { ...c, position: { wide: wide.get(c.id)!, narrow: narrow.get(c.id)! } }
        : c
  );
}

/** The view of the web for a state. Pure. */
export function webView(data: WebData, state: WebState): WebView {
  const month = filterFlows(asOf(data.flows, state.month), state.kinds, state.certainty);
  const focus = state.focus && data.companies.some((c) => c.id === state.focus) ? state.focus : null;
  if (!focus) {
    const joined = new Set(month.flatMap((f) => [f.from, f.to]));
    const show = data.companies.filter((c) => joined.has(c.id)).map((c) => c.id);
    return {
      flows: month,
      companies: data.companies,
      scene: { chart: 'flows', show, flows: month.map((f) => f.id), highlight: [] }
    };
  }
  // The focused company's counterparties, and what flows between them (drawn quietly).
  const partners = new Set(month.flatMap((f) => (f.from === focus ? [f.to] : f.to === focus ? [f.from] : [])));
  const shown = new Set([focus, ...partners]);
  const flows = month.filter((f) => shown.has(f.from) && shown.has(f.to));
  const companies = focusPositions(data.companies, focus, [...partners]);
  const show = data.companies.filter((c) => shown.has(c.id)).map((c) => c.id);
  return { flows, companies, scene: { chart: 'flows', show, flows: flows.map((f) => f.id), highlight: [focus] } };
}

/** The drawing of a view at a size, on the web's one width scale. */
export function webLayout(view: WebView, size: Size, arrangement: Arrangement, maxAmount: number): FlowLayout {
  return layoutFlows(view.companies, view.flows, view.scene, size, arrangement, { maxAmount });
}

/**
 * The drawing's size for a container width: a phone (under 520 px) gets the portrait
 * arrangement, taller when every company is drawn than with one in focus; wider boxes the
 * landscape one. `compact` (the embed) keeps it inside WordPress's 1000 px with its controls.
 */
export function webSize(
  width: number,
  options: { focused: boolean; compact?: boolean }
): Size & { arrangement: Arrangement } {
  const w = Math.max(260, Math.round(width));
  if (w < 520) {
    const h = Math.round(w * (options.focused ? 1.3 : 1.55));
    return { width: w, height: Math.min(h, options.compact ? 460 : 600), arrangement: 'narrow' };
  }
  return { width: w, height: Math.round(Math.min(w * 0.6, options.compact ? 460 : 640)), arrangement: 'wide' };
}
