// The web's flows and companies from the content: the story's flows (those no web entry
// replaces) with their later history, then the web's own flows; the story's companies and the
// web's, each placed where content/web.yaml puts it. Pure: the content is not changed.
import type { Company, Flow, Source, Web } from '$lib/content/types';
import type { TimedFlow, WebData } from './types';

export interface WebInput {
  companies: readonly Company[];
  flows: readonly Flow[];
  sources: readonly Source[];
  web: Web;
}

export function combineWeb({ companies, flows, sources, web }: WebInput): WebData {
  const replaced = new Set(web.flows.flatMap((f) => f.replaces));
  const history = new Map(web.history.map((h) => [h.flow, h]));
  const story: TimedFlow[] = flows
    .filter((f) => !replaced.has(f.id))
    .map((f) => {
      const later = history.get(f.id);
      return { ...f, changes: later?.changes ?? [], ...(later?.ends ? { ends: later.ends } : {}) };
    });
  const own: TimedFlow[] = web.flows.map(({ replaces: _replaces, ...flow }) => ({
    ...flow,
    changes: flow.changes,
    ...(flow.ends ? { ends: flow.ends } : {})
  }));
  const placed = (id: string, fallback?: Company['position']): Company['position'] => ({
    wide: web.positions.wide[id] ?? fallback?.wide ?? { x: 0.5, y: 0.5 },
    narrow: web.positions.narrow[id] ?? fallback?.narrow ?? { x: 0.5, y: 0.5 }
  });
  const all: Company[] = [
    ...companies.map((c) => ({ ...c, position: placed(c.id, c.position) })),
    ...web.companies.map((c) => ({ ...c, position: placed(c.id) }))
  ];
  const allFlows = [...story, ...own];
  const cited = new Set(
    allFlows.flatMap((f) => [...f.sources, ...f.changes.flatMap((c) => c.sources), ...(f.ends?.sources ?? [])])
  );
  const allSources = [...sources, ...web.sources]
    .filter((s) => cited.has(s.id))
    .map(({ id, outlet, title, url, date }) => ({ id, outlet, title, url, date }));
  return { companies: all, flows: allFlows, sources: allSources };
}
