import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '$lib/server/content/errors';
import { parseContent, splitFrontMatter, type ContentFiles } from '$lib/server/content/parse';

// A small but complete content folder; each bad case below changes one thing in it.
const story = `
title: Follow the money
dek: A dek.
published: 2025-12-18
updated: 2026-11-26
articleDate: 2025-12-17
about: What this page is.
`;
const sources = `
- { id: ft, outlet: Financial Times, title: Amazon in talks, date: 2025-12-17, url: 'https://example.com/ft', kind: report }
- { id: art, outlet: Oninvest, title: The article, date: 2025-12-17, url: 'https://example.com/a', kind: article }
`;
const companies = `
- id: amazon
  name: Amazon
  label: Amazon / AWS
  color: amazon
  role: Investor and cloud provider
  position: { wide: { x: 0.2, y: 0.5 }, narrow: { x: 0.5, y: 0.3 } }
- id: openai
  name: OpenAI
  label: OpenAI
  color: openai
  role: The startup
  position: { wide: { x: 0.8, y: 0.5 }, narrow: { x: 0.5, y: 0.7 } }
`;
const flows = `
- id: amazon-openai-equity
  from: amazon
  to: openai
  kind: equity
  amount: 10
  qualifier: more-than
  status: in-talks
  date: 2025-12-16
  label: Investment under discussion
  sources: [ft]
- id: openai-amazon-lease
  from: openai
  to: amazon
  kind: cloud-compute
  amount: 38
  period: 7
  status: committed
  date: 2025-11-03
  label: Seven-year lease
  sources: [ft]
`;
const market = `
ratings: { before: { buy: 68, hold: 4, sell: 0 }, now: { buy: 70, hold: 3, sell: 0 } }
target: 297.5
price: 222.56
close: 222.56
sources: [art, ft]
figures:
  ratings: { basis: reported, sources: [art] }
  target: { basis: reported, sources: [art] }
  price: { basis: reported, sources: [ft] }
  close: { basis: reported, sources: [ft] }
  upside: { basis: derived, basisNote: target ÷ price − 1 }
`;
const updates = `
- { date: 2026-02-27, text: Amazon commits $50B., sources: [ft] }
`;
const step1 = `---
id: talks
title: The talks
scene:
  chart: flows
  show: [amazon, openai]
  flows: [amazon-openai-equity]
  highlight: [amazon-openai-equity]
sources: [ft]
---
Amazon is **discussing** an investment.
`;
const step2 = `---
id: round-trip
title: The round trip
scene: { chart: flows, show: [amazon, openai], flows: [amazon-openai-equity, openai-amazon-lease], highlight: [] }
sources: [ft, art]
---
Money out, money back.
`;

// The calculator's sliders and presets are long; take the real ones and point their citations
// at this fixture's source.
const citingFt = (file: string) => readFileSync(file, 'utf8').replace(/^(\s*sources:\s*)\[[^\]]*\]/gm, '$1[ft]');
const sliders = citingFt('content/sliders.yaml');
const presets = citingFt('content/presets.yaml');
const calculator = readFileSync('content/calculator.yaml', 'utf8');

function files(overrides: Record<string, string | undefined> = {}): ContentFiles {
  const base: Record<string, string | undefined> = {
    'content/story.yaml': story,
    'content/sources.yaml': sources,
    'content/companies.yaml': companies,
    'content/flows.yaml': flows,
    'content/market.yaml': market,
    'content/updates.yaml': updates,
    'content/sliders.yaml': sliders,
    'content/presets.yaml': presets,
    'content/calculator.yaml': calculator,
    'content/steps/01-talks.md': step1,
    'content/steps/02-round-trip.md': step2,
    ...overrides
  };
  return new Map(Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined));
}

function errorOf(overrides: Record<string, string | undefined>): ContentError {
  try {
    parseContent(files(overrides));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the content parsed');
}

describe('parseContent on good content', () => {
  const content = parseContent(files());

  it('reads every part', () => {
    expect(content.meta.title).toBe('Follow the money');
    expect(content.steps.map((s) => s.id)).toEqual(['talks', 'round-trip']);
    expect(content.companies).toHaveLength(2);
    expect(content.flows[1]).toMatchObject({ amount: 38, period: 7, qualifier: 'exactly' });
    expect(content.market.ratings.now.buy).toBe(70);
    expect(content.updates[0]?.date).toBe('2026-02-27');
    expect(content.calculator.results.map((card) => card.id)).toEqual([
      'stake',
      'payments',
      'cash-back',
      'per-dollar',
      'upside'
    ]);
  });

  it('fills in what a writer may leave out', () => {
    expect(content.flows[1]).toMatchObject({ qualifier: 'exactly', basis: 'reported' });
    expect(content.flows[1]?.dated).toBeUndefined();
    expect(content.steps[1]?.later).toBeUndefined();
    expect(content.steps[1]?.scene).toEqual({
      chart: 'flows',
      show: ['amazon', 'openai'],
      flows: ['amazon-openai-equity', 'openai-amazon-lease'],
      highlight: []
    });
  });

  it('says what each market figure is', () =>
    expect(content.market.figures.upside).toEqual({ basis: 'derived', basisNote: 'target ÷ price − 1', sources: [] }));

  it('renders the calculator\'s longer copy from markdown at build time', () =>
    expect(content.calculator.howWeCompute.introHtml).toMatch(/^<p>All amounts .*<strong>(&quot;|")Cash back(&quot;|") means/s));

  it('renders step markdown to HTML and keeps a plain-text copy', () => {
    expect(content.steps[0]?.html).toBe('<p>Amazon is <strong>discussing</strong> an investment.</p>');
    expect(content.steps[0]?.text).toBe('Amazon is discussing an investment.');
  });

  it('accepts "undisclosed" as an amount', () => {
    const undisclosed = flows.replace('amount: 38', 'amount: undisclosed');
    expect(parseContent(files({ 'content/flows.yaml': undisclosed })).flows[1]?.amount).toBeNull();
  });
});

describe('parseContent stops on mistakes, naming file, entry and problem', () => {
  it.each([
    {
      name: 'a flow from an unknown company',
      overrides: { 'content/flows.yaml': flows.replace('from: amazon', 'from: amazom') },
      message: 'content/flows.yaml: flow "amazon-openai-equity": unknown company "amazom" (not in content/companies.yaml)'
    },
    {
      name: 'a step naming an unknown flow',
      overrides: {
        'content/steps/01-talks.md': step1.replace('flows: [amazon-openai-equity]', 'flows: [amazon-openai-stake]')
      },
      message: 'content/steps/01-talks.md: step "talks" scene: unknown flow "amazon-openai-stake"'
    },
    {
      name: 'a step naming an unknown source',
      overrides: { 'content/steps/01-talks.md': step1.replace('sources: [ft]', 'sources: [wsj]') },
      message: 'content/steps/01-talks.md: step "talks": unknown source "wsj" in "sources" (not in content/sources.yaml)'
    },
    {
      name: 'a step with no sources',
      overrides: { 'content/steps/01-talks.md': step1.replace('sources: [ft]', 'sources: []') },
      message: 'content/steps/01-talks.md: step "talks": "sources" must name at least one source id'
    },
    {
      name: 'a step without a sources field',
      overrides: { 'content/steps/01-talks.md': step1.replace('sources: [ft]\n', '') },
      message: 'content/steps/01-talks.md: step "talks": expected "sources" to be a list, found nothing'
    },
    {
      name: 'a flow citing an unknown source',
      overrides: { 'content/flows.yaml': flows.replace('sources: [ft]', 'sources: [nyt]') },
      message: 'content/flows.yaml: flow "amazon-openai-equity": unknown source "nyt"'
    },
    {
      name: 'a duplicate flow id',
      overrides: { 'content/flows.yaml': flows.replace('id: openai-amazon-lease', 'id: amazon-openai-equity') },
      message: 'content/flows.yaml: duplicate flow id "amazon-openai-equity" (flow #2 repeats flow #1)'
    },
    {
      name: 'a duplicate step id',
      overrides: { 'content/steps/02-round-trip.md': step2.replace('id: round-trip', 'id: talks') },
      message: 'content/steps/02-round-trip.md: duplicate step id "talks" (also in content/steps/01-talks.md)'
    },
    {
      name: 'a duplicate source id',
      overrides: { 'content/sources.yaml': sources.replace('id: art', 'id: ft') },
      message: 'content/sources.yaml: duplicate source id "ft"'
    },
    {
      name: 'a negative amount',
      overrides: { 'content/flows.yaml': flows.replace('amount: 38', 'amount: -38') },
      message:
        'content/flows.yaml: flow "openai-amazon-lease": "amount" must be a positive number of USD billions (or "undisclosed"), found -38'
    },
    {
      name: 'an assumed amount without a reason',
      overrides: { 'content/flows.yaml': flows.replace('period: 7\n', 'period: 7\n  basis: assumed\n') },
      message: 'content/flows.yaml: flow "openai-amazon-lease": "basisNote" must say why we assume it when "basis" is assumed'
    },
    {
      name: 'an unknown basis',
      overrides: { 'content/flows.yaml': flows.replace('period: 7\n', 'period: 7\n  basis: guessed\n') },
      message:
        'content/flows.yaml: flow "openai-amazon-lease": "basis" must be one of reported, derived, assumed; found "guessed"'
    },
    {
      name: 'a non-numeric amount',
      overrides: { 'content/flows.yaml': flows.replace('amount: 38', 'amount: lots') },
      message: 'content/flows.yaml: flow "openai-amazon-lease": "amount" must be a number, found "lots"'
    },
    {
      name: 'an unknown flow kind',
      overrides: { 'content/flows.yaml': flows.replace('kind: equity', 'kind: loan') },
      message:
        'content/flows.yaml: flow "amazon-openai-equity": "kind" must be one of equity, cloud-compute, chips; found "loan"'
    },
    {
      name: 'a step without text',
      overrides: { 'content/steps/01-talks.md': step1.replace('Amazon is **discussing** an investment.\n', '  \n') },
      message: 'content/steps/01-talks.md: step "talks": the step has no text below its front matter'
    },
    {
      name: 'front matter without its closing line',
      overrides: { 'content/steps/01-talks.md': step1.replace('sources: [ft]\n---', 'sources: [ft]\n') },
      message:
        'content/steps/01-talks.md: malformed front matter: the file must start with a line "---", then YAML fields, then a closing line "---"'
    },
    {
      name: 'a step whose scene has an unknown chart',
      overrides: { 'content/steps/01-talks.md': step1.replace('chart: flows', 'chart: pie') },
      message: 'content/steps/01-talks.md: step "talks" scene: "chart" must be one of flows, stock; found "pie"'
    },
    {
      name: 'a scene flow whose company is not shown',
      overrides: { 'content/steps/01-talks.md': step1.replace('show: [amazon, openai]', 'show: [amazon]') },
      message:
        'content/steps/01-talks.md: step "talks" scene: flow "amazon-openai-equity" needs company "openai" in "show"'
    },
    {
      name: 'a source with a bad URL',
      overrides: { 'content/sources.yaml': sources.replace("'https://example.com/ft'", 'example.com/ft') },
      message: 'content/sources.yaml: source "ft": "url" must start with http:// or https://, found "example.com/ft"'
    },
    {
      name: 'a misspelt field',
      overrides: { 'content/flows.yaml': flows.replace('status: committed', 'statuss: committed') },
      message: 'content/flows.yaml: flow "openai-amazon-lease": unknown field "statuss" (expected one of: id, from, to,'
    },
    {
      name: 'a misspelt field inside a scene',
      overrides: { 'content/steps/01-talks.md': step1.replace('  chart: flows', '  chrat: flows') },
      message: 'content/steps/01-talks.md: step "talks" scene: unknown field "chrat" (expected one of: chart, show, flows, highlight, annotation)'
    },
    {
      name: 'a missing field, said in the field\'s own terms',
      overrides: { 'content/flows.yaml': flows.replace('  date: 2025-11-03\n', '') },
      message: 'content/flows.yaml: flow "openai-amazon-lease": "date" must be a date written YYYY-MM-DD, found nothing'
    },
    {
      name: 'an entry without an id is named by its place',
      overrides: { 'content/flows.yaml': flows.replace('id: openai-amazon-lease', 'id: Lease 2') },
      message: 'content/flows.yaml: flow #2: "id" must be a lowercase slug like "amazon-openai-equity", found "Lease 2"'
    },
    {
      name: 'a flow from a company to itself',
      overrides: { 'content/flows.yaml': flows.replace('to: openai\n', 'to: amazon\n') },
      message: 'content/flows.yaml: flow "amazon-openai-equity": "from" and "to" are both "amazon"; a flow joins two companies'
    },
    {
      name: 'a derived amount that does not say how',
      overrides: { 'content/flows.yaml': flows.replace('period: 7\n', 'period: 7\n  basis: derived\n') },
      message:
        'content/flows.yaml: flow "openai-amazon-lease": "basisNote" must say how the amount was worked out when "basis" is derived'
    },
    {
      name: 'an unknown kind of date',
      overrides: { 'content/flows.yaml': flows.replace('period: 7\n', 'period: 7\n  dated: paid\n') },
      message: 'content/flows.yaml: flow "openai-amazon-lease": "dated" must be one of announced, reported, as-of; found "paid"'
    },
    {
      name: 'a market figure without its basis',
      overrides: { 'content/market.yaml': market.replace('target: { basis: reported, sources: [art] }', 'target: { sources: [art] }') },
      message: 'content/market.yaml: figures.target: "basis" must be one of reported, derived, assumed; found nothing'
    },
    {
      name: 'a derived market figure without its formula',
      overrides: { 'content/market.yaml': market.replace('upside: { basis: derived, basisNote: target ÷ price − 1 }', 'upside: { basis: derived }') },
      message: 'content/market.yaml: figures.upside: "basisNote" must say how the figure was worked out when "basis" is derived'
    },
    {
      name: 'a reported market figure without a source',
      overrides: { 'content/market.yaml': market.replace('price: { basis: reported, sources: [ft] }', 'price: { basis: reported }') },
      message: 'content/market.yaml: figures.price: "sources" must name at least one source for a reported figure'
    },
    {
      name: 'a market figure missing',
      overrides: { 'content/market.yaml': market.replace('  close: { basis: reported, sources: [ft] }\n', '') },
      message: 'content/market.yaml: figures.close: expected a mapping of fields, found nothing'
    },
    {
      name: 'a market figure citing a source the market does not list',
      overrides: { 'content/market.yaml': market.replace('sources: [art, ft]', 'sources: [art]') },
      message: 'content/market.yaml: figures.price: source "ft" must also be listed in the market\'s "sources"'
    },
    {
      name: 'a whole number of analysts',
      overrides: { 'content/market.yaml': market.replace('buy: 68', 'buy: 68.5') },
      message: 'content/market.yaml: ratings.before: "buy" must be a whole number of analysts, found 68.5'
    },
    {
      name: 'a calculator sentence with a live number the model does not know',
      overrides: { 'content/calculator.yaml': calculator.replace('value: "{{stake}}"', 'value: "{{stakes}}"') },
      message: 'content/calculator.yaml: results "stake": "value": unknown live number "{{stakes}}"'
    },
    {
      name: 'a worked formula with a live number the model does not know',
      overrides: {
        'content/calculator.yaml': calculator.replace('worked: "{{payback}}"', 'worked: "{{paidBack}}"')
      },
      message: 'content/calculator.yaml: howWeCompute.formulas "payback": "worked": unknown live number "{{paidBack}}"'
    },
    {
      name: 'a result that claims to be reported',
      overrides: { 'content/calculator.yaml': calculator.replace('    basis: derived\n', '    basis: reported\n') },
      message: 'content/calculator.yaml: results "stake": "basis" must be one of derived, assumed; found "reported"'
    },
    {
      name: 'a payback sentence with only one of its forms',
      overrides: { 'content/calculator.yaml': calculator.replace(/\n {6}never: >-\n(?: {8}.*\n)+/, '\n') },
      message: 'content/calculator.yaml: results "cash-back": "caption" must be text, or a mapping with "back" and "never"'
    },
    {
      name: 'the calculator\'s copy missing',
      overrides: { 'content/calculator.yaml': undefined },
      message: 'content/calculator.yaml: file is missing'
    },
    {
      name: 'a bad date',
      overrides: { 'content/flows.yaml': flows.replace('date: 2025-11-03', 'date: early November') },
      message:
        'content/flows.yaml: flow "openai-amazon-lease": "date" must be a date written YYYY-MM-DD, found "early November"'
    },
    {
      name: 'a company placed outside the diagram',
      overrides: { 'content/companies.yaml': companies.replace('wide: { x: 0.2', 'wide: { x: 1.2') },
      message:
        'content/companies.yaml: company "amazon" position.wide: x and y must lie between 0 and 1, found (1.2, 0.5)'
    },
    {
      name: 'a live number the calculator does not know',
      overrides: { 'content/steps/01-talks.md': step1.replace('an investment.', 'an investment of {{stak}}.') },
      message: 'content/steps/01-talks.md: step "talks": unknown live number "{{stak}}"'
    },
    {
      name: 'a slider whose reported value is outside its range',
      overrides: { 'content/sliders.yaml': sliders.replace(/reported: 10\b/, 'reported: 1000') },
      message: 'content/sliders.yaml: slider "investment": "reported" 1000 is outside the range 1–100'
    },
    {
      name: 'a missing file',
      overrides: { 'content/market.yaml': undefined },
      message: 'content/market.yaml: file is missing'
    },
    {
      name: 'malformed YAML',
      overrides: { 'content/flows.yaml': '- id: [unclosed' },
      message: 'content/flows.yaml: malformed YAML'
    }
  ])('$name', ({ overrides, message }) => {
    const error = errorOf(overrides);
    expect(error.message.startsWith(message), `got: ${error.message}`).toBe(true);
  });
});

describe('splitFrontMatter', () => {
  it('separates YAML from the body', () => {
    expect(splitFrontMatter('---\nid: a\n---\nText', 'f.md')).toEqual({ data: { id: 'a' }, body: 'Text' });
  });
  it('names the file when the YAML inside is malformed', () => {
    expect(() => splitFrontMatter('---\nid: [a\n---\nText', 'f.md')).toThrow(/^f\.md: front matter: malformed YAML/);
  });
});
