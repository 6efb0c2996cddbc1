// The second pass: what one file says about another. Each file has passed its schema; here a
// flow's companies must exist, a step's scene must name flows whose companies it shows, every
// source id must be in content/sources.yaml, and every {{live}} token must be one the
// calculator knows. Messages name the file and the entry, as the schema's do.
import type { CalculatorCopy, Content } from '$lib/content/types';
import { splitLive } from '../../model/live';
import { failIn, knownSources, type Fail } from './check';
import { entryName } from './explain';
import { CONTENT_FILES } from './files';

/** Where each step came from, in the order of content.steps. */
export interface StepFiles {
  stepFiles: readonly string[];
}

/** Stop at an unknown {{token}} in a text of `entry`. */
function liveTokens(text: string, fail: Fail, field?: string) {
  try {
    splitLive(text);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    fail(field ? `"${field}": ${problem}` : problem);
  }
}

/** Every template of the calculator's copy, with where it sits, e.g. ['results "stake"', 'caption', '…']. */
export function calculatorTemplates(copy: CalculatorCopy): [entry: string, field: string, text: string][] {
  const templates: [string, string, string][] = [
    ['', 'intro', copy.intro],
    ['', 'announce', copy.announce],
    ['chart', 'description', copy.chart.description],
    ['chart', 'breakEven', copy.chart.breakEven],
    ['chart', 'basisNote', copy.chart.basisNote],
    ['howWeCompute', 'intro', copy.howWeCompute.introHtml]
  ];
  copy.results.forEach((card, index) => {
    const entry = `results ${entryName('result', card, index).replace(/^result /, '')}`;
    templates.push([entry, 'value', card.value]);
    if (typeof card.caption === 'string') templates.push([entry, 'caption', card.caption]);
    else templates.push([entry, 'caption.back', card.caption.back], [entry, 'caption.never', card.caption.never]);
  });
  copy.howWeCompute.formulas.forEach((formula, index) => {
    const entry = `howWeCompute.formulas ${entryName('formula', formula, index).replace(/^formula /, '')}`;
    templates.push([entry, 'worked', formula.worked]);
  });
  return templates;
}

export function checkReferences(content: Content, { stepFiles }: StepFiles): void {
  const sources = new Set(content.sources.map((s) => s.id));
  const companies = new Set(content.companies.map((c) => c.id));
  const flows = new Map(content.flows.map((f) => [f.id, f]));

  content.flows.forEach((flow, index) => {
    const fail = failIn(CONTENT_FILES.flows, entryName('flow', flow, index));
    for (const end of [flow.from, flow.to])
      if (!companies.has(end)) fail(`unknown company "${end}" (not in ${CONTENT_FILES.companies})`);
    knownSources(flow.sources, sources, fail);
  });

  const seen = new Map<string, string>();
  content.steps.forEach((step, index) => {
    const file = stepFiles[index] ?? '';
    const other = seen.get(step.id);
    if (other) failIn(file, '')(`duplicate step id "${step.id}" (also in ${other})`);
    seen.set(step.id, file);

    const fail = failIn(file, `step "${step.id}"`);
    knownSources(step.sources, sources, fail);
    liveTokens(step.html, fail);
    const inScene: Fail = failIn(file, `step "${step.id}" scene`);
    const { show, flows: shown, highlight } = step.scene;
    for (const id of show) if (!companies.has(id)) inScene(`unknown company "${id}" in "show"`);
    for (const id of shown) {
      const flow = flows.get(id);
      if (!flow) inScene(`unknown flow "${id}" in "flows" (not in ${CONTENT_FILES.flows})`);
      for (const end of [flow.from, flow.to])
        if (!show.includes(end)) inScene(`flow "${id}" needs company "${end}" in "show"`);
    }
    for (const id of highlight)
      if (!show.includes(id) && !shown.includes(id))
        inScene(`"highlight" names "${id}", which is neither a shown company nor a shown flow`);
  });

  const market = content.market;
  knownSources(market.sources, sources, failIn(CONTENT_FILES.market, ''));
  for (const [name, figure] of Object.entries(market.figures)) {
    const fail = failIn(CONTENT_FILES.market, `figures.${name}`);
    knownSources(figure.sources, sources, fail);
    for (const id of figure.sources)
      if (!market.sources.includes(id)) fail(`source "${id}" must also be listed in the market's "sources"`);
  }

  content.updates.forEach((update, index) =>
    knownSources(update.sources, sources, failIn(CONTENT_FILES.updates, `update #${index + 1}`))
  );

  for (const [entry, field, text] of calculatorTemplates(content.calculator))
    liveTokens(text, failIn(CONTENT_FILES.calculator, entry), field);
}
