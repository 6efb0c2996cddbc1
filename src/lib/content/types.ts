// The shapes of the parsed content that the pages receive, for any code to import, client or
// server. The types are inferred from the schema that checks content/ at build time
// ($lib/server/content/schema.ts) and re-exported here as types only, so importing them brings
// no parser into the browser; the word lists (flow kinds, statuses, bases) are plain arrays in
// ./vocabulary, which the schema builds on.
export type {
  AmountQualifier,
  CalculatorCopy,
  Company,
  Content,
  FigureBasis,
  Flow,
  FlowDating,
  FlowKind,
  FlowStatus,
  Formula,
  Market,
  MarketFigure,
  Point,
  Preset,
  ResultCard,
  Scene,
  SceneChart,
  SliderId,
  SliderSpec,
  SliderUnit,
  Source,
  SourceKind,
  Step,
  StoryMeta,
  Update,
  Web,
  WebCompany,
  WebFlow,
  FlowChange,
  FlowEnd,
  FlowHistory
} from '$lib/server/content/schema';

export {
  AMOUNT_QUALIFIERS,
  FIGURE_BASES,
  FLOW_DATINGS,
  FLOW_KINDS,
  FLOW_STATUSES,
  SCENE_CHARTS,
  SOURCE_KINDS
} from './vocabulary';

import type {
  Company,
  Flow,
  Market,
  Scene,
  Source as SourceT,
  Step as StepT
} from '$lib/server/content/schema';

/** What the diagram needs of a source in the browser: its outlet's name. */
export type SourceName = Pick<SourceT, 'id' | 'outlet'>;

/**
 * What the browser needs of a step: its place in the story and its scene. The step's text,
 * sources and citations are prerendered HTML that never changes after load, so they are not
 * sent again as data (live numbers in them are updated in place; see model/live.ts).
 */
export type StepSummary = Pick<StepT, 'id' | 'title' | 'scene' | 'later'>;

/** What the story's page needs of a step at load: its place in the story (its scene comes with the diagram). */
export type StepPlace = Pick<StepT, 'id' | 'title' | 'later'>;

/**
 * What the story's live diagram needs of the content, beyond the page's own data. `/` fetches it
 * with the diagram's code (/diagram.json) rather than carrying it in its HTML; the embeds, which
 * may not fetch, carry it inline.
 */
export interface DiagramContent {
  companies: Company[];
  flows: Flow[];
  /** Outlet names, for the diagram's sentences, table and downloads. */
  sources: SourceName[];
  market: Market;
  /** Each step's scene, in the story's order. */
  scenes: Scene[];
}
