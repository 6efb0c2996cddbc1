import { describe, expect, it } from 'vitest';
import {
  describeCompany,
  describeFlow,
  describeScene,
  describeStock,
  outlets,
  evenSpread,
  sceneFlows,
  spokenAmount,
  statusName,
  stockRows,
  tableRows,
  upside
} from '$lib/flow/describe';
import { ASSUMED_NOTE, assumedFlows, companies, flows, market, scenes, sources } from './fixtures';

const flow = (id: string) => flows.find((f) => f.id === id)!;
const assumed = (id: string) => assumedFlows.find((f) => f.id === id)!;

describe('scene selection per step', () => {
  it.each([
    ['talks', ['amazon-openai-equity']],
    ['chips', ['amazon-openai-equity', 'openai-amazon-trainium']],
    [
      'roundTrip',
      ['amazon-openai-equity', 'openai-aws-lease', 'openai-amazon-trainium', 'microsoft-openai-equity', 'openai-azure']
    ],
    ['stock', []]
  ] as const)('%s draws %j', (name, ids) => expect(sceneFlows(flows, scenes[name]).map((f) => f.id)).toEqual(ids));

  it('leaves out a flow whose company the scene does not show', () => {
    expect(sceneFlows(flows, { ...scenes.roundTrip, show: ['amazon', 'openai'] }).map((f) => f.id)).toEqual([
      'amazon-openai-equity',
      'openai-aws-lease',
      'openai-amazon-trainium'
    ]);
  });
});

describe('outlets', () => {
  it('names each outlet once, in order', () =>
    expect(outlets(['info', 'ft', 'info'], sources)).toEqual(['The Information', 'FT']));
  it('falls back to the id of an unknown source', () => expect(outlets(['nope'], sources)).toEqual(['nope']));
});

describe('describeFlow', () => {
  it.each([
    [
      'amazon-openai-equity',
      'Amazon to OpenAI, equity investment, more than $10B, in talks, reported Dec 16, 2025 (The Information, FT)'
    ],
    [
      'openai-aws-lease',
      'OpenAI to Amazon, cloud and computing, $38B over 7 years, committed, announced Nov 3, 2025 (AWS)'
    ],
    [
      'openai-amazon-trainium',
      'OpenAI to Amazon, chip purchases, amount undisclosed, in talks, reported Dec 16, 2025 (The Information)'
    ]
  ])('%s', (id, sentence) => expect(describeFlow(flow(id), companies, sources)).toBe(sentence));

  it.each([
    {
      name: 'our assumption says so beside the amount',
      flow: assumed('openai-amazon-trainium'),
      sentence:
        'OpenAI to Amazon, chip purchases, $5B over 7 years (our assumption), in talks, reported Dec 16, 2025 (The Information)'
    },
    {
      name: 'a tag replaces the status word',
      flow: { ...flow('nvidia-anthropic-equity'), tag: 'conditional' },
      sentence: 'Nvidia to Anthropic, equity investment, up to $10B, conditional, announced Nov 18, 2025 (Reuters)'
    },
    {
      name: 'a letter of intent',
      flow: flow('nvidia-openai-equity'),
      sentence: 'Nvidia to OpenAI, equity investment, up to $100B, letter of intent, announced Sep 22, 2025 (Reuters)'
    }
  ])('$name', ({ flow, sentence }) => expect(describeFlow(flow, companies, sources)).toBe(sentence));

  it('dates a running total "as of", not "announced"', () =>
    expect(describeFlow({ ...flow('openai-aws-lease'), dated: 'as-of' }, companies, sources)).toMatch(
      /, committed, as of Nov 3, 2025 \(AWS\)$/
    ));
});

describe('describeScene', () => {
  it('names the step and counts what is drawn', () => {
    const text = describeScene(companies, flows, scenes.talks, sources, 'step 1');
    expect(text.name).toBe('Money flows, step 1: 2 companies, 1 flow');
    expect(text.description).toBe(
      'Amazon to OpenAI, equity investment, more than $10B, in talks, reported Dec 16, 2025 (The Information, FT).'
    );
  });

  it('says what the step brings into focus', () => {
    const text = describeScene(companies, flows, scenes.roundTrip, sources, 'step 6');
    expect(text.name).toBe('Money flows, step 6: 3 companies, 5 flows');
    expect(text.description).toContain(
      'In focus: Amazon to OpenAI (equity investment); OpenAI to Amazon (cloud and computing); OpenAI to Amazon (chip purchases).'
    );
  });

  it('mentions companies drawn without flows', () => {
    const text = describeScene(
      companies,
      flows,
      { ...scenes.talks, show: ['amazon', 'openai', 'google'] },
      sources,
      'step 1'
    );
    expect(text.description).toContain('Also shown: Google.');
  });
});

describe('tableRows', () => {
  it('lists exactly the flows of the scene with formatted cells', () => {
    expect(tableRows(companies, flows, scenes.chips, sources)).toEqual([
      {
        id: 'amazon-openai-equity',
        from: 'Amazon',
        to: 'OpenAI',
        kind: 'Equity investment',
        amount: 'More than $10B',
        status: 'In talks',
        basis: 'Reported',
        source: 'The Information, FT'
      },
      {
        id: 'openai-amazon-trainium',
        from: 'OpenAI',
        to: 'Amazon',
        kind: 'Chip purchases',
        amount: 'Amount undisclosed',
        status: 'In talks',
        basis: 'Reported',
        source: 'The Information'
      }
    ]);
  });

  it('shows both forms of an amount with a term', () => {
    const [row] = tableRows(companies, flows, { ...scenes.roundTrip, flows: ['openai-aws-lease'] }, sources);
    expect(row?.amount).toBe('$38B over 7 years');
  });

  it('says which amounts are ours, and why', () => {
    const rows = tableRows(companies, assumedFlows, scenes.assumed, sources);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('openai-amazon-trainium')).toMatchObject({
      amount: '$5B over 7 years (our assumption)',
      status: 'In talks',
      basis: `Our assumption: ${ASSUMED_NOTE}`
    });
    expect(row('openai-aws-lease').basis).toBe('Reported');
  });

  it('gives a derived amount as our estimate, with its working', () => {
    const derived = { ...flow('openai-aws-lease'), basis: 'derived' as const, basisNote: '$5.4B a year × 7' };
    const [row] = tableRows(companies, [derived], { ...scenes.roundTrip, flows: [derived.id] }, sources);
    expect(row).toMatchObject({ amount: '$38B over 7 years (our estimate)', basis: 'Our estimate: $5.4B a year × 7' });
  });
});

describe('words for statuses and amounts', () => {
  it.each([
    ['completed', 'paid'],
    ['committed', 'committed'],
    ['pledged', 'pledged'],
    ['letter-of-intent', 'letter of intent'],
    ['in-talks', 'in talks']
  ] as const)('%s is "%s"', (status, words) => expect(statusName(status)).toBe(words));

  it.each([
    { name: 'a qualified amount', flow: flow('amazon-openai-equity'), spoken: 'more than $10B' },
    { name: 'an amount with a term', flow: flow('openai-aws-lease'), spoken: '$38B over 7 years' },
    { name: 'an undisclosed amount', flow: flow('openai-amazon-trainium'), spoken: 'amount undisclosed' },
    { name: 'our assumption', flow: assumed('openai-amazon-trainium'), spoken: '$5B over 7 years (our assumption)' }
  ])('$name: "$spoken"', ({ flow, spoken }) => expect(spokenAmount(flow)).toBe(spoken));

  it('gives a yearly rate only as our even spread of a total with a term', () => {
    expect(evenSpread(flow('openai-aws-lease'))).toBe('about $5.4B a year if spread evenly (our arithmetic)');
    expect(evenSpread(flow('amazon-openai-equity'))).toBeNull();
    expect(evenSpread({ ...flow('openai-amazon-trainium'), period: 7 })).toBeNull();
  });
});

describe('the stock step', () => {
  it('has about a third of upside from the implied price to the target', () =>
    expect(upside(market)).toBeCloseTo(0.334, 3));

  it('tabulates ratings before and now, price and target', () => {
    expect(stockRows(market)).toEqual([
      { measure: 'Buy ratings', before: '68', now: '70' },
      { measure: 'Hold ratings', before: '4', now: '3' },
      { measure: 'Sell ratings', before: '0', now: '0' },
      { measure: 'Share price (implied)', before: '–', now: 'about $223' },
      { measure: 'Average analyst target', before: '–', now: '$297.50 (33% above the price)' }
    ]);
  });

  it('describes the chart and attributes the figures', () => {
    const text = describeStock(market, sources, 'step 8');
    expect(text.name).toBe("Amazon stock and analysts' ratings, step 8");
    expect(text.description).toBe(
      "Analysts' ratings a month earlier and now: buy 68 to 70, hold 4 to 3, sell 0 to 0. " +
        'The share price, about $223, against the average target of $297.50, 33% above it, about a third. ' +
        'Figures as given by Oninvest; other sources could not confirm them.'
    );
  });
});

describe('describeCompany', () => {
  it('says who the company is and counts its flows in the step', () => {
    expect(describeCompany(companies[0]!, flows, scenes.roundTrip)).toBe(
      'Amazon: Cloud provider and chip maker (Trainium). In this step: 1 flow out, 2 flows in'
    );
  });
});
