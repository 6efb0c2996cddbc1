/**
 * A mistake in content/. The message names the file, the entry and the problem, so that a
 * writer can fix it without reading code: `content/flows.yaml: flow "x": unknown company "y"`.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}
