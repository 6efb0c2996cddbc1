import { describe, expect, it } from 'vitest';
import { applyTheme, parseTheme, THEME_KEY } from '$lib/components/site/theme';
import { publicUrl } from '$lib/site';

/** A Storage stand-in that records what was kept. */
function memoryStore() {
  const kept = new Map<string, string>();
  return {
    kept,
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key)
  };
}

describe('parseTheme', () => {
  it.each([
    { value: 'light', theme: 'light' },
    { value: 'dark', theme: 'dark' },
    { value: 'auto', theme: 'auto' },
    { value: null, theme: 'auto' },
    { value: undefined, theme: 'auto' },
    { value: 'sepia', theme: 'auto' }
  ])('reads $value as $theme', ({ value, theme }) => expect(parseTheme(value)).toBe(theme));
});

describe('applyTheme', () => {
  it('sets data-theme and remembers a chosen theme for the session', () => {
    const root = document.createElement('html');
    const store = memoryStore();
    applyTheme(root, 'dark', store);
    expect(root.dataset.theme).toBe('dark');
    expect(store.kept.get(THEME_KEY)).toBe('dark');
  });

  it('goes back to the system setting and forgets the choice on "auto"', () => {
    const root = document.createElement('html');
    const store = memoryStore();
    applyTheme(root, 'light', store);
    applyTheme(root, 'auto', store);
    expect(root.dataset.theme).toBeUndefined();
    expect(store.kept.has(THEME_KEY)).toBe(false);
  });

  it('still applies the theme where storage is refused', () => {
    const root = document.createElement('html');
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => undefined
    };
    expect(() => applyTheme(root, 'dark', refusing)).not.toThrow();
    expect(root.dataset.theme).toBe('dark');
    applyTheme(root, 'light', null);
    expect(root.dataset.theme).toBe('light');
  });
});

describe('publicUrl', () => {
  it('is absolute even without PUBLIC_SITE_URL, for canonical links and share images', () => {
    expect(publicUrl('/share.png')).toMatch(/^https?:\/\/[^/]+(\/[^/]+)*\/share\.png$/);
    expect(publicUrl('share.png')).toBe(publicUrl('/share.png'));
  });
});
