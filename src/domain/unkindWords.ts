// Whether the intent model's "abuse" reading stands. First conversations (December): "anything
// innit" at "What kind of job would you like most?" had "I can tell you are fed up ... let us keep
// it kind" (the model reads "anything" as rude: its insults hold "you don't understand anything"),
// and "dunno bruv" was kept as a job called "Bruv". Telling someone to be kind when they were is
// worse than missing an insult, so the model's word alone stands only when it is sure and no slang
// was said; otherwise an unkind word has to be there.
import { understand } from './understanding.ts';

const SLANG_TAG = String.raw`(?:innit|init|ennit|inni|int it|bruv|bro|fam|blud|cuz|m8|mate|man|tho)`;
// Only tags at the end of the words, or after a yes at the start, are taken off: "man" in
// "handyman" or "a man with a van" stays.
// Not "man" ("bin man", "delivery man") and not a trade's "mate" ("electrician's mate", "plumbers mate").
const END_TAG = String.raw`(?:innit|init|ennit|inni|int it|bruv|bro|fam|blud|cuz|m8|tho|(?<!(?:\w['\u2019]?s|first)[\s,]+)mate)`;
const TAG_AT_END = new RegExp(String.raw`(?:[\s,]+${END_TAG})+[\s.!?]*$`, 'i');
// "yh man anything", "ye bro shop work": a yes and a tag first.
const YES_AND_A_TAG = /^(?:yh|yeh|ye|yeah|ya|yea)\s+(?:man|bro|bruv|fam|mate)\b[\s,]*/i;
const ANY_TAG = new RegExp(String.raw`\b${SLANG_TAG}\b`, 'i');

/** The words without a slang tag at their end ("anything innit" is "anything"); as typed when there is none. */
export function withoutSlangTags(text: string): string {
  const rest = text.trim().replace(YES_AND_A_TAG, '').replace(TAG_AT_END, '').trim();
  return rest || text.trim();
}

// Words that make an insult of what is said: swearing, names called, and the ways the model's own
// insults put it ("waste of time", "go away", "worse than the jobcentre").
const UNKIND = new RegExp(
  String.raw`\b(?:f+u+c*k\w*|fk\w*|fuk\w*|f u|fu|ffs|wtf|stfu|sod|piss\w*|bugger|bog off|naff|feck|frig|eff off|shit\w*|shite|crap\w*|bollocks|bullshit|stupid|idiot\w*|moron|dick\w*|twat|wanker|bastard|bitch\w*|arse\w*|ass|cunt|prick|tosser|numpty|muppet|eejit|clown|monkey|bumbaclot|dumb|thick|daft|useless|rubbish|garbage|trash|junk|pathetic|joke|suck\w*|bloody|hell|damn|screw|shut|shove|stick it|stuffed|drop dead|hate|pointless|waste of|go away|get lost|leave me alone|creepy|annoying|worse than|teapot|talk to the hand|loser|knob\w*|bellend|wazzock|plonker|pillock|dipstick|scumbag|do one|jog on|get a life|nobody asked|point of you|wasteman)\b|f\*+k|sh\*t`,
  'i',
);
const SURE = 0.9;

/** True when "abuse", as the model read it, stands: an unkind word, or the model sure with no slang said. */
export function abuseReadingStands(said: string): boolean {
  if (UNKIND.test(said)) return true;
  if (ANY_TAG.test(said)) return false;
  const heard = understand(said);
  return heard.intent === 'abuse' && heard.confidence >= SURE;
}
