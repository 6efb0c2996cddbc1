// Live numbers in the page's words. A step's markdown, and every sentence of the calculator in
// content/calculator.yaml, may hold tokens such as `{{stake}}`; each becomes a number from the
// current scenario, printed through the site's formats. The page is prerendered at the reported
// values, so it reads true without JavaScript.
//
// `{{=}}` is the one token that is not a number: it prints "=" when every number in the same
// text is shown exactly, and "≈" when one of them was rounded for display, so that a worked
// formula such as "$5.4B + $1.4B ≈ $6.9B" never claims an equality the reader cannot check.
import { percent, unitValue, usdBillions, usdPerDollar, years } from '../format';
import type { Assumptions, DealResult } from './types';

interface Live {
  /** The number as the text prints it (USD billions, a share, years, USD), or null if none. */
  value?: (r: DealResult, a: Assumptions) => number | null;
  text: (r: DealResult, a: Assumptions) => string;
}

type Get = (r: DealResult, a: Assumptions) => number;
const billions = (get: Get): Live => ({ value: get, text: (r, a) => usdBillions(get(r, a)) });
const share = (get: (r: DealResult, a: Assumptions) => number | null): Live => ({
  value: get,
  text: (r, a) => {
    const value = get(r, a);
    return value === null ? '–' : percent(value);
  }
});
const perDollar = (get: Get): Live => ({ value: get, text: (r, a) => usdPerDollar(get(r, a)) });

const LIVE = {
  investment: billions((_r, a) => a.investment),
  valuation: billions((_r, a) => a.valuation),
  contract: billions((_r, a) => a.contract),
  term: { value: (r) => r.term, text: (r) => years(r.term) },
  spendBack: { value: (_r, a) => a.spendBack / 100, text: (_r, a) => unitValue(a.spendBack, 'percent') },
  margin: { value: (_r, a) => a.margin / 100, text: (_r, a) => unitValue(a.margin, 'percent') },
  target: { value: (_r, a) => a.target, text: (_r, a) => unitValue(a.target, 'usd') },
  price: { value: (_r, a) => a.price, text: (_r, a) => unitValue(a.price, 'usd') },
  stake: share((r) => r.stake),
  contractPerYear: billions((r) => r.contractPerYear),
  spendBackTotal: billions((r) => r.spendBackTotal),
  spendBackPerYear: billions((r) => r.spendBackPerYear),
  paymentsPerYear: billions((r) => r.paymentsPerYear),
  profitPerYear: billions((r) => r.profitPerYear),
  profitTotal: billions((r) => r.profitTotal),
  netAtEnd: billions((r) => r.netAtEnd),
  /** How far Amazon is still out of pocket at the end of the term; $0B once the cash is back. */
  shortfall: billions((r) => Math.max(0, -r.netAtEnd)),
  /**
   * When Amazon's cash is back, as a phrase that follows "Amazon's cash back:". Every place
   * that says when (or whether) the cash comes back says it through this token.
   */
  payback: { text: (r) => (r.paybackYear === null ? `not within ${years(r.term)}` : `in year ${r.paybackYear}`) },
  paybackYear: { value: (r) => r.paybackYear, text: (r) => (r.paybackYear === null ? '–' : String(r.paybackYear)) },
  revenuePerDollar: perDollar((r) => r.revenuePerDollar),
  profitPerDollar: perDollar((r) => r.profitPerDollar),
  upside: share((r) => r.upside)
} satisfies Record<string, Live>;

export type LiveKey = keyof typeof LIVE;

/** Every token a text may use, e.g. `{{stake}}`. */
export const LIVE_KEYS = Object.keys(LIVE) as LiveKey[];

export function isLiveKey(key: string): key is LiveKey {
  return Object.hasOwn(LIVE, key);
}

/** The text of one live number for a scenario: ('stake', …) → "2%". */
export function liveValue(key: LiveKey, result: DealResult, assumptions: Assumptions): string {
  return LIVE[key].text(result, assumptions);
}

/**
 * The number a formatted figure shows, in the scale its live value uses: "$5.4B" → 5.4,
 * "$506M" → 0.506, "$1.4T" → 1400, "35.4%" → 0.354, "7 years" → 7, "$297.50" → 297.5.
 * Null for anything that is not one number ("–", "in year 7").
 */
export function shownNumber(text: string): number | null {
  const match = /^([−-])?\$?(\d[\d,]*(?:\.\d+)?)(T|B|M|%| years?)?$/.exec(text.trim());
  if (!match) return null;
  const n = Number((match[2] ?? '').replaceAll(',', '')) * (match[1] ? -1 : 1);
  const scale = { T: 1000, B: 1, M: 0.001, '%': 0.01 }[match[3] as string] ?? 1;
  return n * scale;
}

/** True when a live number prints its exact value (nothing was rounded away for display). */
export function shownExactly(key: LiveKey, result: DealResult, assumptions: Assumptions): boolean {
  const entry: Live = LIVE[key];
  const value = entry.value?.(result, assumptions) ?? null;
  if (value === null) return true;
  const shown = shownNumber(entry.text(result, assumptions));
  return shown !== null && Math.abs(shown - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

export type LivePart = { html: string } | { key: LiveKey } | { sign: 'equals' };

const TOKEN = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/**
 * Text (or rendered HTML) cut at its tokens: [{ html: 'Amazon would own ' }, { key: 'stake' }, …].
 * Throws an Error naming an unknown key, so a typo in content stops the build.
 */
export function splitLive(html: string): LivePart[] {
  const parts: LivePart[] = [];
  let last = 0;
  for (const match of html.matchAll(TOKEN)) {
    const key = match[1] ?? '';
    if (key !== '=' && !isLiveKey(key))
      throw new Error(`unknown live number "{{${key}}}" (expected one of: ${LIVE_KEYS.join(', ')}, or {{=}})`);
    if (match.index > last) parts.push({ html: html.slice(last, match.index) });
    parts.push(key === '=' ? { sign: 'equals' } : { key });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}

/** "=" when every number among the parts is shown exactly, "≈" when one was rounded. */
function equalsSign(parts: readonly LivePart[], result: DealResult, assumptions: Assumptions): string {
  return parts.every((part) => !('key' in part) || shownExactly(part.key, result, assumptions)) ? '=' : '≈';
}

/** The parts as plain text, for sentences rendered as text (labels, captions, announcements). */
export function liveText(parts: readonly LivePart[], result: DealResult, assumptions: Assumptions): string {
  return parts
    .map((part) =>
      'html' in part
        ? part.html
        : 'key' in part
          ? liveValue(part.key, result, assumptions)
          : equalsSign(parts, result, assumptions)
    )
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Parts from splitLive joined back into HTML, each token as `<span class="live" data-live="key">value</span>`. */
export function joinLive(
  parts: readonly LivePart[],
  result: DealResult,
  assumptions: Assumptions,
  options: { markSigns?: boolean } = {}
): string {
  const sign = () => equalsSign(parts, result, assumptions);
  return parts
    .map((part) =>
      'html' in part
        ? part.html
        : 'key' in part
          ? `<span class="live" data-live="${part.key}">${escapeHtml(liveValue(part.key, result, assumptions))}</span>`
          : options.markSigns
            ? `<span class="live-sign">${sign()}</span>`
            : sign()
    )
    .join('');
}

/**
 * The HTML with its tokens filled in. Render it whole with {@html}: tokens usually sit inside a
 * <p>, so rendering the parts of splitLive one by one would cut elements in two.
 */
export function renderLive(
  html: string,
  result: DealResult,
  assumptions: Assumptions,
  options: { markSigns?: boolean } = {}
): string {
  return joinLive(splitLive(html), result, assumptions, options);
}
