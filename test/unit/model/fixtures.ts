// The real slider and preset definitions and the calculator's words from content/, for tests that must hold for every
// slider. Source ids are checked against content/sources.yaml by the loader's tests; here every
// id the files cite is accepted, so these tests do not depend on the source list.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CalculatorCopy } from '$lib/content/types';
import { checked } from '$lib/server/content/check';
import { Calculator } from '$lib/server/content/schema';
import { parsePresets, parseSliders } from '$lib/server/content/sliders';
import { reportedAssumptions } from '$lib/model/scenario';
import type { Assumptions, Preset, SliderSpec } from '$lib/model/types';

function citedIds(raw: unknown): Set<string> {
  const entries = Array.isArray(raw) ? (raw as { sources?: unknown }[]) : [];
  return new Set(entries.flatMap((entry) => (Array.isArray(entry.sources) ? (entry.sources as string[]) : [])));
}

const rawSliders: unknown = parse(readFileSync('content/sliders.yaml', 'utf8'));
const rawPresets: unknown = parse(readFileSync('content/presets.yaml', 'utf8'));

export const specs: SliderSpec[] = parseSliders(rawSliders, 'content/sliders.yaml', citedIds(rawSliders));
export const presets: Preset[] = parsePresets(rawPresets, 'content/presets.yaml', specs, citedIds(rawPresets));
export const reported: Assumptions = reportedAssumptions(specs);

/** The calculator's words, content/calculator.yaml. */
export const calculator: CalculatorCopy = checked(Calculator, parse(readFileSync('content/calculator.yaml', 'utf8')), {
  file: 'content/calculator.yaml'
});

/** The reported scenario, written out by hand so that model tests do not move when content does. */
export const REPORTED: Assumptions = {
  investment: 10,
  valuation: 500,
  contract: 38,
  term: 7,
  spendBack: 100,
  margin: 35.4,
  target: 297.5,
  price: 222.56
};

/** A small seeded PRNG (mulberry32), so that random tests fail the same way every time. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
