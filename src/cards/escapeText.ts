// User text goes into Adaptive Cards and markdown as text, never as formatting: a client who
// types "**urgent**" or "[click](http://…)" gets exactly those characters shown back.
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIALS, (char) => `\\${char}`);
}

/** Adaptive Card TextBlocks render a subset of markdown, and {{DATE(...)}} functions. */
export function escapeCardText(text: string): string {
  return escapeMarkdown(text.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }'));
}
