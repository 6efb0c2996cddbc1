// What the explorer draws for a state: the month's flows that pass the filters, the companies
// they join (placed as content/web.yaml says, or, with a company in focus, that company in the
// middle and its counterparties around it), and the scene the story's layout takes. The drawing
// itself is the story's: layoutFlows, with one width scale for the whole web.
import type { Company, Flow, Point, Scene } from '$lib/content/types';
import { storyMaxAmount } from '$lib/flow/encoding';
import { boxViolations, laneViolations } from '$lib/flow/checks';
import { layoutFlows, type FlowLayout } from '$lib/flow/layout';
import type { Arrangement, Size } from '$lib/flow/sizing';
import { filterFlows } from './filters';
import { asOf, type FlowAsOf } from './timeline';
import type { TimedFlow, WebData, WebState } from './types';

export interface WebView {
  /** Every company at its usual place in the web (before any focus moved it). */
  base: readonly Company[];
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

/** How many companies share a row around the focus, per arrangement, before a second row. */
const ROW_CAPACITY: Record<Arrangement, number> = { wide: 5, narrow: 3 };

/** How many partners with money both ways sit beside the focus, on its row. */
const BESIDE: Record<Arrangement, number> = { wide: 2, narrow: 1 };

/** `count` positions spread along a row from 0 to 1 (one alone sits in the middle). */
function spread(count: number): number[] {
  if (count === 1) return [0.5];
  return Array.from({ length: count }, (_, i) => i / (count - 1));
}

/**
 * Positions with `focus` in the middle, like a ledger: the companies that only pay it sit above
 * (their money flows down into it), those it only pays sit below, and those with money going
 * both ways sit beside it on its row, where the story's layout draws the round trip as a loop
 * (the two largest; others join the row above).
 * Rows keep the companies' usual left-to-right order; a crowded row takes a second row.
 */
export function focusPositions(
  companies: readonly Company[],
  focus: string,
  flows: readonly Pick<Flow, 'from' | 'to' | 'amount'>[],
  beside: Record<Arrangement, number> = BESIDE
): Company[] {
  const centre = companies.find((c) => c.id === focus);
  if (!centre) return [...companies];
  const focusAt = (arrangement: Arrangement) => centre.position[arrangement].x;
  const pays = new Set(flows.filter((f) => f.to === focus).map((f) => f.from));
  const paid = new Set(flows.filter((f) => f.from === focus).map((f) => f.to));
  const partners = companies.filter((c) => c.id !== focus && (pays.has(c.id) || paid.has(c.id)));
  // Money both ways: the largest such partners sit beside the focus (a loop each side); more
  // would stack up and crowd each other's boxes, so the rest join the row above.
  const volume = (id: string) =>
    flows.filter((f) => f.from === id || f.to === id).reduce((sum, f) => sum + (f.amount ?? 0), 0);
  const both = partners.filter((c) => pays.has(c.id) && paid.has(c.id)).sort((a, b) => volume(b.id) - volume(a.id));
  const place = (arrangement: Arrangement): Map<string, Point> => {
    // A phone's row holds the focus and one partner beside it; two would overlap its box.
    const besides = new Set(both.slice(0, beside[arrangement]).map((c) => c.id));
    const byX = (list: Company[]) => [...list].sort((a, b) => a.position[arrangement].x - b.position[arrangement].x);
    const above = byX(partners.filter((c) => pays.has(c.id) && !besides.has(c.id)));
    const below = byX(partners.filter((c) => paid.has(c.id) && !pays.has(c.id)));
    const sides = byX(partners.filter((c) => besides.has(c.id)));
    const capacity = ROW_CAPACITY[arrangement];
    const at = new Map<string, Point>();
    const rows = (list: Company[], ys: [number, number]) => {
      const second = list.length > capacity ? Math.ceil(list.length / 2) : list.length;
      [list.slice(0, second), list.slice(second)].forEach((row, r) =>
        spread(row.length).forEach((x, i) => at.set(row[i]!.id, { x, y: ys[r]! }))
      );
    };
    rows(above, [0, 0.2]);
    rows(below, [1, 0.8]);
    // One beside partner goes to the side it usually sits on; two take a side each.
    sides.forEach((c, i) =>
      at.set(c.id, {
        x: sides.length === 2 ? i : c.position[arrangement].x < focusAt(arrangement) ? 0 : 1,
        y: 0.5
      })
    );
    return at;
  };
  const wide = place('wide');
  const narrow = place('narrow');
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
      base: data.companies,
      flows: month,
      companies: data.companies,
      scene: { chart: 'flows', show, flows: month.map((f) => f.id), highlight: [] }
    };
  }
  // The focused company's counterparties, and what flows between them (drawn quietly).
  const partners = new Set(month.flatMap((f) => (f.from === focus ? [f.to] : f.to === focus ? [f.from] : [])));
  const shown = new Set([focus, ...partners]);
  const flows = month.filter((f) => shown.has(f.from) && shown.has(f.to));
  const companies = focusPositions(data.companies, focus, flows);
  const show = data.companies.filter((c) => shown.has(c.id)).map((c) => c.id);
  return {
    base: data.companies,
    flows,
    companies,
    scene: { chart: 'flows', show, flows: flows.map((f) => f.id), highlight: [focus] }
  };
}

/**
 * The drawing of a view at a size, on the web's one width scale. A partner with money both ways
 * beside the focus is drawn as a loop, the story's round trip, unless the loop's lanes would
 * touch (a $250B band looping over a $13B one, both ending on a box 30 px tall) or its box would
 * run into the focus's, grown wide by the bands it holds: then every partner takes the row above
 * or below, where lanes run side by side.
 */
export function webLayout(view: WebView, size: Size, arrangement: Arrangement, maxAmount: number): FlowLayout {
  const layout = layoutFlows(view.companies, view.flows, view.scene, size, arrangement, { maxAmount });
  const focus = view.scene.highlight[0];
  if (!focus || (laneViolations(layout).length === 0 && boxViolations(layout).length === 0)) return layout;
  const rows = focusPositions(view.base, focus, view.flows, { wide: 0, narrow: 0 });
  return layoutFlows(rows, view.flows, view.scene, size, arrangement, { maxAmount });
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
    const cap = options.compact ? (options.focused ? 340 : 460) : 600;
    return { width: w, height: Math.min(h, cap), arrangement: 'narrow' };
  }
  const h = options.compact ? Math.min(w * (options.focused ? 0.52 : 0.6), 420) : Math.min(w * 0.6, 640);
  return { width: w, height: Math.round(h), arrangement: 'wide' };
}
