// What each figure of the stock step is, said on the chart: who gave the ratings, the target and
// the price, and that the upside is our arithmetic. The drawing comes from stock.ts; this only
// rewrites its words (the price's value label, the upside note, the source line) from the
// market's `figures` in content/market.yaml, keeping each inside the drawing's width, and
// writes the matching text alternative.
import type { Market, MarketFigure, SourceName } from '$lib/content/types';
import { percent, usdPrice } from '$lib/format';
import { BASIS_BADGE } from '$lib/model/basis';
import { outlets, upside } from './describe';
import { textSize } from './geometry';
import type { StockLayout } from './stock';

/** The drawing's inner margin, as stock.ts lays it out. */
const PAD = 8;

/** "Oninvest" for a reported figure, "our arithmetic" for a derived one. */
function givenBy(figure: MarketFigure, sources: readonly SourceName[]): string {
  if (figure.basis !== 'reported') return BASIS_BADGE[figure.basis];
  return outlets(figure.sources, sources).join(', ') || 'the article';
}

/** Still "not confirmed elsewhere" when its basisNote says it could not be confirmed. */
const unconfirmed = (figure: MarketFigure) => /could not confirm|not confirmed/i.test(figure.basisNote ?? '');

/** The first of the texts that fits in `width` at `fontSize`, else the last (shortest) one. */
function fitting(texts: readonly string[], width: number, fontSize: number): string {
  return texts.find((text) => textSize([text], fontSize).width <= width) ?? texts[texts.length - 1] ?? '';
}

/** The stock layout with words that say what each figure is. Returns a new layout. */
export function withFigureBases(layout: StockLayout, market: Market, sources: readonly SourceName[]): StockLayout {
  const { ratings, target, price, upside: up } = market.figures;
  const room = layout.width - 2 * PAD;
  const font = layout.fontSize;

  const bars = layout.bars.map((bar) =>
    bar.id === 'price'
      ? { ...bar, valueLabel: price.basis === 'reported' ? usdPrice(bar.value) : `≈ ${usdPrice(bar.value)}` }
      : bar
  );

  const gain = `+${percent(upside(market), 0)}`;
  const mark = up.basis === 'reported' ? '' : ` (${BASIS_BADGE[up.basis]})`;
  const label = fitting([`${gain}${mark}: about a third above the price`, `${gain}${mark}`, gain], room, font);
  const labelX = Math.min(layout.width - PAD - textSize([label], font).width, Math.max(PAD, layout.upside.x1));

  const figuresFrom = givenBy(ratings, sources) === givenBy(target, sources) ? 'Ratings, target' : 'Ratings';
  const caveat = unconfirmed(ratings) || unconfirmed(target) ? ', unconfirmed' : '';
  const source = fitting(
    [
      ...(price.basisNote
        ? [
            `${figuresFrom}: ${givenBy(ratings, sources)}${caveat}. Price, ${lower(price.basisNote)}: ${givenBy(price, sources)}`
          ]
        : []),
      `${figuresFrom}: ${givenBy(ratings, sources)}${caveat}. Price: ${givenBy(price, sources)}`,
      `Sources: ${givenBy(ratings, sources)}${caveat}; ${givenBy(price, sources)}`,
      `Sources: ${[...new Set([givenBy(ratings, sources), givenBy(target, sources), givenBy(price, sources)])].join(', ')}`
    ],
    room,
    font
  );

  return {
    ...layout,
    bars,
    upside: { ...layout.upside, label, labelX },
    texts: layout.texts.map((text) => (text.id === 'source' ? { ...text, text: source } : text))
  };
}

/** The chart's accessible name and description, each figure with its basis. */
export function describeStockFigures(
  market: Market,
  sources: readonly SourceName[],
  stepLabel: string
): { name: string; description: string } {
  const { before, now } = market.ratings;
  const { ratings, target, price, upside: up } = market.figures;
  const caveat = (figure: MarketFigure) => (unconfirmed(figure) ? '; not confirmed elsewhere' : '');
  const description =
    `Analysts' ratings a month earlier and now: buy ${before.buy} to ${now.buy}, ` +
    `hold ${before.hold} to ${now.hold}, sell ${before.sell} to ${now.sell} ` +
    `(as given by ${givenBy(ratings, sources)}${caveat(ratings)}). ` +
    `The average target, ${usdPrice(market.target)} (${givenBy(target, sources)}${caveat(target)}), ` +
    `against the share price, ${usdPrice(market.price)}${price.basisNote ? `, ${lower(price.basisNote)}` : ''} ` +
    `(${givenBy(price, sources)}). ` +
    `The target is ${percent(upside(market), 0)} above the price, about a third (${givenBy(up, sources)}).`;
  return { name: `Amazon stock and analysts' ratings, ${stepLabel}`, description: description.replace('..', '.') };
}

function lower(text: string): string {
  return (text.charAt(0).toLowerCase() + text.slice(1)).replace(/\.$/, '');
}
