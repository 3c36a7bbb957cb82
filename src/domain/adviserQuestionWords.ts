// Questions an adviser asks of their caseload in their own words, and thanks. Play-testing as a
// busy adviser (December): "whos overdue", "who has not replied", "reviews due today", "what did
// tom say", "show me escalation 1", "thanks" and "ok" each got the whole help list. Read here as
// what they ask; null when the words are none of these. Pure: no I/O.
import { withShorthandWordsSpelt } from './adviserShorthandWords.ts';
import { NUMBER_WORDS } from './answers.ts';

export type AdviserQuestion =
  | { kind: 'overdue' }
  | { kind: 'not-replied' }
  /**
   * Round seven: "who hasnt been in touch", "who have i not heard from", "whos gone quiet". Round
   * eight: `days` when a time was said ("whos been quiet for 3 days", "quiet 2 weeks").
   */
  | { kind: 'quiet'; days?: number }
  | { kind: 'reviews-due' }
  /** Round eight: "when did lee last get in touch", "has jo been in touch", "last heard from lee". */
  | { kind: 'last-contact'; client: string }
  /** Round seven: "reviews this week", "whos got a review this week": the next 7 days, and any missed. */
  | { kind: 'reviews-week' }
  /** Round nine: "reviews next week", "whos got a review next week": Monday to Sunday of next week. */
  | { kind: 'reviews-next-week' }
  /** `client` is a caseload number or (part of) a name. */
  | { kind: 'client-said'; client: string }
  | { kind: 'show-escalation'; number: number }
  /** The adviser's own open actions across the caseload (round six); `lateOnly` for "whats overdue on my side". */
  | { kind: 'my-actions'; lateOnly: boolean }
  | { kind: 'thanks' }
  | { kind: 'ok' };

const WHO = String.raw`(?:who|whos|who is|who are|which clients?(?: are| is| have| has)?|is anyone|is anybody|are any clients|anyone|anybody|any clients?)`;
const SHOW = String.raw`(?:(?:show|list|give|get|see|check)(?: me)?(?: the| my)? )?`;

const THANKS = /^(?:(?:great|lovely|brilliant|ok|okay|perfect) )?(?:thanks|thank you|thankyou|thx|ta|cheers|many thanks)(?: (?:very much|so much|a lot|again|mate))?$/;
const OK = /^(?:ok|okay|k|kk|ok then|okay then|right|fine|great|got it|noted|cool|lovely|perfect|brilliant|sounds good|will do|understood|ok got it|okay got it)$/;

const OVERDUE: readonly RegExp[] = [
  new RegExp(String.raw`^${WHO}(?: (?:still|currently|now))? (?:overdue|late|behind|running late)(?: (?:today|now|with (?:their|a) steps?))?$`),
  new RegExp(String.raw`^${WHO} (?:has|have|got|with) (?:any )?(?:overdue|late) (?:steps|actions|tasks|things)(?: (?:today|now))?$`),
  new RegExp(String.raw`^${SHOW}(?:whats|what is|anything|any) (?:overdue|late)(?: (?:today|now))?$`),
  new RegExp(String.raw`^${SHOW}(?:overdue|late) (?:clients|steps|actions|tasks|ones)(?: (?:today|now))?$`),
];

const NOT_REPLIED = new RegExp(
  String.raw`^${WHO} (?:has not|have not|hasnt|havent|is not|isnt|are not|arent|not) (?:replied|replying|responded|responding|answered|answering|got back|getting back)(?: (?:yet|to me|to you|to messages|to my messages|to their messages))*$`,
);

// "who hasnt been in touch", "who have i not heard from", "whos gone quiet", "which clients havent
// messaged this week" (round seven: each got the help list). The clients quiet longest, by last contact.
const LATELY = String.raw`(?: (?:lately|recently|for a while|in a while|this week|for a week|for ages|in ages|yet|at all|this month))*`;
const QUIET: readonly RegExp[] = [
  new RegExp(String.raw`^${WHO} (?:has not|have not|hasnt|havent|not)(?: been| got| gotten| kept| stayed)? in (?:touch|contact)(?: with (?:me|us|the coach|the bot))?${LATELY}$`),
  new RegExp(String.raw`^${WHO} (?:has not|have not|hasnt|havent|not) (?:messaged|written|texted|been on|used|talked to|spoken to|chatted with|been talking to|contacted)(?: (?:me|us|the coach|the bot|the app|in))?${LATELY}$`),
  new RegExp(String.raw`^(?:who|whom) (?:have i not|havent i|have i|did i not|didnt i|do i not) (?:not )?heard (?:from|back from)${LATELY}$`),
  // Round eight: "whos quiet" with no "been" had the help list.
  new RegExp(String.raw`^${WHO}(?: has| have)?(?: gone| went| been| is| are)?(?: a bit)? (?:quiet|silent|awol|missing|off the radar)${LATELY}$`),
  new RegExp(String.raw`^${SHOW}(?:quiet|silent) (?:clients|ones|people)$`),
  new RegExp(String.raw`^(?:any(?:one| clients)? )?(?:not|no) (?:heard from|contact|in touch)${LATELY}$`),
  // Round eight: "quiet 2 weeks" once the time is taken off is "quiet".
  /^(?:quiet|quiet ones|quiet clients|gone quiet)$/,
];

// How long, said at the end (round eight: the 7 days were fixed): "for 3 days", "2 weeks", "a fortnight or more".
const SPAN_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, ...NUMBER_WORDS };
const QUIET_SPAN = /(?: (?:for|in|in the|over|over the|for over|for more than|for at least|in over|at least|more than|over a|the))?(?: (?:last|past))? (a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (days?|weeks?|wks?|fortnights?)(?: or (?:more|longer|so))?$/;
const LONGEST_QUIET_DAYS = 365;

/** "quiet for 3 days": the words without the time, and the days; null when no time was said. */
function quietSpan(said: string): { rest: string; days: number } | null {
  const span = QUIET_SPAN.exec(said);
  const count = span ? (SPAN_NUMBERS[span[1]!] ?? Number(span[1])) : 0;
  const unit = span?.[2]!.startsWith('f') ? 14 : span?.[2]!.startsWith('w') ? 7 : 1;
  const days = count * unit;
  return span && days > 0 && days <= LONGEST_QUIET_DAYS ? { rest: said.slice(0, span.index).trim(), days } : null;
}

const THIS_WEEK = String.raw`(?:this week|in the next (?:7 days|week)|next 7 days|coming up|this coming week|for this week|on this week)`;
// Round nine: "reviews next week" and "what reviews have i got on this week" had the help list.
const NEXT_WEEK = String.raw`(?:next week|for next week|on next week|next wk|the week after)`;
const reviewsIn = (span: string): readonly RegExp[] => [
  new RegExp(String.raw`^${SHOW}(?:any |which |what |my |the |all )?(?:my )?reviews?(?: are| is)?(?: due| booked| set| on| coming up)? ${span}$`),
  new RegExp(String.raw`^${WHO}(?: has| have| is| are)?(?: got| due| due for| due a| having)?(?: a)? reviews? (?:due )?${span}$`),
  new RegExp(String.raw`^(?:what|which|any) reviews (?:have i got|have i|do i have|are there|are due|are booked|are on|ive got|i have|have we got|do we have)(?: on)?(?: ${span})?$`),
  new RegExp(String.raw`^(?:what|which) (?:clients|people) (?:have|has|have got|are having|are due)(?: a)? reviews? ${span}$`),
];
const REVIEWS_WEEK: readonly RegExp[] = [
  ...reviewsIn(THIS_WEEK),
  // Round eight: "when is everyones review" read "everyones" as a client.
  new RegExp(String.raw`^when (?:is|are) (?:everyones|everybodys|all my clients|my clients|all the|the) (?:next )?reviews?$`),
];
const REVIEWS_NEXT_WEEK: readonly RegExp[] = reviewsIn(NEXT_WEEK).map((pattern) => new RegExp(pattern.source.replace(`(?: ${NEXT_WEEK})?$`, ` ${NEXT_WEEK}$`)));

const REVIEWS_DUE: readonly RegExp[] = [
  new RegExp(String.raw`^${SHOW}(?:which |what |any |whose )?reviews?(?: are| is)? (?:due|missed|overdue)(?: (?:today|now))?$`),
  new RegExp(String.raw`^${SHOW}reviews? (?:for )?today$`),
  new RegExp(String.raw`^${WHO}(?: is| are)? (?:due|due for|due a|has|have)(?: a)? reviews?(?: due)?(?: (?:today|now))?$`),
  // Round eight: "who needs a review".
  new RegExp(String.raw`^${WHO} (?:needs?|is needing|should have)(?: a)? reviews?(?: (?:today|now))?$`),
];

// "what did tom say", "what has sam written lately", "what did 2 say".
const CLIENT_SAID = /^what (?:did|has|have|was|is) (.+?) (?:say|said|saying|written|wrote|write|writing|typed|type|sent|send|been saying|been writing)(?: (?:last|lately|recently|today|to the coach|to the bot|most recently))*$/;
const CLIENT = /^(?:#?\d{1,4}|\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*){0,2})$/u;
const NOT_A_CLIENT = new Set('they he she it them someone anyone everyone everybody anybody people my clients the client i you we'.split(' '));

// Round eight: one client's last word to the coach. "when did lee last get in touch", "has jo been in
// touch lately", "last heard from lee", "when did we last hear from sam".
const NAME = String.raw`(#?\d{1,4}|\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}?)`;
const LAST_CONTACT: readonly RegExp[] = [
  new RegExp(String.raw`^when (?:did|has|have) ${NAME} last (?:get|got|been|get back|write|wrote|message|messaged|reply|replied|talk|talked|chat|chatted)(?: in (?:touch|contact))?(?: to (?:me|us|the coach|the bot)| with (?:me|us|the coach|the bot))?$`, 'u'),
  new RegExp(String.raw`^(?:has|have|did) ${NAME} (?:been|got|gotten|get|kept) in (?:touch|contact)${LATELY}$`, 'u'),
  new RegExp(String.raw`^(?:has|have|did) ${NAME} (?:written|wrote|messaged|replied|been on|used the coach|talked to the coach)${LATELY}$`, 'u'),
  new RegExp(String.raw`^(?:last (?:heard from|contact from|contact with|message from)|when did (?:we|i) last hear from|when did i last hear from) ${NAME}$`, 'u'),
  new RegExp(String.raw`^${NAME} last (?:contact|in touch|heard from|message|seen)$`, 'u'),
];

// "show me escalation 1", "escalation #12", "open alert 3".
const SHOW_ESCALATION = /^(?:(?:show|open|view|see|get|check|look at|pull up|bring up|whats|what is)(?: me)?(?: the)? )?(?:escalations?|alerts?)(?: number| no)? #?(\d{1,9})$/;

// The adviser's own actions, not the clients' steps (round six: each got the help list).
const MY_ACTIONS = /^(?:(?:show|list|see|check|get|give)(?: me)? )?(?:all )?my (?:own )?(?:open |outstanding )?(?:actions|tasks|to ?dos?|jobs|steps|promises)(?: (?:today|now|this week|for clients|across my caseload))?$|^(?:what do i owe|what have i promised|what did i promise|what have i (?:got|still got|still) to do|what do i (?:still )?(?:have|need) to do for (?:clients|people|them)|whats on my plate|what am i doing for (?:clients|people))(?: (?:today|now|this week))?$/;
const MY_LATE = /^(?:(?:whats|what is|anything|is anything|what have i got|what am i) (?:overdue|late|behind)(?: on)? (?:on my side|my side|for me|from me|of mine|with me|of my own)|(?:whats|what is|what am i) (?:overdue|late|behind) on|(?:am i|have i got anything|do i have anything) (?:late|overdue|behind)(?: on anything| with anything)?|(?:show |list |see |check )?(?:me )?my (?:own )?(?:overdue|late) (?:actions|tasks|to ?dos?|jobs|steps|ones|things)|(?:what do i owe|what have i promised) (?:thats|that is) (?:late|overdue))(?: (?:today|now))?$/;

/** Lower case, curly apostrophes and end punctuation gone, apostrophes dropped ("who's" is "whos"). */
function tidy(text: string): string {
  return text
    .toLowerCase()
    .replace(/<at>.*?<\/at>/g, ' ')
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/[\s?!.,]+$/, '')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:please|pls|so|and) /, '')
    .replace(/ (?:please|pls)$/, '');
}

// Round ten, an adviser who types in shorthand: "od" had the help list ("rev nxt wk": adviserShorthandWords.ts).
const OVERDUE_SHORTHAND = /^(?:od|o\/d|ovrdue|overdue|late|late ones|overdues)$/;

/** What the adviser's words ask, or null. */
export function readAdviserQuestion(text: string): AdviserQuestion | null {
  const spelt = withShorthandWordsSpelt(tidy(text));
  const said = OVERDUE_SHORTHAND.test(spelt) ? 'whos overdue' : spelt;
  if (!said || said.length > 120) return null;
  if (THANKS.test(said)) return { kind: 'thanks' };
  if (OK.test(said)) return { kind: 'ok' };
  if (MY_LATE.test(said)) return { kind: 'my-actions', lateOnly: true };
  if (MY_ACTIONS.test(said)) return { kind: 'my-actions', lateOnly: false };
  if (OVERDUE.some((pattern) => pattern.test(said))) return { kind: 'overdue' };
  if (NOT_REPLIED.test(said)) return { kind: 'not-replied' };
  if (QUIET.some((pattern) => pattern.test(said))) return { kind: 'quiet' };
  const span = quietSpan(said);
  if (span && QUIET.some((pattern) => pattern.test(span.rest))) return { kind: 'quiet', days: span.days };
  if (REVIEWS_NEXT_WEEK.some((pattern) => pattern.test(said))) return { kind: 'reviews-next-week' };
  if (REVIEWS_WEEK.some((pattern) => pattern.test(said))) return { kind: 'reviews-week' };
  if (REVIEWS_DUE.some((pattern) => pattern.test(said))) return { kind: 'reviews-due' };
  for (const pattern of LAST_CONTACT) {
    const named = pattern.exec(said)?.[1];
    if (named && !NOT_A_CLIENT.has(named) && !/^(?:any|anyone|anybody|everyone|everybody|no ?one|nobody)$/.test(named)) return { kind: 'last-contact', client: named.replace(/^#/, '') };
  }
  const shown = SHOW_ESCALATION.exec(said);
  if (shown) return { kind: 'show-escalation', number: Number(shown[1]) };
  const client = CLIENT_SAID.exec(said)?.[1]?.replace(/^(?:the client|client|my client) /, '');
  if (client && CLIENT.test(client) && !NOT_A_CLIENT.has(client)) return { kind: 'client-said', client: client.replace(/^#/, '') };
  return null;
}
