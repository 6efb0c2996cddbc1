import { describe, expect, it } from 'vitest';
import type { Flow } from '$lib/content/types';
import { computeDeal } from '$lib/model/deal';
import { reportedFlows, scenarioFlows } from '$lib/model/flows';
import { specs } from './fixtures';
import type { Assumptions } from '$lib/model/types';

const base: Pick<Flow, 'kind' | 'status' | 'basis' | 'date' | 'label' | 'sources'> = {
  kind: 'equity',
  status: 'in-talks',
  basis: 'reported',
  date: '2025-12-16',
  label: 'x',
  sources: ['s']
};
const flows: Flow[] = [
  { ...base, id: 'amazon-openai-equity', from: 'amazon', to: 'openai', amount: 10, qualifier: 'more-than' },
  {
    ...base,
    id: 'openai-amazon-trainium',
    from: 'openai',
    to: 'amazon',
    kind: 'chips',
    amount: null,
    qualifier: 'exactly'
  },
  {
    ...base,
    id: 'openai-amazon-capacity',
    from: 'openai',
    to: 'amazon',
    kind: 'cloud-compute',
    amount: null,
    qualifier: 'exactly'
  },
  {
    ...base,
    id: 'openai-amazon-lease',
    from: 'openai',
    to: 'amazon',
    kind: 'cloud-compute',
    amount: 38,
    qualifier: 'exactly',
    period: 7,
    status: 'committed'
  },
  {
    ...base,
    id: 'amazon-anthropic-equity',
    from: 'amazon',
    to: 'anthropic',
    amount: 8,
    qualifier: 'exactly',
    status: 'completed'
  }
];
const reported: Assumptions = {
  investment: 10,
  valuation: 500,
  contract: 38,
  term: 7,
  spendBack: 100,
  margin: 35.4,
  target: 297.5,
  price: 223.2
};

function run(changes: Partial<Assumptions>) {
  const a = { ...reported, ...changes };
  return scenarioFlows(Object.freeze(flows.map((f) => Object.freeze({ ...f }))), a, computeDeal(a), reported);
}

describe('scenarioFlows', () => {
  it.each([
    { name: 'reported figures', changes: {}, equity: [10, 'more-than'], chips: [5, 'assumed'], lease: [38, 7] },
    {
      name: '$20B, half spent back',
      changes: { investment: 20, spendBack: 50 },
      equity: [20, 'exactly'],
      chips: [5, 'assumed'],
      lease: [38, 7]
    },
    {
      name: 'a $60B contract over 10 years',
      changes: { contract: 60, term: 10 },
      equity: [10, 'more-than'],
      chips: [5, 'assumed'],
      lease: [60, 10]
    }
  ])('$name', ({ changes, equity, chips, lease }) => {
    const byId = new Map(run(changes).map((f) => [f.id, f]));
    expect([byId.get('amazon-openai-equity')?.amount, byId.get('amazon-openai-equity')?.qualifier]).toEqual(equity);
    expect([byId.get('openai-amazon-trainium')?.amount, byId.get('openai-amazon-trainium')?.qualifier]).toEqual(chips);
    expect(byId.get('openai-amazon-capacity')?.amount).toBe(chips[0]);
    expect([byId.get('openai-amazon-lease')?.amount, byId.get('openai-amazon-lease')?.period]).toEqual(lease);
  });

  it('leaves the new spending undisclosed when none is assumed', () => {
    const trainium = run({ spendBack: 0 }).find((f) => f.id === 'openai-amazon-trainium');
    expect(trainium?.amount).toBeNull();
    expect(trainium?.qualifier).toBe('exactly');
  });

  it('leaves flows the scenario does not describe untouched', () => {
    const anthropic = run({ investment: 50 }).find((f) => f.id === 'amazon-anthropic-equity');
    expect(anthropic).toMatchObject({ amount: 8, qualifier: 'exactly' });
  });
});

describe('reportedFlows', () => {
  it('draws the story at the reported figures of content/sliders.yaml: $10B, $38B over 7 years, $5B + $5B assumed', () => {
    const byId = new Map(reportedFlows({ flows, sliders: specs }).map((f) => [f.id, f]));
    expect(byId.get('amazon-openai-equity')).toMatchObject({ amount: 10, qualifier: 'more-than' });
    expect(byId.get('openai-amazon-lease')).toMatchObject({ amount: 38, period: 7 });
    expect(byId.get('openai-amazon-trainium')).toMatchObject({ amount: 5, qualifier: 'assumed', basis: 'assumed' });
    expect(byId.get('openai-amazon-capacity')).toMatchObject({ amount: 5, qualifier: 'assumed' });
    expect(byId.get('amazon-anthropic-equity')).toMatchObject({ amount: 8, qualifier: 'exactly' });
  });
});
