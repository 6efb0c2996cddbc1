// Turns a schema issue into the sentence a writer reads: file, entry, problem. The schema's own
// messages say what was expected and what was found; this adds where, from the issue's path:
//
//   content/flows.yaml: flow "openai-amazon-lease": "kind" must be one of equity, …; found "loan"
//   content/companies.yaml: company "amazon" position.wide: x and y must lie between 0 and 1, …
//
// A list entry is named by its id when it has a usable one, else by its place ("slider #4").
// Objects inside an entry are named by their path ("position.wide", "scene", "values"), and the
// field a message is about takes the place of FIELD in the message.
import type * as v from 'valibot';
import { ContentError } from './errors';

/** Stands for the name of the field in a schema message; replaced by `"name"` here. */
export const FIELD = '\u0000field\u0000';

/** A value as a message quotes it: "text", 5, a list, a mapping, nothing. */
export function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Where the issues come from, and how its entries are named. */
export interface Place {
  file: string;
  /** Singular name of an entry in a list file ("flow"); omitted for a file that is one mapping. */
  what?: string;
  /** Words before everything in a single-mapping file, e.g. `step "talks"` for a step's front matter. */
  prefix?: string;
}

const NAMEABLE_ID = /^[\w-]+$/;

/** `"amazon-openai-equity"` for an item with a usable id, else its place, `#3`. */
function itemName(item: unknown, index: number): string {
  const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && NAMEABLE_ID.test(id) ? `"${id}"` : `#${index + 1}`;
}

/** `flow "amazon-openai-equity"`, or `flow #3` when the entry has no id to go by. */
export function entryName(what: string, item: unknown, index: number): string {
  return `${what} ${itemName(item, index)}`;
}

type Issue = v.BaseIssue<unknown>;

/** An unknown field explains the "missing" one it was meant to be, so it is reported first. */
function isUnknownField(issue: Issue): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}

/**
 * The issue to report: the first one, or, within the same entry of a list (anywhere in a file
 * that is one mapping), an unknown field: a typo in "statuss" also makes "status" missing, and
 * the typo is what the writer has to fix.
 */
export function firstIssue(issues: readonly [Issue, ...Issue[]], list: boolean): Issue {
  const first = issues[0];
  const head = first.path?.[0]?.key;
  const sameEntry = (issue: Issue) => !list || issue.path?.[0]?.key === head;
  return issues.find((issue) => isUnknownField(issue) && sameEntry(issue)) ?? first;
}

/** The ContentError for an issue found in `place`. */
export function explain(issue: Issue, place: Place): ContentError {
  let path = [...(issue.path ?? [])];
  const words: string[] = [];
  const head = path[0];
  if (place.what && head && typeof head.key === 'number') {
    words.push(entryName(place.what, head.value, head.key));
    path = path.slice(1);
  } else if (place.prefix) words.push(place.prefix);

  // The field is the last named key; list positions after it (an id in "sources") are not named.
  let message = issue.message;
  if (message.includes(FIELD)) {
    const at = path.findLastIndex((item) => typeof item.key === 'string');
    message = message.replaceAll(FIELD, at >= 0 ? `"${String(path[at]?.key)}"` : 'the value');
    path = at >= 0 ? path.slice(0, at) : [];
  }
  // What holds the field: "position.wide", "scene", 'formulas "stake"'.
  const within = path
    .map((item, i) =>
      typeof item.key === 'number' ? ` ${itemName(item.value, item.key)}` : `${i > 0 ? '.' : ''}${String(item.key)}`
    )
    .join('')
    .replace(/^ /, '');
  if (within) words.push(within);
  const entry = words.join(' ');
  return new ContentError(place.file, entry ? `${entry}: ${message}` : message);
}
