// "Copy link" and "Copy code": the clipboard where the browser lets us use it, and a way to copy
// by hand where it does not (an insecure page, a refused permission, a frame without the
// clipboard-write permission, an old browser).

/** The part of the Clipboard API we use. */
export type WriteText = Pick<Clipboard, 'writeText'>;

/** What the status line says after a copy that worked. */
export const COPIED = 'Copied';

/**
 * Copy `text`, and return what to tell the reader: "Copied", or, when the clipboard is missing or
 * refuses, whatever `fallback` returns once it has put the text where the reader can copy it by
 * hand (shown in a box, or selected). `clipboard` is read when called, the browser's by default.
 */
export async function copyText(
  text: string,
  fallback: () => string,
  clipboard: WriteText | undefined = globalThis.navigator?.clipboard
): Promise<string> {
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(text);
    return COPIED;
  } catch {
    return fallback();
  }
}

/**
 * A status line that clears itself: `show(text)` sets it through `set` and empties it `ms` later;
 * a second message before then starts the wait again.
 */
export function fleetingStatus(set: (text: string) => void, ms: number): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    set(text);
    clearTimeout(timer);
    timer = setTimeout(() => set(''), ms);
  };
}
