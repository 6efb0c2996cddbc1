// /embed/story.oembed.json and its siblings: one static oEmbed file per embed, found through the
// <link rel="alternate" type="application/json+oembed"> in each embed page. Prerendered, so any
// static host serves them.
import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { SITE_URL } from '$lib/site';
import { PIECE_INFO } from '$lib/embed/pieces';
import { oembedFor } from '$lib/embed/snippets';
import { embedUrl, isPiece, PIECES } from '$lib/embed/urls';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => PIECES.map((piece) => ({ piece }));

export const GET: RequestHandler = ({ params }) => {
  const piece = params.piece;
  if (!isPiece(piece)) error(404, `No embed called "${piece}"; there are ${PIECES.join(', ')}.`);
  const { title, start } = PIECE_INFO[piece];
  const input = { url: embedUrl(SITE_URL, base, piece), title, height: start };
  return json(oembedFor(input, { name: 'Follow the money', url: `${SITE_URL}${base}/` }));
};
