// The whole-web explorer's state: the reader's choices (month, focus, filters) are the only
// state; the view, the totals, the address and the drawings are derived from them.
import { FLOW_KINDS, type FlowKind } from '$lib/content/types';
import type { Ahead, LayoutJob } from '$lib/flow/jobs';
import type { FlowLayout } from '$lib/flow/layout';
import type { Size, Arrangement } from '$lib/flow/sizing';
import { monthsOf } from '$lib/web/timeline';
import { companyTotals } from '$lib/web/totals';
import { defaultState, mergeWebQuery, parseWebState, writeWebState, type WebBounds } from '$lib/web/url';
import { webLayout, webMaxAmount, webView, type WebView } from '$lib/web/scene';
import type { Certainty, Month, WebData, WebState } from '$lib/web/types';

/** How long each month shows while playing. */
export const PLAY_STEP_MS = 700;

/** Layouts kept for months already drawn, so scrubbing back and forth redraws from memory. */
const LAYOUT_CACHE = 240;

export class WebExplorer {
  /** The whole web (set once, in the constructor). */
  data: WebData = $state.raw({ companies: [], flows: [], sources: [] });
  readonly months: Month[] = $derived(monthsOf(this.data.flows));
  readonly bounds: WebBounds = $derived({ months: this.months, companies: this.data.companies.map((c) => c.id) });
  readonly maxAmount: number = $derived(webMaxAmount(this.data.flows));

  month = $state<Month>('');
  focus = $state<string | null>(null);
  kinds = $state<FlowKind[]>([...FLOW_KINDS]);
  certainty = $state<Certainty>('talks');
  playing = $state(false);

  readonly state: WebState = $derived({
    month: this.month,
    focus: this.focus,
    kinds: this.kinds,
    certainty: this.certainty
  });
  readonly view = $derived(webView(this.data, this.state));
  readonly totals = $derived(this.focus ? companyTotals(this.view.flows, this.focus) : null);
  /** The state as a query string without "?", "" for the default view. */
  readonly query = $derived(writeWebState(this.state, this.bounds));
  readonly index = $derived(Math.max(0, this.months.indexOf(this.month)));

  // A plain cache, not state: reading it must not make the drawing depend on other sizes' entries.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #layouts = new Map<string, FlowLayout>();
  #timer: ReturnType<typeof setInterval> | undefined;

  /** `data`: the whole web; `search`: a query string such as `location.search`. */
  constructor(data: WebData, search = '') {
    this.data = data;
    this.#apply(parseWebState(search, this.bounds));
  }

  #apply(state: WebState): void {
    this.month = state.month;
    this.focus = state.focus;
    this.kinds = state.kinds;
    this.certainty = state.certainty;
  }

  /** The drawing at a size; layouts already computed (or warmed) are reused. */
  layout(size: Size, arrangement: Arrangement): FlowLayout {
    return this.#layoutOf(this.state, size, arrangement, this.view);
  }

  #keyOf(state: WebState, size: Size, arrangement: Arrangement): string {
    return `${writeWebState(state, this.bounds)}|${state.month}|${size.width}x${size.height}|${arrangement}`;
  }

  /** Keep a layout; one already kept for `key` wins (a job ahead may answer after a redraw). */
  #keep(key: string, layout: FlowLayout): void {
    if (this.#layouts.has(key)) return;
    if (this.#layouts.size >= LAYOUT_CACHE) this.#layouts.delete(this.#layouts.keys().next().value!);
    this.#layouts.set(key, layout);
  }

  #layoutOf(state: WebState, size: Size, arrangement: Arrangement, view?: WebView): FlowLayout {
    const key = this.#keyOf(state, size, arrangement);
    let layout = this.#layouts.get(key);
    if (!layout) {
      layout = webLayout(view ?? webView(this.data, state), size, arrangement, this.maxAmount);
      this.#keep(key, layout);
    }
    return layout;
  }

  /** The job that lays out `state` at a size (in a worker or in idle time). */
  #jobFor(state: WebState, size: Size, arrangement: Arrangement): LayoutJob {
    return { kind: 'web', view: webView(this.data, state), size, arrangement, maxAmount: this.maxAmount };
  }

  /**
   * Work out the current view's drawing at a size through `ahead` (the island passes the
   * layouts' worker) and keep it, so that the first drawing only renders it: at the foot of the
   * story, on a phone's CPU, this layout was one long task of its own. Resolves once it is kept,
   * or after `within` ms whatever became of it: a layout that failed is then made (or fails,
   * where the caller sees it) when the drawing asks for it.
   */
  prepare(size: Size, arrangement: Arrangement, ahead: Ahead, within = Infinity): Promise<void> {
    const state = { ...this.state, kinds: [...this.state.kinds] };
    const at = { width: size.width, height: size.height };
    const key = this.#keyOf(state, at, arrangement);
    if (this.#layouts.has(key)) return Promise.resolve();
    return new Promise((done) => {
      const timer = Number.isFinite(within) ? setTimeout(done, within) : undefined;
      ahead(
        this.#jobFor(state, at, arrangement),
        (layout) => {
          clearTimeout(timer);
          this.#keep(key, layout);
          done();
        },
        () => true
      );
    });
  }

  /**
   * Lay out every other month of the current view ahead of the reader, nearest months first,
   * one month at a time through `ahead` (the page passes a worker, or the browser's idle time),
   * so that moving the time control draws from memory: a redraw within a frame, and no long task
   * while scrubbing. Returns a function that stops.
   */
  warm(size: Size, arrangement: Arrangement, ahead: Ahead, onDone?: () => void): () => void {
    const state = { ...this.state, kinds: [...this.state.kinds] };
    const at = { width: size.width, height: size.height };
    const order = this.months
      .map((month, i) => ({ month, distance: Math.abs(i - this.index) }))
      .sort((a, b) => a.distance - b.distance)
      .map((m) => m.month);
    let cancel = () => {};
    let stopped = false;
    const next = (): void => {
      if (stopped) return;
      const month = order.shift();
      if (month === undefined) return onDone?.();
      const monthState = { ...state, month };
      const key = this.#keyOf(monthState, at, arrangement);
      if (this.#layouts.has(key)) return next();
      cancel = ahead(
        this.#jobFor(monthState, at, arrangement),
        (layout) => {
          this.#keep(key, layout);
          next();
        },
        () => !stopped
      );
    };
    next();
    return () => {
      stopped = true;
      cancel();
    };
  }

  /** Open the view a query string describes (bad values are ignored or clamped). */
  load(search: string): void {
    this.#apply(parseWebState(search, this.bounds));
  }

  reset(): void {
    this.stop();
    this.#apply(defaultState(this.bounds));
  }

  setIndex(index: number): void {
    const i = Math.min(this.months.length - 1, Math.max(0, Math.round(index)));
    if (Number.isFinite(i) && this.months[i]) this.month = this.months[i];
  }

  toggleFocus(id: string | null): void {
    this.focus = id === null || this.focus === id ? null : id;
  }

  toggleKind(kind: FlowKind): void {
    const next = this.kinds.includes(kind) ? this.kinds.filter((k) => k !== kind) : [...this.kinds, kind];
    // Nothing shown is no view: the last kind stays.
    if (next.length) this.kinds = FLOW_KINDS.filter((k) => next.includes(k));
  }

  /** Step through the months from here (from the first if at the last), one every PLAY_STEP_MS. */
  play(): void {
    if (this.playing || typeof setInterval === 'undefined') return;
    if (this.index >= this.months.length - 1) this.setIndex(0);
    this.playing = true;
    this.#timer = setInterval(() => {
      if (this.index >= this.months.length - 1) this.stop();
      else this.setIndex(this.index + 1);
    }, PLAY_STEP_MS);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.playing = false;
  }
}

/**
 * Keeps the address bar in step with the explorer, at most once per `wait` ms (the last state
 * always lands); other parameters (the calculator's scenario, an embed's theme) are kept.
 */
export function createWebUrlWriter(replace: (url: string) => void, wait = 150): (query: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | undefined;
  return (query) => {
    if (typeof window === 'undefined') return;
    pending = query;
    timer ??= setTimeout(() => {
      timer = undefined;
      const { pathname, search, hash } = window.location;
      const next = mergeWebQuery(search, pending ?? '');
      if (next !== search) replace(`${pathname}${next}${hash}`);
    }, wait);
  };
}
