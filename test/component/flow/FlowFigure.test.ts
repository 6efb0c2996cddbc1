import { fireEvent, render, screen, within, type RenderResult } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import FlowFigure from '$lib/components/flow/FlowFigure.svelte';
import { companies, flows, market, scenes, sources } from '../../unit/flow/fixtures';

const base = { companies, flows, sources, market, maxHeight: 420 };

function tableRowsText(): string[][] {
  const table = screen.getByRole('table', { name: /money flows/i });
  const [, ...body] = within(table).getAllByRole('row');
  return body.map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.trim() ?? '')
  );
}

/** Render the figure and wait for its drawing and toolbar, which mount a task after its key. */
async function renderDrawn(props: ComponentProps<typeof FlowFigure>): Promise<RenderResult<typeof FlowFigure>> {
  const result = render(FlowFigure, props);
  await screen.findByRole('button', { name: 'Show as table' });
  return result;
}

/** Resolves when the figure reports its first drawing at its measured size. */
function readiness(): { onready: () => void; drawn: Promise<void> } {
  let onready!: () => void;
  const drawn = new Promise<void>((done) => (onready = done));
  return { onready, drawn };
}

describe('FlowFigure', () => {
  it('mounts in steps: the empty drawing first, the scene laid out and drawn in later tasks, then ready', async () => {
    const { onready, drawn } = readiness();
    const { container } = render(FlowFigure, { ...base, scene: scenes.roundTrip, stepLabel: 'step 6', onready });
    const marks = () => container.querySelectorAll('svg [data-flow]').length;
    const ready = vi.fn();
    void drawn.then(ready);
    // The task that mounts has drawn nothing of the scene yet, and said nothing: the key is in,
    // the drawing and its toolbar come a task later.
    expect(marks()).toBe(0);
    expect(container.querySelector('.legend')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
    expect(ready).not.toHaveBeenCalled();
    await drawn;
    expect(marks()).toBeGreaterThan(0);
  });

  it('lists exactly the flows of the scene in its table', async () => {
    const { rerender } = render(FlowFigure, { ...base, scene: scenes.chips, stepLabel: 'step 2' });
    await screen.findByRole('table', { name: /money flows/i });
    expect(tableRowsText()).toEqual([
      ['Amazon', 'OpenAI', 'Equity investment', 'More than $10B', 'In talks', 'Reported', 'The Information, FT'],
      ['OpenAI', 'Amazon', 'Chip purchases', 'Amount undisclosed', 'In talks', 'Reported', 'The Information']
    ]);
    await rerender({ ...base, scene: scenes.roundTrip, stepLabel: 'step 6' });
    expect(tableRowsText().map(([from, to, kind]) => `${from} → ${to}: ${kind}`)).toEqual([
      'Amazon → OpenAI: Equity investment',
      'OpenAI → Amazon: Cloud and computing',
      'OpenAI → Amazon: Chip purchases',
      'Microsoft → OpenAI: Equity investment',
      'OpenAI → Microsoft: Cloud and computing'
    ]);
  });

  it('names and describes the drawing from the scene, and renames it when the scene changes', async () => {
    const { rerender } = await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    const img = screen.getByRole('img', { name: 'Money flows, step 1: 2 companies, 1 flow' });
    expect(img).toHaveAccessibleDescription(/Amazon to OpenAI, equity investment, more than \$10B, in talks/);
    await rerender({ ...base, scene: scenes.roundTrip, stepLabel: 'step 6' });
    expect(screen.getByRole('img', { name: 'Money flows, step 6: 3 companies, 5 flows' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /step 1/ })).not.toBeInTheDocument();
  });

  it.each([
    { width: 343, compact: true },
    { width: 736, compact: false },
    // Unknown: the server's default width, a laptop's.
    { width: 0, compact: false }
  ])('draws a compact key from the start in a $width px box: $compact', ({ width, compact }) => {
    // jsdom measures nothing: the key can only come from the width the caller gives.
    const { container } = render(FlowFigure, { ...base, scene: scenes.talks, stepLabel: 'step 1', width });
    expect(container.querySelector('.legend')!.classList.contains('compact')).toBe(compact);
  });

  it('has a pause button that says what it does and toggles its pressed state', async () => {
    await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    const button = screen.getByRole('button', { name: 'Pause animation' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(button);
    expect(button).toHaveAccessibleName('Play animation');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(button);
    expect(button).toHaveAccessibleName('Pause animation');
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('builds its table in a task after the drawing, or at once when the reader asks for it', async () => {
    await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    expect(screen.getByRole('img', { name: /money flows/i })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /money flows, step 1/i })).toBeInTheDocument();

    document.body.replaceChildren();
    await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table', { name: /money flows, step 1/i }).closest('.flow-table')).not.toHaveClass(
      'sr-only'
    );
  });

  it('shows the table to everyone with a toggle', async () => {
    await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const table = await screen.findByRole('table', { name: /money flows, step 1/i });
    expect(table.closest('.flow-table')).toHaveClass('sr-only');
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(table.closest('.flow-table')).not.toHaveClass('sr-only');
  });

  it('makes every flow and company of the scene reachable by keyboard, with details on focus', async () => {
    render(FlowFigure, { ...base, scene: scenes.roundTrip, stepLabel: 'step 6' });
    // The focus targets are built a task after the drawing.
    expect(screen.queryAllByRole('button', { name: / to |In this step/ })).toHaveLength(0);
    const targets = (await screen.findAllByRole('button', { name: / to |In this step/ })).filter(
      (el) => el.getAttribute('tabindex') === '0'
    );
    // Five flows and three companies.
    expect(targets).toHaveLength(8);
    const lease = screen.getByRole('button', {
      name: /^OpenAI to Amazon, cloud and computing, \$38B over 7 years, committed/
    });
    await fireEvent.focus(lease);
    expect(screen.getByText('OpenAI → Amazon')).toBeInTheDocument();
    expect(screen.getByText('$38B over 7 years', { selector: 'dd' })).toBeInTheDocument();
    // The yearly rate is our even spread of the total, and says so.
    expect(
      screen.getByText('about $5.4B a year if spread evenly (our arithmetic)', { selector: 'dd' })
    ).toBeInTheDocument();
    await fireEvent.blur(lease);
    expect(screen.queryByText('OpenAI → Amazon')).not.toBeInTheDocument();
  });

  it('hands over to the stock chart at the stock step, with its own name and table', async () => {
    const { rerender } = await renderDrawn({ ...base, scene: scenes.web, stepLabel: 'step 7' });
    await rerender({ ...base, scene: scenes.stock, stepLabel: 'step 8' });
    expect(screen.getByRole('img', { name: "Amazon stock and analysts' ratings, step 8" })).toHaveAccessibleDescription(
      /buy 68 to 70, hold 4 to 3, sell 0 to 0/
    );
    expect(screen.queryByRole('img', { name: /Money flows/ })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /analysts' ratings/i });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('has no motion control at the stock step, which does not move', async () => {
    const { rerender } = await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    expect(screen.getByRole('button', { name: 'Pause animation' })).toBeInTheDocument();
    await rerender({ ...base, scene: scenes.stock, stepLabel: 'step 8' });
    expect(screen.queryByRole('button', { name: /animation/ })).not.toBeInTheDocument();
  });

  it('offers the three downloads', async () => {
    await renderDrawn({ ...base, scene: scenes.talks, stepLabel: 'step 1' });
    for (const name of ['Download SVG', 'Download PNG', 'Download CSV'])
      expect(screen.getByText(name, { selector: 'button' })).toBeInTheDocument();
  });
});

describe('FlowFigure in a story', () => {
  const story = [scenes.talks, scenes.chips, scenes.roundTrip];

  it('keeps one key for every step, dimming what this step does not draw', async () => {
    const { onready, drawn } = readiness();
    const { container, rerender } = render(FlowFigure, {
      ...base,
      scenes: story,
      scene: scenes.talks,
      stepLabel: 'step 1',
      onready
    });
    await drawn;
    const key = () => container.querySelector('.legend')!;
    const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
    const entries = () => [...key().querySelectorAll('.entry:not(.note)')].map(text);
    const dimmed = () => [...key().querySelectorAll('.entry.absent')].map(text);
    const bare = (t: string) => t.replace(/ \(not at this step\)$/, '');
    const atStep1 = entries();
    // Step 1 draws one equity flow in talks: cloud and the committed line are listed, dimmed.
    expect(dimmed().length).toBeGreaterThan(0);
    expect(dimmed().every((t) => t.endsWith('(not at this step)'))).toBe(true);
    expect(dimmed().some((t) => /equity/i.test(t))).toBe(false);
    await rerender({ ...base, scenes: story, scene: scenes.roundTrip, stepLabel: 'step 3' });
    // The same entries in the same order; fewer of them dimmed.
    expect(entries().map(bare)).toEqual(atStep1.map(bare));
    expect(dimmed().length).toBeLessThan(atStep1.filter((t) => t.endsWith('(not at this step)')).length);
  });

  it('keeps the key’s room, unseen, at the stock step', () => {
    const { container } = render(FlowFigure, { ...base, scenes: story, scene: scenes.stock, stepLabel: 'step 8' });
    const key = container.querySelector('.key');
    expect(key).toHaveClass('unseen');
    expect(key).toHaveAttribute('aria-hidden', 'true');
  });
});
