// Live numbers in the story's sentences. A step's markdown may hold tokens such as `{{stake}}`;
// each becomes a number from the current scenario, printed through the site's formats. The page
// is prerendered at the reported values, so it reads true without JavaScript.
import { percent, unitValue, usdBillions, usdPerDollar, years } from '../format';
import type { Assumptions, DealResult } from './types';

const LIVE = {
  investment: (_r, a) => usdBillions(a.investment),
  valuation: (_r, a) => usdBillions(a.valuation),
  contract: (_r, a) => usdBillions(a.contract),
  term: (r) => years(r.term),
  spendBack: (_r, a) => unitValue(a.spendBack, 'percent'),
  margin: (_r, a) => unitValue(a.margin, 'percent'),
  target: (_r, a) => unitValue(a.target, 'usd'),
  price: (_r, a) => unitValue(a.price, 'usd'),
  stake: (r) => percent(r.stake),
  contractPerYear: (r) => usdBillions(r.contractPerYear),
  spendBackTotal: (r) => usdBillions(r.spendBackTotal),
  spendBackPerYear: (r) => usdBillions(r.spendBackPerYear),
  paymentsPerYear: (r) => usdBillions(r.paymentsPerYear),
  profitPerYear: (r) => usdBillions(r.profitPerYear),
  profitTotal: (r) => usdBillions(r.profitTotal),
  netAtEnd: (r) => usdBillions(r.netAtEnd),
  payback: (r) => (r.paybackYear === null ? `not within ${years(r.term)}` : `in year ${r.paybackYear}`),
  revenuePerDollar: (r) => usdPerDollar(r.revenuePerDollar),
  profitPerDollar: (r) => usdPerDollar(r.profitPerDollar),
  allRevenuePerDollar: (r) => usdPerDollar(r.allRevenuePerDollar),
  upside: (r) => (r.upside === null ? '–' : percent(r.upside))
} satisfies Record<string, (r: DealResult, a: Assumptions) => string>;

export type LiveKey = keyof typeof LIVE;

/** Every token a step may use, e.g. `{{stake}}`. */
export const LIVE_KEYS = Object.keys(LIVE) as LiveKey[];

export function isLiveKey(key: string): key is LiveKey {
  return Object.hasOwn(LIVE, key);
}

/** The text of one live number for a scenario: ('stake', …) → "2%". */
export function liveValue(key: LiveKey, result: DealResult, assumptions: Assumptions): string {
  return LIVE[key](result, assumptions);
}

export type LivePart = { html: string } | { key: LiveKey };

const TOKEN = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/**
 * Rendered HTML cut at its `{{key}}` tokens: [{ html: 'Amazon would own ' }, { key: 'stake' }, …].
 * Throws an Error naming an unknown key, so a typo in a step stops the build.
 */
export function splitLive(html: string): LivePart[] {
  const parts: LivePart[] = [];
  let last = 0;
  for (const match of html.matchAll(TOKEN)) {
    const key = match[1] ?? '';
    if (!isLiveKey(key)) throw new Error(`unknown live number "{{${key}}}" (expected one of: ${LIVE_KEYS.join(', ')})`);
    if (match.index > last) parts.push({ html: html.slice(last, match.index) });
    parts.push({ key });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Parts from splitLive joined back into HTML, each token as `<span class="live" data-live="key">value</span>`. */
export function joinLive(parts: readonly LivePart[], result: DealResult, assumptions: Assumptions): string {
  return parts
    .map((part) =>
      'html' in part
        ? part.html
        : `<span class="live" data-live="${part.key}">${escapeHtml(liveValue(part.key, result, assumptions))}</span>`
    )
    .join('');
}

/**
 * The HTML with its tokens filled in. Render it whole with {@html}: tokens usually sit inside a
 * <p>, so rendering the parts of splitLive one by one would cut elements in two.
 */
export function renderLive(html: string, result: DealResult, assumptions: Assumptions): string {
  return joinLive(splitLive(html), result, assumptions);
}
