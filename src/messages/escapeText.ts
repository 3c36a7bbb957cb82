// The one place that prepares text someone typed (a client's goal, a name, an adviser's note)
// for each place it is shown, so it reads exactly as typed and never as formatting:
// - escapeCardText: an Adaptive Card TextBlock (Teams' markdown subset; Web Chat runs the same
//   markdown-it as for messages, with HTML on);
// - escapeMarkdown: message text, which Teams and Web Chat render as markdown (and some HTML);
// - plainText: fallbackText, webhook bodies and anything no renderer reads: nothing to escape.
// Only what a renderer would act on is escaped, so "Megan." stays "Megan.", never "Megan\.".

// Anywhere in a line: emphasis, code, strike-through, links, tables, backslash itself.
const INLINE_SPECIALS = /[\\`*_~[\]|]/;
// At the start of a line: headings, bullets, setext underlines, numbered lists. (A quote's ">"
// is escaped with the other angle brackets.)
const LINE_START_BLOCK = /^(\s*)([#+=-])/gm;
const LINE_START_NUMBER = /^(\s*\d+)([.)])/gm;
// "&lt;" typed by someone must show as those four characters, not as "<".
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

function escapeWith(text: string, special: RegExp, escapeChar: (char: string) => string): string {
  return text
    .replace(ENTITY_LIKE, '&amp;')
    .replace(special, escapeChar)
    .replace(LINE_START_BLOCK, (_match, space: string, char: string) => `${space}\\${char}`)
    .replace(LINE_START_NUMBER, (_match, number: string, mark: string) => `${number}\\${mark}`);
}

const backslash = (char: string): string => `\\${char}`;
const MESSAGE_SPECIALS = new RegExp(`${INLINE_SPECIALS.source}|[<>]`, 'g');
const CARD_SPECIALS = new RegExp(`${INLINE_SPECIALS.source}|[<>{}]`, 'g');

/** For message text: Teams reads "<client>" as an HTML tag, so angle brackets become entities. */
export function escapeMarkdown(text: string): string {
  return escapeWith(text, MESSAGE_SPECIALS, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : backslash(char)));
}

/**
 * For Adaptive Card TextBlocks: card markdown has no HTML entities in Teams, so brackets are
 * backslash-escaped; "{{" would start a template function such as {{DATE(...)}}.
 */
export function escapeCardText(text: string): string {
  return escapeWith(text, CARD_SPECIALS, backslash);
}

/** For plain text (fallbackText, webhook JSON): the words as typed, spaces tidied. */
export function plainText(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Our own words as a markdown bullet list inside a message: blank lines before and after, so the
 * list is a list even straight after a sentence, and the next sentence does not join its last item.
 * Returns lines to spread into a message that is joined with "\n".
 */
export function markdownList(items: readonly string[]): string[] {
  return ['', ...items.map((item) => `- ${item}`), ''];
}
