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
  Update
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
