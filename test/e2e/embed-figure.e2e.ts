// The embeds' diagram at a blog column's widths: the drawing keeps to the box the piece gives it,
// never running under its key or out of the figure, at every step of the story embed and at the
// flow embed's default step. (The unit tests hold the same rule for the story's sticky box.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { EMBED_SIZES } from '../embed-sizes';
import { launch, openHydrated } from './browser';

const origin = inject('origin');
const content = contentFromDisk();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const flowSteps = content.steps.flatMap((step, i) => (step.scene.chart === 'flows' ? [i + 1] : []));
const cases = [320, 375, 680].flatMap((width) => [
  ...flowSteps.map((step) => ({ width, path: `/embed/story?step=${step}` })),
  { width, path: '/embed/flow' }
]);

describe('the embeds’ drawing in its box', () => {
  it.each(cases)('$path at $width px: above its key, inside its figure', async ({ width, path }) => {
    const { page, errors } = await openHydrated(browser, origin, path, { viewport: { width, height: 1000 } });
    try {
      const drawing = page.locator('.flow-figure svg.flow-drawing');
      await drawing.waitFor();
      const overrun = await drawing.evaluate((svg) => {
        const figure = svg.closest('.flow-figure')!.getBoundingClientRect();
        const key = svg.closest('.flow-figure')!.querySelector('figcaption.below')!.getBoundingClientRect();
        const box = svg.getBoundingClientRect();
        return {
          underKey: Math.round(box.bottom - key.top),
          outOfFigure: Math.round(box.bottom - figure.bottom),
          height: Math.round(box.height)
        };
      });
      // At least the height at which the unit tests hold the drawing's rules for every step.
      const held = EMBED_SIZES.find((s) => s.viewport === width);
      if (held && path.startsWith('/embed/story'))
        expect(overrun.height, 'px of drawing height').toBeGreaterThanOrEqual(held.height);
      expect(overrun.underKey, 'px of the drawing under its key').toBeLessThanOrEqual(0);
      expect(overrun.outOfFigure, 'px of the drawing below its figure').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
