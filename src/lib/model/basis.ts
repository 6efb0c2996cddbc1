// A figure's basis in a reader's words, the same wherever a figure is shown: the calculator's
// badges and results, "How we compute", the stock chart. Plain words rather than the content's
// terms: "derived" means our arithmetic, and the reader should not have to know that.
import type { FigureBasis } from '../content/types';

/** The badge beside a figure. */
export const BASIS_BADGE: Record<FigureBasis, string> = {
  reported: 'reported',
  derived: 'our arithmetic',
  assumed: 'our assumption'
};

/** How the mark on a slider's track names its value: "Reported: more than $10B". */
export const BASIS_TICK: Record<FigureBasis, string> = {
  reported: 'Reported',
  derived: 'Worked out',
  assumed: 'Our default'
};

/** How a figure's sources are introduced: "Source: The Information…", "Based on: …". */
export const BASIS_CITE: Record<FigureBasis, string> = {
  reported: 'Source',
  derived: 'From',
  assumed: 'Based on'
};
