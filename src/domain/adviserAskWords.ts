// More of what an adviser types in their own words, read as what they ask. Play-testing as an IPS
// employment specialist (round four): "how do i contact tom", "call tom", "tom phone number" and
// "open the urgent one" got the help list, and so did "review lee weekly" and "set lee review to
// weekly", which change the plan and so are only ever asked back. Null when the words are none of
// these. Pure: no I/O.
import { cadenceDaysIn } from './adviserCommandTypos.ts';

export type AdviserAsk =
  /** How to reach a client; `client` is a caseload number or (part of) a name. */
  | { kind: 'contact'; client: string }
  /** The escalation listed first, most urgent, opened as "show me escalation N" opens it. */
  | { kind: 'most-urgent' }
  /** A review cadence in words: asked back as the cadence command, never done. */
  | { kind: 'cadence'; client: string; days: number };

const CLIENT = String.raw`(#?\d{1,4}|\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*){0,2})`;
// The same, as few words as will do: "tom phone number" is Tom, not "tom phone".
const CLIENT_FIRST = String.raw`(#?\d{1,4}|\p{L}[\p{L}'-]*?(?: \p{L}[\p{L}'-]*?){0,2}?)`;
const REACH = String.raw`(?:contact|reach|call|ring|phone|text|get hold of|get in touch with|speak to|talk to)`;
const NUMBER = String.raw`(?:phone number|phone|number|mobile|mobile number|contact details|contact|details)`;

const CONTACT: readonly RegExp[] = [
  // "how do i contact tom", "how can i reach tom", "how to get hold of tom".
  new RegExp(String.raw`^how (?:do|can|should|would) (?:i|we) ${REACH} ${CLIENT}$`, 'u'),
  new RegExp(String.raw`^how to ${REACH} ${CLIENT}$`, 'u'),
  // "call tom", "ring tom", "contact tom".
  new RegExp(String.raw`^(?:call|ring|phone|contact) ${CLIENT}$`, 'u'),
  // "tom phone number", "tom's contact details".
  new RegExp(String.raw`^${CLIENT_FIRST}(?:'s)? ${NUMBER}$`, 'u'),
  // "phone number for tom", "contact details for tom".
  new RegExp(String.raw`^(?:whats |what is |get |show me |give me )?(?:the )?${NUMBER} (?:for|of) ${CLIENT}$`, 'u'),
];
const CONTACT_OF = /^(?:whats|what is|get|show me|give me) (\p{L}[\p{L}'-]*?)(?:'s|s) (?:phone number|number|contact details)$/u;

// "open the urgent one", "show me the most urgent escalation", "most urgent one". "urgent" alone
// stays the escalations list (src/domain/adviserCommandWords.ts).
const OPEN = String.raw`(?:open|show|view|see|get|check|pull up|bring up|look at|go to)(?: me)?`;
const MOST_URGENT = new RegExp(
  String.raw`^(?:${OPEN} (?:the )?(?:most urgent|urgent)(?: one| escalation| alert)?|(?:the )?(?:most urgent|urgent) (?:one|escalation|alert)|(?:the )?most urgent)$`,
);

const CADENCE = String.raw`(weekly|fortnightly|monthly|every week|every 2 weeks|every two weeks|every fortnight|every month|every (\d{1,3}) days)`;
const CADENCE_WORDS: readonly RegExp[] = [
  // "review lee weekly", "review lee every 2 weeks".
  new RegExp(String.raw`^reviews? ${CLIENT} ${CADENCE}$`, 'u'),
  // "set lee review to weekly", "set lee's reviews weekly", "change lee review to monthly", "lee review weekly".
  new RegExp(String.raw`^(?:(?:set|change|make|move|put) )?${CLIENT}(?:'s|s)? (?:plan )?reviews? (?:cadence )?(?:to |as |at )?${CADENCE}$`, 'u'),
  // "set the review for lee to weekly", "review for lee weekly".
  new RegExp(String.raw`^(?:(?:set|change|make|move|put) )?(?:the )?reviews? (?:cadence )?for ${CLIENT} (?:to |as |at )?${CADENCE}$`, 'u'),
];
const SPOKEN_DAYS: Record<string, number> = { 'every week': 7, 'every 2 weeks': 14, 'every two weeks': 14, 'every fortnight': 14, 'every month': 28 };
const NOT_A_CLIENT = new Set('the a an me my him her them it one this that urgent most first top everyone anyone someone number phone for of details contact mobile'.split(' '));

function tidy(text: string): string {
  return text
    .toLowerCase()
    .replace(/<at>.*?<\/at>/g, ' ')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\s?!.,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:please|pls|so|and|ok|okay) /, '')
    .replace(/ (?:please|pls)$/, '');
}

const isClient = (words: string | undefined): words is string => Boolean(words) && !words!.split(' ').some((word) => NOT_A_CLIENT.has(word));

/** What the adviser's words ask, or null. */
export function readAdviserAsk(text: string): AdviserAsk | null {
  const said = tidy(text);
  if (!said || said.length > 80) return null;
  if (MOST_URGENT.test(said)) return { kind: 'most-urgent' };
  for (const pattern of CONTACT) {
    const client = pattern.exec(said)?.[1];
    if (isClient(client)) return { kind: 'contact', client: client.replace(/^#/, '').replace(/'s$/, '') };
  }
  const of = CONTACT_OF.exec(said)?.[1];
  if (isClient(of)) return { kind: 'contact', client: of };
  for (const pattern of CADENCE_WORDS) {
    const match = pattern.exec(said);
    if (!match || !isClient(match[1])) continue;
    const days = match[3] ? Number(match[3]) : SPOKEN_DAYS[match[2]!] ?? cadenceDaysIn(match[2]!);
    if (days) return { kind: 'cadence', client: match[1]!.replace(/^#/, ''), days };
  }
  return null;
}
