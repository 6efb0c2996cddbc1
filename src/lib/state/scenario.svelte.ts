// The calculator's state: the assumptions are the only thing a reader changes; the result, the
// query string and the diagram's flows are derived from them, never synced by an effect.
import type { Flow } from '$lib/content/types';
import { computeDeal } from '$lib/model/deal';
import { scenarioFlows } from '$lib/model/flows';
import {
  mergeScenarioQuery,
  parseScenario,
  reportedAssumptions,
  toSliderValue,
  writeScenario
} from '$lib/model/scenario';
import type { Assumptions, Preset, SliderBounds, SliderId } from '$lib/model/types';

export class Scenario {
  readonly specs: readonly SliderBounds[];
  readonly reported: Readonly<Assumptions>;
  /** One value per slider; replaced whole by presets and resets, changed key by key by sliders. */
  assumptions = $state({} as Assumptions);
  readonly result = $derived(computeDeal(this.assumptions));
  /** The scenario as a query string without "?", "" at the reported figures. */
  readonly query = $derived.by(() => writeScenario(this.assumptions, this.specs));
  /** The story's flows with the scenario's amounts: the diagram follows the calculator. */
  readonly flows = $derived.by(() => scenarioFlows(this.#storyFlows, this.assumptions, this.result, this.reported));
  #storyFlows: readonly Flow[] = $state.raw([]);

  /**
   * Start from the reported values, or from a query string such as `location.search`. `flows`
   * are the story's, from content/, for a page that draws the diagram.
   */
  constructor(specs: readonly SliderBounds[], search = '', flows: readonly Flow[] = []) {
    this.specs = specs;
    this.reported = reportedAssumptions(specs);
    this.#storyFlows = flows;
    this.assumptions = parseScenario(search, specs);
  }

  /** The story's flows, for a page whose diagram brings them when it loads (`/`). */
  drawFlows(flows: readonly Flow[]): void {
    this.#storyFlows = flows;
  }

  /** Set one assumption; the value is clamped and snapped to its slider, as a link would be. */
  set(id: SliderId, value: number): void {
    const spec = this.specs.find((candidate) => candidate.id === id);
    if (spec) this.assumptions[id] = toSliderValue(value, spec);
  }

  reset(id: SliderId): void {
    this.assumptions[id] = this.reported[id];
  }

  resetAll(): void {
    this.assumptions = { ...this.reported };
  }

  /** Replace the scenario with a preset: its values, and the reported ones for the rest. */
  apply(preset: Preset): void {
    this.assumptions = { ...this.reported, ...preset.values };
  }

  /** Replace the scenario with the one a query string describes (e.g. on opening a link). */
  load(search: string): void {
    this.assumptions = parseScenario(search, this.specs);
  }

  /** True when the scenario equals the preset (its values plus the reported ones for the rest). */
  matches(preset: Preset): boolean {
    return this.specs.every(({ id }) => this.assumptions[id] === (preset.values[id] ?? this.reported[id]));
  }
}

/**
 * A writer that keeps the address bar in step with the scenario while a reader drags: the first
 * change after a quiet spell lands on the next tick, then at most one per `wait` ms (the last
 * value always lands), and other parameters such as an embed's `theme` are kept. `replace`
 * changes the address without a new history entry. Pages use it through
 * scenarioInAddressBar (address.svelte.ts), which passes SvelteKit's replaceState.
 *
 * The default wait keeps under Safari's limit of 100 history changes in 30 seconds (one per
 * 300 ms), past which it throws. A browser that refuses anyway (that limit, a sandboxed frame
 * with an opaque origin) leaves the address as it was: the sliders matter more than the address.
 */
export function createUrlWriter(
  specs: readonly SliderBounds[],
  replace: (url: string) => void,
  wait = 350
): (query: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | undefined;
  let last = 0;

  const flush = () => {
    timer = undefined;
    last = Date.now();
    if (pending === undefined) return;
    const { pathname, search, hash } = window.location;
    const next = mergeScenarioQuery(search, pending, specs);
    pending = undefined;
    if (next === search) return;
    try {
      replace(`${pathname}${next}${hash}`);
    } catch {
      // Refused (too many changes, or a frame that may not change its address): keep it as it is.
    }
  };

  return (query) => {
    if (typeof window === 'undefined') return;
    pending = query;
    if (timer === undefined) timer = setTimeout(flush, Math.max(0, wait - (Date.now() - last)));
  };
}

/** The full address of the page with this scenario in it, for "Copy link". */
export function scenarioUrl(scenario: Scenario): string {
  const { origin, pathname, search, hash } = window.location;
  return `${origin}${pathname}${mergeScenarioQuery(search, scenario.query, scenario.specs)}${hash}`;
}
