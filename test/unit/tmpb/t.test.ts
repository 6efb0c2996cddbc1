import { it } from 'vitest';
import { loadContent } from '$lib/server/content/load';
import { labelViolations, laneViolations, nodeViolations } from '$lib/flow/checks';
import { layoutFlows } from '$lib/flow/layout';
import { diagramSize } from '$lib/flow/sizing';
import { reportedFlows } from '$lib/model/flows';
it('x', () => {
  const content = loadContent(); const flows = reportedFlows(content);
  for (const [si, step] of content.steps.entries()) { if (step.scene.chart !== 'flows') continue;
  for (const w of [288, 343]) for (const h of [125, 159, 180]) for (const arr of ['wide','narrow'] as const) {
    const size = diagramSize(w, h, arr);
    const l = layoutFlows(content.companies, flows, step.scene, size, arr);
    console.log('step', si+1, w, h, arr, 'nodes', nodeViolations(l).length, 'labels', labelViolations(l).length, 'lanes', laneViolations(l).length);
  } }
});
