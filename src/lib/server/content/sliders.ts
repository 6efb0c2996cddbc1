// content/sliders.yaml and content/presets.yaml (already read as YAML) into the specs and
// presets the calculator uses. The schema checks each entry; this adds what the entries say
// about other files: their sources, and the sliders a preset sets.
import type { Preset, SliderId, SliderSpec } from '$lib/content/types';
import { checked, failIn, knownSources, type Fail } from './check';
import { entryName } from './explain';
import { gridText, onGrid, Presets, Sliders } from './schema';

/** The slider definitions, one per assumption of the model, in the order the page shows them. */
export function parseSliders(raw: unknown, file: string, sourceIds: ReadonlySet<string>): SliderSpec[] {
  const specs = checked(Sliders, raw, { file, what: 'slider' });
  specs.forEach((spec, index) => knownSources(spec.sources, sourceIds, failIn(file, entryName('slider', spec, index))));
  return specs;
}

/** The preset scenarios, each checked against the sliders it sets. */
export function parsePresets(
  raw: unknown,
  file: string,
  specs: readonly SliderSpec[],
  sourceIds: ReadonlySet<string>
): Preset[] {
  return checked(Presets, raw, { file, what: 'preset' }).map((preset, index) => {
    const fail: Fail = failIn(file, `${entryName('preset', preset, index)} values`);
    const values: Partial<Record<SliderId, number>> = {};
    for (const [key, value] of Object.entries(preset.values)) {
      const spec = specs.find((candidate) => candidate.id === key);
      if (!spec) fail(`unknown slider "${key}" (expected one of: ${specs.map((s) => s.id).join(', ')})`);
      if (value < spec.min || value > spec.max)
        fail(`"${key}" ${value} is outside the slider's range ${spec.min}–${spec.max}`);
      if (!onGrid(value, spec)) fail(`"${key}" ${value} is not on the slider's steps ${gridText(spec)}`);
      values[spec.id] = value;
    }
    knownSources(preset.sources, sourceIds, failIn(file, entryName('preset', preset, index)));
    return { ...preset, values };
  });
}
