import { clientContent } from '$lib/server/content/client';
import { loadContent } from '$lib/server/content/load';
import { shortDate } from '$lib/format';
import type { PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): content/ is read and validated here, and
// the page receives what its live parts need, never the parsers. The steps' text, the stills,
// the sources and the calculator reach the HTML through hooks.server.ts, not through this data.
// The dates come formatted: printing one in the browser would make hydration build the first Intl
// object, tens of milliseconds of locale data (see format.ts), for text that never changes.
export const load: PageServerLoad = () => {
  const content = clientContent(loadContent());
  const { published, updated, articleDate } = content.meta;
  return {
    content,
    dates: { published: shortDate(published), updated: shortDate(updated), article: shortDate(articleDate) }
  };
};
