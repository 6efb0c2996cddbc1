// The second pass for content/web.yaml: what it says about the rest of content/. Its companies and
// sources must not repeat the story's; every company of the web needs a place in both drawings;
// its flows join known companies and cite known sources; `replaces` and `history` name flows of
// content/flows.yaml, and a history's changes come after the story flow's date. Messages name
// the file and the entry, as everywhere else.
import type { Content } from '$lib/content/types';
import { failIn, knownSources } from './check';
import { entryName } from './explain';
import { CONTENT_FILES } from './files';
import { datesProblem } from './schema';

export function checkWeb(content: Content): void {
  const file = CONTENT_FILES.web;
  const web = content.web;
  const storyCompanies = new Set(content.companies.map((c) => c.id));
  const storySources = new Set(content.sources.map((s) => s.id));
  const storyFlows = new Map(content.flows.map((f) => [f.id, f]));

  web.companies.forEach((company, index) => {
    if (storyCompanies.has(company.id))
      failIn(file, entryName('company', company, index))(
        `company "${company.id}" is already in ${CONTENT_FILES.companies}; list only companies the story does not show`
      );
  });
  web.sources.forEach((source, index) => {
    if (storySources.has(source.id))
      failIn(file, entryName('source', source, index))(
        `source "${source.id}" is already in ${CONTENT_FILES.sources}; cite it from there`
      );
  });

  const companies = new Set([...storyCompanies, ...web.companies.map((c) => c.id)]);
  const sources = new Set([...storySources, ...web.sources.map((s) => s.id)]);

  for (const arrangement of ['wide', 'narrow'] as const) {
    const placed = web.positions[arrangement];
    const fail = failIn(file, `positions.${arrangement}`);
    for (const id of Object.keys(placed))
      if (!companies.has(id)) fail(`unknown company "${id}" (not in ${CONTENT_FILES.companies} or this file's "companies")`);
    for (const id of companies) if (!placed[id]) fail(`company "${id}" has no position: add ${id}: { x: …, y: … }`);
  }

  const changeSources = (changes: readonly { sources: readonly string[] }[], fail: (p: string) => never) =>
    changes.forEach((change, i) => knownSources(change.sources, sources, (p) => fail(`change #${i + 1}: ${p}`)));

  const replaced = new Set<string>();
  web.flows.forEach((flow, index) => {
    const fail = failIn(file, entryName('flow', flow, index));
    if (storyFlows.has(flow.id))
      fail(`flow id "${flow.id}" is already in ${CONTENT_FILES.flows}; to add to a story flow's history, use "history"`);
    for (const end of [flow.from, flow.to])
      if (!companies.has(end)) fail(`unknown company "${end}" (not in ${CONTENT_FILES.companies} or this file's "companies")`);
    knownSources(flow.sources, sources, fail);
    changeSources(flow.changes, fail);
    if (flow.ends) knownSources(flow.ends.sources, sources, (p) => fail(`ends: ${p}`));
    for (const id of flow.replaces) {
      if (!storyFlows.has(id)) fail(`"replaces" names "${id}", which is not a flow of ${CONTENT_FILES.flows}`);
      replaced.add(id);
    }
  });

  const seen = new Set<string>();
  web.history.forEach((entry, index) => {
    const fail = failIn(file, `history #${index + 1} ("${entry.flow}")`);
    const flow = storyFlows.get(entry.flow);
    if (!flow) fail(`"flow" names "${entry.flow}", which is not a flow of ${CONTENT_FILES.flows}`);
    if (replaced.has(entry.flow)) fail(`flow "${entry.flow}" is replaced by flows of this file; give them the history`);
    if (seen.has(entry.flow)) fail(`flow "${entry.flow}" has two history entries; merge them into one`);
    seen.add(entry.flow);
    if (entry.changes.length === 0 && !entry.ends) fail('a history entry needs "changes" or "ends"');
    const problem = datesProblem(flow?.date ?? '', entry.changes, entry.ends);
    if (problem) fail(problem);
    changeSources(entry.changes, fail);
    if (entry.ends) knownSources(entry.ends.sources, sources, (p) => fail(`ends: ${p}`));
  });
}
