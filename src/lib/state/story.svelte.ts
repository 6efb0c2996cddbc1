import { stepLabel } from '$lib/scroll/steps';
import type { StepPlace } from '$lib/content/types';

/** Which step of the story is active; everything else about the story derives from it. */
export class StoryState {
  /** Active step index; -1 while the reader is still above the story. */
  active = $state(-1);
  /** The step whose scene the graphic draws: the first one until the story starts. */
  shown = $derived(Math.max(0, this.active));
  /** "Step 3 of 9: The price" for the live region; empty before the story starts. */
  announcement = $derived.by(() => {
    const step = this.steps[this.active];
    return step ? stepLabel(this.active, this.steps.length, step.title) : '';
  });

  constructor(readonly steps: readonly StepPlace[]) {}

  get count(): number {
    return this.steps.length;
  }
}
