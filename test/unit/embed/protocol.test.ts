import { describe, expect, it } from 'vitest';
import { heightFromMessage, heightMessages, isHeightRequest } from '$lib/embed/protocol';

const none = { childId: null, secret: null };

describe('heightMessages', () => {
  it('sends ours and AMP’s always, rounded up', () =>
    expect(heightMessages(640.2, none)).toEqual([
      { type: 'ftm:height', height: 641 },
      { sentinel: 'amp', type: 'embed-size', height: 641 }
    ]));

  it('adds pym.js’s string only with a child id', () =>
    expect(heightMessages(500, { childId: 'chart-1', secret: null })).toContain('pymxPYMxchart-1xPYMxheightxPYMx500'));

  it('adds WordPress’s message only with a secret', () =>
    expect(heightMessages(500, { childId: null, secret: 'Ab12Cd34Ef' })).toContainEqual({
      secret: 'Ab12Cd34Ef',
      message: 'height',
      value: 500
    }));

  it('speaks all four dialects when asked for both', () =>
    expect(heightMessages(812, { childId: 'c', secret: 's' })).toEqual([
      { type: 'ftm:height', height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      'pymxPYMxcxPYMxheightxPYMx812',
      { secret: 's', message: 'height', value: 812 }
    ]));
});

describe('isHeightRequest', () => {
  it.each([
    { name: 'our loader’s hello', data: { type: 'ftm:hello' }, dialects: none, expected: true },
    {
      name: 'WordPress ready with our secret',
      data: { message: 'ready', secret: 's1' },
      dialects: { childId: null, secret: 's1' },
      expected: true
    },
    {
      name: 'WordPress ready with another secret',
      data: { message: 'ready', secret: 's2' },
      dialects: { childId: null, secret: 's1' },
      expected: false
    },
    {
      name: 'WordPress ready without a secret of ours',
      data: { message: 'ready', secret: 's1' },
      dialects: none,
      expected: false
    },
    {
      name: 'pym width for our child',
      data: 'pymxPYMxc1xPYMxwidthxPYMx600',
      dialects: { childId: 'c1', secret: null },
      expected: true
    },
    {
      name: 'pym width for another child',
      data: 'pymxPYMxc2xPYMxwidthxPYMx600',
      dialects: { childId: 'c1', secret: null },
      expected: false
    },
    { name: 'a height message', data: { type: 'ftm:height', height: 5 }, dialects: none, expected: false },
    { name: 'null', data: null, dialects: none, expected: false },
    { name: 'a number', data: 42, dialects: none, expected: false }
  ])('$name: $expected', ({ data, dialects, expected }) => expect(isHeightRequest(data, dialects)).toBe(expected));
});

describe('heightFromMessage', () => {
  it.each([
    { name: 'ours', data: { type: 'ftm:height', height: 640 }, height: 640 },
    { name: 'ours, fractional', data: { type: 'ftm:height', height: 640.1 }, height: 641 },
    { name: 'AMP', data: { sentinel: 'amp', type: 'embed-size', height: 300 }, height: 300 },
    { name: 'AMP without sentinel', data: { type: 'embed-size', height: 300 }, height: null },
    { name: 'a string height', data: { type: 'ftm:height', height: '640' }, height: null },
    { name: 'zero', data: { type: 'ftm:height', height: 0 }, height: null },
    { name: 'negative', data: { type: 'ftm:height', height: -5 }, height: null },
    { name: 'NaN', data: { type: 'ftm:height', height: NaN }, height: null },
    { name: 'absurd', data: { type: 'ftm:height', height: 1e9 }, height: null },
    { name: 'pym string', data: 'pymxPYMxcxPYMxheightxPYMx500', height: null },
    { name: 'WordPress', data: { secret: 's', message: 'height', value: 500 }, height: null },
    { name: 'null', data: null, height: null }
  ])('$name → $height', ({ data, height }) => expect(heightFromMessage(data)).toBe(height));
});
