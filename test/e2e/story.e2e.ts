import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { hydrated, launch, open, openHydrated, type WatchedPage } from './browser';

const origin = inject('origin');
const content = contentFromDisk();
const count = content.steps.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Ids of the steps that carry aria-current="step" right now. */
function currentSteps(page: Page): Promise<string[]> {
  return page.$$eval('[aria-current="step"]', (els) => els.map((el) => el.id));
}

async function settle(page: Page): Promise<void> {
  // Two frames: one for the scroll event's rAF, one for Svelte to flush.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Resolves at the page's next scrollend. Call it before whatever starts the scroll: the listener
 * is in place before the next command reaches the page.
 */
function scrollEnded(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => addEventListener('scrollend', () => done(), { once: true })));
}

/** Scroll step `id` into view (instantly, as a jump link would) and wait for the scroll to end. */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((done) => {
        const before = scrollY;
        addEventListener('scrollend', () => done(), { once: true });
        document.getElementById(id)?.scrollIntoView();
        // Already in place: nothing scrolls, so no scrollend comes.
        if (scrollY === before) requestAnimationFrame(() => (scrollY === before ? done() : undefined));
      }),
    id
  );
}

async function activeAfterSettling(page: Page): Promise<string[]> {
  await settle(page);
  return currentSteps(page);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

describe.each([
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 740 } }
])('the story at $viewport.width px', ({ viewport }) => {
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openHydrated(browser, origin, '/', { viewport });
  });

  afterAll(async () => {
    await watched.page.context().close();
  });

  it('marks every step current in order while scrolling top to bottom, one at a time', async () => {
    const { page } = watched;
    const seen: string[] = [];
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += Math.round(viewport.height / 4)) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const current = await activeAfterSettling(page);
      expect(current.length).toBeLessThanOrEqual(1);
      const id = current[0];
      if (id && seen.at(-1) !== id) seen.push(id);
    }
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => `step-${i + 1}`));
  });

  it('keeps the graphic in view while the steps pass', async () => {
    const { page } = watched;
    await page.evaluate(() => document.getElementById('step-3')?.scrollIntoView());
    await settle(page);
    const box = await page.locator('.graphic').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 1);
  });

  it('moves one step with the stepper buttons and the arrow keys', async () => {
    const { page } = watched;
    await page.goto(`${origin}/#step-2`);
    await hydrated(page);
    expect(await activeAfterSettling(page)).toEqual(['step-2']);
    // Each move marks its step at once, then scrolls smoothly; the next move waits for the
    // scroll to end, so no scroll is cut short by the next one.
    const move = async (act: () => Promise<void>, id: string) => {
      const ended = scrollEnded(page);
      await act();
      await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'step', id);
      await ended;
    };
    await move(() => page.getByRole('button', { name: 'Next step' }).click(), 'step-3');
    await expect.poll(() => page.locator('.stepper').innerText()).toMatch(`Step 3 of ${count}`);
    await move(() => page.getByRole('button', { name: 'Previous step' }).click(), 'step-2');
    // Focus leaves the buttons (a mouse click on empty page), so the keys belong to the story.
    await page.mouse.click(2, 200);
    await move(() => page.keyboard.press('ArrowRight'), 'step-3');
    await move(() => page.keyboard.press('ArrowLeft'), 'step-2');
    // When the scroll ends the engine reads the step from geometry again: it must agree with
    // the step the keys chose.
    expect(await activeAfterSettling(page)).toEqual(['step-2']);
  });

  it('announces the step change in a polite live region', async () => {
    const { page } = watched;
    await page.goto(`${origin}/#step-4`);
    await hydrated(page);
    await settle(page);
    const live = page.locator('[aria-live="polite"]').first();
    await expect.poll(() => live.innerText()).toBe(`Step 4 of ${count}: ${content.steps[3]?.title}`);
  });

  it('opens at step 5 from /#step-5', async () => {
    const { page } = watched;
    await page.goto(`${origin}/#step-5`);
    await hydrated(page);
    expect(await activeAfterSettling(page)).toEqual(['step-5']);
  });

  it('keeps the step after a reload mid-story', async () => {
    const { page } = watched;
    await page.goto(`${origin}/`);
    await hydrated(page);
    await page.evaluate(() => document.getElementById('step-6')?.scrollIntoView());
    expect(await activeAfterSettling(page)).toEqual(['step-6']);
    await page.reload();
    await hydrated(page);
    expect(await activeAfterSettling(page)).toEqual(['step-6']);
  });

  it('does not scroll sideways', async () => {
    await expectNoHorizontalScroll(watched.page);
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error and asks no other host for anything, read through and stepped', async () => {
    const own = await openHydrated(browser, origin, '/', { viewport });
    const { page } = own;
    try {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += viewport.height) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await settle(page);
      }
      await page.goto(`${origin}/#step-2`);
      await hydrated(page);
      const ended = scrollEnded(page);
      await page.getByRole('button', { name: 'Next step' }).click();
      await ended;
      await page.mouse.click(2, 200);
      await page.keyboard.press('ArrowLeft');
      await page.reload();
      await hydrated(page);
      await settle(page);
      expect(own.errors).toEqual([]);
      expect(own.foreign).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the still in the sticky box, until the live diagram loads', () => {
  /** Where the box's parts are: the box's bottom and how far its content spills over, the
   *  stepper's top, and the drawing and key of the figure (still or live) showing in it. */
  const parts = (page: Page, figure: string) =>
    page.evaluate((figure) => {
      const box = document.querySelector<HTMLElement>('.graphic .figure')!;
      const shown = [...box.querySelectorAll<HTMLElement>(figure)].find((el) => el.offsetParent)!;
      const drawing = shown.querySelector('svg.flow-drawing')!.getBoundingClientRect();
      const key = shown.querySelector('.legend')!.getBoundingClientRect();
      return {
        boxBottom: box.getBoundingClientRect().bottom,
        spill: box.scrollHeight - box.clientHeight,
        stepperTop: box.nextElementSibling!.getBoundingClientRect().top,
        drawingBottom: drawing.bottom,
        drawingHeight: drawing.height,
        keyTop: key.top,
        keyBottom: key.bottom
      };
    }, figure);

  it.each([
    { width: 320, height: 568 },
    { width: 375, height: 667 },
    { width: 375, height: 740 },
    // Between the still's narrow and wide drawings' widths and the live figure's compact key.
    { width: 560, height: 800 },
    { width: 1280, height: 800 }
  ])('fits the box at $width × $height and keeps its key where the live one comes', async (viewport) => {
    const watched = await open(browser, origin, { viewport });
    const { page } = watched;
    // Hold the live diagram's data back until the still has been measured.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    try {
      await page.route('**/diagram.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}/`);
      await hydrated(page);
      // A scroll engages the reader: the live diagram is asked for, and held.
      const asked = page.waitForRequest('**/diagram.json');
      await page.evaluate(() => scrollTo(0, document.querySelector<HTMLElement>('.story')!.offsetTop));
      await asked;
      const still = await parts(page, '.flow-still');
      expect(still.spill, 'px the still spills out of its box').toBeLessThanOrEqual(0);
      expect(still.drawingBottom, 'the drawing runs under the key').toBeLessThanOrEqual(still.keyTop);
      expect(still.keyBottom, 'the key runs over the stepper').toBeLessThanOrEqual(still.stepperTop);
      expect(still.drawingHeight, 'the drawing shrank away').toBeGreaterThan(100);
      release();
      await page.waitForSelector('.graphic .flow-figure');
      // Measured once the live figure has settled: the same place in two frames running.
      let live = await parts(page, '.flow-figure');
      await expect
        .poll(async () => {
          await settle(page);
          const now = await parts(page, '.flow-figure');
          const same = now.keyTop === live.keyTop && now.drawingHeight === live.drawingHeight;
          live = now;
          return same;
        })
        .toBe(true);
      // Within 4 px: the width key's swatches are drawn on the scale of the drawing, and the still
      // is drawn for one size (the wide one scaled into boxes 520–600 px wide), so its largest
      // swatch can differ from the live one's by a few pixels (3.25 at 560 px).
      expect(
        Math.abs(live.keyTop - still.keyTop),
        'the key moves when the live diagram takes over'
      ).toBeLessThanOrEqual(4);
      expect(live.stepperTop).toBe(still.stepperTop);
      expect(watched.errors).toEqual([]);
    } finally {
      release();
      await page.context().close();
    }
  });
});

describe('a reader who scrolls before the page runs', () => {
  it('gets the live diagram at step 1 without scrolling again', async () => {
    const watched = await open(browser, origin, { viewport: { width: 375, height: 740 } });
    const { page } = watched;
    // Hold the story's own script back until the reader has scrolled to the first step.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    try {
      await page.route('**/_app/immutable/nodes/**', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => document.getElementById('step-1')!.scrollIntoView({ block: 'center' }));
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      release();
      await hydrated(page);
      await page.waitForSelector('.graphic .live:not(.waiting) svg.flow-drawing');
      expect(watched.errors).toEqual([]);
    } finally {
      release();
      await page.context().close();
    }
  });
});

describe('styles the page already links', () => {
  // The prerendered parts' stylesheet names the components it styles; the live diagram and the
  // islands, which bring the same CSS in their scripts, must not inject it a second time (it was
  // a third of the style work of the live diagram's first frame on a phone).
  it('are not injected again by the live diagram or the islands', async () => {
    const watched = await openHydrated(browser, origin, '/', { viewport: { width: 375, height: 740 } });
    const { page } = watched;
    try {
      await page.keyboard.press('Shift');
      await page.waitForSelector('.graphic .live:not(.waiting) svg.flow-drawing');
      await page.locator('#explore').scrollIntoViewIfNeeded();
      await page.waitForSelector('#explore[data-island="hydrated"]');
      const { linked, injected } = await page.evaluate(() => ({
        linked: document.querySelector('link[data-styles]')!.getAttribute('data-styles')!.split(' '),
        injected: [...document.head.querySelectorAll('style[id^="svelte-"]')].map((s) => s.id.slice(7))
      }));
      expect(linked.length).toBeGreaterThan(5);
      // The live-only components (the toolbar, the motion layer …) still bring their own.
      expect(injected.length).toBeGreaterThan(0);
      expect(injected.filter((hash) => linked.includes(hash))).toEqual([]);
      expect(watched.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a phone on its side', () => {
  // Above the text, the sticky graphic had 64% of 375 px: its key took all of it, and the drawing
  // ran over the key. On its side the story sets the graphic beside the text, as on a laptop.
  it.each([
    // The smallest (an iPhone SE on its side) has 320 px for the graphic, its key and the stepper.
    { width: 568, height: 320, drawing: 120 },
    // A small phone on its side (480–543 px wide were left above the text at first).
    { width: 520, height: 320, drawing: 120 },
    { width: 667, height: 375, drawing: 180 },
    { width: 844, height: 390, drawing: 180 },
    // A short laptop window: the drawing's height once chased its slot by a fraction of a pixel
    // in every frame, and the step's transition never finished.
    { width: 1280, height: 450, drawing: 180 }
  ])(
    'draws every step above its key, beside the text, at $width × $height',
    async ({ drawing: least, ...viewport }) => {
      const watched = await open(browser, origin, { viewport, isMobile: true, hasTouch: true });
      const { page } = watched;
      try {
        await page.goto(`${origin}/#step-1`);
        await hydrated(page);
        for (let n = 1; n <= count; n++) {
          await scrollToStep(page, `step-${n}`);
          await page.waitForSelector('.graphic .flow-figure');
          const measure = () =>
            page.evaluate(() => {
              const graphic = document.querySelector('.graphic')!.getBoundingClientRect();
              const figure = document.querySelector('.graphic .flow-figure')!;
              const bottom = figure.getBoundingClientRect().bottom;
              const drawing = figure.querySelector('.layer:not(.off) svg')!.getBoundingClientRect();
              const key = figure.querySelector('.key:not(.unseen)')?.getBoundingClientRect();
              const text = document.querySelector('[aria-current="step"]')!.getBoundingClientRect();
              const where = document.createRange();
              where.selectNodeContents(document.querySelector('.graphic .stepper .label')!);
              return {
                whereLines: new Set([...where.getClientRects()].map((line) => Math.round(line.top))).size,
                beside: text.right <= graphic.left,
                drawingHeight: drawing.height,
                underKey: key ? drawing.bottom - key.top : 0,
                // The figure clips what runs out of it: a drawing or key cut off at its bottom.
                drawingOut: drawing.bottom - bottom,
                keyOut: key ? key.bottom - bottom : 0
              };
            });
          // Measured once the step's transition is over: the same in two frames running.
          let box = await measure();
          await expect
            .poll(async () => {
              await settle(page);
              const now = await measure();
              const same = JSON.stringify(now) === JSON.stringify(box);
              box = now;
              return same;
            })
            .toBe(true);
          expect(box.beside, `step ${n}: the text beside the graphic`).toBe(true);
          expect(box.underKey, `step ${n}: px of the drawing under its key`).toBeLessThanOrEqual(0);
          expect(box.drawingOut, `step ${n}: px of the drawing cut off`).toBeLessThanOrEqual(0);
          expect(box.keyOut, `step ${n}: px of the key cut off`).toBeLessThanOrEqual(0);
          expect(box.drawingHeight, `step ${n}: the drawing's height`).toBeGreaterThanOrEqual(least);
          expect(box.whereLines, `step ${n}: lines of "Step ${n} of ${count}"`).toBe(1);
        }
        await expectNoHorizontalScroll(page);
        expect(watched.errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  );
});

describe("the step's key figure", () => {
  // A step's annotation is drawn in the diagram, set under it, or (on a phone, where the graphic
  // has no room for it) leads the step's card. Between 896 and about 1,000 px the graphic was
  // narrow enough to be compact and the card did not lead with it: the figure was nowhere.
  const annotated = content.steps.flatMap((step, i) =>
    step.scene.annotation ? [{ n: i + 1, text: step.scene.annotation }] : []
  );
  it.each([
    { width: 375, height: 740 },
    { width: 667, height: 375 },
    { width: 960, height: 800 },
    { width: 1280, height: 800 }
  ])('is on screen at every annotated step at $width × $height', async (viewport) => {
    expect(annotated.length, 'steps with an annotation').toBeGreaterThan(0);
    const watched = await open(browser, origin, { viewport });
    const { page } = watched;
    try {
      await page.goto(`${origin}/#step-1`);
      await hydrated(page);
      for (const { n, text } of annotated) {
        await scrollToStep(page, `step-${n}`);
        await page.waitForSelector('.graphic .flow-figure');
        const seen = () =>
          page.evaluate((text) => {
            // Lines of the drawing's annotation are tspans: compared without spaces.
            const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '');
            const onScreen = (el: Element) => {
              const box = el.getBoundingClientRect();
              return (
                el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
                box.width > 0 &&
                box.bottom > 0 &&
                box.top < innerHeight
              );
            };
            const candidates = [
              ...document.querySelectorAll('.graphic .layer:not(.off) svg text.annotation'),
              ...document.querySelectorAll('.graphic .flow-figure .annotation'),
              ...document.querySelectorAll('[aria-current="step"] .key-figure')
            ];
            return candidates.filter((el) => words(el) === text.replace(/\s+/g, '') && onScreen(el)).length;
          }, text);
        await expect.poll(seen, { message: `step ${n}: "${text}" on screen` }).toBeGreaterThan(0);
      }
      expect(watched.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('geometry changes mid-story', () => {
  it('keeps the right step through a resize from 1280 to 375 px and a 200% zoom', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    const { page } = watched;
    await page.goto(`${origin}/#step-4`);
    await hydrated(page);
    expect(await activeAfterSettling(page)).toEqual(['step-4']);
    // Re-anchoring after a resize is the reader's scroll position, which the browser keeps on
    // the same text; the engine must then agree with the geometry, whatever it is.
    await changeLayout(page, () => page.setViewportSize({ width: 375, height: 740 }));
    await scrollToStep(page, 'step-4');
    expect(await activeAfterSettling(page)).toEqual(['step-4']);
    await expectNoHorizontalScroll(page);
    // Browser zoom at 200% halves the CSS viewport of a 1280 × 800 window.
    await changeLayout(page, () => page.setViewportSize({ width: 640, height: 400 }));
    await scrollToStep(page, 'step-7');
    expect(await activeAfterSettling(page)).toEqual(['step-7']);
    // Pinch zoom only moves the visual viewport; the step must not change.
    const cdp = await page.context().newCDPSession(page);
    const zoomed = page.evaluate(
      () => new Promise<void>((done) => visualViewport!.addEventListener('resize', () => done(), { once: true }))
    );
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await zoomed;
    expect(await page.evaluate(() => visualViewport!.scale)).toBe(2);
    expect(await activeAfterSettling(page)).toEqual(['step-7']);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('has no horizontal scrolling at 320 px', async () => {
    const watched = await open(browser, origin, { viewport: { width: 320, height: 640 } });
    await watched.page.goto(`${origin}/`);
    await hydrated(watched.page);
    await expectNoHorizontalScroll(watched.page);
    await watched.page.context().close();
  });
});

/**
 * Make a layout change and wait for the page to have taken it: its resize event, then two frames
 * for the engine to re-measure, scroll back and report the step.
 */
async function changeLayout(page: Page, change: () => Promise<unknown>): Promise<void> {
  const resized = page.evaluate(
    () => new Promise<void>((done) => addEventListener('resize', () => done(), { once: true }))
  );
  await change();
  await resized;
  await settle(page);
  await settle(page);
}

/** Open the story at step `n` (1-based), scrolled a little way into it as a reader would be. */
async function readStep(page: Page, n: number): Promise<void> {
  await page.goto(`${origin}/#step-${n}`);
  await hydrated(page);
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'step', `step-${n}`);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        addEventListener('scrollend', () => done(), { once: true });
        window.scrollBy(0, 120);
      })
  );
  expect(await activeAfterSettling(page)).toEqual([`step-${n}`]);
}

describe('the step kept across layout changes', () => {
  // Browser zoom at 200%, as Chrome does it to a 1280 × 800 window: a CSS viewport of 640 × 400
  // at a device pixel ratio of 2, and back to 100%.
  it.each([3, 7, 9])('zoom to 200 per cent and back at step %i', async (n) => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    const { page } = watched;
    await readStep(page, n);
    const cdp = await page.context().newCDPSession(page);
    const metrics = (width: number, height: number, deviceScaleFactor: number) => () =>
      cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor, mobile: false });
    await changeLayout(page, metrics(640, 400, 2));
    expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([640, 2]);
    expect(await currentSteps(page), 'at 200%').toEqual([`step-${n}`]);
    await changeLayout(page, metrics(1280, 800, 1));
    expect(await currentSteps(page), 'back at 100%').toEqual([`step-${n}`]);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  // A phone turned on its side and back: 375 × 812 portrait, 812 × 375 landscape.
  it.each([3, 7, 9])('rotate a phone at step %i and back', async (n) => {
    const watched = await open(browser, origin, {
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true
    });
    const { page } = watched;
    await readStep(page, n);
    const cdp = await page.context().newCDPSession(page);
    const turn = (width: number, height: number, angle: 0 | 90) => () =>
      cdp.send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: 3,
        mobile: true,
        screenOrientation: { type: angle ? 'landscapePrimary' : 'portraitPrimary', angle }
      });
    await changeLayout(page, turn(812, 375, 90));
    expect(await currentSteps(page), 'in landscape').toEqual([`step-${n}`]);
    await changeLayout(page, turn(375, 812, 0));
    expect(await currentSteps(page), 'back in portrait').toEqual([`step-${n}`]);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  // Below the story there is no step to keep: a link to the calculator, the whole web or the
  // sources lands there, and stays there when the story above changes height or the phone's
  // address bar folds away (a resize).
  it.each([
    { fragment: 'explore', island: '#explore' },
    { fragment: 'web', island: '#web' },
    { fragment: 'sources-title', island: null }
  ])('keeps a reader who followed a link to #$fragment there', async ({ fragment, island }) => {
    const watched = await open(browser, origin, { viewport: { width: 375, height: 740 } });
    const { page } = watched;
    const top = () =>
      page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), fragment);
    await page.goto(`${origin}/#${fragment}`);
    await hydrated(page);
    // What loads near the section has loaded: its island, and the live diagram's code above.
    if (island)
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.getAttribute('data-island') === 'hydrated',
        island
      );
    await page.waitForLoadState('load');
    await settle(page);
    expect(Math.abs(await top()), 'lands on the section').toBeLessThanOrEqual(2);
    await changeLayout(page, () => page.setViewportSize({ width: 375, height: 800 }));
    expect(Math.abs(await top()), 'stays on it after a resize').toBeLessThanOrEqual(2);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('leaves the position to a reader who is scrolling when the layout changes', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    const { page } = watched;
    await readStep(page, 3);
    const start = await page.evaluate(() => scrollY);
    // A wheel turn starts a scroll the reader owns; the window narrows before it ends.
    await page.mouse.move(300, 400);
    const ended = page.evaluate(
      () => new Promise<void>((done) => addEventListener('scrollend', () => done(), { once: true }))
    );
    await page.mouse.wheel(0, 1600);
    await changeLayout(page, () => page.setViewportSize({ width: 1000, height: 800 }));
    await ended;
    await settle(page);
    expect(await page.evaluate(() => scrollY), 'the engine pulled the reader back').toBeGreaterThan(start + 1000);
    expect(await currentSteps(page)).not.toEqual(['step-3']);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  const html = readFileSync('build/index.html', 'utf8');
  const visible = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  const decode = (text: string) =>
    text
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"');

  it.each(content.steps.map((step, i) => ({ n: i + 1, step })))(
    'the built page holds the text of step $n',
    ({ step }) => {
      // Numbers that follow the calculator ({{stake}}) are prerendered at the reported figures.
      for (const fragment of step.text.split(/\{\{\w+\}\}/)) expect(decode(visible)).toContain(fragment.trim());
    }
  );

  it('prerenders the live numbers at the reported figures', () => {
    const sentence = /an investment of (\S+) would buy Amazon a stake of (\S+) \(\s*(\S+) ÷ (\S+?)\s*\)/.exec(
      decode(visible)
    );
    expect(sentence?.slice(1)).toEqual(['$10B', '2%', '$10B', '$500B']);
    expect(visible.includes('{{'), 'a {{token}} reached the page').toBe(false);
  });

  it('lists every source with its link', () => {
    for (const source of content.sources) expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
  });

  it('shows the story and a still drawing with scripts disabled', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await watched.page.goto(`${origin}/`);
    const text = await watched.page.locator('main').innerText();
    for (const step of content.steps) expect(text).toContain(step.title);
    expect(await watched.page.locator('.graphic svg[role="img"]').count()).toBeGreaterThan(0);
    await watched.page.context().close();
  });

  // Without scripts nothing drives the sticky graphic, which is hidden: the steps were left in
  // its grid's first column, a screen's height apart, beside 800 px of nothing.
  it('reads as one centred column with scripts disabled, steps a short space apart', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    try {
      await watched.page.goto(`${origin}/`);
      const boxes = await watched.page.$$eval('.steps .step', (steps) =>
        steps.map((step) => step.getBoundingClientRect().toJSON() as DOMRect)
      );
      expect(boxes).toHaveLength(content.steps.length);
      for (const box of boxes) expect(Math.abs(box.left - (1280 - box.right))).toBeLessThanOrEqual(2);
      for (const [above, below] of boxes.slice(1).map((box, i) => [boxes[i]!, box] as const))
        expect(below.top - above.bottom).toBeLessThanOrEqual(64);
    } finally {
      await watched.page.context().close();
    }
  });

  // Without scripts a slider's thumb moved and nothing followed, under an introduction that
  // promised every number would: the calculator says it needs JavaScript and shows its figures.
  it('shows the calculator as its figures, with a line saying it needs JavaScript', async () => {
    const shown = async (javaScriptEnabled: boolean) => {
      const watched = await open(browser, origin, { viewport: { width: 375, height: 740 }, javaScriptEnabled });
      try {
        await watched.page.goto(`${origin}/`);
        return await watched.page.$eval('#explore', (explore) => {
          const seen = (selector: string) =>
            [...explore.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
          return {
            sliders: seen('input[type="range"]'),
            presets: seen('.presets button'),
            needsScript: seen('.without-script'),
            figuresFor: seen('.print-only'),
            results: seen('.results, [class*="result"]')
          };
        });
      } finally {
        await watched.page.context().close();
      }
    };
    const off = await shown(false);
    expect(off.sliders, 'sliders without JavaScript').toBe(0);
    expect(off.presets, 'preset buttons without JavaScript').toBe(0);
    expect(off.needsScript).toBe(1);
    expect(off.figuresFor).toBe(1);
    expect(off.results).toBeGreaterThan(0);
    const on = await shown(true);
    expect(on.sliders).toBeGreaterThan(0);
    expect(on.needsScript).toBe(0);
    expect(on.figuresFor).toBe(0);
  });

  // The steps' stills are 343 px images: in a phone's card (less than 343 px inside) they ran
  // out of it, cut at the screen's edge, and the page scrolled sideways.
  it.each([320, 375])('fits every step and its still drawing in a %i px screen', async (width) => {
    const watched = await open(browser, origin, { viewport: { width, height: 740 }, javaScriptEnabled: false });
    const { page } = watched;
    try {
      await page.goto(`${origin}/`);
      const stills = await page.$$eval('.step .step-still img', (images) =>
        images.map((img) => {
          const card = img.closest('.step')!.getBoundingClientRect();
          const box = img.getBoundingClientRect();
          return { left: box.left - card.left, right: card.right - box.right };
        })
      );
      expect(stills.length).toBe(count);
      stills.forEach((fit, i) => {
        expect(fit.left, `step ${i + 1}: px of the still out of its card on the left`).toBeGreaterThanOrEqual(0);
        expect(fit.right, `step ${i + 1}: px of the still out of its card on the right`).toBeGreaterThanOrEqual(0);
      });
      await expectNoHorizontalScroll(page);
    } finally {
      await page.context().close();
    }
  });
});
