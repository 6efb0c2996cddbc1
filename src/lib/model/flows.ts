// The diagram follows the calculator: the flows the scenario describes (Amazon's investment,
// the existing contract, OpenAI's new spending at AWS) take their amounts from it, so moving a
// slider changes the widths on the diagram as well as the numbers.
import type { Flow } from '../content/types';
import { computeDeal } from './deal';
import { reportedAssumptions } from './scenario';
import type { Assumptions, DealResult, SliderBounds } from './types';

/** Content flow ids the scenario speaks for. */
export const SCENARIO_FLOWS = {
  investment: 'amazon-openai-equity',
  contract: 'openai-amazon-lease',
  /** The two payments under discussion; no value was reported for either. */
  newSpending: ['openai-amazon-trainium', 'openai-amazon-capacity']
} as const;

const NEW_SPENDING: readonly string[] = SCENARIO_FLOWS.newSpending;

/**
 * The story's flows with the scenario's amounts. Reported values keep their qualifier ("more
 * than $10B"); a value the reader changed is shown plainly. The new spending was never
 * reported, so it is split evenly between chips and capacity and marked "assumed". Returns new
 * objects; the input is not changed.
 */
export function scenarioFlows(flows: readonly Flow[], a: Assumptions, r: DealResult, reported: Assumptions): Flow[] {
  const share = NEW_SPENDING.length ? r.spendBackTotal / NEW_SPENDING.length : 0;
  return flows.map((flow) => {
    if (flow.id === SCENARIO_FLOWS.investment)
      return {
        ...flow,
        amount: a.investment,
        qualifier: a.investment === reported.investment ? flow.qualifier : 'exactly'
      };
    if (flow.id === SCENARIO_FLOWS.contract)
      return {
        ...flow,
        amount: a.contract,
        period: r.term,
        qualifier: a.contract === reported.contract ? flow.qualifier : 'exactly'
      };
    if (NEW_SPENDING.includes(flow.id))
      return {
        ...flow,
        amount: share > 0 ? share : null,
        qualifier: share > 0 ? 'assumed' : flow.qualifier,
        period: share > 0 ? r.term : flow.period,
        basis: share > 0 ? 'assumed' : flow.basis,
        basisNote:
          share > 0
            ? `No value was reported. Our assumption, from the calculator: OpenAI spends ` +
              `${Math.round(a.spendBack)}% of Amazon's investment at AWS over ${r.term} years, split evenly ` +
              `between chips and capacity.`
            : flow.basisNote
      };
    return flow;
  });
}

/**
 * The story's flows at the reported figures: what every prerendered drawing shows (the stills,
 * the share card, the diagram embed) before a reader moves a slider.
 */
export function reportedFlows(content: { flows: readonly Flow[]; sliders: readonly SliderBounds[] }): Flow[] {
  const reported = reportedAssumptions(content.sliders);
  return scenarioFlows(content.flows, reported, computeDeal(reported), reported);
}
