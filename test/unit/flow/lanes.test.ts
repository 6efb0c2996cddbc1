// Lanes: which side of each company's box a band attaches to, where along the side, and how
// big the boxes grow to hold them. Small hand-made drawings with round numbers: boxes 80 × 30
// (their labels' size), gaps of 4 px between lanes of a group, 9 px between groups, 48 px
// between the two directions of a side-by-side pair, 10 px of padding at the ends of a side.
import { describe, expect, it } from 'vitest';
import type { Flow } from '$lib/content/types';
import {
  assignLanes,
  loopPairs,
  pairKey,
  type LaneInput,
  type LaneOptions,
  type NodeInput,
  type Route
} from '$lib/flow/lanes';
import { deepFreeze, flows } from './fixtures';

const options: LaneOptions = { laneGap: 4, groupGap: 9, directionGap: 48, pad: 10 };

function node(id: string, x: number, y: number, row: NodeInput['row'] = 'middle'): NodeInput {
  return { id, x, y, minWidth: 80, minHeight: 30, row, width: 80, height: 30 };
}

function lane(id: string, from: string, to: string, width: number, arrowMargin = 3): LaneInput {
  const flow: Flow = {
    id,
    from,
    to,
    kind: 'equity',
    amount: 1,
    qualifier: 'exactly',
    status: 'completed',
    basis: 'reported',
    date: '2025-01-01',
    label: id,
    sources: []
  };
  return { flow, width, arrowMargin };
}

const route = (routes: Map<string, Route>, id: string) => routes.get(id)!;
/** Gap between the strokes of two lanes on the same side, from their ports' offsets. */
const strokeGap = (a: number, wa: number, b: number, wb: number) => Math.abs(b - a) - wa / 2 - wb / 2;

describe('pairs', () => {
  it.each([
    ['amazon', 'openai'],
    ['openai', 'amazon']
  ])('names the pair %s, %s the same whichever way the money goes', (a, b) =>
    expect(pairKey(a, b)).toBe('amazon|openai')
  );

  it('loops exactly the pairs with money going both ways somewhere in the story', () =>
    expect([...loopPairs(flows)].sort()).toEqual([
      'amazon|anthropic',
      'amazon|openai',
      'anthropic|microsoft',
      'microsoft|openai'
    ]));
});

describe('sides follow the geometry', () => {
  const a = node('a', 100, 200);
  const b = node('b', 500, 200);
  it.each([
    {
      name: 'side by side: right to left',
      nodes: [a, b],
      lanes: [lane('ab', 'a', 'b', 10)],
      loops: [],
      sides: ['right', 'left']
    },
    {
      name: 'side by side, leftward: left to right',
      nodes: [a, b],
      lanes: [lane('ba', 'b', 'a', 10)],
      loops: [],
      sides: ['left', 'right']
    },
    {
      name: 'one above the other: bottom to top',
      nodes: [node('a', 100, 100), node('b', 100, 400)],
      lanes: [lane('ab', 'a', 'b', 10)],
      loops: [],
      sides: ['bottom', 'top']
    },
    {
      name: 'one below the other: top to bottom',
      nodes: [node('a', 100, 400), node('b', 100, 100)],
      lanes: [lane('ab', 'a', 'b', 10)],
      loops: [],
      sides: ['top', 'bottom']
    },
    {
      // dx = 100 > dy = 60, but the boxes overlap across (gap −20 px) and are 30 px apart up
      // and down: the wider gap decides.
      name: 'nearly level but close: the wider gap (up and down) decides',
      nodes: [node('a', 100, 100), node('b', 200, 160)],
      lanes: [lane('ab', 'a', 'b', 10)],
      loops: [],
      sides: ['bottom', 'top']
    },
    {
      name: 'the round trip, rightward: over the top',
      nodes: [a, b],
      lanes: [lane('ab', 'a', 'b', 10)],
      loops: ['a|b'],
      sides: ['top', 'top']
    },
    {
      name: 'the round trip, leftward: back underneath',
      nodes: [a, b],
      lanes: [lane('ba', 'b', 'a', 10)],
      loops: ['a|b'],
      sides: ['bottom', 'bottom']
    },
    {
      name: 'a loop pair on the top row has no room to loop: side by side',
      nodes: [node('a', 100, 20, 'top'), node('b', 500, 20, 'top')],
      lanes: [lane('ab', 'a', 'b', 10)],
      loops: ['a|b'],
      sides: ['right', 'left']
    },
    {
      name: 'a loop pair one above the other: top to bottom, no loop',
      nodes: [node('a', 100, 100), node('b', 100, 400)],
      lanes: [lane('ba', 'b', 'a', 10)],
      loops: ['a|b'],
      sides: ['top', 'bottom']
    }
  ])('$name', ({ nodes, lanes, loops, sides }) => {
    const { routes } = assignLanes(nodes, lanes, new Set(loops), options);
    const r = route(routes, lanes[0]!.flow.id);
    expect([r.from.side, r.to.side]).toEqual(sides);
    expect(r.loop === null).toBe(!(sides[0] === sides[1]));
  });
});

describe('ports along a side', () => {
  it('puts a single band in the middle of each side, on the edge of the box', () => {
    const { routes, boxes } = assignLanes(
      [node('a', 100, 200), node('b', 500, 200)],
      [lane('ab', 'a', 'b', 10)],
      new Set(),
      options
    );
    expect(route(routes, 'ab')).toEqual({
      flowId: 'ab',
      from: { side: 'right', x: 140, y: 200 },
      to: { side: 'left', x: 460, y: 200 },
      loop: null
    });
    // 10 px of band + 2 × 3 px of arrowhead + 2 × 10 px of padding: 36 px, taller than the label.
    expect(boxes.get('b')).toEqual({ id: 'b', x: 500, y: 200, width: 80, height: 36 });
    expect(boxes.get('a')).toEqual({ id: 'a', x: 100, y: 200, width: 80, height: 30 });
  });

  it('keeps lanes of one group laneGap apart where they leave, in content order', () => {
    // Leaving a: 10 px, 4 px gap, 6 px → a run of 20 px centred on the side: centres at −5 and +7.
    const { routes } = assignLanes(
      [node('a', 100, 200), node('b', 500, 200)],
      [lane('first', 'a', 'b', 10), lane('second', 'a', 'b', 6, 2)],
      new Set(),
      options
    );
    expect(route(routes, 'first').from).toEqual({ side: 'right', x: 140, y: 195 });
    expect(route(routes, 'second').from).toEqual({ side: 'right', x: 140, y: 207 });
    // Where they arrive, the arrowheads (3 and 2 px beyond their bands) must not touch either.
    const [first, second] = [route(routes, 'first').to.y, route(routes, 'second').to.y];
    expect(first).toBeLessThan(second);
    expect(second - 3 - 2 - (first + 5 + 3)).toBeGreaterThanOrEqual(options.laneGap);
  });

  it('orders groups along a side by where the other company is, groupGap apart', () => {
    // a sits above b (to the left) and c (to the right): the lane to b leaves left of the lane
    // to c, so they do not cross. Run: 10 + 9 + 6 = 25 px; centres at −7.5 and +9.5.
    const { routes } = assignLanes(
      [node('a', 300, 100), node('b', 100, 400), node('c', 500, 400)],
      [lane('ac', 'a', 'c', 6), lane('ab', 'a', 'b', 10)],
      new Set(),
      options
    );
    expect(route(routes, 'ab').from).toEqual({ side: 'bottom', x: 292.5, y: 115 });
    expect(route(routes, 'ac').from).toEqual({ side: 'bottom', x: 309.5, y: 115 });
    expect(strokeGap(292.5, 10, 309.5, 6)).toBe(options.groupGap);
  });

  it('leaves room for a label between the two directions of a side-by-side pair', () => {
    const { routes } = assignLanes(
      [node('a', 100, 200), node('b', 500, 200)],
      [lane('ab', 'a', 'b', 10), lane('ba', 'b', 'a', 6)],
      new Set(),
      options
    );
    const ab = route(routes, 'ab');
    const ba = route(routes, 'ba');
    // The same order at both ends: the two directions never cross.
    expect(ab.from.y).toBeLessThan(ba.to.y);
    expect(ab.to.y).toBeLessThan(ba.from.y);
    expect(strokeGap(ab.from.y, 10, ba.to.y, 6)).toBeGreaterThanOrEqual(options.directionGap);
    expect(strokeGap(ab.to.y, 10, ba.from.y, 6)).toBeGreaterThanOrEqual(options.directionGap);
  });

  it('keeps the two directions of a pair one above the other only groupGap apart (labels are wide)', () => {
    const { routes } = assignLanes(
      [node('a', 100, 100), node('b', 100, 400)],
      [lane('ab', 'a', 'b', 10), lane('ba', 'b', 'a', 6)],
      new Set(),
      options
    );
    const ab = route(routes, 'ab');
    const ba = route(routes, 'ba');
    const gap = strokeGap(ab.from.x, 10, ba.to.x, 6);
    expect(gap).toBeGreaterThanOrEqual(options.groupGap);
    expect(gap).toBeLessThan(options.directionGap);
  });

  it('skips a flow whose company is not drawn', () => {
    const { routes } = assignLanes([node('a', 100, 200)], [lane('ab', 'a', 'b', 10)], new Set(), options);
    expect(routes.size).toBe(0);
  });
});

describe('the round trip loops', () => {
  // a → b twice (10 px, then 4 px) and b → a once (8 px), on the middle row.
  const nodes = [node('a', 100, 200), node('b', 500, 200)];
  const lanes = [lane('ab1', 'a', 'b', 10), lane('ab2', 'a', 'b', 4), lane('ba', 'b', 'a', 8)];
  const { routes } = assignLanes(nodes, lanes, new Set(['a|b']), options);

  it('sends rightward money over the top and leftward money underneath', () => {
    expect(route(routes, 'ab1').loop?.way).toBe('over');
    expect(route(routes, 'ab2').loop?.way).toBe('over');
    expect(route(routes, 'ba').loop?.way).toBe('under');
    expect([route(routes, 'ba').from.y, route(routes, 'ba').to.y]).toEqual([215, 215]);
    expect([route(routes, 'ab1').from.y, route(routes, 'ab1').to.y]).toEqual([185, 185]);
  });

  it('nests the lanes of a loop: the later lane outside, further left on a and further right on b', () => {
    const [ab1, ab2] = [route(routes, 'ab1'), route(routes, 'ab2')];
    expect(ab2.from.x).toBeLessThan(ab1.from.x);
    expect(ab2.to.x).toBeGreaterThan(ab1.to.x);
  });

  it('ranks each loop lane by its distance from the innermost one where it leaves', () => {
    // Leaving a: 4 px, 4 px gap, 10 px → centres 11 px apart (2 + 4 + 5).
    expect(route(routes, 'ab1').loop?.rank).toBe(0);
    expect(route(routes, 'ab2').loop?.rank).toBe(11);
    expect(route(routes, 'ba').loop?.rank).toBe(0);
    // The run of 18 px is centred on a's top side at x = 100: centres at 93 and 104.
    expect(route(routes, 'ab2').from.x).toBe(93);
    expect(route(routes, 'ab1').from.x).toBe(104);
  });
});

describe('boxes grow to hold their bands', () => {
  it.each([
    {
      // Leaving a over the top: 90 px + 2 × 10 px of padding.
      name: 'a wide loop widens the box it leaves to band + padding',
      id: 'a',
      box: { width: 110, height: 30 }
    },
    {
      // Arriving at b: 90 px + 2 × 8 px of arrowhead + 2 × 10 px of padding.
      name: 'and the box it reaches to band + arrowhead + padding',
      id: 'b',
      box: { width: 126, height: 30 }
    }
  ])('$name', ({ id, box }) => {
    const { boxes } = assignLanes(
      [node('a', 100, 200), node('b', 500, 200)],
      [lane('ab', 'a', 'b', 90, 8)],
      new Set(['a|b']),
      options
    );
    expect(boxes.get(id)).toMatchObject(box);
  });

  it('grows a box taller for bands on its left or right side', () => {
    const { boxes } = assignLanes(
      [node('a', 100, 200), node('b', 500, 200)],
      [lane('ab', 'a', 'b', 100)],
      new Set(),
      options
    );
    expect(boxes.get('a')).toMatchObject({ width: 80, height: 120 });
  });

  it('keeps a box its label’s size when its bands are narrow', () => {
    const { boxes } = assignLanes(
      [node('a', 100, 200), node('b', 500, 200)],
      [lane('ab', 'a', 'b', 2)],
      new Set(['a|b']),
      options
    );
    expect(boxes.get('a')).toMatchObject({ width: 80, height: 30 });
  });

  it('gives a box to every company drawn, with or without bands', () => {
    const { boxes } = assignLanes([node('a', 100, 200), node('lonely', 300, 300)], [], new Set(), options);
    expect(boxes.get('lonely')).toEqual({ id: 'lonely', x: 300, y: 300, width: 80, height: 30 });
  });
});

describe('purity', () => {
  it('never writes into its inputs', () => {
    const nodes = deepFreeze([node('a', 100, 200), node('b', 500, 200)]);
    const lanes = deepFreeze([lane('ab', 'a', 'b', 10), lane('ba', 'b', 'a', 6)]);
    const before = structuredClone({ nodes, lanes });
    expect(() => assignLanes(nodes, lanes, new Set(['a|b']), deepFreeze({ ...options }))).not.toThrow();
    expect({ nodes, lanes }).toEqual(before);
  });
});
