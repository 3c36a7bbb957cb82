// What people see: message text and card TextBlocks rendered as Web Chat renders them (its
// markdown-it, with the options botframework-webchat's renderMarkdown passes; Web Chat hands
// Adaptive Card TextBlocks to the same function), and colour contrast as WCAG measures it.
import { createRequire } from 'node:module';

type MarkdownRenderer = { render(markdown: string): string };

const require = createRequire(import.meta.url);
// markdown-it comes with botframework-webchat; load the copy Web Chat itself resolves.
const webChatRequire = createRequire(require.resolve('botframework-webchat'));
const MarkdownIt = webChatRequire('markdown-it') as new (options: Record<string, boolean>) => MarkdownRenderer;

// botframework-webchat/lib/markdown/renderMarkdown.js: MARKDOWN_IT_INIT.
const webChat = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });

export function renderWebChatMarkdown(markdown: string): string {
  return webChat.render(markdown);
}

/** The HTML element names in rendered output, e.g. ['p', 'ul', 'li']. */
export function tagsIn(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase());
}

/** The text a reader sees: tags dropped, entities decoded, spaces tidied. */
export function visibleText(html: string): string {
  return html
    .replace(/<\/?(a|strong|em|b|i|code|s)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** WCAG 2 contrast ratio of two #RRGGBB colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
