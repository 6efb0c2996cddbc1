// Markdown for the step texts and the calculator's longer copy, rendered once at build time so
// that marked never reaches the browser.
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true, breaks: false });

/** A block of markdown as HTML: "Amazon is **discussing**" → "<p>Amazon is <strong>discussing</strong></p>". */
export function renderMarkdown(source: string): string {
  return (markdown.parse(source.trim(), { async: false }) as string).trim();
}

/** The text of rendered HTML, one space between words: for descriptions, tests and the outlet lint. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
