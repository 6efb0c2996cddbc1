// V8's explicit compile hints (https://v8.dev/blog/explicit-compile-hints): a file that starts
// with the comment `//# allFunctionsCalledOnLoad` has every function compiled when the file is,
// on a background thread while it streams in, instead of each one lazily on its first call on
// the main thread. The story page's lazy parts run all their functions the moment their import
// resolves (the live diagram mounting, an island hydrating), so lazy compiling was main-thread
// time in the tasks a reader feels. The live diagram's mount on the first scroll, CPU 4×, 5
// runs alternating with an unhinted build, median longest task: 85 -> 62 ms at 1280 px (longest
// frame 140 -> 107). Browsers other than Chrome read a comment.
//
// The chunks the story page loads at start go without: their bytes are counted against its
// 45 KB, and they compile while the page loads, before the reader scrolls. A chunk lazy there
// but eager on another page (an embed, /web) carries the hint there too, 29 bytes raw. The
// comment goes on after minification (generateBundle), which would drop it.

/** The hint, as the first line of a file. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The story page's route, whose start-up chunks stay without the hint. */
const STORY_PAGE = /\/src\/routes\/\+page\.svelte$/;

/**
 * Puts the hint first in every JavaScript chunk of the client build that the story page does
 * not load at start: those not reached by static imports from SvelteKit's start and app
 * scripts, the root layout's node and the story page's node. Fails the build when it cannot
 * tell which node is the story page's (a renamed route), rather than hint the wrong chunks.
 * @returns {import('vite').Plugin}
 */
export function compileHints() {
  return {
    name: 'ftm-compile-hints',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const isStory = (/** @type {{ moduleIds: string[] }} */ chunk) =>
        chunk.moduleIds.some((id) => STORY_PAGE.test(id));
      const starts = chunks.filter(
        (chunk) =>
          chunk.isEntry &&
          (/(^|\/)entry\//.test(chunk.fileName) || /(^|\/)nodes\/0\./.test(chunk.fileName) || isStory(chunk))
      );
      if (!starts.some(isStory))
        throw new Error('compile-hints: no entry chunk of the client build holds src/routes/+page.svelte');
      /** @type {Set<string>} */
      const atStart = new Set();
      const reach = (/** @type {string} */ name) => {
        if (atStart.has(name)) return;
        atStart.add(name);
        for (const imported of byName.get(name)?.imports ?? []) reach(imported);
      };
      for (const chunk of starts) reach(chunk.fileName);
      for (const chunk of chunks)
        if (!atStart.has(chunk.fileName) && !chunk.code.startsWith(COMPILE_HINT))
          chunk.code = COMPILE_HINT + chunk.code;
    }
  };
}
