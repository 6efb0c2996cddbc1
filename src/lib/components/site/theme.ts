// The reader's colour theme: "auto" follows the system (prefers-color-scheme), "light" and
// "dark" set data-theme on <html>, which src/app.css reads. The choice lasts for the session
// only (sessionStorage), as nothing about a reader is kept beyond it unless they ask. The inline
// script in src/app.html applies the stored choice before first paint, under the same key.

export type Theme = 'auto' | 'light' | 'dark';

export const THEMES: readonly { id: Theme; label: string }[] = [
  { id: 'auto', label: 'Auto' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' }
];

/** sessionStorage key; src/app.html reads the same one. */
export const THEME_KEY = 'theme';

/** A stored or attribute value as a theme; anything unknown is "auto". */
export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** The session's storage, or null where the browser refuses it (sandboxed iframes, privacy modes). */
export function sessionStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Show `theme` on `root` and remember it for the session where storage allows. */
export function applyTheme(root: HTMLElement, theme: Theme, store = sessionStore()): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'auto') store?.removeItem(THEME_KEY);
    else store?.setItem(THEME_KEY, theme);
  } catch {
    // Storage full or blocked: the theme still applies to this page.
  }
}
