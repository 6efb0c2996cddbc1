// Turns the raw text of content/ into the typed Content the pages use, and stops at the first
// mistake with a message naming the file, the entry and the problem. Pure: it takes the files'
// text, not the disk, so every bad case can be tested without touching the file system.
import { Marked } from 'marked';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError } from './errors';
import { parsePresets, parseSliders } from './sliders';
import { splitLive } from '../model/live';
import {
  fail,
  ids,
  isoDate,
  list,
  mapping,
  number,
  oneOf,
  optionalText,
  rejectUnknownKeys,
  text,
  uniqueIds,
  type Record_,
  type Where
} from './fields';
import {
  AMOUNT_QUALIFIERS,
  FLOW_KINDS,
  FIGURE_BASES,
  FLOW_STATUSES,
  SCENE_CHARTS,
  SOURCE_KINDS,
  type Company,
  type Content,
  type Flow,
  type Market,
  type Point,
  type Scene,
  type Source,
  type Step,
  type StoryMeta,
  type Update
} from './types';

/** The content files by path relative to the project root, e.g. "content/flows.yaml". */
export type ContentFiles = Map<string, string>;

export const CONTENT_FILES = {
  story: 'content/story.yaml',
  companies: 'content/companies.yaml',
  flows: 'content/flows.yaml',
  sources: 'content/sources.yaml',
  market: 'content/market.yaml',
  updates: 'content/updates.yaml',
  sliders: 'content/sliders.yaml',
  presets: 'content/presets.yaml'
} as const;

export const STEPS_DIR = 'content/steps/';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function yamlOf(files: ContentFiles, file: string): unknown {
  const source = files.get(file);
  if (source === undefined) throw new ContentError(file, 'file is missing');
  return parseYamlText(source, file, '');
}

function parseYamlText(source: string, file: string, what: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message : String(error);
    throw new ContentError(file, `${what}malformed YAML: ${detail}`);
  }
}

function entryId(obj: Record_, what: string, index: number, where: Where): string {
  const id = obj.id;
  if (typeof id !== 'string' || !ID.test(id))
    fail(
      { file: where.file, entry: `${what} #${index + 1}` },
      `"id" must be a lowercase slug like "amazon-openai-equity", found ${JSON.stringify(id)}`
    );
  return id;
}

function entries(value: unknown, file: string, what: string): { obj: Record_; where: Where }[] {
  return list(value, { file, entry: '' }, `the ${what}s`).map((item, index) => {
    const obj = mapping(item, { file, entry: `${what} #${index + 1}` });
    return { obj, where: { file, entry: `${what} "${entryId(obj, what, index, { file, entry: '' })}"` } };
  });
}

function parseMeta(files: ContentFiles): StoryMeta {
  const file = CONTENT_FILES.story;
  const where = { file, entry: '' };
  const obj = mapping(yamlOf(files, file), where);
  const keys = ['title', 'dek', 'published', 'updated', 'articleDate', 'about'] as const;
  rejectUnknownKeys(obj, keys, where);
  return {
    title: text(obj, 'title', where),
    dek: text(obj, 'dek', where),
    published: isoDate(obj, 'published', where),
    updated: isoDate(obj, 'updated', where),
    articleDate: isoDate(obj, 'articleDate', where),
    about: text(obj, 'about', where)
  };
}

function parseSources(files: ContentFiles): Source[] {
  const file = CONTENT_FILES.sources;
  const sources = entries(yamlOf(files, file), file, 'source').map(({ obj, where }): Source => {
    rejectUnknownKeys(obj, ['id', 'outlet', 'title', 'date', 'url', 'kind', 'note'], where);
    const url = text(obj, 'url', where);
    if (!/^https?:\/\/[^\s]+$/.test(url)) fail(where, `"url" must start with http:// or https://, found "${url}"`);
    return {
      id: obj.id as string,
      outlet: text(obj, 'outlet', where),
      title: text(obj, 'title', where),
      date: isoDate(obj, 'date', where),
      url,
      kind: oneOf(obj, 'kind', SOURCE_KINDS, where),
      note: optionalText(obj, 'note', where)
    };
  });
  uniqueIds(sources, file, 'source');
  return sources;
}

function sourceRefs(obj: Record_, where: Where, known: Set<string>): string[] {
  const refs = ids(obj, 'sources', where);
  if (refs.length === 0) fail(where, '"sources" must name at least one source id');
  for (const ref of refs) if (!known.has(ref)) fail(where, `unknown source "${ref}" (not in ${CONTENT_FILES.sources})`);
  return refs;
}

function point(value: unknown, where: Where, name: string): Point {
  const obj = mapping(value, { ...where, entry: `${where.entry} position.${name}` });
  const at = { ...where, entry: `${where.entry} position.${name}` };
  const x = number(obj, 'x', at);
  const y = number(obj, 'y', at);
  if (x < 0 || x > 1 || y < 0 || y > 1) fail(at, `x and y must lie between 0 and 1, found (${x}, ${y})`);
  return { x, y };
}

function parseCompanies(files: ContentFiles): Company[] {
  const file = CONTENT_FILES.companies;
  const companies = entries(yamlOf(files, file), file, 'company').map(({ obj, where }): Company => {
    rejectUnknownKeys(obj, ['id', 'name', 'label', 'color', 'role', 'position'], where);
    const position = mapping(obj.position, { ...where, entry: `${where.entry} position` });
    return {
      id: obj.id as string,
      name: text(obj, 'name', where),
      label: text(obj, 'label', where),
      color: text(obj, 'color', where),
      role: text(obj, 'role', where),
      position: { wide: point(position.wide, where, 'wide'), narrow: point(position.narrow, where, 'narrow') }
    };
  });
  uniqueIds(companies, file, 'company');
  return companies;
}

/** A flow's tag is drawn on the diagram, so it must be short. */
function shortTag(obj: Record_, where: Where): string | undefined {
  const tag = optionalText(obj, 'tag', where);
  if (tag && tag.length > 24) fail(where, `"tag" is drawn on the diagram and must be at most 24 characters, found ${tag.length}`);
  return tag;
}

function parseFlows(files: ContentFiles, companies: Set<string>, sources: Set<string>): Flow[] {
  const file = CONTENT_FILES.flows;
  const keys = [
    'id',
    'from',
    'to',
    'kind',
    'amount',
    'qualifier',
    'period',
    'status',
    'basis',
    'basisNote',
    'date',
    'label',
    'tag',
    'sources',
    'note'
  ];
  const flows = entries(yamlOf(files, file), file, 'flow').map(({ obj, where }): Flow => {
    rejectUnknownKeys(obj, keys, where);
    const from = text(obj, 'from', where);
    const to = text(obj, 'to', where);
    for (const end of [from, to])
      if (!companies.has(end)) fail(where, `unknown company "${end}" (not in ${CONTENT_FILES.companies})`);
    if (from === to) fail(where, `"from" and "to" are both "${from}"; a flow joins two companies`);
    const amount = obj.amount === 'undisclosed' ? null : number(obj, 'amount', where);
    if (amount !== null && amount <= 0)
      fail(where, `"amount" must be a positive number of USD billions (or "undisclosed"), found ${amount}`);
    const period = obj.period === undefined ? undefined : number(obj, 'period', where);
    if (period !== undefined && period <= 0)
      fail(where, `"period" must be a positive number of years, found ${period}`);
    const basis = obj.basis === undefined ? 'reported' : oneOf(obj, 'basis', FIGURE_BASES, where);
    const basisNote = optionalText(obj, 'basisNote', where);
    if (basis !== 'reported' && !basisNote)
      fail(where, `"basisNote" must say ${basis === 'derived' ? 'how the amount was worked out' : 'why we assume it'} when "basis" is ${basis}`);
    return {
      id: obj.id as string,
      from,
      to,
      kind: oneOf(obj, 'kind', FLOW_KINDS, where),
      amount,
      qualifier: obj.qualifier === undefined ? 'exactly' : oneOf(obj, 'qualifier', AMOUNT_QUALIFIERS, where),
      period,
      status: oneOf(obj, 'status', FLOW_STATUSES, where),
      basis,
      basisNote,
      date: isoDate(obj, 'date', where),
      label: text(obj, 'label', where),
      tag: shortTag(obj, where),
      sources: sourceRefs(obj, where, sources),
      note: optionalText(obj, 'note', where)
    };
  });
  uniqueIds(flows, file, 'flow');
  return flows;
}

function parseMarket(files: ContentFiles, sources: Set<string>): Market {
  const file = CONTENT_FILES.market;
  const where = { file, entry: '' };
  const obj = mapping(yamlOf(files, file), where);
  rejectUnknownKeys(obj, ['ratings', 'target', 'price', 'close', 'sources'], where);
  const ratings = mapping(obj.ratings, { file, entry: 'ratings' });
  const counts = (name: 'before' | 'now') => {
    const at = { file, entry: `ratings.${name}` };
    const row = mapping(ratings[name], at);
    const count = (key: string) => {
      const n = number(row, key, at);
      if (n < 0 || !Number.isInteger(n)) fail(at, `"${key}" must be a whole number of analysts, found ${n}`);
      return n;
    };
    return { buy: count('buy'), hold: count('hold'), sell: count('sell') };
  };
  const positive = (key: string) => {
    const n = number(obj, key, where);
    if (n <= 0) fail(where, `"${key}" must be a positive price in USD, found ${n}`);
    return n;
  };
  return {
    ratings: { before: counts('before'), now: counts('now') },
    target: positive('target'),
    price: positive('price'),
    close: positive('close'),
    sources: sourceRefs(obj, where, sources)
  };
}

function parseUpdates(files: ContentFiles, sources: Set<string>): Update[] {
  const file = CONTENT_FILES.updates;
  return list(yamlOf(files, file), { file, entry: '' }, 'the updates').map((item, index) => {
    const where = { file, entry: `update #${index + 1}` };
    const obj = mapping(item, where);
    rejectUnknownKeys(obj, ['date', 'text', 'sources'], where);
    return {
      date: isoDate(obj, 'date', where),
      text: text(obj, 'text', where),
      sources: sourceRefs(obj, where, sources)
    };
  });
}

/** Split "---\nyaml\n---\nbody" into its two parts; anything else is malformed front matter. */
export function splitFrontMatter(source: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!match)
    throw new ContentError(
      file,
      'malformed front matter: the file must start with a line "---", then YAML fields, then a closing line "---"'
    );
  return { data: parseYamlText(match[1] ?? '', file, 'front matter: '), body: match[2] ?? '' };
}

const markdown = new Marked({ gfm: true, breaks: false });

function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseScene(value: unknown, where: Where, companies: Set<string>, flows: Map<string, Flow>): Scene {
  const at = { ...where, entry: `${where.entry} scene` };
  const obj = mapping(value, at);
  rejectUnknownKeys(obj, ['chart', 'show', 'flows', 'highlight', 'annotation'], at);
  const show = obj.show === undefined ? [] : ids(obj, 'show', at);
  const shown = obj.flows === undefined ? [] : ids(obj, 'flows', at);
  const highlight = obj.highlight === undefined ? [] : ids(obj, 'highlight', at);
  for (const id of show) if (!companies.has(id)) fail(at, `unknown company "${id}" in "show"`);
  for (const id of shown) {
    const flow = flows.get(id);
    if (!flow) fail(at, `unknown flow "${id}" in "flows" (not in ${CONTENT_FILES.flows})`);
    for (const end of [flow.from, flow.to])
      if (!show.includes(end)) fail(at, `flow "${id}" needs company "${end}" in "show"`);
  }
  for (const id of highlight)
    if (!show.includes(id) && !shown.includes(id))
      fail(at, `"highlight" names "${id}", which is neither a shown company nor a shown flow`);
  const annotation = optionalText(obj, 'annotation', at);
  if (annotation && annotation.length > 140)
    fail(at, `"annotation" is drawn on the diagram and must be at most 140 characters, found ${annotation.length}`);
  return { chart: oneOf(obj, 'chart', SCENE_CHARTS, at), show, flows: shown, highlight, annotation };
}

function parseStep(
  file: string,
  source: string,
  companies: Set<string>,
  flows: Map<string, Flow>,
  sources: Set<string>
): Step {
  const { data, body } = splitFrontMatter(source, file);
  const obj = mapping(data, { file, entry: 'front matter' });
  const id = entryId(obj, 'step', 0, { file, entry: '' });
  const where = { file, entry: `step "${id}"` };
  rejectUnknownKeys(obj, ['id', 'title', 'scene', 'sources', 'later'], where);
  if (body.trim() === '') fail(where, 'the step has no text below its front matter');
  const html = (markdown.parse(body.trim(), { async: false }) as string).trim();
  try {
    // Numbers that follow the calculator are written {{key}} in the text; check each key now.
    splitLive(html);
  } catch (error) {
    fail(where, error instanceof Error ? error.message : String(error));
  }
  return {
    id,
    title: text(obj, 'title', where),
    html,
    text: htmlToText(html),
    scene: parseScene(obj.scene, where, companies, flows),
    sources: sourceRefs(obj, where, sources),
    later: obj.later === undefined ? undefined : isoDate(obj, 'later', where)
  };
}

/** Parse and check all of content/. Throws ContentError at the first mistake. */
export function parseContent(files: ContentFiles): Content {
  const meta = parseMeta(files);
  const sources = parseSources(files);
  const sourceIds = new Set(sources.map((s) => s.id));
  const companies = parseCompanies(files);
  const companyIds = new Set(companies.map((c) => c.id));
  const flows = parseFlows(files, companyIds, sourceIds);
  const flowsById = new Map(flows.map((f) => [f.id, f]));

  const stepFiles = [...files.keys()].filter((f) => f.startsWith(STEPS_DIR) && f.endsWith('.md')).sort();
  if (stepFiles.length === 0) throw new ContentError(STEPS_DIR, 'no steps found (expected files like 01-talks.md)');
  const steps = stepFiles.map((file) => parseStep(file, files.get(file) ?? '', companyIds, flowsById, sourceIds));
  const seen = new Map<string, string>();
  for (const [index, step] of steps.entries()) {
    const other = seen.get(step.id);
    if (other)
      throw new ContentError(stepFiles[index] ?? STEPS_DIR, `duplicate step id "${step.id}" (also in ${other})`);
    seen.set(step.id, stepFiles[index] ?? '');
  }

  const sliders = parseSliders(yamlOf(files, CONTENT_FILES.sliders), CONTENT_FILES.sliders, sourceIds);
  const presets = parsePresets(yamlOf(files, CONTENT_FILES.presets), CONTENT_FILES.presets, sliders, sourceIds);

  return {
    meta,
    sliders,
    presets,
    steps,
    companies,
    flows,
    sources,
    market: parseMarket(files, sourceIds),
    updates: parseUpdates(files, sourceIds)
  };
}
