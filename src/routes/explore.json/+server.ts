import { json } from '@sveltejs/kit';
import { exploreData } from '$lib/server/explore';

// The calculator's own data (copy, presets, the sources its sliders and presets cite), written
// once at build time; the page's calculator island fetches it when it loads.
export const prerender = true;

export const GET = () => json(exploreData());
