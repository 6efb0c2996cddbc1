// The explorer's state in the address: `?month=2025-10&focus=openai&kinds=equity,chips&certainty=firm`
// holds only what differs from the default view (the latest month, every company, everything
// shown). A link can come from anywhere, so reading it never throws: a month outside the range is
// clamped to its first or last month, anything not understood is ignored and keeps its default.
// Other parameters (the calculator's, an embed's theme) are left alone.
import { FLOW_KINDS, type FlowKind } from '$lib/content/types';
import { CERTAINTIES, DEFAULT_CERTAINTY } from './filters';
import type { Certainty, Month, WebState } from './types';

export const WEB_KEYS = ['month', 'focus', 'kinds', 'certainty'] as const;

/** What a state is read against: the months of the web and its companies. */
export interface WebBounds {
  months: readonly Month[];
  companies: readonly string[];
}

/** Longer than any sensible value; a guard against pathological links. */
const MAX_LENGTH = 64;

export function defaultState(bounds: WebBounds): WebState {
  return { month: bounds.months.at(-1) ?? '', focus: null, kinds: [...FLOW_KINDS], certainty: DEFAULT_CERTAINTY };
}

function paramsOf(search: string | URLSearchParams): URLSearchParams {
  if (search instanceof URLSearchParams) return search;
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** A month clamped to the web's range, or null if `raw` is not a month at all. */
export function clampMonth(raw: string, months: readonly Month[]): Month | null {
  const match = /^(\d{4})-(\d{2})$/.exec(raw.trim());
  if (!match || months.length === 0) return null;
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  const month = `${match[1]}-${match[2]}`;
  if (month < months[0]!) return months[0]!;
  if (month > months.at(-1)!) return months.at(-1)!;
  return month;
}

/** The state a query string describes, from the default view. Never throws. */
export function parseWebState(search: string | URLSearchParams, bounds: WebBounds): WebState {
  const params = paramsOf(search);
  const state = defaultState(bounds);
  const get = (key: string) => {
    const raw = params.get(key);
    return raw === null || raw.length > MAX_LENGTH ? null : raw;
  };
  const month = get('month');
  if (month !== null) state.month = clampMonth(month, bounds.months) ?? state.month;
  const focus = get('focus');
  if (focus !== null && bounds.companies.includes(focus.trim())) state.focus = focus.trim();
  const kinds = get('kinds');
  if (kinds !== null) {
    const wanted = new Set(kinds.split(',').map((k) => k.trim()));
    const known = FLOW_KINDS.filter((k) => wanted.has(k));
    if (known.length) state.kinds = known;
  }
  const certainty = get('certainty');
  if (certainty !== null && (CERTAINTIES as readonly string[]).includes(certainty.trim()))
    state.certainty = certainty.trim() as Certainty;
  return state;
}

/** The query string of a state without "?": only what differs from the default, in a fixed order. */
export function writeWebState(state: WebState, bounds: WebBounds): string {
  const base = defaultState(bounds);
  const params = new URLSearchParams();
  if (state.month !== base.month) params.set('month', state.month);
  if (state.focus !== null) params.set('focus', state.focus);
  const kinds = FLOW_KINDS.filter((k) => state.kinds.includes(k));
  if (kinds.length !== FLOW_KINDS.length) params.set('kinds', kinds.join(','));
  if (state.certainty !== base.certainty) params.set('certainty', state.certainty);
  // Commas stay readable in a shared link.
  return params.toString().replace(/%2C/g, ',');
}

/** A page's query string with the web's state written in and every other parameter kept: "" or "?…". */
export function mergeWebQuery(search: string, query: string): string {
  const keys = new Set<string>(WEB_KEYS);
  const others = new URLSearchParams([...paramsOf(search)].filter(([key]) => !keys.has(key))).toString();
  const all = [others, query].filter(Boolean).join('&');
  return all ? `?${all}` : '';
}

/** Whether a kind list is every kind (the default). */
export function allKinds(kinds: readonly FlowKind[]): boolean {
  return FLOW_KINDS.every((k) => kinds.includes(k));
}
