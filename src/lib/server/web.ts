import { combineWeb } from '$lib/web/combine';
import type { WebData } from '$lib/web/types';
import { loadContent } from './content/load';

/** The whole web, built once from content/ (the story's flows, content/web.yaml's flows and history). */
export function webData(): WebData {
  return combineWeb(loadContent());
}
