// The outlet lint: a text that names an outlet must list a source from it.
import { describe, expect, it } from 'vitest';
import type { Company, Source } from '$lib/content/types';
import { ContentError } from '$lib/server/content/errors';
import { readContentFiles } from '$lib/server/content/files';
import { knownOutlets, lintOutlets, type CitedText } from '$lib/server/content/outlets';
import { parseContent } from '$lib/server/content/parse';

const source = (id: string, outlet: string, extra: Partial<Source> = {}): Source => ({
  id,
  outlet,
  title: 'A title',
  date: '2025-12-17',
  url: `https://example.com/${id}`,
  kind: 'report',
  ...extra
});

const sources: Source[] = [
  source('ft', 'Financial Times'),
  source('info', 'The Information'),
  source('reuters', 'Reuters'),
  source('mint', 'Livemint', { cites: ['Bloomberg'] }),
  source('nyt', 'The New York Times'),
  source('results', 'Amazon', { kind: 'primary' })
];
const companies = [{ name: 'Amazon' }, { name: 'OpenAI' }] as Company[];

const text = (words: string, cited: string[]): CitedText => ({
  file: 'content/flows.yaml',
  entry: 'flow "x"',
  field: 'note',
  text: words,
  sources: cited
});

function problem(texts: CitedText[]): string | null {
  try {
    lintOutlets(texts, sources, companies);
    return null;
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

describe('lintOutlets', () => {
  it.each([
    { name: 'an outlet among the sources', words: 'Reuters called the talks "very fluid".', cited: ['reuters'] },
    { name: 'the FT, cited as the Financial Times', words: 'the FT reported', cited: ['ft'] },
    { name: 'an outlet a copy carries (Livemint citing Bloomberg)', words: 'Bloomberg, via Livemint', cited: ['mint'] },
    { name: '"the New York Times" for The New York Times', words: 'as the New York Times reported', cited: ['nyt'] },
    { name: 'a company, not an outlet (Amazon\'s own releases)', words: 'Amazon reported', cited: ['ft'] },
    { name: 'no outlet at all', words: 'Other aggregators showed about $295.', cited: ['ft'] },
    { name: 'a word that merely contains a name', words: 'The FTC and Reutersville', cited: ['info'] }
  ])('accepts $name', ({ words, cited }) => expect(problem([text(words, cited)])).toBeNull());

  it.each([
    {
      name: 'Reuters named, no Reuters source (the investment slider, issue item 11)',
      words: 'Reuters added that the talks were fluid.',
      cited: ['info', 'ft'],
      message:
        'content/flows.yaml: flow "x": "note" names Reuters, but none of its sources is from Reuters: add one to ' +
        '"sources" (or, for a copy that carries its reporting, name it in that source\'s "cites")'
    },
    {
      name: 'the FT named by its short name (the Microsoft and Nvidia pledges, item 11)',
      words: 'part of the "about $26B" the FT reported.',
      cited: ['reuters'],
      message: 'content/flows.yaml: flow "x": "note" names Financial Times (as "FT"), but none of its sources is from'
    },
    {
      name: 'Bloomberg named where only Reuters is cited',
      words: 'Bloomberg and Reuters followed that evening.',
      cited: ['reuters'],
      message: 'content/flows.yaml: flow "x": "note" names Bloomberg, but none'
    }
  ])('stops at $name', ({ words, cited, message }) => {
    const found = problem([text(words, cited)]);
    expect(found?.startsWith(message), `got: ${found}`).toBe(true);
  });

  it('knows the outlets of the source list and of what they cite, but not companies', () =>
    expect(knownOutlets(sources, companies).map((outlet) => outlet.name)).toEqual([
      'Financial Times',
      'The Information',
      'Reuters',
      'Livemint',
      'Bloomberg',
      'The New York Times'
    ]));
});

describe('the outlet lint on the real content', () => {
  const files = readContentFiles();
  const broken = (file: string, from: string, to: string) => {
    const text = files.get(file) ?? '';
    expect(text).toContain(from);
    return new Map([...files, [file, text.replace(from, to)]]);
  };

  it('passes as the content stands', () => expect(() => parseContent(files)).not.toThrow());

  it('catches a flow whose note cites the FT without listing it (as the pledges did before)', () =>
    expect(() =>
      parseContent(
        broken(
          'content/flows.yaml',
          'sources: [bloomberg-2025-11-19, webpronews-2025-11-18, ft-2025-12-17]',
          'sources: [bloomberg-2025-11-19, webpronews-2025-11-18]'
        )
      )
    ).toThrow(
      'content/flows.yaml: flow "microsoft-anthropic-equity": "note" names Financial Times (as "FT"), but none of its sources is from Financial Times'
    ));

  it('catches a slider whose note cites Reuters without listing it (as the investment slider did before)', () =>
    expect(() =>
      parseContent(
        broken(
          'content/sliders.yaml',
          'sources: [information-2025-12-16, ft-2025-12-17, reuters-2025-12-17, oninvest-2025-12-17]',
          'sources: [information-2025-12-16, ft-2025-12-17, oninvest-2025-12-17]'
        )
      )
    ).toThrow('content/sliders.yaml: slider "investment": "note" names Reuters, but none of its sources is from Reuters'));

  it('catches a step that names an outlet none of its sources is from', () =>
    expect(() =>
      parseContent(broken('content/steps/02-chips-and-compute.md', 'two people told The Information', 'two people told Semafor'))
    ).toThrow('content/steps/02-chips-and-compute.md: step "chips-and-compute": "text" names Semafor, but none'));
});
