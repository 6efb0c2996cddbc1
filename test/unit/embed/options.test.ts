import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '$lib/embed/options';

describe('parseEmbedOptions', () => {
  describe('theme', () => {
    it.each([
      { search: '', theme: 'auto' },
      { search: '?theme=light', theme: 'light' },
      { search: '?theme=dark', theme: 'dark' },
      { search: '?theme=auto', theme: 'auto' },
      { search: '?theme=DARK', theme: 'dark' },
      { search: '?theme=%20light%20', theme: 'light' },
      { search: '?theme=sepia', theme: 'auto' },
      { search: '?theme=', theme: 'auto' },
      { search: '?theme=dark&theme=light', theme: 'dark' }
    ])('$search gives $theme', ({ search, theme }) => expect(parseEmbedOptions(search, '', 9).theme).toBe(theme));
  });

  describe('step (1-based in the address, 0-based out, clamped to 9 steps)', () => {
    it.each([
      { search: '', step: null },
      { search: '?step=1', step: 0 },
      { search: '?step=5', step: 4 },
      { search: '?step=9', step: 8 },
      { search: '?step=10', step: 8 },
      { search: '?step=9999', step: 8 },
      { search: '?step=0', step: 0 },
      { search: '?step=%205%20', step: 4 },
      { search: '?step=-2', step: null },
      { search: '?step=2.5', step: null },
      { search: '?step=1e3', step: null },
      { search: '?step=0x3', step: null },
      { search: '?step=three', step: null },
      { search: '?step=', step: null },
      { search: '?step=12345', step: null }
    ])('$search gives $step', ({ search, step }) => expect(parseEmbedOptions(search, '', 9).step).toBe(step));

    it('has no step on a page without steps', () => expect(parseEmbedOptions('?step=3', '', 0).step).toBeNull());
  });

  describe('pym.js child id and WordPress secret', () => {
    it.each([
      { search: '', hash: '', childId: null, secret: null },
      { search: '?childId=chart-1', hash: '', childId: 'chart-1', secret: null },
      { search: '?initialWidth=600&childId=ftm_story&parentTitle=x', hash: '', childId: 'ftm_story', secret: null },
      { search: '', hash: '#?secret=Ab12Cd34Ef', childId: null, secret: 'Ab12Cd34Ef' },
      { search: '', hash: '#secret=Ab12', childId: null, secret: 'Ab12' },
      { search: '?step=3', hash: '#?secret=abc&foo=1', childId: null, secret: 'abc' },
      { search: '?childId=<script>', hash: '#?secret=a"b', childId: null, secret: null },
      { search: `?childId=${'x'.repeat(65)}`, hash: '', childId: null, secret: null },
      { search: '', hash: '#step-3', childId: null, secret: null }
    ])('$search $hash', ({ search, hash, childId, secret }) => {
      const options = parseEmbedOptions(search, hash, 9);
      expect(options.childId).toBe(childId);
      expect(options.secret).toBe(secret);
    });
  });

  describe('the most the host lets the frame grow', () => {
    it.each([
      { name: 'no limit by default', search: '', hash: '', max: null },
      { name: 'a host that says so', search: '?maxheight=800', hash: '', max: 800 },
      { name: 'too small is WordPress’s floor', search: '?maxheight=50', hash: '', max: 200 },
      { name: 'too big is clamped', search: '?maxheight=999999', hash: '', max: 10000 },
      { name: 'not a whole number is ignored', search: '?maxheight=80vh', hash: '', max: null },
      { name: 'negative is ignored', search: '?maxheight=-5', hash: '', max: null },
      { name: 'WordPress’s secret means its 1000 px', search: '', hash: '#?secret=Ab12Cd34Ef', max: 1000 },
      { name: 'a smaller limit beside the secret wins', search: '?maxheight=700', hash: '#?secret=Ab12', max: 700 },
      { name: 'a larger one does not', search: '?maxheight=4000', hash: '#?secret=Ab12', max: 1000 },
      { name: 'a secret that is not a token asks for nothing', search: '', hash: '#?secret=a"b', max: null }
    ])('$name: $search$hash → $max', ({ search, hash, max }) =>
      expect(parseEmbedOptions(search, hash, 9).maxHeight).toBe(max)
    );
  });

  it('never throws on nonsense', () => {
    for (const junk of ['?%E0%A4%A', '??&&==', '?step', '#?%%', '?theme[]=dark'])
      expect(() => parseEmbedOptions(junk, junk, 9)).not.toThrow();
  });
});
