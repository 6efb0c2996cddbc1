// content/web.yaml is checked like the rest of content/: each mistake stops the build with a
// message naming the file, the entry and the problem. Each case changes one thing in a small,
// good web.yaml read beside the real content folder.
import { describe, expect, it } from 'vitest';
import { ContentError } from '$lib/server/content/errors';
import { readContentFiles } from '$lib/server/content/files';
import { parseContent } from '$lib/server/content/parse';
import { combineWeb } from '$lib/web/combine';

const all = ['amazon', 'openai', 'microsoft', 'anthropic', 'google', 'nvidia', 'oracle'];
const positions = (skip = '') =>
  ['wide', 'narrow']
    .map((a) => `  ${a}:\n${all.filter((id) => id !== skip).map((id) => `    ${id}: { x: 0.5, y: 0.5 }`).join('\n')}`)
    .join('\n');

const good = `
companies:
  - { id: oracle, name: Oracle, label: Oracle, color: oracle, role: Cloud provider. }
positions:
${positions()}
sources:
  - { id: verdict-x, outlet: Verdict, title: A deal, date: 2025-09-11, url: 'https://example.org/v', kind: report }
history:
  - flow: nvidia-openai-loi
    changes:
      - { date: 2026-02-27, status: committed, amount: 30, qualifier: exactly, sources: [tomshardware-2026-02-27] }
flows:
  - id: openai-oracle
    from: openai
    to: oracle
    kind: cloud-compute
    amount: 300
    status: committed
    date: 2025-09
    label: OpenAI's purchase of Oracle computing power
    sources: [verdict-x]
    changes:
      - { date: 2025-10, tag: unconfirmed, sources: [verdict-x] }
  - id: amazon-anthropic-first
    from: amazon
    to: anthropic
    kind: equity
    amount: 1.25
    status: completed
    date: 2023-09
    label: The first payment
    replaces: [amazon-anthropic-equity]
    sources: [verdict-x]
`;

function parse(web: string) {
  const files = readContentFiles();
  files.set('content/web.yaml', web);
  return parseContent(files);
}

function messageOf(web: string): string {
  try {
    parse(web);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError, but the content parsed');
}

describe('content/web.yaml', () => {
  it('reads a good file, and the web replaces what it tells in more detail', () => {
    const content = parse(good);
    const web = combineWeb(content);
    expect(web.companies.map((c) => c.id)).toContain('oracle');
    expect(web.flows.map((f) => f.id)).toContain('openai-oracle');
    expect(web.flows.map((f) => f.id)).not.toContain('amazon-anthropic-equity');
    expect(web.flows.find((f) => f.id === 'nvidia-openai-loi')!.changes).toHaveLength(1);
    // The story itself is untouched.
    expect(content.flows.map((f) => f.id)).toContain('amazon-anthropic-equity');
  });

  it.each([
    {
      name: 'a flow from an unknown company',
      web: good.replace('from: openai\n    to: oracle', 'from: openai\n    to: orakle'),
      message:
        'content/web.yaml: flow "openai-oracle": unknown company "orakle" (not in content/companies.yaml or this file\'s "companies")'
    },
    {
      name: 'a company without a position',
      web: good.replace(positions(), positions('oracle')),
      message: 'content/web.yaml: positions.wide: company "oracle" has no position: add oracle: { x: …, y: … }'
    },
    {
      name: 'an unknown source in a change',
      web: good.replace('tag: unconfirmed, sources: [verdict-x]', 'tag: unconfirmed, sources: [wsj]'),
      message:
        'content/web.yaml: flow "openai-oracle": change #1: unknown source "wsj" in "sources" (not in content/sources.yaml)'
    },
    {
      name: 'a change dated before its flow',
      web: good.replace('date: 2025-10, tag', 'date: 2025-08, tag'),
      message: 'change #1 is dated 2025-08, before the flow\'s "date" 2025-09'
    },
    {
      name: 'a change that changes nothing drawn',
      web: good.replace('tag: unconfirmed, sources', 'note: Nothing new., sources'),
      message: 'a change must set at least one of status, amount, qualifier, tag or label'
    },
    {
      name: 'a month that is not one',
      web: good.replace('date: 2025-09\n', 'date: 2025-13\n'),
      message: '"date" must be a date written YYYY-MM-DD, or YYYY-MM for a month, found "2025-13"'
    },
    {
      name: 'a history for a flow the story does not have',
      web: good.replace('flow: nvidia-openai-loi', 'flow: nvidia-openai-lio'),
      message:
        'content/web.yaml: history #1 ("nvidia-openai-lio"): "flow" names "nvidia-openai-lio", which is not a flow of content/flows.yaml'
    },
    {
      name: 'a history change before the story flow',
      web: good.replace('date: 2026-02-27, status: committed', 'date: 2025-01-01, status: committed'),
      message: 'content/web.yaml: history #1 ("nvidia-openai-loi"): change #1 is dated 2025-01-01, before the flow\'s "date" 2025-09-22'
    },
    {
      name: 'a flow id the story already uses',
      web: good.replace('id: openai-oracle', 'id: openai-amazon-lease'),
      message: 'content/web.yaml: flow "openai-amazon-lease": flow id "openai-amazon-lease" is already in content/flows.yaml'
    },
    {
      name: 'replacing a flow that does not exist',
      web: good.replace('replaces: [amazon-anthropic-equity]', 'replaces: [amazon-anthropic-equty]'),
      message: '"replaces" names "amazon-anthropic-equty", which is not a flow of content/flows.yaml'
    },
    {
      name: 'a company the story already has',
      web: good.replace('id: oracle, name: Oracle', 'id: google, name: Oracle'),
      message: 'content/web.yaml: company "google": company "google" is already in content/companies.yaml'
    },
    {
      name: 'a negative number of gigawatts',
      web: good.replace('    amount: 300\n', '    amount: 300\n    gigawatts: -4\n'),
      message: '"gigawatts" must be a positive number of gigawatts, found -4'
    },
    {
      name: 'a note naming an outlet none of its sources is from',
      web: good.replace("label: OpenAI's purchase of Oracle computing power", "label: OpenAI's purchase, per the Wall Street Journal"),
      message: 'content/web.yaml: flow "openai-oracle": "label" names The Wall Street Journal'
    }
  ])('$name', ({ web, message }) => expect(messageOf(web)).toContain(message));
});
