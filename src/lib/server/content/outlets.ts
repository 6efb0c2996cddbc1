// The outlet lint: a text that names a news outlet must list a source from that outlet. "Reuters
// called the talks very fluid" in a note whose sources are The Information and the FT sends the
// reader to the wrong place; this stops the build instead, naming the file, the entry and the
// outlet. It reads step texts and every note a reader sees beside a figure.
//
// A source is "from" an outlet when its `outlet` is that outlet, or when it carries that outlet's
// reporting (`cites` in sources.yaml: Livemint citing Bloomberg). Company releases (`kind:
// primary`) are not outlets: "Amazon" in a text is the company.
import type { Company, Content, Source } from '$lib/content/types';
import { ContentError } from './errors';
import { entryName } from './explain';
import { CONTENT_FILES } from './files';
import { htmlToText } from './markdown';

/** Other names a text uses for an outlet: "the FT" is the Financial Times. */
export const OUTLET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Financial Times': ['FT'],
  'The New York Times': ['New York Times', 'NYT'],
  'The Wall Street Journal': ['Wall Street Journal', 'WSJ']
};

/** One text to check: where it is, and the sources its entry lists. */
export interface CitedText {
  file: string;
  entry: string;
  field: string;
  text: string;
  sources: readonly string[];
}

interface Outlet {
  name: string;
  /** The names a text may use, longest first, each with its pattern. */
  names: { name: string; pattern: RegExp }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The outlets of the source list (and those the sources cite), without company names. */
export function knownOutlets(sources: readonly Source[], companies: readonly Company[]): Outlet[] {
  const companyNames = new Set(companies.map((c) => c.name));
  const names = new Set<string>();
  for (const source of sources) {
    if (source.kind !== 'primary') names.add(source.outlet);
    for (const cited of source.cites ?? []) names.add(cited);
  }
  return [...names]
    .filter((name) => !companyNames.has(name))
    .map((name) => ({
      name,
      names: [name, ...(OUTLET_ALIASES[name] ?? [])]
        .sort((a, b) => b.length - a.length)
        .map((alias) => ({ name: alias, pattern: new RegExp(`(?<![\\w.])${escape(alias)}(?![\\w])`) }))
    }));
}

/** True when a source is from `outlet`: its own reporting, or a copy that carries it. */
function isFrom(source: Source | undefined, outlet: string): boolean {
  return source !== undefined && (source.outlet === outlet || (source.cites ?? []).includes(outlet));
}

/** Stop at the first text that names an outlet none of its sources is from. */
export function lintOutlets(texts: readonly CitedText[], sources: readonly Source[], companies: readonly Company[]) {
  const outlets = knownOutlets(sources, companies);
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const cited of texts) {
    for (const outlet of outlets) {
      const named = outlet.names.find(({ pattern }) => pattern.test(cited.text));
      if (!named || cited.sources.some((id) => isFrom(byId.get(id), outlet.name))) continue;
      const as = named.name === outlet.name ? '' : ` (as "${named.name}")`;
      const problem =
        `"${cited.field}" names ${outlet.name}${as}, but none of its sources is from ${outlet.name}: ` +
        `add one to "sources" (or, for a copy that carries its reporting, name it in that source's "cites")`;
      throw new ContentError(cited.file, cited.entry ? `${cited.entry}: ${problem}` : problem);
    }
  }
}

/** Every text of the content a reader sees beside a figure or a step, with its entry's sources. */
export function citedTexts(content: Content, stepFiles: readonly string[]): CitedText[] {
  const texts: CitedText[] = [];
  const add = (file: string, entry: string, sources: readonly string[], fields: Record<string, string | undefined>) => {
    for (const [field, text] of Object.entries(fields)) if (text) texts.push({ file, entry, field, text, sources });
  };
  content.steps.forEach((step, index) =>
    add(stepFiles[index] ?? CONTENT_FILES.story, `step "${step.id}"`, step.sources, { text: htmlToText(step.html) })
  );
  content.flows.forEach((flow, index) =>
    add(CONTENT_FILES.flows, entryName('flow', flow, index), flow.sources, {
      label: flow.label,
      note: flow.note,
      basisNote: flow.basisNote
    })
  );
  content.sliders.forEach((spec, index) =>
    add(CONTENT_FILES.sliders, entryName('slider', spec, index), spec.sources, {
      note: spec.note,
      basisNote: spec.basisNote,
      assumes: spec.assumes
    })
  );
  content.presets.forEach((preset, index) =>
    add(CONTENT_FILES.presets, entryName('preset', preset, index), preset.sources, { note: preset.note })
  );
  for (const [name, figure] of Object.entries(content.market.figures))
    add(CONTENT_FILES.market, `figures.${name}`, figure.sources.length ? figure.sources : content.market.sources, {
      basisNote: figure.basisNote
    });
  content.updates.forEach((update, index) =>
    add(CONTENT_FILES.updates, `update #${index + 1}`, update.sources, { text: update.text })
  );
  const web = content.web;
  const changes = (entry: string, list: readonly { note?: string; label?: string; sources: readonly string[] }[]) =>
    list.forEach((change, i) =>
      add(CONTENT_FILES.web, `${entry} change #${i + 1}`, change.sources, { note: change.note, label: change.label })
    );
  web.flows.forEach((flow, index) => {
    const entry = entryName('flow', flow, index);
    add(CONTENT_FILES.web, entry, flow.sources, { label: flow.label, note: flow.note, basisNote: flow.basisNote });
    changes(entry, flow.changes);
    if (flow.ends) add(CONTENT_FILES.web, `${entry} ends`, flow.ends.sources, { note: flow.ends.note });
  });
  web.history.forEach((item, index) => {
    const entry = `history #${index + 1} ("${item.flow}")`;
    changes(entry, item.changes);
    if (item.ends) add(CONTENT_FILES.web, `${entry} ends`, item.ends.sources, { note: item.ends.note });
  });
  return texts;
}
