// A scenario in the URL: `?investment=20&valuation=800` holds every assumption that differs
// from its reported value. A link can come from anywhere, so reading it never throws: each value
// is parsed strictly, clamped to its slider's range and snapped to its step; anything else is
// ignored and the slider keeps its reported value.
import type { Assumptions, SliderBounds } from './types';

/** Only a plain decimal: no exponent, no hex, no spaces, no "+", no "Infinity". */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Longer than any sensible value; a guard against pathological links. */
const MAX_VALUE_LENGTH = 32;

/** Digits after the decimal point of a number as written, e.g. 0.1 → 1, 0.25 → 2, 5 → 0. */
function decimals(value: number): number {
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]);
  return text.split('.')[1]?.length ?? 0;
}

/**
 * The nearest value a slider can take: clamped to [min, max] and snapped to the grid of steps
 * from min, as a native range input does. Rounded to the step's decimals, so 0.1 + 0.2 gives 0.3.
 */
export function toSliderValue(value: number, spec: SliderBounds): number {
  if (Number.isNaN(value)) return spec.reported;
  const { min, max, step } = spec;
  const places = Math.max(decimals(step), decimals(min));
  const round = (x: number) => Number(x.toFixed(places));
  const clamped = Math.min(max, Math.max(min, value));
  const snapped = round(min + Math.round((clamped - min) / step) * step);
  // The last step may overshoot a max that is not on the grid; step back inside.
  const inside = snapped > max ? round(snapped - step) : snapped;
  return inside === 0 ? 0 : inside;
}

/** Every slider at its reported value. */
export function reportedAssumptions(specs: readonly SliderBounds[]): Assumptions {
  return Object.fromEntries(specs.map((spec) => [spec.id, spec.reported])) as Assumptions;
}

function paramsOf(search: string | URLSearchParams): URLSearchParams {
  if (search instanceof URLSearchParams) return search;
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** The scenario a query string describes, starting from the reported values. Never throws. */
export function parseScenario(search: string | URLSearchParams, specs: readonly SliderBounds[]): Assumptions {
  const params = paramsOf(search);
  const assumptions = reportedAssumptions(specs);
  for (const spec of specs) {
    // `get` returns the first occurrence, so a repeated key cannot override an earlier one.
    const raw = params.get(spec.id);
    if (raw === null || raw.length > MAX_VALUE_LENGTH || !PLAIN_DECIMAL.test(raw)) continue;
    const value = Number(raw);
    if (Number.isFinite(value)) assumptions[spec.id] = toSliderValue(value, spec);
  }
  return assumptions;
}

/**
 * The query string for a scenario, without the leading "?": only the values that differ from
 * the reported ones, in slider order, as short as they print (`investment=20&margin=30.5`).
 * Empty when every value is the reported one.
 */
export function writeScenario(a: Assumptions, specs: readonly SliderBounds[]): string {
  return specs
    .map((spec) => ({ spec, value: toSliderValue(a[spec.id], spec) }))
    .filter(({ spec, value }) => value !== spec.reported)
    .map(({ spec, value }) => `${spec.id}=${value}`)
    .join('&');
}

/**
 * A page's query string with the scenario written in: other parameters (the embed's `theme`,
 * `step`) are kept in their order, slider keys are replaced. Returns "" or "?…".
 */
export function mergeScenarioQuery(search: string, query: string, specs: readonly SliderBounds[]): string {
  const ids = new Set<string>(specs.map((spec) => spec.id));
  const others = [...paramsOf(search)].filter(([key]) => !ids.has(key));
  const kept = new URLSearchParams(others).toString();
  const all = [kept, query].filter(Boolean).join('&');
  return all ? `?${all}` : '';
}
