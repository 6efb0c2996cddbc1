import { describe, expect, it } from 'vitest';
import {
  activeStep,
  clampStep,
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
