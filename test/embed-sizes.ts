// Sizes measured in Chromium that a unit test and an end-to-end test share.

/** The story embed's drawing on a phone, measured in Chromium at 320 and 375 px (the same at every
 *  step): a short, wide box. test/e2e/embed-figure.e2e.ts checks the embed gives at least this. */
export const EMBED_SIZES = [
  { viewport: 320, width: 299, height: 173 },
  { viewport: 375, width: 354, height: 203 }
];
