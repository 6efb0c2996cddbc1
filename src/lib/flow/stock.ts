// The stock step's small chart: analysts' ratings a month earlier and now, and the share price
// against the average target. Bars start at zero on linear scales, so lengths compare honestly;
// the figures are the article's own and the chart says so in its source line.
import { scaleLinear } from 'd3-scale';
import type { Market } from '$lib/content/types';
import { percent, usdPrice } from '$lib/format';
import { textSize } from './geometry';
import { upside } from './describe';

export type StockTone = 'before' | 'now' | 'price' | 'target';

export interface StockBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  tone: StockTone;
  /** The value printed at the end of the bar. */
  valueLabel: string;
  valueX: number;
  valueY: number;
}

export interface StockText {
  id: string;
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'end';
  kind: 'title' | 'label' | 'note';
}

export interface StockLayout {
  width: number;
  height: number;
  fontSize: number;
  bars: StockBar[];
  texts: StockText[];
  /** Bracket from the price to the target, with the upside written above it. */
  upside: { x1: number; x2: number; y: number; label: string; labelX: number; labelY: number };
  /** Legend swatches for "a month earlier" and "now". */
  swatches: { tone: StockTone; x: number; y: number; size: number }[];
}

/** Lay out the stock chart in a box of the given size. */
export function layoutStock(
  market: Market,
  size: { width: number; height: number },
  sourceName = 'the article'
): StockLayout {
  const { width: W, height: H } = size;
  const font = W < 480 ? 12 : 14;
  const pad = 8;
  const line = font * 1.5;
  const rowLabels = ['Buy', 'Hold', 'Sell'];
  const priceLabels = ['Price', 'Target'];
  const labelWidth = textSize(['Target'], font).width + 8;
  const valueWidth = textSize([usdPrice(market.target)], font).width + 6;
  const x0 = pad + labelWidth;
  const x1 = Math.max(x0 + 20, W - pad - valueWidth);

  // Vertical budget: five text lines (two titles, legend, upside note, source) and 8 bars.
  const fixed = 2 * pad + 5 * line + 3 * 6 + font;
  const barHeight = Math.max(5, Math.min(20, (H - fixed) / 10));
  const gap = Math.max(2, barHeight * 0.25);

  const texts: StockText[] = [];
  const bars: StockBar[] = [];
  let y = pad;

  texts.push({ id: 'ratings-title', x: pad, y: y + font, text: "Analysts' ratings", anchor: 'start', kind: 'title' });
  y += line;
  const swatchSize = font * 0.8;
  const legendBefore = 'a month earlier';
  const swatches = [
    { tone: 'before' as const, x: pad, y: y + font * 0.15, size: swatchSize },
    {
      tone: 'now' as const,
      x: pad + swatchSize + 4 + textSize([legendBefore], font).width + 12,
      y: y + font * 0.15,
      size: swatchSize
    }
  ];
  texts.push({
    id: 'legend-before',
    x: pad + swatchSize + 4,
    y: y + font * 0.9,
    text: legendBefore,
    anchor: 'start',
    kind: 'note'
  });
  texts.push({
    id: 'legend-now',
    x: swatches[1]!.x + swatchSize + 4,
    y: y + font * 0.9,
    text: 'now',
    anchor: 'start',
    kind: 'note'
  });
  y += line;

  const { before, now } = market.ratings;
  const ratings = scaleLinear()
    .domain([0, Math.max(1, before.buy, now.buy, before.hold, now.hold, before.sell, now.sell)])
    .range([x0, x1]);
  const keys = ['buy', 'hold', 'sell'] as const;
  keys.forEach((key, i) => {
    const rowTop = y;
    texts.push({
      id: `label-${key}`,
      x: x0 - 6,
      y: rowTop + barHeight + gap / 2 + font * 0.35,
      text: rowLabels[i]!,
      anchor: 'end',
      kind: 'label'
    });
    (['before', 'now'] as const).forEach((when, j) => {
      const value = market.ratings[when][key];
      const top = rowTop + j * (barHeight + gap);
      const width = ratings(value) - x0;
      bars.push({
        id: `${key}-${when}`,
        x: x0,
        y: top,
        width,
        height: barHeight,
        value,
        tone: when,
        valueLabel: String(value),
        valueX: x0 + width + 4,
        valueY: top + barHeight / 2 + font * 0.35
      });
    });
    y += 2 * barHeight + gap + 6;
  });

  y += font * 0.5;
  texts.push({
    id: 'price-title',
    x: pad,
    y: y + font,
    text: 'Share price and average target',
    anchor: 'start',
    kind: 'title'
  });
  y += line;
  const prices = scaleLinear()
    .domain([0, Math.max(market.target, market.price)])
    .range([x0, x1]);
  (['price', 'target'] as const).forEach((tone, j) => {
    const value = tone === 'price' ? market.price : market.target;
    const top = y + j * (barHeight + gap + 2);
    const width = prices(value) - x0;
    texts.push({
      id: `label-${tone}`,
      x: x0 - 6,
      y: top + barHeight / 2 + font * 0.35,
      text: priceLabels[j]!,
      anchor: 'end',
      kind: 'label'
    });
    bars.push({
      id: tone,
      x: x0,
      y: top,
      width,
      height: barHeight,
      value,
      tone,
      valueLabel: tone === 'price' ? `≈ ${usdPrice(value)}` : usdPrice(value),
      valueX: x0 + width + 4,
      valueY: top + barHeight / 2 + font * 0.35
    });
  });
  y += 2 * (barHeight + gap + 2);

  const up = upside(market);
  const bracketY = y + 4;
  const upsideLabel = `+${percent(up, 0)}: about a third above the price`;
  const short = textSize([upsideLabel], font).width > W - 2 * pad;
  const label = short ? `+${percent(up, 0)}, about a third` : upsideLabel;
  const upsideLayout = {
    x1: prices(market.price),
    x2: prices(market.target),
    y: bracketY,
    label,
    labelX: Math.min(W - pad - textSize([label], font).width, Math.max(pad, prices(market.price))),
    labelY: bracketY + font + 4
  };
  y = upsideLayout.labelY + 4;

  const source = `Source: ${sourceName}; not confirmed elsewhere`;
  const sourceText = textSize([source], font).width > W - 2 * pad ? `Source: ${sourceName}` : source;
  // The source line sits at the bottom of the box, or right under the chart if the box is short.
  texts.push({
    id: 'source',
    x: pad,
    y: Math.max(y + font, H - pad - 2),
    text: sourceText,
    anchor: 'start',
    kind: 'note'
  });

  return { width: W, height: H, fontSize: font, bars, texts, upside: upsideLayout, swatches };
}
