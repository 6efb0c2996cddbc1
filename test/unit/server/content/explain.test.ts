// How a schema issue becomes a writer's sentence: which entry, which field, what was found.
import { describe, expect, it } from 'vitest';
import { checked } from '$lib/server/content/check';
import { entryName, found } from '$lib/server/content/explain';
import { Companies, Market, Sliders } from '$lib/server/content/schema';

describe('found', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'a list'],
    [{ a: 1 }, 'a mapping'],
    ['text', '"text"'],
    [5, '5'],
    [new Date('2025-12-17T00:00:00Z'), '2025-12-17']
  ])('%s → %s', (value, text) => expect(found(value)).toBe(text));
});

describe('entryName', () => {
  it.each([
    { item: { id: 'amazon-openai-equity' }, index: 0, name: 'flow "amazon-openai-equity"' },
    { item: { id: 'spendBack' }, index: 4, name: 'flow "spendBack"' },
    { item: { id: 'Two words' }, index: 2, name: 'flow #3' },
    { item: { id: 7 }, index: 0, name: 'flow #1' },
    { item: 'not a mapping', index: 1, name: 'flow #2' }
  ])('$name', ({ item, index, name }) => expect(entryName('flow', item, index)).toBe(name));
});

describe('explain', () => {
  const messageOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as Error).message;
    }
    return null;
  };
  const company = {
    id: 'amazon',
    name: 'Amazon',
    label: 'Amazon',
    color: 'amazon',
    role: 'Investor',
    position: { wide: { x: 0.2, y: 0.5 }, narrow: { x: 0.5, y: 0.5 } }
  };

  it.each([
    {
      name: 'a field of an entry',
      run: () => checked(Companies, [{ ...company, name: 3 }], { file: 'c.yaml', what: 'company' }),
      message: 'c.yaml: company "amazon": "name" must be non-empty text, found 3'
    },
    {
      name: 'a field inside an object of an entry',
      run: () =>
        checked(Companies, [{ ...company, position: { ...company.position, narrow: { x: 'left', y: 0 } } }], {
          file: 'c.yaml',
          what: 'company'
        }),
      message: 'c.yaml: company "amazon" position.narrow: "x" must be a number, found "left"'
    },
    {
      name: 'a problem with an object as a whole',
      run: () =>
        checked(Companies, [{ ...company, position: { ...company.position, wide: { x: 2, y: 0 } } }], {
          file: 'c.yaml',
          what: 'company'
        }),
      message: 'c.yaml: company "amazon" position.wide: x and y must lie between 0 and 1, found (2, 0)'
    },
    {
      name: 'a problem with the list as a whole',
      run: () => checked(Companies, [company, company], { file: 'c.yaml', what: 'company' }),
      message: 'c.yaml: duplicate company id "amazon" (company #2 repeats company #1)'
    },
    {
      name: 'the file as a whole',
      run: () => checked(Companies, { amazon: company }, { file: 'c.yaml', what: 'company' }),
      message: 'c.yaml: expected the companies to be a list, found a mapping'
    },
    {
      name: 'a file that is one mapping',
      run: () => checked(Market, { ratings: 'many' }, { file: 'm.yaml' }),
      message: 'm.yaml: ratings: expected a mapping of fields, found "many"'
    },
    {
      name: 'a list inside a file that is one list',
      run: () => checked(Sliders, [{ id: 'term', sources: 'one' }], { file: 's.yaml', what: 'slider' }),
      message: 's.yaml: slider "term": "label" must be non-empty text, found nothing'
    }
  ])('$name', ({ run, message }) => expect(messageOf(run)).toBe(message));
});
