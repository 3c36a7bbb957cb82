// One rendering of client text: what someone typed is shown exactly as typed, in a card, in a
// markdown message and in plain text, checked with the renderer Web Chat uses (markdown-it, for
// messages and for card TextBlocks alike) and with Adaptive Cards' own colours for contrast.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as AdaptiveCards from 'adaptivecards';
import { escapeCardText, escapeMarkdown, markdownList, plainText } from '../../src/messages/escapeText.ts';
import { escalationCard, URGENCY_COLOUR } from '../../src/cards/escalationCard.ts';
import { buildEscalationSummary } from '../../src/domain/escalationSummary.ts';
import { DEFAULT_CRISIS_CONTACTS } from '../../src/domain/settingsLists.ts';
import { adviserAskedReply, adviserHelp, adviserNotReachedReply } from '../../src/messages/en/adviser.ts';
import { contrastRatio, renderWebChatMarkdown, tagsIn, visibleText } from '../support/renderers.ts';
import { bareSummaryInput } from '../support/bareEscalationSummary.ts';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

const TYPED = [
  '**bold** and _italic_ and <b>tags</b>',
  'done <client> <action number>',
  '[click me](http://evil.example) ![img](x.png)',
  '# not a heading',
  '- not a bullet',
  '1. not a list',
  '> not a quote',
  'a `code` span, ~~strike~~ and a|pipe',
  'C:\\Users\\megan',
  '&lt; is how you write <',
  '{{DATE(2026-06-20T00:00:00Z, SHORT)}}',
  'Megan.',
];

/** One paragraph of text; Web Chat may make a bare web address clickable, showing the address itself. */
function expectOnlyText(html: string, typed: string): void {
  expect(tagsIn(html).filter((tag) => tag !== 'a')).toEqual(['p']);
  for (const link of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(link[2]).toBe(link[1]);
  expect(visibleText(html)).toBe(typed);
}

describe('text someone typed', () => {
  it.each(TYPED.map((text) => [text]))('reads exactly as typed in a Web Chat message: %s', (typed) => {
    expectOnlyText(renderWebChatMarkdown(escapeMarkdown(typed)), typed);
  });

  it.each(TYPED.map((text) => [text]))('reads exactly as typed in a card TextBlock: %s', (typed) => {
    expectOnlyText(renderWebChatMarkdown(escapeCardText(typed)), typed);
  });

  it('cannot start a card template function', () => {
    expect(escapeCardText('{{DATE(2026-06-20T00:00:00Z, SHORT)}}')).not.toContain('{{');
  });

  it('is left alone where nothing renders it, and ordinary words are never escaped', () => {
    for (const typed of TYPED) expect(plainText(typed)).toBe(typed);
    for (const escape of [escapeMarkdown, escapeCardText]) {
      expect(escape('Megan.')).toBe('Megan.');
      expect(escape('Apply for 2 jobs by Friday 4 December (Tesco, Asda).')).toBe('Apply for 2 jobs by Friday 4 December (Tesco, Asda).');
    }
  });

  it('keeps its line breaks as soft breaks, not as a list or a heading', () => {
    const typed = 'first line\n- second line\n## third';
    const html = renderWebChatMarkdown(escapeMarkdown(typed));
    expect(tagsIn(html)).toEqual(['p']);
    expect(visibleText(html)).toBe('first line - second line ## third');
  });
});

describe('lists in messages', () => {
  it('stay a list straight after a sentence, and the next sentence does not join the last item', () => {
    const message = ['Please talk to someone now:', ...markdownList(['Samaritans: call 116 123.', 'Call 999 in danger.']), 'I have told your adviser.'].join('\n');
    const html = renderWebChatMarkdown(message);
    expect(tagsIn(html)).toEqual(['p', 'ul', 'li', 'li', 'p']);
    expect(html).toMatch(/<li>Call 999 in danger\.<\/li>\n<\/ul>\n<p>I have told your adviser\.<\/p>/);
  });

  it('show the crisis numbers as a list when the adviser was asked, and when nobody could be', () => {
    for (const reply of [adviserAskedReply({ told: true, inHours: true }, DEFAULT_CRISIS_CONTACTS), adviserNotReachedReply(DEFAULT_CRISIS_CONTACTS)]) {
      const html = renderWebChatMarkdown(reply);
      expect(tagsIn(html).filter((tag) => tag === 'li')).toHaveLength(DEFAULT_CRISIS_CONTACTS.length);
      expect(visibleText(html)).not.toContain('\\');
    }
  });

  // Round three: worked examples in place of "<client>" placeholders (test/escalation/adviserRoundThree.test.ts).
  it('keep the adviser help examples visible', () => {
    const html = renderWebChatMarkdown(adviserHelp('K7P2QX'));
    const seen = visibleText(html);
    expect(seen).toContain('done Sam 3');
    expect(seen).toContain('cadence Sam 14');
    expect(seen).not.toContain('<');
    expect(seen).toContain('Your invite code is K7P2QX.');
    expect(tagsIn(html).filter((tag) => tag === 'li').length).toBeGreaterThanOrEqual(10);
  });
});

describe('escalation headline colours', () => {
  const foreground = new AC.HostConfig().containerStyles.default.foregroundColors;
  const colourOf = (name: string): string => (foreground as unknown as Record<string, { default: string }>)[name.toLowerCase()]!.default;

  it('meet WCAG AA contrast (4.5:1) on a white card for every urgency', () => {
    for (const urgency of ['urgent', 'soon', 'routine'] as const) {
      expect(contrastRatio(colourOf(URGENCY_COLOUR[urgency]), '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    }
    // The old "Soon" colour failed: the check is able to fail.
    expect(contrastRatio(colourOf('Warning'), '#FFFFFF')).toBeLessThan(3);
  });

  it('are what the card uses', () => {
    const now = new Date('2026-03-04T10:00:00Z');
    const summary = buildEscalationSummary(bareSummaryInput('Sam', { reason: 'client-asked', urgency: 'soon', detail: 'Asked.', contactBy: null }, now));
    const card = escalationCard(summary, { escalationId: 'e1', status: 'open', response: null });
    expect((card.body[0] as { color: string }).color).toBe(URGENCY_COLOUR.soon);
  });
});
