// What every view of a step's picture is given (the live diagram, its table, its downloads, the
// stills): the story's companies and flows, the step's scene, and the words to name them.
import type { Company, Flow, Market, Scene, SourceName } from '$lib/content/types';

export interface SceneData {
  /** All companies of the story. */
  companies: Company[];
  /** All flows of the story (they set the one width scale); the scene picks what is shown. */
  flows: Flow[];
  /** The step's scene. */
  scene: Scene;
  /** The source list, for outlet names. */
  sources: SourceName[];
  /** Market figures, for the stock step. */
  market: Market;
  /** How the step is named for assistive technology, captions and file names, e.g. "step 3 of 9". */
  stepLabel: string;
}
