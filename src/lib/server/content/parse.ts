// Turns the raw text of content/ into the typed Content the pages use, and stops at the first
// mistake with a message naming the file, the entry and the problem. Pure: it takes the files'
// text, not the disk, so every bad case can be tested without touching the file system.
//
// Three passes: each file against its schema (schema.ts); what files say about each other
// (references.ts); and the outlet lint (outlets.ts).
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Content, Step } from '$lib/content/types';
import { checked } from './check';
import { ContentError } from './errors';
import { CONTENT_FILES, STEPS_DIR, type ContentFiles } from './files';
import { htmlToText, renderMarkdown } from './markdown';
import { citedTexts, lintOutlets } from './outlets';
import { checkReferences } from './references';
import { Calculator, Companies, Flows, Market, Sources, StepFrontMatter, StoryMeta, Updates, Web } from './schema';
import { checkWeb } from './web';
import { parsePresets, parseSliders } from './sliders';

export { CONTENT_FILES, STEPS_DIR, type ContentFiles };

function parseYamlText(source: string, file: string, what: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message : String(error);
    throw new ContentError(file, `${what}malformed YAML: ${detail}`);
  }
}

function yamlOf(files: ContentFiles, file: string): unknown {
  const source = files.get(file);
  if (source === undefined) throw new ContentError(file, 'file is missing');
  return parseYamlText(source, file, '');
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

function parseStep(file: string, source: string): Step {
  const { data, body } = splitFrontMatter(source, file);
  const id = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined;
  const prefix = typeof id === 'string' && /^[\w-]+$/.test(id) ? `step "${id}"` : 'front matter';
  const front = checked(StepFrontMatter, data, { file, prefix });
  if (body.trim() === '') throw new ContentError(file, `${prefix}: the step has no text below its front matter`);
  const html = renderMarkdown(body);
  return { ...front, html, text: htmlToText(html) };
}

/** Parse and check all of content/. Throws ContentError at the first mistake. */
export function parseContent(files: ContentFiles): Content {
  const { story, sources: sourcesFile, companies: companiesFile, flows: flowsFile } = CONTENT_FILES;
  const meta = checked(StoryMeta, yamlOf(files, story), { file: story });
  const sources = checked(Sources, yamlOf(files, sourcesFile), { file: sourcesFile, what: 'source' });
  const sourceIds = new Set(sources.map((s) => s.id));
  const companies = checked(Companies, yamlOf(files, companiesFile), { file: companiesFile, what: 'company' });
  const flows = checked(Flows, yamlOf(files, flowsFile), { file: flowsFile, what: 'flow' });

  const stepFiles = [...files.keys()].filter((f) => f.startsWith(STEPS_DIR) && f.endsWith('.md')).sort();
  if (stepFiles.length === 0) throw new ContentError(STEPS_DIR, 'no steps found (expected files like 01-talks.md)');
  const steps = stepFiles.map((file) => parseStep(file, files.get(file) ?? ''));

  const sliders = parseSliders(yamlOf(files, CONTENT_FILES.sliders), CONTENT_FILES.sliders, sourceIds);
  const presets = parsePresets(yamlOf(files, CONTENT_FILES.presets), CONTENT_FILES.presets, sliders, sourceIds);
  const calculator = checked(Calculator, yamlOf(files, CONTENT_FILES.calculator), { file: CONTENT_FILES.calculator });
  const market = checked(Market, yamlOf(files, CONTENT_FILES.market), { file: CONTENT_FILES.market });
  const updates = checked(Updates, yamlOf(files, CONTENT_FILES.updates), {
    file: CONTENT_FILES.updates,
    what: 'update'
  });

  // The whole web is optional: without content/web.yaml the explorer draws the story's flows.
  const web = files.has(CONTENT_FILES.web)
    ? checked(Web, yamlOf(files, CONTENT_FILES.web), { file: CONTENT_FILES.web })
    : { companies: [], positions: { wide: {}, narrow: {} }, sources: [], history: [], flows: [] };

  const content: Content = { meta, sliders, presets, calculator, steps, companies, flows, sources, market, updates, web };
  checkReferences(content, { stepFiles });
  if (files.has(CONTENT_FILES.web)) checkWeb(content);
  lintOutlets(citedTexts(content, stepFiles), [...sources, ...web.sources], companies);
  return content;
}
