// Small readers for untyped YAML values. Each one either returns a value of the expected type
// or throws a ContentError that says what was expected, what was found, and where.
import { ContentError } from './errors';

/** Where a value lives: the file and the entry inside it, e.g. `flow "amazon-openai-equity"`. */
export interface Where {
  file: string;
  entry: string;
}

export type Record_ = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

export function fail(where: Where, problem: string): never {
  throw new ContentError(where.file, where.entry ? `${where.entry}: ${problem}` : problem);
}

export function mapping(value: unknown, where: Where): Record_ {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(where, `expected a mapping of fields, found ${describe(value)}`);
  return value as Record_;
}

export function list(value: unknown, where: Where, what: string): unknown[] {
  if (!Array.isArray(value)) fail(where, `expected ${what} to be a list, found ${describe(value)}`);
  return value;
}

export function text(obj: Record_, key: string, where: Where): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '')
    fail(where, `"${key}" must be non-empty text, found ${describe(value)}`);
  return value.trim();
}

export function optionalText(obj: Record_, key: string, where: Where): string | undefined {
  return obj[key] === undefined ? undefined : text(obj, key, where);
}

export function number(obj: Record_, key: string, where: Where): number {
  const value = obj[key];
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(where, `"${key}" must be a number, found ${describe(value)}`);
  return value;
}

export function oneOf<T extends string>(obj: Record_, key: string, allowed: readonly T[], where: Where): T {
  const value = obj[key];
  if (typeof value !== 'string' || !allowed.includes(value as T))
    fail(where, `"${key}" must be one of ${allowed.join(', ')}; found ${describe(value)}`);
  return value as T;
}

/** A date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects; accept both. */
export function isoDate(obj: Record_, key: string, where: Where): string {
  const value = obj[key];
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso)))
    fail(where, `"${key}" must be a date written YYYY-MM-DD, found ${describe(value)}`);
  return iso;
}

export function ids(obj: Record_, key: string, where: Where): string[] {
  const value = list(obj[key], where, `"${key}"`);
  return value.map((item) => {
    if (typeof item !== 'string' || item.trim() === '') fail(where, `"${key}" must list ids, found ${describe(item)}`);
    return item.trim();
  });
}

export function rejectUnknownKeys(obj: Record_, known: readonly string[], where: Where): void {
  for (const key of Object.keys(obj))
    if (!known.includes(key)) fail(where, `unknown field "${key}" (expected one of: ${known.join(', ')})`);
}

/** Check that every id is unique within a list, naming the duplicate. */
export function uniqueIds(items: { id: string }[], file: string, what: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new ContentError(file, `duplicate ${what} id "${id}"`);
    seen.add(id);
  }
}
