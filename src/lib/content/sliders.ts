// Parses content/sliders.yaml and content/presets.yaml (already read as YAML) into the specs the
// calculator uses, and stops at the first mistake with a message naming the file, the entry and
// the problem: `content/sliders.yaml: slider "term": "min" 5 must be below "max" 3`.
import { ContentError } from './errors';
import { fail, ids, list, mapping, number, oneOf, rejectUnknownKeys, text, type Record_, type Where } from './fields';
import { AMOUNT_QUALIFIERS } from './types';
import {
  SLIDER_BASES,
  SLIDER_IDS,
  SLIDER_UNITS,
  SLIDER_UNIT_OF,
  type Preset,
  type SliderBasis,
  type SliderId,
  type SliderSpec
} from '../model/types';

const SLIDER_FIELDS = [
  'id',
  'label',
  'unit',
  'min',
  'max',
  'step',
  'reported',
  'qualifier',
  'basis',
  'sources',
  'note'
] as const;
const PRESET_FIELDS = ['id', 'label', 'values', 'sources', 'note'] as const;
const PRESET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isSliderId(value: unknown): value is SliderId {
  return typeof value === 'string' && (SLIDER_IDS as readonly string[]).includes(value);
}

/** True when `value` is min plus a whole number of steps, as a range input can reach it. */
function onGrid(value: number, { min, step }: { min: number; step: number }): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function sourcesOf(obj: Record_, where: Where, sourceIds: Set<string>, basis: SliderBasis | 'preset'): string[] {
  const found = obj.sources === undefined ? [] : ids(obj, 'sources', where);
  for (const id of found)
    if (!sourceIds.has(id)) fail(where, `unknown source "${id}" in "sources" (not in content/sources.yaml)`);
  if (found.length === 0 && basis !== 'assumption')
    fail(
      where,
      basis === 'preset'
        ? '"sources" must name at least one source'
        : `"sources" must name at least one source for a ${basis} figure (only an assumption may go without)`
    );
  return found;
}

function parseSlider(item: unknown, index: number, file: string, sourceIds: Set<string>): SliderSpec {
  const obj = mapping(item, { file, entry: `slider #${index + 1}` });
  const id = obj.id;
  if (typeof id !== 'string' || id.trim() === '')
    fail(
      { file, entry: `slider #${index + 1}` },
      `"id" must be one of ${SLIDER_IDS.join(', ')}; found ${JSON.stringify(id)}`
    );
  const where = { file, entry: `slider "${id}"` };
  if (!isSliderId(id)) fail(where, `unknown slider id (the model reads: ${SLIDER_IDS.join(', ')})`);
  rejectUnknownKeys(obj, SLIDER_FIELDS, where);

  const unit = oneOf(obj, 'unit', SLIDER_UNITS, where);
  if (unit !== SLIDER_UNIT_OF[id])
    fail(where, `"unit" must be "${SLIDER_UNIT_OF[id]}" (the model reads ${id} in that unit), found "${unit}"`);
  const min = number(obj, 'min', where);
  const max = number(obj, 'max', where);
  const step = number(obj, 'step', where);
  const reported = number(obj, 'reported', where);
  if (min >= max) fail(where, `"min" ${min} must be below "max" ${max}`);
  if (step <= 0) fail(where, `"step" must be above 0, found ${step}`);
  if (step > max - min) fail(where, `"step" ${step} is larger than the range ${min}–${max}`);
  if (reported < min || reported > max) fail(where, `"reported" ${reported} is outside the range ${min}–${max}`);
  if (!onGrid(reported, { min, step }))
    fail(where, `"reported" ${reported} is not on the slider's steps (${min}, ${min + step}, … by ${step})`);
  if (id === 'term' && min < 1) fail(where, `"min" must be at least 1 year, found ${min}`);

  const basis = oneOf(obj, 'basis', SLIDER_BASES, where);
  return {
    id,
    label: text(obj, 'label', where),
    unit,
    min,
    max,
    step,
    reported,
    qualifier: obj.qualifier === undefined ? 'exactly' : oneOf(obj, 'qualifier', AMOUNT_QUALIFIERS, where),
    basis,
    sources: sourcesOf(obj, where, sourceIds, basis),
    note: text(obj, 'note', where)
  };
}

/** The slider definitions, one per assumption of the model, in the order the page shows them. */
export function parseSliders(raw: unknown, file: string, sourceIds: Set<string>): SliderSpec[] {
  const specs: SliderSpec[] = [];
  list(raw, { file, entry: '' }, 'the sliders').forEach((item, index) => {
    const spec = parseSlider(item, index, file, sourceIds);
    if (specs.some((other) => other.id === spec.id))
      throw new ContentError(file, `slider "${spec.id}": duplicate id (slider #${index + 1} repeats it)`);
    specs.push(spec);
  });
  const missing = SLIDER_IDS.filter((id) => !specs.some((spec) => spec.id === id));
  if (missing.length > 0)
    throw new ContentError(
      file,
      `missing slider${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')} ` +
        `(the model needs one for each of: ${SLIDER_IDS.join(', ')})`
    );
  const investment = specs.find((spec) => spec.id === 'investment');
  const valuation = specs.find((spec) => spec.id === 'valuation');
  if (investment && valuation && valuation.min <= investment.max)
    throw new ContentError(
      file,
      `slider "valuation": "min" ${valuation.min} must be above the investment slider's "max" ${investment.max} ` +
        '(a post-money valuation includes the investment)'
    );
  return specs;
}

function parsePreset(
  item: unknown,
  index: number,
  file: string,
  specs: readonly SliderSpec[],
  sourceIds: Set<string>
): Preset {
  const obj = mapping(item, { file, entry: `preset #${index + 1}` });
  const id = obj.id;
  if (typeof id !== 'string' || !PRESET_ID.test(id))
    fail(
      { file, entry: `preset #${index + 1}` },
      `"id" must be a lowercase slug like "as-reported", found ${JSON.stringify(id)}`
    );
  const where = { file, entry: `preset "${id}"` };
  rejectUnknownKeys(obj, PRESET_FIELDS, where);
  const raw = mapping(obj.values, { file, entry: `preset "${id}": "values"` });
  const values: Partial<Record<SliderId, number>> = {};
  for (const key of Object.keys(raw)) {
    const spec = specs.find((candidate) => candidate.id === key);
    if (!spec)
      fail(where, `unknown slider "${key}" in "values" (expected one of: ${specs.map((s) => s.id).join(', ')})`);
    const value = number(raw, key, { file, entry: `preset "${id}": "values"` });
    if (value < spec.min || value > spec.max)
      fail(where, `"values.${key}" ${value} is outside the slider's range ${spec.min}–${spec.max}`);
    if (!onGrid(value, spec))
      fail(
        where,
        `"values.${key}" ${value} is not on the slider's steps (${spec.min}, ${spec.min + spec.step}, … by ${spec.step})`
      );
    values[spec.id] = value;
  }
  return {
    id,
    label: text(obj, 'label', where),
    values,
    sources: sourcesOf(obj, where, sourceIds, 'preset'),
    note: text(obj, 'note', where)
  };
}

/** The preset scenarios, each checked against the sliders it sets. */
export function parsePresets(
  raw: unknown,
  file: string,
  specs: readonly SliderSpec[],
  sourceIds: Set<string>
): Preset[] {
  const presets: Preset[] = [];
  list(raw, { file, entry: '' }, 'the presets').forEach((item, index) => {
    const preset = parsePreset(item, index, file, specs, sourceIds);
    if (presets.some((other) => other.id === preset.id))
      throw new ContentError(file, `preset "${preset.id}": duplicate id (preset #${index + 1} repeats it)`);
    presets.push(preset);
  });
  return presets;
}
