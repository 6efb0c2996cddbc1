// Which step each embed shows. Pure functions of the steps' scenes.
import type { Scene } from '$lib/content/types';
import type { Piece } from './urls';

/**
 * The step whose diagram is "the full picture": the flows scene with the most companies, then
 * the most flows (the later step wins a tie). The diagram embed opens there without ?step=.
 * Returns 0 when no step draws flows.
 */
export function fullPictureStep(scenes: readonly Scene[]): number {
  let best = -1;
  for (const [i, scene] of scenes.entries()) {
    if (scene.chart !== 'flows') continue;
    const top = scenes[best];
    if (
      !top ||
      scene.show.length > top.show.length ||
      (scene.show.length === top.show.length && scene.flows.length >= top.flows.length)
    )
      best = i;
  }
  return Math.max(0, best);
}

/**
 * For each step, the step whose money-flow diagram the diagram embed draws for it: the step
 * itself when it draws flows, else the nearest earlier step that does (the nearest later one at
 * the start). A step with another chart (the stock) thus shows the flows the reader last saw.
 */
export function diagramSteps(scenes: readonly Scene[]): number[] {
  const flows = scenes.flatMap((scene, i) => (scene.chart === 'flows' ? [i] : []));
  return scenes.map((_, i) => flows.findLast((f) => f <= i) ?? flows.find((f) => f > i) ?? i);
}

export interface PieceInfo {
  /** Says what the piece is, as link text and iframe title. */
  title: string;
  /**
   * Fixed height in CSS pixels for hosts that cannot resize (plain iframe, AMP's first layout):
   * the tallest step of the compact piece in a column of 375 to 680 px, measured with the built
   * pages (`npm run embed:heights`), plus room for wider fonts. Never above WordPress's 1000.
   * test/e2e/embed.e2e.ts fails when a piece outgrows its height.
   */
  height: number;
  /**
   * Where an oEmbed frame starts, before the piece reports its height: the first view in a
   * 600 px column, rounded up. WordPress hides the frame until then and sizes it from there.
   */
  start: number;
}

export const PIECE_INFO: Record<Piece, PieceInfo> = {
  story: { title: 'Follow the money: the Amazon–OpenAI talks, step by step', height: 1000, start: 850 },
  flow: { title: 'Who pays whom: the money between Amazon, OpenAI and their partners', height: 600, start: 600 },
  calculator: { title: 'Explore the Amazon–OpenAI deal', height: 1000, start: 900 },
  web: { title: 'The whole web of AI money, deal by deal, over time', height: 1000, start: 950 }
};
