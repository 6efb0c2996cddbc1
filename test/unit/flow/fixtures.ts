// Small fixtures shaped like the story's content: the six companies with the positions
// content/companies.yaml gives them (wide and narrow), a dozen flows and the scenes of a few
// steps. Tests build on these rather than on content/, which may change.
import type { Company, Flow, Market, Scene, Source } from '$lib/content/types';

/**
 * Landscape positions, as in content/companies.yaml: a unit square where 0 puts a box against
 * the drawing's left (or top) edge and 1 against the right (or bottom). Amazon and OpenAI face
 * each other on the middle row; the others sit in the corners and on the bottom edge.
 */
export const WIDE = {
  amazon: { x: 0, y: 0.42 },
  openai: { x: 1, y: 0.42 },
  microsoft: { x: 1, y: 0.93 },
  google: { x: 0, y: 0.93 },
  anthropic: { x: 0.45, y: 0.93 },
  nvidia: { x: 1, y: 0 }
} as const;

/** Portrait positions for boxes clearly taller than wide, as in content/companies.yaml. */
export const NARROW = {
  google: { x: 0, y: 0.72 },
  microsoft: { x: 1, y: 0.76 },
  amazon: { x: 0, y: 0.3 },
  openai: { x: 1, y: 0.3 },
  anthropic: { x: 0.42, y: 1 },
  nvidia: { x: 1, y: 0 }
} as const;

type Id = keyof typeof WIDE;

function company(id: Id, name: string, label: string, role: string): Company {
  return { id, name, label, color: id, role, position: { wide: { ...WIDE[id] }, narrow: { ...NARROW[id] } } };
}

export const companies: Company[] = [
  company('amazon', 'Amazon', 'Amazon / AWS', 'Cloud provider and chip maker (Trainium)'),
  company('openai', 'OpenAI', 'OpenAI', 'Maker of ChatGPT'),
  company('microsoft', 'Microsoft', 'Microsoft', "OpenAI's largest shareholder"),
  company('google', 'Google', 'Google', 'Investor in Anthropic'),
  company('anthropic', 'Anthropic', 'Anthropic', 'Maker of Claude'),
  company('nvidia', 'Nvidia', 'Nvidia', 'Chip maker')
];

export const sources: Source[] = [
  {
    id: 'info',
    outlet: 'The Information',
    title: 'Amazon in talks',
    date: '2025-12-16',
    url: 'https://example.com/a',
    kind: 'report'
  },
  { id: 'ft', outlet: 'FT', title: 'Amazon, OpenAI', date: '2025-12-17', url: 'https://example.com/b', kind: 'report' },
  {
    id: 'aws',
    outlet: 'AWS',
    title: 'AWS and OpenAI partnership',
    date: '2025-11-03',
    url: 'https://example.com/c',
    kind: 'primary'
  },
  {
    id: 'reuters',
    outlet: 'Reuters',
    title: 'Microsoft, OpenAI',
    date: '2025-10-28',
    url: 'https://example.com/d',
    kind: 'report'
  },
  {
    id: 'oninvest',
    outlet: 'Oninvest',
    title: 'Amazon is in talks',
    date: '2025-12-17',
    url: 'https://example.com/e',
    kind: 'article'
  }
];

function flow(partial: Partial<Flow> & Pick<Flow, 'id' | 'from' | 'to' | 'kind' | 'amount'>): Flow {
  return {
    qualifier: 'exactly',
    status: 'completed',
    basis: 'reported',
    date: '2025-11-01',
    label: partial.id,
    sources: ['reuters'],
    ...partial
  };
}

export const flows: Flow[] = [
  flow({
    id: 'amazon-openai-equity',
    from: 'amazon',
    to: 'openai',
    kind: 'equity',
    amount: 10,
    qualifier: 'more-than',
    status: 'in-talks',
    date: '2025-12-16',
    sources: ['info', 'ft', 'info']
  }),
  flow({
    id: 'openai-aws-lease',
    from: 'openai',
    to: 'amazon',
    kind: 'cloud-compute',
    amount: 38,
    period: 7,
    status: 'committed',
    date: '2025-11-03',
    sources: ['aws']
  }),
  flow({
    id: 'openai-amazon-trainium',
    from: 'openai',
    to: 'amazon',
    kind: 'chips',
    amount: null,
    status: 'in-talks',
    date: '2025-12-16',
    sources: ['info']
  }),
  flow({
    id: 'microsoft-openai-equity',
    from: 'microsoft',
    to: 'openai',
    kind: 'equity',
    amount: 13,
    qualifier: 'more-than',
    date: '2025-10-28'
  }),
  flow({
    id: 'openai-azure',
    from: 'openai',
    to: 'microsoft',
    kind: 'cloud-compute',
    amount: 250,
    status: 'committed',
    date: '2025-10-28'
  }),
  flow({
    id: 'amazon-anthropic-equity',
    from: 'amazon',
    to: 'anthropic',
    kind: 'equity',
    amount: 8,
    date: '2024-11-22'
  }),
  flow({ id: 'anthropic-aws', from: 'anthropic', to: 'amazon', kind: 'chips', amount: null, date: '2025-10-29' }),
  flow({
    id: 'google-anthropic-equity',
    from: 'google',
    to: 'anthropic',
    kind: 'equity',
    amount: 3,
    qualifier: 'about',
    date: '2025-01-22'
  }),
  flow({
    id: 'microsoft-anthropic-equity',
    from: 'microsoft',
    to: 'anthropic',
    kind: 'equity',
    amount: 5,
    qualifier: 'up-to',
    status: 'pledged',
    date: '2025-11-18'
  }),
  flow({
    id: 'nvidia-anthropic-equity',
    from: 'nvidia',
    to: 'anthropic',
    kind: 'equity',
    amount: 10,
    qualifier: 'up-to',
    status: 'pledged',
    date: '2025-11-18'
  }),
  flow({
    id: 'nvidia-openai-equity',
    from: 'nvidia',
    to: 'openai',
    kind: 'equity',
    amount: 100,
    qualifier: 'up-to',
    status: 'letter-of-intent',
    date: '2025-09-22'
  }),
  flow({
    id: 'anthropic-azure',
    from: 'anthropic',
    to: 'microsoft',
    kind: 'cloud-compute',
    amount: 30,
    status: 'committed',
    date: '2025-11-18'
  })
];

/** The note the calculator writes on the new spending it assumes (see scenarioFlows). */
export const ASSUMED_NOTE =
  "No value was reported. Our assumption, from the calculator: OpenAI spends 100% of Amazon's investment at AWS " +
  'over 7 years, split evenly between chips and capacity.';

/**
 * The flows as the calculator draws them at the reported figures: the two payments under
 * discussion, which no one valued, get our assumed $5B over 7 years each. They are twin lanes
 * (same amount, term and certainty between the same two companies) and share one label.
 */
export const assumedFlows: Flow[] = [
  ...flows.map((f) =>
    f.id === 'openai-amazon-trainium'
      ? {
          ...f,
          amount: 5,
          qualifier: 'assumed' as const,
          period: 7,
          basis: 'assumed' as const,
          basisNote: ASSUMED_NOTE
        }
      : f
  ),
  flow({
    id: 'openai-amazon-capacity',
    from: 'openai',
    to: 'amazon',
    kind: 'cloud-compute',
    amount: 5,
    qualifier: 'assumed',
    period: 7,
    status: 'in-talks',
    basis: 'assumed',
    basisNote: ASSUMED_NOTE,
    date: '2025-12-16',
    sources: ['ft', 'info']
  })
];

const all = companies.map((c) => c.id);

/** Scenes of some steps, from the simplest to the whole web. */
export const scenes = {
  talks: {
    chart: 'flows',
    show: ['amazon', 'openai'],
    flows: ['amazon-openai-equity'],
    highlight: ['amazon-openai-equity']
  },
  chips: {
    chart: 'flows',
    show: ['amazon', 'openai'],
    flows: ['amazon-openai-equity', 'openai-amazon-trainium'],
    highlight: ['openai-amazon-trainium']
  },
  microsoft: {
    chart: 'flows',
    show: ['amazon', 'openai', 'microsoft'],
    flows: ['amazon-openai-equity', 'microsoft-openai-equity', 'openai-azure'],
    highlight: ['microsoft']
  },
  roundTrip: {
    chart: 'flows',
    show: ['amazon', 'openai', 'microsoft'],
    flows: [
      'amazon-openai-equity',
      'openai-aws-lease',
      'openai-amazon-trainium',
      'microsoft-openai-equity',
      'openai-azure'
    ],
    highlight: ['amazon-openai-equity', 'openai-aws-lease', 'openai-amazon-trainium']
  },
  anthropic: {
    chart: 'flows',
    show: all,
    flows: [
      'amazon-anthropic-equity',
      'anthropic-aws',
      'google-anthropic-equity',
      'microsoft-anthropic-equity',
      'nvidia-anthropic-equity',
      'amazon-openai-equity',
      'openai-aws-lease'
    ],
    highlight: ['anthropic']
  },
  /** The round trip with the calculator's assumed new spending (draw it with `assumedFlows`). */
  assumed: {
    chart: 'flows',
    show: ['amazon', 'openai', 'microsoft'],
    flows: [
      'amazon-openai-equity',
      'openai-amazon-trainium',
      'openai-amazon-capacity',
      'openai-aws-lease',
      'microsoft-openai-equity',
      'openai-azure'
    ],
    highlight: ['amazon-openai-equity', 'openai-amazon-trainium', 'openai-amazon-capacity', 'openai-aws-lease'],
    annotation: 'Up to $10B in, and our assumed $10B of it back as spending at AWS.'
  },
  web: { chart: 'flows', show: all, flows: flows.map((f) => f.id), highlight: [] },
  stock: { chart: 'stock', show: [], flows: [], highlight: [] }
} satisfies Record<string, Scene>;

export const market: Market = {
  ratings: { before: { buy: 68, hold: 4, sell: 0 }, now: { buy: 70, hold: 3, sell: 0 } },
  target: 297.5,
  price: 223,
  close: 222.56,
  sources: ['oninvest'],
  figures: {
    ratings: { basis: 'reported', sources: ['oninvest'] },
    target: { basis: 'reported', sources: ['oninvest'] },
    price: { basis: 'derived', basisNote: 'target ÷ 1.333', sources: [] },
    close: { basis: 'reported', sources: ['oninvest'] },
    upside: { basis: 'derived', basisNote: 'target ÷ price − 1', sources: [] }
  }
};

/** Freeze an object and everything in it, so a test fails if code writes into its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
