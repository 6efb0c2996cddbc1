// The few lines every embed page runs first, inline in <head>, before anything is painted and
// before the app's modules load:
//
// - the theme from ?theme=, so a dark embed never flashes light;
// - the step from ?step=, written to <html data-step>, which the page's CSS (slideStyles) uses to
//   show that step's text at once: the prerendered HTML cannot know the query, and waiting for
//   hydration would paint step 1 first and then jump;
// - the height limit a host sets (WordPress's 1000 px, or ?maxheight=), written to
//   <html data-capped> and --ftm-max-height, so that EmbedPage's CSS keeps the piece inside it
//   and scrolls what does not fit within the piece instead of the host cutting it off;
// - the height messages to the host page (protocol.ts), never more than that limit.
//
// Sizing lives here rather than in the app on purpose. A classic inline script runs where the
// app's ES modules cannot: in an iframe sandboxed without allow-same-origin (WordPress), module
// scripts are cross-origin requests and fail on hosts that send no CORS header. The embed then
// still shows the right step at the right height, and only the buttons wait for the app.
//
// The page gets the source of childRuntime and of the pure functions it needs, so those are
// written self-contained (see options.ts and protocol.ts) and tested as ordinary functions.
import { parseEmbedOptions } from './options';
import { heightMessages, isHeightRequest } from './protocol';

/** Per page: how many steps ?step= chooses from and which one shows by default. */
export interface ChildConfig {
  /** Number of steps ?step= is clamped to; 0 on a page without steps. */
  count: number;
  /** 0-based step shown without ?step=. */
  initial: number;
  /** Step actually shown for each step asked for (the diagram shows a flows step for every step), or null for the same. */
  map: number[] | null;
}

/** The functions the runtime calls, passed in so that their source can travel with it. */
export interface ChildLibrary {
  options: typeof parseEmbedOptions;
  messages: typeof heightMessages;
  isRequest: typeof isHeightRequest;
}

/** Id of the element whose height is the embed's height. */
export const WRAPPER_ID = 'ftm-embed';

/** Runs in the embed page. Self-contained: it is copied into the page as source. */
export function childRuntime(lib: ChildLibrary, config: ChildConfig): void {
  const root = document.documentElement;
  const options = lib.options(location.search, location.hash, config.count);
  if (options.theme !== 'auto') root.setAttribute('data-theme', options.theme);
  const asked = options.step === null ? config.initial : options.step;
  root.setAttribute('data-step', String(config.map ? (config.map[asked] ?? config.initial) : asked));
  const cap = options.maxHeight;
  if (cap !== null) {
    root.setAttribute('data-capped', '');
    // Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' still allows.
    root.style.setProperty('--ftm-max-height', `${cap}px`);
  }

  let host: Window | null;
  try {
    host = window.parent !== window ? window.parent : null;
  } catch {
    host = null;
  }
  if (!host) return;
  const parent = host;

  let box: Element | null = null;
  let last = 0;
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => send(false)) : null;

  // The wrapper, never the viewport: a page that measured the viewport inside an iframe sized
  // from that measurement would only ever grow. Found again if the app re-rendered it.
  function measure(): number {
    if (!box || !box.isConnected) {
      box = document.getElementById('ftm-embed');
      if (box && observer) observer.observe(box);
    }
    return box ? Math.ceil(box.getBoundingClientRect().height) : 0;
  }

  /** Post the height if it changed (or always, when `again`); true when something was sent. */
  function send(again: boolean): boolean {
    // The wrapper is already held to the limit by CSS; the minimum covers the moment before the
    // page's styles apply.
    const height = cap === null ? measure() : Math.min(measure(), cap);
    if (height <= 0 || (!again && height === last)) return false;
    last = height;
    for (const message of lib.messages(height, options)) {
      try {
        parent.postMessage(message, '*');
      } catch {
        // A host that went away mid-message has nothing left to size.
      }
    }
    return true;
  }

  window.addEventListener('message', (event) => {
    if (event.source === parent && lib.isRequest(event.data, options)) send(true);
  });

  function start() {
    send(true);
    window.addEventListener('load', () => send(true));
    if (document.fonts)
      document.fonts.ready.then(
        () => send(true),
        () => undefined
      );
    // A slow backstop for whatever the observer cannot see; it stops after ten quiet seconds
    // unless there is no observer at all.
    let quiet = 0;
    const timer = setInterval(() => {
      quiet = send(false) ? 0 : quiet + 1;
      if (observer && quiet >= 10) clearInterval(timer);
    }, 1000);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/**
 * The inline script's source: the same text on every embed page, so that one hash in the
 * Content-Security-Policy allows it (src/lib/server/csp.ts). Each page's config travels beside
 * it, in the script element's data-ftm-config attribute (see childScriptTag).
 */
export function childScript(): string {
  const lib = `{options:${parseEmbedOptions},messages:${heightMessages},isRequest:${isHeightRequest}}`;
  return `(${childRuntime})(${lib},JSON.parse(document.currentScript.getAttribute('data-ftm-config')))`;
}

/** The <script> element a page starts with: the runtime and that page's config. */
export function childScriptTag(config: ChildConfig): string {
  const json = JSON.stringify(config).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<script data-ftm-config="${json}">${childScript()}</` + `script>`;
}

/**
 * CSS that shows, of the elements marked `data-slide="i"`, only those of the step in
 * <html data-step>. Before the inline script has run (or without scripts) the default step shows.
 */
export function slideStyles(count: number, initial: number): string {
  const rules = ['[data-slide]{display:none}', `html:not([data-step]) [data-slide="${initial}"]{display:block}`];
  for (let i = 0; i < count; i++) rules.push(`html[data-step="${i}"] [data-slide="${i}"]{display:block}`);
  return rules.join('\n');
}
