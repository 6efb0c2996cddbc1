// One set of number formats for the whole site: the diagram, the story, the calculator and the
// tables all print money through these functions, so "$38B" never also appears as "$38.0bn".
import type { AmountQualifier } from './content/types';
import type { SliderUnit } from './model/types';

// Numbers print as Intl.NumberFormat('en-US') prints them, but without it: the first Intl object a
// page makes loads the browser's locale data, 30–55 ms of main thread on this machine at 1× (×4
// on a phone), paid by whichever task first prints a number (hydration, or the diagram's
// mount). The rules are few and tested against Intl itself (test/unit/format.test.ts): at most
// `max` fraction digits, trailing zeros trimmed down to `min`, rounded half away from zero on the
// number's shortest decimal form (1.005 → "1.01", where toFixed says "1.00"), thousands grouped
// with commas, no sign on a value that rounds to zero, and a typographic minus (−), as a
// newsroom prints it, not a hyphen.
export function decimal(value: number, max: number, min = 0, grouping = true): string {
  const abs = Math.abs(value);
  // NaN, infinities and amounts from 1e15 up (a thousand trillion dollars) are not ours to print:
  // every caller checks first; as String() has them.
  if (!(abs < 1e15)) return String(value);
  // Shift the decimal point in the number's shortest form ("1.005" → "1.005e2", 100.5 exactly)
  // and round half up: rounding on the form it prints as, not on its binary value.
  const [mantissa, exponent = 0] = String(abs).split('e');
  const digits = String(Math.round(Number(`${mantissa}e${Number(exponent) + max}`))).padStart(max + 1, '0');
  const int = digits.slice(0, digits.length - max);
  const frac = digits
    .slice(digits.length - max)
    .replace(/0+$/, '')
    .padEnd(min, '0');
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  return `${value < 0 && /[1-9]/.test(digits) ? '−' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const upToOneDecimal = (value: number) => decimal(value, 1);
const wholeNumber = (value: number) => decimal(value, 0);
const withCents = (value: number) => decimal(value, 2, 2);

/** One decimal under 100, where it says something; whole numbers from 100 up. */
function short(value: number): string {
  return Math.abs(value) >= 100 ? wholeNumber(value) : upToOneDecimal(value);
}

/** USD billions as a compact label: 38 → "$38B", 5.428 → "$5.4B", 1400 → "$1.4T", 0.35 → "$350M". */
export function usdBillions(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 1000) return `${sign}$${short(abs / 1000)}T`;
  if (abs > 0 && abs < 1) return `${sign}$${wholeNumber(abs * 1000)}M`;
  return `${sign}$${short(abs)}B`;
}

/** The same amount in words for screen readers: 10 → "$10 billion". */
export function usdBillionsSpoken(value: number): string {
  if (!Number.isFinite(value)) return 'unknown';
  const sign = value < 0 ? 'minus ' : '';
  const abs = Math.abs(value);
  if (abs >= 1000) return `${sign}$${short(abs / 1000)} trillion`;
  if (abs > 0 && abs < 1) return `${sign}$${wholeNumber(abs * 1000)} million`;
  return `${sign}$${short(abs)} billion`;
}

const QUALIFIER_WORDS: Record<AmountQualifier, string> = {
  exactly: '',
  'more-than': 'more than ',
  about: 'about ',
  'up-to': 'up to ',
  assumed: 'assumed '
};

/** A reported amount with its qualifier: (10, 'more-than') → "more than $10B". */
export function qualifiedAmount(value: number, qualifier: AmountQualifier): string {
  return QUALIFIER_WORDS[qualifier] + usdBillions(value);
}

/** A share as a percentage with sensible precision: 0.02 → "2%", 0.025 → "2.5%", 0.0587 → "5.9%". */
export function percent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${decimal(share * 100, digits, 0, false)}%`;
}

/** USD price with cents where they matter: 297.5 → "$297.50", 223 → "$223". */
export function usdPrice(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Number.isInteger(value) ? `$${wholeNumber(value)}` : `$${withCents(value)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date as a newsroom short date: "2025-12-17" → "Dec 17, 2025"; "2025-10" → "Oct 2025".
 * A calendar day, the same for every reader whatever their time zone; written out rather than
 * through Intl.DateTimeFormat for the reason the numbers are (see `decimal`), and tested
 * against it.
 */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month || month > 12) return String(year);
  return day ? `${MONTHS[month - 1]} ${day}, ${year}` : `${MONTHS[month - 1]} ${year}`;
}

/** A count of years: 1 → "1 year", 7 → "7 years". */
export function years(count: number): string {
  if (!Number.isFinite(count)) return '–';
  return count === 1 ? '1 year' : `${short(count)} years`;
}

/** An amount returned per dollar, to the cent: 0.354 → "$0.35", 1 → "$1", 4.8 → "$4.80". */
export function usdPerDollar(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return usdPrice(Math.round(value * 100) / 100);
}

/** A slider value in its unit, as printed: (10, 'usd-billions') → "$10B", (35.4, 'percent') → "35.4%". */
export function unitValue(value: number, unit: SliderUnit): string {
  switch (unit) {
    case 'usd-billions':
      return usdBillions(value);
    case 'percent':
      return percent(value / 100);
    case 'years':
      return years(value);
    case 'usd':
      return usdPrice(value);
  }
}

/** The same value in words for screen readers: "$10 billion", "35.4 percent", "7 years". */
export function unitValueSpoken(value: number, unit: SliderUnit): string {
  if (unit === 'usd-billions') return usdBillionsSpoken(value);
  if (unit === 'percent') return percent(value / 100).replace('%', ' percent');
  return unitValue(value, unit);
}

/** A whole count with its noun: (1, 'flow') → "1 flow", (2, 'company', 'companies') → "2 companies". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${wholeNumber(n)} ${n === 1 ? singular : plural}`;
}

/** A term in years, short form for tight labels: 7 → "7 yrs", 1 → "1 yr". */
export function yearsShort(n: number): string {
  return count(n, 'yr');
}

/** An amount spread over a term, per year: (38, 7) → "≈ $5.4B a year". */
export function perYear(value: number, term: number): string {
  return `≈ ${usdBillions(value / term)} a year`;
}

/**
 * A flow's amount in full, one line: "more than $10B", "$38B over 7 years ≈ $5.4B a year",
 * "undisclosed" (null). Tables, descriptions and detail cards all print amounts through this.
 */
export function flowAmount(value: number | null, qualifier: AmountQualifier, term?: number): string {
  if (value === null) return 'undisclosed';
  const amount = qualifiedAmount(value, qualifier);
  return term ? `${amount} over ${years(term)} ${perYear(value, term)}` : amount;
}

/** A slider's reported value with its qualifier: (10, 'usd-billions', 'more-than') → "more than $10B". */
export function qualifiedValue(value: number, unit: SliderUnit, qualifier: AmountQualifier): string {
  return QUALIFIER_WORDS[qualifier] + unitValue(value, unit);
}
