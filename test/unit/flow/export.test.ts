import { describe, expect, it } from 'vitest';
import { csvField, downloadName, flowsToCsv, serializeSvg, stockToCsv, toCsv } from '$lib/flow/export';
import { ASSUMED_NOTE, assumedFlows, companies, flows, market, sources } from './fixtures';

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [38, '38'],
    [null, ''],
    [undefined, '']
  ])('%j → %s', (value, field) => expect(csvField(value)).toBe(field));

  it('ends lines with CRLF', () =>
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2']
      ])
    ).toBe('a,b\r\n1,2\r\n'));

  it('writes flows with raw numbers, outlet names and the basis of each amount', () => {
    const csv = flowsToCsv([flows[0]!, flows[1]!, flows[2]!], companies, sources);
    expect(csv.split('\r\n')).toEqual([
      'id,from,to,kind,amount_usd_billions,qualifier,period_years,per_year_even_spread_usd_billions,status,basis,basis_note,date,description,sources,note',
      'amazon-openai-equity,Amazon,OpenAI,equity,10,more-than,,,in-talks,reported,,2025-12-16,amazon-openai-equity,The Information; FT,',
      'openai-aws-lease,OpenAI,Amazon,cloud-compute,38,exactly,7,5.429,committed,reported,,2025-11-03,openai-aws-lease,AWS,',
      'openai-amazon-trainium,OpenAI,Amazon,chips,,exactly,,,in-talks,reported,,2025-12-16,openai-amazon-trainium,The Information,',
      ''
    ]);
  });

  it('marks our assumptions and quotes the note that says why', () => {
    const trainium = assumedFlows.find((f) => f.id === 'openai-amazon-trainium')!;
    const [, row] = flowsToCsv([trainium], companies, sources).split('\r\n');
    // The note holds a comma, so the field is quoted (5 ÷ 7 = 0.714 a year).
    expect(row).toBe(
      `openai-amazon-trainium,OpenAI,Amazon,chips,5,assumed,7,0.714,in-talks,assumed,"${ASSUMED_NOTE}",2025-12-16,openai-amazon-trainium,The Information,`
    );
  });
});

describe('serializeSvg', () => {
  it('makes a standalone document with inline styles and without focus targets', () => {
    document.body.innerHTML = `
      <style>.link { stroke: rgb(0, 114, 178); stroke-width: 4px; }</style>
      <svg viewBox="0 0 320 200" role="img" aria-describedby="d">
        <path class="link" d="M0,0L10,10"/>
        <g data-export="skip"><path tabindex="0" d="M0,0"/></g>
        <text class="label">OpenAI &amp; co</text>
      </svg>`;
    const svg = document.querySelector('svg')!;
    const out = serializeSvg(svg, { background: '#ffffff' });
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).toContain('width="320"');
    expect(out).toContain('height="200"');
    expect(out).toMatch(/<path [^>]*style="[^"]*stroke: ?rgb\(0, 114, 178\)/);
    expect(out).not.toContain('tabindex');
    expect(out).not.toContain('class=');
    expect(out).toContain('OpenAI &amp; co');
    expect(out).toContain('fill="#ffffff"');
    // The page's element is left as it was.
    expect(svg.querySelector('[data-export="skip"]')).not.toBeNull();
    expect(svg.querySelector('path')!.getAttribute('style')).toBeNull();
  });
});

describe('downloadName', () => {
  it.each([
    ['Step 3 of 8', 'svg', 'follow-the-money-step-3-of-8.svg'],
    ['', 'csv', 'follow-the-money.csv']
  ])('%s .%s → %s', (label, ext, name) => expect(downloadName(label, ext)).toBe(name));
});

describe('stockToCsv', () => {
  it('writes the ratings, price and target', () => {
    expect(stockToCsv(market).split('\r\n').slice(0, 3)).toEqual([
      'measure,a_month_earlier,now',
      'Buy ratings,68,70',
      'Hold ratings,4,3'
    ]);
  });
});
