import { describe, expect, it } from 'vitest';
import { keyStep, swipeStep } from '$lib/embed/stepper';

const plain = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };

describe('keyStep', () => {
  it.each([
    { key: 'ArrowRight', mods: {}, delta: 1 },
    { key: 'ArrowLeft', mods: {}, delta: -1 },
    { key: 'ArrowDown', mods: {}, delta: 0 },
    { key: 'Enter', mods: {}, delta: 0 },
    { key: 'ArrowRight', mods: { altKey: true }, delta: 0 },
    { key: 'ArrowLeft', mods: { metaKey: true }, delta: 0 },
    { key: 'ArrowRight', mods: { shiftKey: true }, delta: 0 }
  ])('$key $mods → $delta', ({ key, mods, delta }) => expect(keyStep({ ...plain, ...mods, key })).toBe(delta));
});

describe('swipeStep', () => {
  it.each([
    { name: 'a swipe to the left is the next step', dx: -80, dy: 10, delta: 1 },
    { name: 'a swipe to the right is the previous step', dx: 80, dy: -10, delta: -1 },
    { name: 'a tap', dx: 3, dy: 2, delta: 0 },
    { name: 'too short', dx: -30, dy: 0, delta: 0 },
    { name: 'a vertical scroll', dx: -50, dy: 200, delta: 0 },
    { name: 'a diagonal', dx: -60, dy: 50, delta: 0 },
    { name: 'nonsense', dx: NaN, dy: 0, delta: 0 }
  ])('$name', ({ dx, dy, delta }) => expect(swipeStep(dx, dy)).toBe(delta));
});
