// The stock chart's words say what each figure is: who gave it, or that it is our arithmetic.
import { describe, expect, it } from 'vitest';
import type { Market, Source } from '$lib/content/types';
import { layoutStock } from '$lib/flow/stock';
import { describeStockFigures, withFigureBases } from '$lib/flow/stock-basis';
import { textSize } from '$lib/flow/geometry';

const source = (id: string, outlet: string): Source => ({
  id,
  outlet,
  title: 'T',
  date: '2025-12-17',
  url: `https://example.com/${id}`,
  kind: 'report'
});
const sources = [source('oninvest', 'Oninvest'), source('livemint', 'Livemint')];

/** The stock step as content/market.yaml has it: the price is the reported 16 Dec close. */
const market: Market = {
  ratings: { before: { buy: 68, hold: 4, sell: 0 }, now: { buy: 70, hold: 3, sell: 0 } },
  target: 297.5,
  price: 222.56,
  close: 222.56,
  sources: ['oninvest', 'livemint'],
  figures: {
    ratings: {
      basis: 'reported',
      sources: ['oninvest'],
      basisNote: "The article's counts; we could not confirm them."
    },
    target: { basis: 'reported', sources: ['oninvest'], basisNote: 'We could not confirm it elsewhere.' },
    price: { basis: 'reported', sources: ['livemint'], basisNote: 'The close on 16 Dec 2025.' },
    close: { basis: 'reported', sources: ['livemint'] },
    upside: { basis: 'derived', basisNote: 'target ÷ close − 1', sources: [] }
  }
};

const words = (m: Market, width: number) => {
  const layout = withFigureBases(layoutStock(m, { width, height: 360 }), m, sources);
  return {
    layout,
    price: layout.bars.find((bar) => bar.id === 'price')?.valueLabel,
    upside: layout.upside.label,
    source: layout.texts.find((text) => text.id === 'source')?.text
  };
};

describe('withFigureBases', () => {
  it.each([
    {
      width: 1280,
      price: '$222.56',
      upside: '+34% (our arithmetic): about a third above the price',
      source: 'Ratings, target: Oninvest, unconfirmed. Price, the close on 16 Dec 2025: Livemint'
    },
    {
      width: 640,
      price: '$222.56',
      upside: '+34% (our arithmetic): about a third above the price',
      source: 'Ratings, target: Oninvest, unconfirmed. Price: Livemint'
    },
    {
      width: 320,
      price: '$222.56',
      upside: '+34% (our arithmetic)',
      source: 'Sources: Oninvest, unconfirmed; Livemint'
    }
  ])('at $width px: each figure says who gave it', ({ width, ...expected }) => {
    const { price, upside, source } = words(market, width);
    expect({ price, upside, source }).toEqual(expected);
  });

  it('keeps "≈" on a price that is not reported', () => {
    const implied: Market = {
      ...market,
      price: 223.2,
      figures: { ...market.figures, price: { basis: 'derived', basisNote: '297.5 ÷ 1.333', sources: [] } }
    };
    expect(words(implied, 640).price).toBe('≈ $223.20');
    expect(words(implied, 640).source).toMatch(/Price: our arithmetic$/);
  });

  it.each([320, 375, 640, 1280])('keeps its words inside the drawing at %i px', (width) => {
    const { layout } = words(market, width);
    const inside = (x: number, text: string) => x >= 0 && x + textSize([text], layout.fontSize).width <= width;
    expect(inside(layout.upside.labelX, layout.upside.label)).toBe(true);
    for (const text of layout.texts) if (text.anchor === 'start') expect(inside(text.x, text.text), text.id).toBe(true);
  });

  it('does not change its input', () => {
    const layout = layoutStock(market, { width: 640, height: 360 });
    const copy = structuredClone(layout);
    withFigureBases(layout, market, sources);
    expect(layout).toEqual(copy);
  });
});

describe('describeStockFigures', () => {
  it('says who gave each figure and that the upside is ours', () =>
    expect(describeStockFigures(market, sources, 'step 8 of 9')).toEqual({
      name: "Amazon stock and analysts' ratings, step 8 of 9",
      description:
        "Analysts' ratings a month earlier and now: buy 68 to 70, hold 4 to 3, sell 0 to 0 (as given by Oninvest; " +
        'not confirmed elsewhere). The average target, $297.50 (Oninvest; not confirmed elsewhere), against the ' +
        'share price, $222.56, the close on 16 Dec 2025 (Livemint). The target is 34% above the price, about a ' +
        'third (our arithmetic).'
    }));
});
