// Golden pictures of the drawing: every step of the story at the sticky box's size at 375 and
// 1280 px, rendered by the same component as the page, compared with the SVG files committed
// in test/golden/. A change to the drawing shows as a diff there, which a person looks at
// (open test/golden/index.html in a browser); `npx vitest run -u test/component/flow/golden`
// accepts it.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FlowDrawing from '$lib/components/flow/FlowDrawing.svelte';
import { loadContent } from '$lib/server/content/load';
import { describeScene } from '$lib/flow/describe';
import { layoutFlows } from '$lib/flow/layout';
import { diagramSize } from '$lib/flow/sizing';
import { computeDeal } from '$lib/model/deal';
import { scenarioFlows } from '$lib/model/flows';
import { reportedAssumptions } from '$lib/model/scenario';

const content = loadContent();
const reported = reportedAssumptions(content.sliders);
const flows = scenarioFlows(content.flows, reported, computeDeal(reported), reported);
const SIZES = [
  { name: '320', width: 288, height: 256 },
  { name: '375', width: 343, height: 320 },
  { name: '768', width: 736, height: 370 },
  { name: '1280', width: 736, height: 555 }
];

const cases = content.steps
  .map((step, i) => ({ n: i + 1, step }))
  .filter(({ step }) => step.scene.chart === 'flows')
  .flatMap(({ n, step }) => SIZES.map((size) => ({ n, step, size })));

describe('golden drawings', () => {
  it.each(cases)('step $n at $size.name px', async ({ n, step, size }) => {
    const box = diagramSize(size.width, size.height);
    const layout = layoutFlows(content.companies, flows, step.scene, box, box.arrangement);
    const text = describeScene(content.companies, flows, step.scene, content.sources, `step ${n}`);
    const { container } = render(FlowDrawing, {
      layout,
      name: text.name,
      description: text.description,
      descId: `golden-${n}`
    });
    // One element a line, so that a change reads as a diff a person can follow.
    const svg = container.innerHTML
      .replace(/<!---->/g, '')
      .replace(/<!--\[-->|<!--\]-->/g, '')
      .replace(/></g, '>\n<');
    await expect(svg).toMatchFileSnapshot(`../../golden/step-${n}-${size.name}.svg`);
  });
});
