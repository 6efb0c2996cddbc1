#!/usr/bin/env node
// Benchmarks in Chromium against the built site (npm run build first): `npm run bench`.
// 1. Motion: the main thread's work per frame while the dots move at the round-trip step
//    (goal: under 2 ms a frame), what the dots add to frames the main thread makes anyway, and
//    the tasks of a scene change (goal: none over 50 ms, frames within 16 ms).
// 2. A slider input to the next painted frame with everything updated (the results, the chart,
//    the story's live numbers, the diagram's widths), p50 and p95 over 100 moves (goal: 16 ms).
// 3. The whole web (/web): the time control moved a month at a time, to the next painted frame
//    with the drawing and the table redrawn, p50 and p95 over every month, twice over (the
//    second pass draws from the layout cache), at 1280 and 375 px, and with a company in focus;
//    the longest task while scrubbing (goal: a frame, 16 ms, at p95; no task over 50 ms).
import { resolve } from 'node:path';
import { launch } from './chromium.js';
import { mainThreadTasks } from './scroll-perf.js';
import { serve } from './serve.js';

/**
 * Frames the page's compositor drew in a trace (its DrawFrame events).
 * @param {Buffer} traceBuffer
 */
function framesDrawn(traceBuffer) {
  /** @type {{ traceEvents: { ph: string; name: string; pid: number; tid: number; args?: { name?: string } }[] }} */
  const { traceEvents } = JSON.parse(traceBuffer.toString('utf8'));
  const renderers = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => e.pid)
  );
  const compositors = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'Compositor' && renderers.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`)
  );
  return traceEvents.filter((e) => e.name === 'DrawFrame' && compositors.has(`${e.pid}:${e.tid}`)).length;
}

/** `npm run bench -- --web`: only the whole web's scrubbing (3). */
const webOnly = process.argv.includes('--web');
const { server, origin } = await serve(resolve('build'));
const browser = await launch();

/** @param {number[]} values @param {number} p */
const quantile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
const ms = (/** @type {number} */ n) => `${n.toFixed(2)} ms`;

try {
  if (!webOnly) {
    // 1. Motion: each dot is a Web Animation of its transform, which the compositor plays, so
    //    while the reader reads, nothing runs on the main thread per frame. A requestAnimationFrame
    //    counter would itself make the main thread produce every frame (and Blink then updates
    //    each running animation's style in it): it measured 3 ms a frame for 60 dots on a bare
    //    page with nothing else on it. So this counts the frames the compositor drew from the
    //    trace, with nothing of ours asking for frames; then what the dots add to frames the main
    //    thread produces anyway (a scroll, a tween), the same counter with the dots moving and
    //    paused.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await page.addInitScript(() => {
      const frames = /** @type {number[]} */ ([]);
      Object.assign(window, { __frames: frames });
      const original = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) =>
        original((time) => {
          const start = performance.now();
          callback(time);
          frames.push(performance.now() - start);
        });
    });
    await page.goto(`${origin}/#step-6`);
    await page.waitForFunction(
      () => !!document.querySelector('.graphic .flow-figure .flow-table caption')?.textContent?.includes('step 6')
    );
    // Every highlighted flow has its dots (they start a few per frame), then a quiet second.
    await page.waitForFunction(() => {
      const dots = document.querySelectorAll('[data-flow-motion]');
      return dots.length > 0 && document.querySelectorAll('[data-flow-motion].on').length === dots.length;
    });
    await page.waitForTimeout(1000);
    const dots = await page.evaluate(() => document.querySelectorAll('[data-flow-motion]').length);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline.frame']
    });
    await page.waitForTimeout(3000);
    const reading = await browser.stopTracing();
    const busy = mainThreadTasks(reading).reduce((sum, task) => sum + task.duration, 0);
    const drawn = framesDrawn(reading);
    if (drawn === 0) throw new Error('bench: the trace holds no DrawFrame event of the page, so no frame to divide by');
    console.log(
      `Motion at step 6 (${dots} dots) over 3 s, the reader still: ${drawn} frames drawn, main thread busy ` +
        `${ms(busy)} in all, ${ms(busy / drawn)} a frame (goal: under 2 ms)`
    );
    /** Main-thread time a frame while a requestAnimationFrame loop runs for 2 s. */
    const forcedFrames = async () => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
      const ticks = await page.evaluate(
        () =>
          new Promise((done) => {
            let n = 0;
            const end = performance.now() + 2000;
            const tick = () => (performance.now() < end ? (n++, requestAnimationFrame(tick)) : done(n));
            requestAnimationFrame(tick);
          })
      );
      const tasks = mainThreadTasks(await browser.stopTracing());
      return tasks.reduce((sum, task) => sum + task.duration, 0) / Math.max(1, Number(ticks));
    };
    const moving = await forcedFrames();
    await page.getByRole('button', { name: 'Pause animation' }).click();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const still = await forcedFrames();
    await page.getByRole('button', { name: 'Play animation' }).click();
    console.log(
      `Motion at step 6 in frames the main thread makes anyway: ${ms(moving)} a frame moving, ${ms(still)} paused: ` +
        `the dots add ${ms(moving - still)}`
    );

    // 1b. A scene change: the new scene's first frame, then the transition's frames (svelte/motion's
    //     Tween redraws the bands each frame). The trace's main-thread tasks hold each frame's
    //     script (microtasks, where Svelte updates the DOM, included), style, layout and paint;
    //     the frame callbacks alone are our script before Svelte's update.
    await page.evaluate(() => {
      /** @type {any} */ (window).__frames.length = 0;
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
    await page.evaluate(() => document.getElementById('step-7')?.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(
      () => !!document.querySelector('.graphic .flow-figure .flow-table caption')?.textContent?.includes('step 7')
    );
    await page.waitForTimeout(900);
    const change = mainThreadTasks(await browser.stopTracing()).filter((task) => task.duration > 1);
    const [first, ...rest] = change; // longest first: the new scene's own frame
    const frames = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__frames));
    const restMs = rest.map((task) => task.duration);
    console.log(
      `Scene change 6 → 7: the longest task ${first ? ms(first.duration) : '—'}${first?.parts ? ` (${first.parts})` : ''}; ` +
        `${rest.length} more tasks over 1 ms, p50 ${ms(quantile(restMs, 0.5))}, p95 ${ms(quantile(restMs, 0.95))}; ` +
        `frame callbacks alone: ${frames.length}, p95 ${ms(quantile(frames, 0.95))}`
    );

    // 2. Slider input to painted frame.
    await page.goto(`${origin}/`);
    await page.locator('#explore').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#explore')?.getAttribute('data-island') === 'hydrated');
    const { work, frame } = /** @type {{ work: number[], frame: number[] }} */ (
      await page.evaluate(async () => {
        const slider = /** @type {HTMLInputElement} */ (
          [.../** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[type="range"]'))].find(
            (el) => /investment/i.test(el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? '')
          )
        );
        const work = [];
        const frame = [];
        for (let i = 0; i < 100; i++) {
          // Start each move at the beginning of a frame, as a dragging hand's input arrives.
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          const start = performance.now();
          slider.value = String(5 + (i % 60));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          await Promise.resolve(); // Svelte applies the change in a microtask.
          void document.body.offsetHeight; // style and layout of the updated page
          work.push(performance.now() - start);
          // The frame that paints the update has run once a task queued from its rAF runs.
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          frame.push(performance.now() - start);
        }
        return { work, frame };
      })
    );
    console.log(
      `Slider input → DOM updated and laid out, over ${work.length} moves: p50 ${ms(quantile(work, 0.5))}, p95 ${ms(quantile(work, 0.95))}, max ${ms(Math.max(...work))}`
    );
    console.log(
      `Slider input → next painted frame: p50 ${ms(quantile(frame, 0.5))}, p95 ${ms(quantile(frame, 0.95))}, max ${ms(Math.max(...frame))}`
    );
  }

  // 3. Scrubbing the whole web.
  for (const [width, path] of /** @type {const} */ ([
    [1280, '/web'],
    [375, '/web'],
    [375, '/web?focus=openai']
  ])) {
    const web = await browser.newPage({ viewport: { width, height: 800 } });
    await web.goto(`${origin}${path}`);
    await web.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // The explorer lays out the other months while idle; scrubbing starts once it has.
    await web.waitForSelector('.web-explorer[data-warmed]', { timeout: 30_000 });
    const result = /** @type {{ first: number[], again: number[], work: number[], longest: number, over: number }} */ (
      await web.evaluate(async () => {
        const longTasks = /** @type {number[]} */ ([]);
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        const slider = /** @type {HTMLInputElement} */ (document.querySelector('.web-explorer input[type="range"]'));
        const months = Number(slider.max) + 1;
        const work = /** @type {number[]} */ ([]);
        const pass = async () => {
          const frames = [];
          for (let i = 0; i < months; i++) {
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
            const start = performance.now();
            slider.value = String(i);
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            await Promise.resolve(); // Svelte applies the change in a microtask.
            void document.body.offsetHeight; // style and layout of the updated page
            work.push(performance.now() - start);
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
            frames.push(performance.now() - start);
          }
          return frames;
        };
        const first = await pass();
        const again = await pass();
        await new Promise((done) => setTimeout(done, 100));
        observer.disconnect();
        return { first, again, work, longest: Math.max(0, ...longTasks), over: longTasks.filter((d) => d > 50).length };
      })
    );
    const all = [...result.first, ...result.again];
    console.log(
      `Whole web ${path} at ${width} px, time control → next painted frame over ${all.length} moves: ` +
        `p50 ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))} (first pass p95 ${ms(quantile(result.first, 0.95))}, ` +
        `cached p95 ${ms(quantile(result.again, 0.95))}), max ${ms(Math.max(...all))}; ` +
        `script, style and layout p50 ${ms(quantile(result.work, 0.5))}, p95 ${ms(quantile(result.work, 0.95))}; ` +
        `long tasks over 50 ms: ${result.over}, longest ${result.longest ? ms(result.longest) : 'none over 50 ms'}`
    );
    await web.close();
  }
} finally {
  await browser.close();
  server.close();
}
