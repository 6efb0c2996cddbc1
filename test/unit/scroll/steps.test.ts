import { describe, expect, it } from 'vitest';
import {
  activeStep,
  clampStep,
  placeOf,
  scrollForPlace,
  scrollTargetFor,
  stepAnchor,
  stepFromHash,
  stepFromQuery,
  stepLabel,
  triggerOffset
} from '$lib/scroll/steps';

// Five steps, 800 px apart, the first starting 600 px into the document.
const tops = [600, 1400, 2200, 3000, 3800];

describe('activeStep', () => {
  it.each([
    { name: 'before the story', trigger: 0, expected: -1 },
    { name: 'just before the first step', trigger: 599, expected: -1 },
    { name: 'exactly on the first top', trigger: 600, expected: 0 },
    { name: 'inside the second step', trigger: 1800, expected: 1 },
    { name: 'a fast scroll straight to the end', trigger: 99_999, expected: 4 },
    { name: 'reload in the middle (fourth step)', trigger: 3001, expected: 3 }
  ])('$name → $expected', ({ trigger, expected }) => expect(activeStep(tops, trigger)).toBe(expected));

  it('is -1 for a story with no steps', () => expect(activeStep([], 500)).toBe(-1));

  it('follows geometry after a resize that changes every top', () => {
    const narrow = tops.map((top) => top * 1.7);
    expect(activeStep(narrow, 3000)).toBe(1);
    expect(activeStep(tops, 3000)).toBe(3);
  });
});

describe('triggerOffset', () => {
  it.each([
    { viewport: 800, graphic: 0, expected: 400 },
    { viewport: 700, graphic: 300, expected: 500 },
    { viewport: 400, graphic: 500, expected: 500 }
  ])('viewport $viewport, graphic $graphic → $expected', ({ viewport, graphic, expected }) =>
    expect(triggerOffset(viewport, graphic)).toBe(expected)
  );
});

describe('hash, query and labels', () => {
  it.each([
    ['#step-5', 9, 4],
    ['step-1', 9, 0],
    ['#step-9', 9, 8],
    ['#step-10', 9, null],
    ['#step-0', 9, null],
    ['#sources', 9, null],
    ['#step-5x', 9, null],
    ['', 9, null]
  ] as const)('stepFromHash(%j, %i) → %j', (hash, count, expected) => expect(stepFromHash(hash, count)).toBe(expected));

  it.each([
    ['3', 9, 2],
    ['99', 9, 8],
    ['0', 9, 0],
    ['-2', 9, null],
    ['2.5', 9, null],
    ['abc', 9, null],
    [null, 9, null]
  ] as const)('stepFromQuery(%j, %i) → %j', (value, count, expected) =>
    expect(stepFromQuery(value, count)).toBe(expected)
  );

  it('clamps, names anchors and labels steps', () => {
    expect(clampStep(12, 9)).toBe(8);
    expect(clampStep(-3, 9)).toBe(0);
    expect(clampStep(Number.NaN, 9)).toBe(0);
    expect(clampStep(2, 0)).toBe(-1);
    expect(stepAnchor(0)).toBe('step-1');
    expect(stepLabel(2, 9, 'The price')).toBe('Step 3 of 9: The price');
    expect(stepLabel(0, 9)).toBe('Step 1 of 9');
  });

  it('scrolls so that the target step crosses the trigger line', () => {
    const y = scrollTargetFor(2200, 400);
    expect(activeStep(tops, y + 400)).toBe(2);
    expect(scrollTargetFor(100, 400)).toBe(0);
  });
});

// The same five steps; the last one ends at 4600.
const end = 4600;

describe('placeOf', () => {
  it.each([
    { name: 'above the story', trigger: 500, place: null },
    { name: 'on the first top', trigger: 600, place: { step: 0, progress: 0 } },
    { name: 'half-way through the first step', trigger: 1000, place: { step: 0, progress: 0.5 } },
    { name: 'a quarter into the third', trigger: 2400, place: { step: 2, progress: 0.25 } },
    {
      name: 'half-way through the last, measured to the story’s bottom',
      trigger: 4200,
      place: { step: 4, progress: 0.5 }
    },
    {
      name: 'just above the story’s bottom, still on the last step',
      trigger: end - 1,
      place: { step: 4, progress: 799 / 800 }
    },
    { name: 'on the story’s bottom, leaving it', trigger: end, place: null },
    { name: 'past the end (the calculator, the sources)', trigger: 9999, place: null }
  ])('$name → $place', ({ trigger, place }) => expect(placeOf(tops, end, trigger)).toEqual(place));

  it('gives a step of no height progress 0', () =>
    expect(placeOf([100, 100, 300], 300, 100)).toEqual({ step: 1, progress: 0 }));
});

describe('scrollForPlace', () => {
  it.each([
    { name: 'a quarter into the third step', place: { step: 2, progress: 0.25 }, trigger: 400, y: 2000 },
    { name: 'the very top of a step stays a pixel inside it', place: { step: 0, progress: 0 }, trigger: 400, y: 201 },
    {
      name: 'the very end of a step stays a pixel before the next',
      place: { step: 1, progress: 1 },
      trigger: 400,
      y: 1799
    },
    { name: 'never above the page', place: { step: 0, progress: 0 }, trigger: 700, y: 0 },
    { name: 'a step the geometry does not have', place: { step: 9, progress: 0.5 }, trigger: 400, y: null }
  ])('$name → $y', ({ place, trigger, y }) => expect(scrollForPlace(tops, end, place, trigger)).toBe(y));

  // A zoom to 200% as a browser does it (half the CSS viewport, text reflowed, every step taller)
  // and back: from any place, the step the reader was on is the step they are on.
  const zoomed = tops.map((top) => Math.round(top * 1.7 + 90));
  const zoomedEnd = Math.round(end * 1.7 + 90);
  it.each([0, 1, 2, 3, 4].flatMap((step) => [0, 0.3, 0.999, 1].map((progress) => ({ step, progress }))))(
    'step $step at $progress keeps its step at 200% and back',
    (place) => {
      const y200 = scrollForPlace(zoomed, zoomedEnd, place, 200)!;
      const there = placeOf(zoomed, zoomedEnd, y200 + 200)!;
      expect(there.step).toBe(place.step);
      const y100 = scrollForPlace(tops, end, there, 400)!;
      expect(activeStep(tops, y100 + 400)).toBe(place.step);
    }
  );
});
