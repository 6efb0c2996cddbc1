// The thin DOM half of the scroll engine. It measures the steps' tops once per layout change
// (load, pageshow, resize, zoom, rotation, a change of the visual viewport or of the device
// pixel ratio, fonts, any size change of the story) and, on scroll, only reads the scroll
// position: the active step is then `activeStep` of that geometry (steps.ts).
//
// A layout change moves every step, and the browser's own scroll anchoring keeps some element in
// view, not the reader's step: zoomed to 200% at step 3, a reader found step 5. So the engine
// keeps the reader's place (step and progress into it, `placeOf`) from the last scroll, and after
// re-measuring scrolls back to it (`scrollForPlace`), unless the reader is scrolling right then.
// Above the story and below it there is no place to keep, and the browser's anchoring is right.
import { activeStep, placeOf, scrollForPlace, scrollTargetFor, triggerOffset, type Place } from './steps';

export interface ScrollyOptions {
  /** The step elements, in reading order. */
  steps: () => HTMLElement[];
  /** The sticky graphic when it sits above the text (narrow screens), else null. */
  coveringGraphic: () => HTMLElement | null;
  /** Called with the active step index (-1 before the story) whenever it changes. */
  onchange: (index: number) => void;
}

export interface Scrolly {
  /** Scroll so that step `index` becomes active. */
  scrollTo: (index: number, behavior?: ScrollBehavior) => void;
  /** Stop listening. */
  stop: () => void;
}

/** Start tracking the steps inside `root`. */
export function trackSteps(root: HTMLElement, options: ScrollyOptions): Scrolly {
  let tops: number[] = [];
  let end = 0;
  let offset = 0;
  let current = Number.NaN;
  let frame = 0;
  // The reader's place as of the last scroll, in the geometry that scroll was measured in.
  let place: Place | null = null;
  // While a scroll we started (stepper, keys, deep link) is travelling, the steps it passes are
  // not the reader's choice: hold the target until the scroll ends.
  let travelling: ReturnType<typeof setTimeout> | undefined;
  // From the reader's wheel, touch or scrolling key until their scroll ends: their own scroll
  // wins over a place kept from before it. A touch, a key or a wheel that scrolled nothing sends
  // no scrollend, so those clear it themselves.
  let readerScrolling = false;
  let scrolledSinceInput = false;
  let wheelQuiet: ReturnType<typeof setTimeout> | undefined;

  const measure = () => {
    const scrollY = window.scrollY;
    const steps = options.steps();
    tops = steps.map((el) => el.getBoundingClientRect().top + scrollY);
    // The story's bottom, not the last card's: in the space after the card the last step's
    // drawing still shows, and the reader is still on it.
    end = steps.length ? root.getBoundingClientRect().bottom + scrollY : 0;
    const graphic = options.coveringGraphic();
    offset = triggerOffset(window.innerHeight, graphic ? graphic.getBoundingClientRect().height : 0);
  };

  const update = () => {
    frame = 0;
    if (travelling !== undefined) return;
    const trigger = window.scrollY + offset;
    place = placeOf(tops, end, trigger);
    const index = activeStep(tops, trigger);
    if (index !== current) {
      current = index;
      options.onchange(index);
    }
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  // After a layout change: measure the new geometry, then put the reader back where they were.
  const remeasure = () => {
    const kept = place;
    measure();
    if (kept && travelling === undefined && !readerScrolling) {
      const target = scrollForPlace(tops, end, kept, offset);
      if (target !== null && Math.abs(window.scrollY - target) >= 1)
        window.scrollTo({ top: target, behavior: 'instant' });
    }
    schedule();
  };

  const arrived = () => {
    if (travelling === undefined) return;
    clearTimeout(travelling);
    travelling = undefined;
    schedule();
  };

  const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
  const readerStarts = (event: Event) => {
    if (event instanceof KeyboardEvent && !SCROLL_KEYS.has(event.key)) return;
    readerScrolling = true;
    scrolledSinceInput = false;
    // A reader who takes over (wheel, touch, keyboard scroll) ends our scroll at once.
    arrived();
    if (event.type === 'wheel') {
      clearTimeout(wheelQuiet);
      wheelQuiet = setTimeout(inputEnds, 250);
    }
  };
  const inputEnds = () => {
    if (!scrolledSinceInput) readerScrolling = false;
  };
  const onScroll = () => {
    scrolledSinceInput = true;
    schedule();
  };
  const scrollEnds = () => {
    readerScrolling = false;
    arrived();
  };

  measure();
  update();

  const resizeObserver = new ResizeObserver(remeasure);
  resizeObserver.observe(root);
  // Zoom changes the device pixel ratio, and so does a window moved to another screen; each new
  // ratio needs a new query.
  let resolution: MediaQueryList | undefined;
  const watchResolution = () => {
    resolution?.removeEventListener('change', onResolution);
    resolution = window.matchMedia?.(`(resolution: ${window.devicePixelRatio}dppx)`);
    resolution?.addEventListener('change', onResolution);
  };
  const onResolution = () => {
    watchResolution();
    remeasure();
  };
  watchResolution();
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scrollend', scrollEnds);
  window.addEventListener('wheel', readerStarts, { passive: true });
  window.addEventListener('touchstart', readerStarts, { passive: true });
  window.addEventListener('keydown', readerStarts, { passive: true });
  window.addEventListener('touchend', inputEnds, { passive: true });
  window.addEventListener('touchcancel', inputEnds, { passive: true });
  window.addEventListener('keyup', inputEnds, { passive: true });
  window.addEventListener('resize', remeasure);
  window.addEventListener('orientationchange', remeasure);
  window.addEventListener('load', remeasure);
  window.addEventListener('pageshow', remeasure);
  window.visualViewport?.addEventListener('resize', remeasure);
  document.fonts?.addEventListener?.('loadingdone', remeasure);
  document.fonts?.ready.then(remeasure, () => {});

  return {
    scrollTo(index, behavior = 'auto') {
      measure();
      const top = tops[index];
      if (top === undefined) return;
      const target = scrollTargetFor(top, offset);
      if (index !== current) {
        // Moving by button or key must not wait for the scroll to reach the trigger line.
        current = index;
        options.onchange(index);
      }
      if (Math.abs(window.scrollY - target) < 2) return;
      clearTimeout(travelling);
      // Browsers without `scrollend` (and scrolls the browser clamps short) end by the clock.
      travelling = setTimeout(arrived, behavior === 'smooth' ? 1500 : 100);
      window.scrollTo({ top: target, behavior });
    },
    stop() {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(travelling);
      clearTimeout(wheelQuiet);
      resolution?.removeEventListener('change', onResolution);
      window.removeEventListener('scrollend', scrollEnds);
      window.removeEventListener('wheel', readerStarts);
      window.removeEventListener('touchstart', readerStarts);
      window.removeEventListener('keydown', readerStarts);
      window.removeEventListener('touchend', inputEnds);
      window.removeEventListener('touchcancel', inputEnds);
      window.removeEventListener('keyup', inputEnds);
      resizeObserver.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', remeasure);
      window.removeEventListener('orientationchange', remeasure);
      window.removeEventListener('load', remeasure);
      window.removeEventListener('pageshow', remeasure);
      window.visualViewport?.removeEventListener('resize', remeasure);
      document.fonts?.removeEventListener?.('loadingdone', remeasure);
    }
  };
}
