import { describe, expect, it } from 'vitest';
import { textSize } from '$lib/flow/geometry';
import { layoutStock } from '$lib/flow/stock';
import { deepFreeze, market } from './fixtures';

describe('layoutStock', () => {
  const layout = layoutStock(deepFreeze(structuredClone(market)), { width: 640, height: 400 }, 'Oninvest');
  const bar = (id: string) => layout.bars.find((b) => b.id === id)!;

  it.each([
    ['buy-before', 68],
    ['buy-now', 70],
    ['hold-before', 4],
    ['hold-now', 3],
    ['sell-before', 0],
    ['sell-now', 0],
    ['price', 223],
    ['target', 297.5]
  ])('draws %s = %s', (id, value) => expect(bar(id).value).toBe(value));

  it('starts every bar at zero on a linear scale', () => {
    expect(bar('buy-now').width / bar('buy-before').width).toBeCloseTo(70 / 68);
    expect(bar('hold-now').width / bar('buy-now').width).toBeCloseTo(3 / 70);
    expect(bar('sell-now').width).toBe(0);
    expect(bar('price').width / bar('target').width).toBeCloseTo(223 / 297.5);
    expect(bar('price').x).toBe(bar('target').x);
  });

  it('labels values and the upside', () => {
    expect(bar('price').valueLabel).toBe('≈ $223');
    expect(bar('target').valueLabel).toBe('$297.50');
    expect(layout.upside.label).toBe('+33%: about a third above the price');
    expect(layout.texts.find((t) => t.id === 'source')?.text).toBe('Source: Oninvest; not confirmed elsewhere');
  });

  it.each([
    [280, 220],
    [320, 224],
    [640, 400],
    [1280, 768]
  ])('keeps every text inside %s × %s', (width, height) => {
    const l = layoutStock(market, { width, height }, 'Oninvest');
    const font = l.fontSize;
    const boxes = [
      ...l.texts.map((t) => {
        const size = textSize([t.text], font);
        return {
          x: t.anchor === 'end' ? t.x - size.width : t.x,
          top: t.y - font,
          right: 0,
          width: size.width,
          bottom: t.y + font * 0.25
        };
      }),
      ...l.bars.map((b) => ({
        x: b.valueX,
        top: b.valueY - font,
        width: textSize([b.valueLabel], font).width,
        bottom: b.valueY,
        right: 0
      })),
      {
        x: l.upside.labelX,
        top: l.upside.labelY - font,
        width: textSize([l.upside.label], font).width,
        bottom: l.upside.labelY,
        right: 0
      }
    ];
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(height);
    }
  });
});
