import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPIED, copyText, fleetingStatus } from '$lib/clipboard';

describe('copyText', () => {
  it('writes to the clipboard and says "Copied", without the fallback', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const fallback = vi.fn(() => 'by hand');
    expect(await copyText('https://example.org/?investment=20', fallback, { writeText })).toBe(COPIED);
    expect(COPIED).toBe('Copied');
    expect(writeText).toHaveBeenCalledExactlyOnceWith('https://example.org/?investment=20');
    expect(fallback).not.toHaveBeenCalled();
  });

  it.each([
    { name: 'a refused permission', clipboard: { writeText: () => Promise.reject(new DOMException('denied')) } },
    {
      name: 'a clipboard that throws at once',
      clipboard: {
        writeText: () => {
          throw new TypeError('not allowed');
        }
      }
    },
    { name: 'no clipboard at all', clipboard: undefined }
  ])('runs the fallback and returns its words on $name', async ({ clipboard }) => {
    const fallback = vi.fn(() => 'Copy the link below');
    expect(await copyText('x', fallback, clipboard)).toBe('Copy the link below');
    expect(fallback).toHaveBeenCalledOnce();
  });

  it('uses the browser’s clipboard by default, read when called', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    expect(await copyText('code', () => 'by hand')).toBe('Copied');
    expect(writeText).toHaveBeenCalledWith('code');
    vi.unstubAllGlobals();
  });
});

describe('fleetingStatus', () => {
  afterEach(() => vi.useRealTimers());

  it('clears the line after the wait, counted from the latest message', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const show = fleetingStatus((text) => lines.push(text), 3000);
    show('Copied');
    vi.advanceTimersByTime(2000);
    show('Copied');
    vi.advanceTimersByTime(2999);
    expect(lines).toEqual(['Copied', 'Copied']);
    vi.advanceTimersByTime(1);
    expect(lines).toEqual(['Copied', 'Copied', '']);
  });
});
