// "Will my work coach be able to see this?": asked whether the adviser sees what they type, not a
// request to talk to them. Play-testing first conversations: "see" had been read as asking to see
// the adviser, and the adviser was asked to get in touch, with the crisis numbers. The forms
// asksWhoSeesAnswers (benefitWorries.ts) already reads are read there.
import { asksWhoSeesAnswers } from './benefitWorries.ts';
import { normaliseAnswer } from './answers.ts';

const SOMEONE = String.raw`(?:adviser|advisor|work coach|job coach|coach|jobcentre|job centre|they|anyone|someone|people)`;
const SEES = String.raw`(?:see|read|look at|find out about|know about|get to see|get to read)`;
const WHAT_THEY_TYPED = String.raw`(?:this|these|that|it|all this|all of this|all that|what i (?:say|said|write|wrote|type|typed|put|tell you)|my (?:answers?|messages?|chats?|replies|words)|the (?:chat|messages?|answers?)|everything)`;
const ASKS_IF_THEY_SEE = new RegExp(String.raw`\b${SOMEONE}\b(?: \w+){0,4} ${SEES} ${WHAT_THEY_TYPED}\b`);
const ASKED = /^(?:will|would|can|could|does|do|is|are|gonna|does|did)\b/;
// "can my adviser see this and call me": a request said with it.
const WANTS_CONTACT = /\b(?:call me|ring me|phone me|contact me|get in touch|speak to (?:me|them|her|him)|talk to (?:me|them|her|him)|see me|meet)\b/;

/** A question whether the adviser (or anyone) sees what they type: answered, never a request for a call. */
export function asksWhetherTheAdviserSees(text: string): boolean {
  const trimmed = text.trim();
  const words = normaliseAnswer(trimmed);
  if (WANTS_CONTACT.test(words)) return false;
  if (asksWhoSeesAnswers(trimmed)) return true;
  return ASKS_IF_THEY_SEE.test(words) && (trimmed.endsWith('?') || ASKED.test(words));
}
