// The thin DOM half of the scroll engine. It measures the steps' tops once per layout change
// (load, pageshow, resize, zoom, fonts, any size change of the story) and, on scroll, only reads
// the scroll position: the active step is then `activeStep` of that geometry (steps.ts).
import { activeStep, scrollTargetFor, triggerOffset } from './steps';

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
  let offset = 0;
  let current = Number.NaN;
  let frame = 0;
  // While a scroll we started (stepper, keys, deep link) is travelling, the steps it passes are
  // not the reader's choice: hold the target until the scroll ends.
  let travelling: ReturnType<typeof setTimeout> | undefined;

  const measure = () => {
    const scrollY = window.scrollY;
    tops = options.steps().map((el) => el.getBoundingClientRect().top + scrollY);
    const graphic = options.coveringGraphic();
    offset = triggerOffset(window.innerHeight, graphic ? graphic.getBoundingClientRect().height : 0);
  };

  const update = () => {
    frame = 0;
    if (travelling !== undefined) return;
    const index = activeStep(tops, window.scrollY + offset);
    if (index !== current) {
      current = index;
      options.onchange(index);
    }
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  const remeasure = () => {
    measure();
    schedule();
  };

  const arrived = () => {
    if (travelling === undefined) return;
    clearTimeout(travelling);
    travelling = undefined;
    schedule();
  };

  measure();
  update();

  const resizeObserver = new ResizeObserver(remeasure);
  resizeObserver.observe(root);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('scrollend', arrived);
  // A reader who takes over (wheel, touch, keyboard scroll) ends our scroll at once.
  window.addEventListener('wheel', arrived, { passive: true });
  window.addEventListener('touchstart', arrived, { passive: true });
  window.addEventListener('resize', remeasure);
  window.addEventListener('load', remeasure);
  window.addEventListener('pageshow', remeasure);
  window.visualViewport?.addEventListener('resize', remeasure);
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
      window.removeEventListener('scrollend', arrived);
      window.removeEventListener('wheel', arrived);
      window.removeEventListener('touchstart', arrived);
      resizeObserver.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', remeasure);
      window.removeEventListener('load', remeasure);
      window.removeEventListener('pageshow', remeasure);
      window.visualViewport?.removeEventListener('resize', remeasure);
    }
  };
}
