// A small web shaped like content/web.yaml's: a pledge that is paid later, a letter of intent
// walked back and then replaced by a signed $30B, talks that end, a deal counted in gigawatts
// and one amount of our own. Tests build on these, not on content/, which may change.
import type { Company, Flow } from '$lib/content/types';
import type { TimedFlow, WebData } from '$lib/web/types';

function company(id: string, name: string, x: number, y: number): Company {
  return { id, name, label: name, color: id, role: name, position: { wide: { x, y }, narrow: { x, y } } };
}

export const companies: Company[] = [
  company('amazon', 'Amazon', 0.3, 0.5),
  company('anthropic', 'Anthropic', 0, 0.5),
  company('openai', 'OpenAI', 0.7, 0.5),
  company('nvidia', 'Nvidia', 0.5, 0),
  company('amd', 'AMD', 1, 0.2)
];

const base = (over: Partial<Flow> & Pick<Flow, 'id' | 'from' | 'to' | 'kind' | 'status' | 'date'>): Flow => ({
  amount: 1,
  qualifier: 'exactly',
  basis: 'reported',
  label: over.id,
  sources: ['s1'],
  ...over
});

export const flows: TimedFlow[] = [
  {
    ...base({
      id: 'first',
      from: 'amazon',
      to: 'anthropic',
      kind: 'equity',
      status: 'completed',
      date: '2023-09',
      amount: 1.25
    }),
    changes: []
  },
  {
    ...base({
      id: 'rest',
      from: 'amazon',
      to: 'anthropic',
      kind: 'equity',
      status: 'pledged',
      date: '2023-09',
      amount: 2.75
    }),
    changes: [{ date: '2024-03-27', status: 'completed', sources: ['s2'] }]
  },
  {
    ...base({
      id: 'loi',
      from: 'nvidia',
      to: 'openai',
      kind: 'equity',
      status: 'letter-of-intent',
      date: '2025-09-22',
      amount: 100,
      qualifier: 'up-to'
    }),
    changes: [
      { date: '2026-02-03', tag: 'walked back', sources: ['s3'] },
      { date: '2026-02-27', status: 'committed', amount: 30, qualifier: 'exactly', sources: ['s4'] }
    ]
  },
  {
    ...base({
      id: 'talks',
      from: 'amazon',
      to: 'openai',
      kind: 'equity',
      status: 'in-talks',
      date: '2025-12-16',
      amount: 10,
      qualifier: 'more-than'
    }),
    changes: [{ date: '2026-01-29', amount: 50, qualifier: 'up-to', sources: ['s5'] }],
    ends: { date: '2026-02-27', note: 'became the deal', sources: ['s4'] }
  },
  {
    ...base({
      id: 'gpus',
      from: 'openai',
      to: 'amd',
      kind: 'chips',
      status: 'committed',
      date: '2025-10-06',
      amount: null,
      gigawatts: 6
    }),
    changes: []
  },
  {
    ...base({
      id: 'ours',
      from: 'openai',
      to: 'amazon',
      kind: 'cloud-compute',
      status: 'committed',
      date: '2025-11-03',
      amount: 5,
      basis: 'derived',
      basisNote: '38 / 7'
    }),
    changes: []
  }
];

export const data: WebData = {
  companies,
  flows,
  sources: ['s1', 's2', 's3', 's4', 's5'].map((id) => ({
    id,
    outlet: `Outlet ${id}`,
    title: id,
    url: `https://example.org/${id}`,
    date: '2025-01-01'
  }))
};
