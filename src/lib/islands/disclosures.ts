// The one part of adopting an island's prerendered controls (adopt.ts) that runs when the island is
// attached, before any of its code loads: the rest loads with the island.

/**
 * Which disclosures inside `root` are open now. A disclosure's `open` is reflected in its
 * attribute, so the HTML cannot say later how it started: the island takes this note when it is
 * attached, before the reader can have touched it.
 */
export function openDisclosures(root: ParentNode): Map<Element, boolean> {
  return new Map([...root.querySelectorAll('details')].map((details) => [details, details.open]));
}
