// The drawing's rules on the story's real content: every step with money flows, at the drawing
// sizes the page gives at 320, 375, 768, 1280 and 1920 px wide, with the calculator at the
// reported figures (as the page first draws them). The rules are the ones in labels.ts; the
// end-to-end tests check the same on the rendered SVG.
import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/server/content/load';
import { labelViolations, laneViolations, nodeViolations, unlabelledHighlights } from '$lib/flow/checks';
import { layoutFlows } from '$lib/flow/layout';
import { diagramSize } from '$lib/flow/sizing';
import { reportedFlows } from '$lib/model/flows';
import { EMBED_SIZES } from '../../embed-sizes';

const content = loadContent();
const flows = reportedFlows(content);

/** The drawing's slot in the sticky graphic at each viewport, measured in Chromium (at 320 × 640,
 *  375 × 740, 768 × 1024, 1280 × 800 and 1920 × 1080), the smallest of the steps. */
export const STICKY_SIZES = [
  { viewport: 320, width: 288, height: 256 },
  { viewport: 375, width: 343, height: 320 },
  { viewport: 768, width: 736, height: 370 },
  { viewport: 1280, width: 736, height: 555 },
  { viewport: 1920, width: 736, height: 773 }
];

/** Twin lanes (same amount, term and certainty between the same two companies) share a label. */
function twinGroup(layout: ReturnType<typeof layoutFlows>, id: string): string {
  const f = layout.links.find((l) => l.id === id)!.flow;
  return [f.from, f.to, f.amount, f.period, f.status, f.basis].join('|');
}

const cases = content.steps
  .map((step, i) => ({ n: i + 1, step }))
  .filter(({ step }) => step.scene.chart === 'flows')
  .flatMap(({ n, step }) => STICKY_SIZES.map((s) => ({ n, id: step.id, scene: step.scene, ...s })));

describe('the story drawn at every step and width', () => {
  it.each(cases)(
    'step $n ($id) at $viewport px: labels, lanes and highlights keep the rules',
    ({ scene, viewport, width, height }) => {
      const size = diagramSize(width, height);
      const layout = layoutFlows(content.companies, flows, scene, size, size.arrangement);
      expect(nodeViolations(layout)).toEqual([]);
      expect(labelViolations(layout)).toEqual([]);
      expect(laneViolations(layout)).toEqual([]);
      // What the step points at carries labels. At 320 px a crowded step may leave two of them
      // to the table and the details on tap (twin lanes sharing a label count once).
      const missing = new Set(unlabelledHighlights(layout).map((id) => twinGroup(layout, id)));
      expect([...missing].length, [...missing].join(', ')).toBeLessThanOrEqual(viewport < 375 ? 2 : 0);
    }
  );
});

const embedCases = content.steps
  .map((step, i) => ({ n: i + 1, step }))
  .filter(({ step }) => step.scene.chart === 'flows')
  .flatMap(({ n, step }) => EMBED_SIZES.map((s) => ({ n, scene: step.scene, ...s })));

describe('the story embed’s drawing on a phone, at every step', () => {
  // Short boxes: companies apart and inside, lanes apart, labels clear (the embed labels what it
  // can; the rest is on tap and in the full story's table).
  it.each(embedCases)('step $n at $viewport px ($width × $height)', ({ n, scene, viewport, width, height }) => {
    const size = diagramSize(width, height);
    const layout = layoutFlows(content.companies, flows, scene, size, size.arrangement);
    expect(nodeViolations(layout)).toEqual([]);
    expect(labelViolations(layout)).toEqual([]);
    expect(laneViolations(layout)).toEqual([]);
    // What the step points at carries labels, as many as the short box holds (the amount alone
    // where two lines do not fit). Unlabelled highlights, measured: step 7's six companies leave
    // room for two of its five labels at 320 px and four at 375; steps 4, 6 and 9 lose one at
    // 320 px and step 4 one at 375; the rest none.
    const missing = new Set(unlabelledHighlights(layout).map((id) => twinGroup(layout, id)));
    const allowed = viewport < 375 ? { 4: 1, 6: 1, 7: 3, 9: 1 } : { 4: 1, 7: 1 };
    expect([...missing].length, [...missing].join(', ')).toBeLessThanOrEqual(allowed[n as keyof typeof allowed] ?? 0);
  });
});
