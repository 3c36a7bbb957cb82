// "txt my adviser bout the course", "email my adviser about the cscs card": a step the client will
// take, said at the goal question, had been read as asking the adviser to get in touch (play-testing).
import { expandShorthand } from './answers.ts';

const CONTACT_VERB = '(?:txt|text|texting|message|msg|email|e mail|ring|call|phone|contact|ask|tell|see|speak to|talk to)';
const ADVISER = '(?:my|the) (?:adviser|advisor|work coach|coach|jobcentre)';
const STEP = new RegExp(`^(?:(?:i will|ill|i want to|i need to|need to|to)\\s)?${CONTACT_VERB} ${ADVISER} (?:about|bout|abt|re|regarding|for|to ask about|and ask about) \\w`);

/** A step of contacting the adviser about something, said as the client's own step. */
export function namesAStepWithTheAdviser(text: string): boolean {
  return STEP.test(expandShorthand(text));
}
