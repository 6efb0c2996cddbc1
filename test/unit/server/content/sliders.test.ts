// Every mistake a writer can make in content/sliders.yaml or content/presets.yaml stops the build
// with a message naming the file, the entry and the problem.
import { describe, expect, it } from 'vitest';
import { ContentError } from '$lib/server/content/errors';
import { parsePresets, parseSliders } from '$lib/server/content/sliders';
import { SLIDER_IDS } from '$lib/model/types';

const FILE = 'content/sliders.yaml';
const PRESETS = 'content/presets.yaml';
const SOURCES = new Set(['ft-2025-12-17', 'aws-openai-2025-11-03', 'amazon-q4-2025']);

type Entry = Record<string, unknown>;

/** A valid set of sliders, as the YAML parser would return it. */
function sliders(): Entry[] {
  const base = (id: string, extra: Entry): Entry => ({
    id,
    label: `The ${id}`,
    basis: 'reported',
    sources: ['ft-2025-12-17'],
    note: 'Why.',
    ...extra
  });
  return [
    base('investment', { unit: 'usd-billions', min: 1, max: 100, step: 1, reported: 10, qualifier: 'more-than' }),
    base('valuation', { unit: 'usd-billions', min: 200, max: 1500, step: 1, reported: 500 }),
    base('contract', {
      unit: 'usd-billions',
      min: 0,
      max: 300,
      step: 1,
      reported: 38,
      sources: ['aws-openai-2025-11-03']
    }),
    base('term', { unit: 'years', min: 1, max: 15, step: 1, reported: 7 }),
    base('spendBack', {
      unit: 'percent',
      min: 0,
      max: 400,
      step: 5,
      reported: 100,
      basis: 'assumed',
      basisNote: 'No amount was reported.',
      sources: undefined
    }),
    base('margin', {
      unit: 'percent',
      min: 0,
      max: 60,
      step: 0.1,
      reported: 35.4,
      basis: 'derived',
      basisNote: '45.6 ÷ 128.7',
      sources: ['amazon-q4-2025']
    }),
    base('target', { unit: 'usd', min: 150, max: 450, step: 0.5, reported: 297.5 }),
    base('price', { unit: 'usd', min: 100, max: 400, step: 0.01, reported: 222.56 })
  ].map((entry) => Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
}

/** The valid sliders with one entry changed. */
function withSlider(id: string, change: (entry: Entry) => void): Entry[] {
  const all = sliders();
  const entry = all.find((candidate) => candidate.id === id);
  if (entry) change(entry);
  return all;
}

const specs = parseSliders(sliders(), FILE, SOURCES);

function preset(extra: Entry = {}): Entry {
  return {
    id: 'bigger',
    label: 'Bigger',
    values: { investment: 20 },
    sources: ['ft-2025-12-17'],
    note: 'Why.',
    ...extra
  };
}

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

describe('parseSliders accepts good content', () => {
  it('returns the specs in file order, with defaults filled in', () => {
    expect(specs.map((spec) => spec.id)).toEqual([...SLIDER_IDS]);
    expect(specs.find((spec) => spec.id === 'term')).toEqual({
      id: 'term',
      label: 'The term',
      unit: 'years',
      min: 1,
      max: 15,
      step: 1,
      reported: 7,
      qualifier: 'exactly',
      basis: 'reported',
      sources: ['ft-2025-12-17'],
      note: 'Why.'
    });
    expect(specs.find((spec) => spec.id === 'spendBack')?.sources).toEqual([]);
    expect(specs.find((spec) => spec.id === 'margin')).toMatchObject({ basis: 'derived', basisNote: '45.6 ÷ 128.7' });
  });
});

describe('parseSliders rejects bad content', () => {
  it.each([
    {
      name: 'not a list',
      raw: { investment: 1 },
      message: `${FILE}: expected the sliders to be a list, found a mapping`
    },
    {
      name: 'an entry that is not a mapping',
      raw: ['investment'],
      message: `${FILE}: slider #1: expected a mapping of fields, found "investment"`
    },
    {
      name: 'a missing id',
      raw: withSlider('term', (e) => delete e.id),
      message: `${FILE}: slider #4: "id" must be one of the model's assumptions, investment, valuation`
    },
    {
      name: 'an unknown id',
      raw: withSlider('term', (e) => (e.id = 'dividend')),
      message: `${FILE}: slider "dividend": "id" must be one of the model's assumptions, investment, valuation, contract, term, spendBack, margin, target, price; found "dividend"`
    },
    {
      name: 'a duplicate id',
      raw: [...sliders(), sliders()[0]],
      message: `${FILE}: duplicate slider id "investment" (slider #9 repeats slider #1)`
    },
    {
      name: 'a missing slider',
      raw: sliders().filter((e) => e.id !== 'margin'),
      message: `${FILE}: missing slider "margin" (the model needs one for each of`
    },
    {
      name: 'an unknown field',
      raw: withSlider('term', (e) => (e.colour = 'red')),
      message: `${FILE}: slider "term": unknown field "colour"`
    },
    {
      name: 'a missing label',
      raw: withSlider('term', (e) => delete e.label),
      message: `${FILE}: slider "term": "label" must be non-empty text, found nothing`
    },
    {
      name: 'a missing note',
      raw: withSlider('spendBack', (e) => delete e.note),
      message: `${FILE}: slider "spendBack": "note" must be non-empty text, found nothing`
    },
    {
      name: 'a missing min',
      raw: withSlider('term', (e) => delete e.min),
      message: `${FILE}: slider "term": "min" must be a number, found nothing`
    },
    {
      name: 'a non-numeric max',
      raw: withSlider('term', (e) => (e.max = 'fifteen')),
      message: `${FILE}: slider "term": "max" must be a number, found "fifteen"`
    },
    {
      name: 'a reported value written as text',
      raw: withSlider('investment', (e) => (e.reported = '10')),
      message: `${FILE}: slider "investment": "reported" must be a number, found "10"`
    },
    {
      name: 'min at or above max',
      raw: withSlider('term', (e) => Object.assign(e, { min: 5, max: 3, reported: 4 })),
      message: `${FILE}: slider "term": "min" 5 must be below "max" 3`
    },
    {
      name: 'a zero step',
      raw: withSlider('term', (e) => (e.step = 0)),
      message: `${FILE}: slider "term": "step" must be above 0, found 0`
    },
    {
      name: 'a negative step',
      raw: withSlider('margin', (e) => (e.step = -0.1)),
      message: `${FILE}: slider "margin": "step" must be above 0, found -0.1`
    },
    {
      name: 'a step larger than the range',
      raw: withSlider('term', (e) => (e.step = 20)),
      message: `${FILE}: slider "term": "step" 20 is larger than the range 1–15`
    },
    {
      name: 'a reported value above the range',
      raw: withSlider('investment', (e) => (e.reported = 150)),
      message: `${FILE}: slider "investment": "reported" 150 is outside the range 1–100`
    },
    {
      name: 'a reported value below the range',
      raw: withSlider('valuation', (e) => (e.reported = 150)),
      message: `${FILE}: slider "valuation": "reported" 150 is outside the range 200–1500`
    },
    {
      name: 'a reported value between steps',
      raw: withSlider('margin', (e) => (e.reported = 35.45)),
      message: `${FILE}: slider "margin": "reported" 35.45 is not on the slider's steps (0, 0.1, … by 0.1)`
    },
    {
      name: 'an unknown unit',
      raw: withSlider('term', (e) => (e.unit = 'months')),
      message: `${FILE}: slider "term": "unit" must be one of usd-billions, percent, years, usd; found "months"`
    },
    {
      name: 'a unit the model does not read the slider in',
      raw: withSlider('margin', (e) => (e.unit = 'usd')),
      message: `${FILE}: slider "margin": "unit" must be "percent" (the model reads margin in that unit), found "usd"`
    },
    {
      name: 'an unknown basis',
      raw: withSlider('term', (e) => (e.basis = 'rumour')),
      message: `${FILE}: slider "term": "basis" must be one of reported, derived, assumed; found "rumour"`
    },
    {
      name: 'an unknown qualifier',
      raw: withSlider('investment', (e) => (e.qualifier = 'roughly')),
      message: `${FILE}: slider "investment": "qualifier" must be one of exactly, more-than, about, up-to, assumed; found "roughly"`
    },
    {
      name: 'an unknown source id',
      raw: withSlider('contract', (e) => (e.sources = ['aws-2025-11-03'])),
      message: `${FILE}: slider "contract": unknown source "aws-2025-11-03" in "sources" (not in content/sources.yaml)`
    },
    {
      name: 'sources that are not a list',
      raw: withSlider('contract', (e) => (e.sources = 'aws-openai-2025-11-03')),
      message: `${FILE}: slider "contract": expected "sources" to be a list, found "aws-openai-2025-11-03"`
    },
    {
      name: 'no source for a reported figure',
      raw: withSlider('contract', (e) => delete e.sources),
      message: `${FILE}: slider "contract": "sources" must name at least one source for a reported figure (only an assumed one may go without)`
    },
    {
      name: 'an empty source list for a derived figure',
      raw: withSlider('margin', (e) => (e.sources = [])),
      message: `${FILE}: slider "margin": "sources" must name at least one source for a derived figure`
    },
    {
      name: 'a derived figure that does not say how',
      raw: withSlider('margin', (e) => delete e.basisNote),
      message: `${FILE}: slider "margin": "basisNote" must say how the value was worked out when "basis" is derived`
    },
    {
      name: 'an assumed figure that does not say why',
      raw: withSlider('spendBack', (e) => delete e.basisNote),
      message: `${FILE}: slider "spendBack": "basisNote" must say why we assume it when "basis" is assumed`
    },
    {
      name: 'the old word for a figure from elsewhere',
      raw: withSlider('margin', (e) => (e.basis = 'context')),
      message: `${FILE}: slider "margin": "basis" must be one of reported, derived, assumed; found "context"`
    },
    {
      name: 'a term that can reach zero years',
      raw: withSlider('term', (e) => (e.min = 0)),
      message: `${FILE}: slider "term": "min" must be at least 1 year, found 0`
    },
    {
      name: 'a valuation that can fall below the investment',
      raw: withSlider('valuation', (e) => (e.min = 50)),
      message: `${FILE}: slider "valuation": "min" 50 must be above the investment slider's "max" 100 (a valuation after the new money includes the investment)`
    }
  ])('$name', ({ raw, message }) => {
    const error = errorOf(() => parseSliders(raw, FILE, SOURCES));
    expect(error.file).toBe(FILE);
    expect(error.message.startsWith(message), `${error.message}\n  should start with\n${message}`).toBe(true);
  });
});

describe('parsePresets', () => {
  it('accepts a good preset', () =>
    expect(parsePresets([preset()], PRESETS, specs, SOURCES)).toEqual([
      { id: 'bigger', label: 'Bigger', values: { investment: 20 }, sources: ['ft-2025-12-17'], note: 'Why.' }
    ]));

  it('accepts a preset that changes nothing', () =>
    expect(parsePresets([preset({ values: {} })], PRESETS, specs, SOURCES)[0]?.values).toEqual({}));

  it.each([
    { name: 'not a list', raw: preset(), message: `${PRESETS}: expected the presets to be a list, found a mapping` },
    {
      name: 'an id that is not a slug',
      raw: [preset({ id: 'Bigger One' })],
      message: `${PRESETS}: preset #1: "id" must be a lowercase slug like "as-reported", found "Bigger One"`
    },
    {
      name: 'a duplicate id',
      raw: [preset(), preset()],
      message: `${PRESETS}: duplicate preset id "bigger" (preset #2 repeats preset #1)`
    },
    {
      name: 'an unknown field',
      raw: [preset({ date: '2026-02-27' })],
      message: `${PRESETS}: preset "bigger": unknown field "date"`
    },
    {
      name: 'a missing label',
      raw: [preset({ label: undefined })],
      message: `${PRESETS}: preset "bigger": "label" must be non-empty text, found nothing`
    },
    {
      name: 'values that are not a mapping',
      raw: [preset({ values: [20] })],
      message: `${PRESETS}: preset "bigger": "values" must be a mapping of slider ids to values, found a list`
    },
    {
      name: 'an unknown slider id',
      raw: [preset({ values: { dividend: 3 } })],
      message: `${PRESETS}: preset "bigger" values: unknown slider "dividend" (expected one of: investment,`
    },
    {
      name: 'a non-numeric value',
      raw: [preset({ values: { investment: 'twenty' } })],
      message: `${PRESETS}: preset "bigger" values: "investment" must be a number, found "twenty"`
    },
    {
      name: "a value above its slider's range",
      raw: [preset({ values: { investment: 500 } })],
      message: `${PRESETS}: preset "bigger" values: "investment" 500 is outside the slider's range 1–100`
    },
    {
      name: "a value below its slider's range",
      raw: [preset({ values: { term: 0 } })],
      message: `${PRESETS}: preset "bigger" values: "term" 0 is outside the slider's range 1–15`
    },
    {
      name: 'a value between steps',
      raw: [preset({ values: { spendBack: 33 } })],
      message: `${PRESETS}: preset "bigger" values: "spendBack" 33 is not on the slider's steps (0, 5, … by 5)`
    },
    {
      name: 'an unknown source id',
      raw: [preset({ sources: ['ft-2025-12-18'] })],
      message: `${PRESETS}: preset "bigger": unknown source "ft-2025-12-18" in "sources"`
    },
    {
      name: 'no sources',
      raw: [preset({ sources: [] })],
      message: `${PRESETS}: preset "bigger": "sources" must name at least one source id`
    }
  ])('rejects $name', ({ raw, message }) => {
    const error = errorOf(() => parsePresets(raw, PRESETS, specs, SOURCES));
    expect(error.file).toBe(PRESETS);
    expect(error.message.startsWith(message), `${error.message}\n  should start with\n${message}`).toBe(true);
  });
});
