// Every sentence the calculator shows, built from the words in content/calculator.yaml and the
// scenario's numbers. Pure: the components print what this returns. The one place that decides
// how the cash-back sentence reads is the cash-back result's caption (two forms: back within the
// term, or not); everything else says when the cash comes back through the {{payback}} token.
import type { CalculatorCopy, FigureBasis, SliderSpec } from '../content/types';
import { qualifiedValue, unitValue } from '../format';
import { BASIS_BADGE } from './basis';
import { joinLive, liveText, splitLive } from './live';
import type { Assumptions, DealResult } from './types';

/** A piece of a big figure: a number (printed large) or the words around it. */
export interface FigurePart {
  text: string;
  number: boolean;
}

export interface ResultText {
  id: string;
  label: string;
  figure: FigurePart[];
  caption: string;
  basis: 'derived' | 'assumed';
  /** The basis in the reader's words: "our arithmetic", "our assumption". */
  badge: string;
}

export interface InputText {
  id: string;
  label: string;
  /** The value in use, e.g. "$10B". */
  value: string;
  basis: FigureBasis;
  badge: string;
  /** How a derived value was worked out, or why we assume a value. */
  note?: string;
  /** What we assume in using a reported value (it gets its own "our assumption" mark). */
  assumes?: string;
  /** "changed from more than $10B": the reported value (or our default), when the reader changed it. */
  changedFrom?: string;
}

export interface CalculatorText {
  intro: string;
  /** The scenario in one line, for print (and without JavaScript). */
  printLine: string;
  /** In place of the introduction and the controls without JavaScript. */
  withoutScript: string;
  announce: string;
  results: ResultText[];
  chart: {
    title: string;
    legend: CalculatorCopy['chart']['legend'];
    description: string;
    /** Label of the break-even marker; null when the cash does not come back within the term. */
    breakEven: string | null;
    basisNote: string;
  };
  how: {
    title: string;
    introHtml: string;
    inputsTitle: string;
    inputs: InputText[];
    formulas: { id: string; label: string; formula: string; worked: string }[];
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A big figure's pieces: its tokens as numbers, the words between them as words. */
export function figureParts(template: string, r: DealResult, a: Assumptions): FigurePart[] {
  const parts = splitLive(template);
  return parts
    .map((part, i) => {
      const text = liveText([part], r, a);
      return { text: i === 0 ? capitalise(text) : text, number: !('html' in part) };
    })
    .filter((part) => part.text.trim() !== '');
}

/** The calculator's words for one scenario. */
export function calculatorText(
  copy: CalculatorCopy,
  specs: readonly SliderSpec[],
  r: DealResult,
  a: Assumptions
): CalculatorText {
  const fill = (template: string) => liveText(splitLive(template), r, a);
  const back = r.paybackYear !== null;
  return {
    intro: fill(copy.intro),
    printLine: `${copy.printLead} ${specs.map((s) => `${s.label} ${unitValue(a[s.id], s.unit)}`).join('; ')}.`,
    announce: fill(copy.announce),
    withoutScript: copy.withoutScript,
    results: copy.results.map((card) => ({
      id: card.id,
      label: card.label,
      figure: figureParts(card.value, r, a),
      caption: fill(typeof card.caption === 'string' ? card.caption : back ? card.caption.back : card.caption.never),
      basis: card.basis,
      badge: BASIS_BADGE[card.basis]
    })),
    chart: {
      title: copy.chart.title,
      legend: copy.chart.legend,
      description: fill(copy.chart.description),
      breakEven: back ? fill(copy.chart.breakEven) : null,
      basisNote: fill(copy.chart.basisNote)
    },
    how: {
      title: copy.howWeCompute.title,
      introHtml: joinLive(splitLive(copy.howWeCompute.introHtml), r, a),
      inputsTitle: copy.howWeCompute.inputs,
      inputs: specs.map((spec) => ({
        id: spec.id,
        label: spec.label,
        value: unitValue(a[spec.id], spec.unit),
        basis: spec.basis,
        badge: BASIS_BADGE[spec.basis],
        note: spec.basisNote,
        assumes: spec.assumes,
        changedFrom:
          a[spec.id] === spec.reported
            ? undefined
            : `changed from ${qualifiedValue(spec.reported, spec.unit, spec.qualifier)}`
      })),
      formulas: copy.howWeCompute.formulas.map((formula) => ({
        id: formula.id,
        label: formula.label,
        formula: formula.formula,
        worked: fill(formula.worked)
      }))
    }
  };
}
