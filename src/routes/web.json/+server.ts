import { json } from '@sveltejs/kit';
import { webData } from '$lib/server/web';

// The whole web's data (companies, dated flows with their history, the sources they cite),
// written once at build time; the story page's "whole web" island fetches it when it loads.
export const prerender = true;

export const GET = () => json(webData());
