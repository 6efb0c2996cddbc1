// Runs a schema over one file's parsed YAML and turns the first issue into a ContentError that
// names the file, the entry and the problem. Also the small helpers the second pass shares.
import * as v from 'valibot';
import { ContentError } from './errors';
import { explain, firstIssue, type Place } from './explain';
import { CONTENT_FILES } from './files';

/** The schema's output for `raw`, or a ContentError for the first thing wrong with it. */
export function checked<S extends v.GenericSchema>(schema: S, raw: unknown, place: Place): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  throw explain(firstIssue(result.issues, place.what !== undefined), place);
}

/** Stops the build with a problem. Declare it with this type, so TypeScript knows it never returns. */
export type Fail = (problem: string) => never;

/** A function that stops the build with a problem found in `entry` of `file`. */
export function failIn(file: string, entry: string): Fail {
  return (problem) => {
    throw new ContentError(file, entry ? `${entry}: ${problem}` : problem);
  };
}

/** Every id in `ids` must be a source in content/sources.yaml. */
export function knownSources(ids: readonly string[], known: ReadonlySet<string>, fail: Fail) {
  for (const id of ids)
    if (!known.has(id)) fail(`unknown source "${id}" in "sources" (not in ${CONTENT_FILES.sources})`);
}
