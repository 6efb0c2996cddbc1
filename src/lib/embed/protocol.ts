// The messages an embed sends its host page, and the ones it answers. Each embed speaks several
// dialects at once, as Datawrapper's charts do, so that whatever the host page runs understands
// one of them:
//
//   ours       { type: 'ftm:height', height }                 our loader (src/embed-loader/embed.js)
//   AMP        { sentinel: 'amp', type: 'embed-size', height } <amp-iframe resizable>, @newswire/frames
//   pym.js     "pymxPYMx{childId}xPYMxheightxPYMx{height}"     only when the URL has ?childId=
//   WordPress  { secret, message: 'height', value }           only when the hash has secret=
//
// Heights are in CSS pixels, rounded up so that the content always fits. Like options.ts, these
// functions are copied into each embed page's inline script, so each is self-contained.

import type { EmbedOptions } from './options';

/** What a host learns from: which dialects to speak. */
export type Dialects = Pick<EmbedOptions, 'childId' | 'secret'>;

export type HeightMessage =
  | { type: 'ftm:height'; height: number }
  | { sentinel: 'amp'; type: 'embed-size'; height: number }
  | { secret: string; message: 'height'; value: number }
  | string;

/** Every message that tells a host the embed is `height` pixels tall. */
export function heightMessages(height: number, dialects: Dialects): HeightMessage[] {
  const h = Math.ceil(height);
  const messages: HeightMessage[] = [
    { type: 'ftm:height', height: h },
    { sentinel: 'amp', type: 'embed-size', height: h }
  ];
  if (dialects.childId !== null) messages.push(`pymxPYMx${dialects.childId}xPYMxheightxPYMx${h}`);
  if (dialects.secret !== null) messages.push({ secret: dialects.secret, message: 'height', value: h });
  return messages;
}

/**
 * Whether a message from the host asks the embed to say its height again: our loader's
 * `{ type: 'ftm:hello' }`, WordPress's `{ message: 'ready', secret }` for our secret, or a pym
 * parent's width message for our child id (pym parents send it on load and on resize).
 */
export function isHeightRequest(data: unknown, dialects: Dialects): boolean {
  if (typeof data === 'string')
    return dialects.childId !== null && data.indexOf(`pymxPYMx${dialects.childId}xPYMxwidthxPYMx`) === 0;
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'ftm:hello') return true;
  return dialects.secret !== null && message.message === 'ready' && message.secret === dialects.secret;
}

/**
 * The height a host should apply from a message, or null when the message is not a height
 * message it understands (ours or AMP's) or carries a height no page could have.
 * The loader in src/embed-loader/embed.js applies the same rule; keep the two in step.
 */
export function heightFromMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  const ours = message.type === 'ftm:height';
  const amp = message.sentinel === 'amp' && message.type === 'embed-size';
  const height = message.height;
  if (!(ours || amp) || typeof height !== 'number' || !(height > 0 && height < 100000)) return null;
  return Math.ceil(height);
}
