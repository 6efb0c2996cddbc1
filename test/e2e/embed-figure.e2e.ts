// The embeds' diagram at a blog column's widths: the drawing keeps to the box the piece gives it,
// never running under its key or out of the figure, at every step of the story embed and at the
// flow embed's default step. (The unit tests hold the same rule for the story's sticky box.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { EMBED_SIZES } from '../embed-sizes';
import { launch, open, openHydrated } from './browser';

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
          width: box.width,
          height: box.height
        };
      });
      // The size at which the unit tests hold the drawing's rules for every step
      // (test/embed-sizes.ts): if the embed's drawing changes size, measure it again there.
      const held = EMBED_SIZES.find((s) => s.viewport === width);
      if (held && path.startsWith('/embed/story')) {
        expect(Math.abs(overrun.width - held.width), `drawing ${overrun.width} px wide`).toBeLessThanOrEqual(1);
        expect(Math.abs(overrun.height - held.height), `drawing ${overrun.height} px tall`).toBeLessThanOrEqual(1);
      }
      // The motion button, where it is drawn over the figure (a phone's column), leaves every
      // company uncovered, once the live drawing has settled.
      const covered = () =>
        drawing.evaluate((svg) => {
          const button = svg.closest('.flow-figure')!.querySelector('.toolbar .motion')?.getBoundingClientRect();
          if (!button || button.width === 0) return [];
          return [...svg.querySelectorAll('g.node')].flatMap((node) => {
            const r = node.getBoundingClientRect();
            const apart =
              r.right <= button.left || r.left >= button.right || r.bottom <= button.top || r.top >= button.bottom;
            return apart ? [] : [node.getAttribute('data-company')];
          });
        });
      await expect.poll(covered, { message: 'companies under the motion button' }).toEqual([]);
      expect(overrun.underKey, 'px of the drawing under its key').toBeLessThanOrEqual(0);
      expect(overrun.outOfFigure, 'px of the drawing below its figure').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the story embed’s still, without JavaScript', () => {
  // The still stands in for the live figure in the same box: without scripts it is all the box
  // shows, and it must not run over the title or the story under it.
  it.each([320, 375, 680])('keeps to its figure at %i px', async (width) => {
    const { page, errors } = await open(browser, origin, {
      viewport: { width, height: 1000 },
      javaScriptEnabled: false
    });
    try {
      await page.goto(`${origin}/embed/story`);
      const fit = await page.evaluate(() => {
        const box = document.querySelector('.figure.still')!;
        const still = [...box.querySelectorAll<HTMLElement>('.flow-still')].find((el) => el.offsetParent)!;
        const svg = still.querySelector('svg.flow-drawing')!.getBoundingClientRect();
        return {
          over: Math.round(still.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom),
          overflow: box.scrollHeight - box.clientHeight,
          drawn: svg.height
        };
      });
      expect(fit.over, 'px of the still below its figure').toBeLessThanOrEqual(0);
      expect(fit.overflow, 'px the figure overflows').toBeLessThanOrEqual(0);
      expect(fit.drawn, 'the drawing shrank away').toBeGreaterThan(100);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the story embed’s sources on a phone', () => {
  it.each([320, 375])('are numbered buttons of 24 px or more, named by number and outlet, at %i px', async (width) => {
    const { page, errors } = await openHydrated(browser, origin, '/embed/story?step=7', {
      viewport: { width, height: 1000 }
    });
    try {
      const buttons = page.locator('[data-slide="6"] .citations summary');
      const count = await buttons.count();
      expect(count).toBeGreaterThan(1);
      const outlets: string[] = [];
      for (let i = 0; i < count; i++) {
        const box = (await buttons.nth(i).boundingBox())!;
        expect(box.width, 'px wide').toBeGreaterThanOrEqual(24);
        expect(box.height, 'px tall').toBeGreaterThanOrEqual(24);
        outlets.push((await buttons.nth(i).textContent())!.trim());
      }
      // The number is what a reader sees, so each name starts with it (WCAG 2.5.3, label in
      // name), then the outlet: Chromium's own accessibility tree, as a screen reader gets it.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; name?: { value: string } }[];
      };
      const names = nodes.filter((n) => n.role?.value === 'DisclosureTriangle').map((n) => n.name?.value);
      expect(names).toEqual(expect.arrayContaining(outlets.map((outlet, i) => `${i + 1} ${outlet}`)));
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
