// Not knowing what to pick at the goal question ("what should my goal be?", "idk what to pick", "any
// ideas?") had "Sorry, I was not clear" (round nine). A coach answers it: a few ideas, then the
// question again. Only the goal question asks this; a feeling or a worry is heard before it. Round ten
// added "can u give me some examples", "wat do ppl usually put" and "what r my options"; not knowing
// said without asking ("no idea tbh") is goalUnsureSaid.ts.
import { normaliseAnswer } from './answers.ts';

const DO = String.raw`(?:pick|choose|chose|set|have|do|go for|aim for|put|say|write|work on|work towards?|start with)`;
const PICK = String.raw`(?:pick|choose|chose|set|go for|aim for|put|say|write|work on|work towards?|start with)`;
const UNSURE = String.raw`(?:idk|i dk|dk|i dont know|dont know|i do not know|dunno|i dunno|not sure|im not sure|i am not sure|no idea|i have no idea|ive no idea|i cant think|cant think|i cannot think|im stuck on)`;
const ASKS_FOR_IDEAS = [
  // "idk what to pick", "not sure what to work towards", "i dont know what goal to set"
  new RegExp(`^${UNSURE}(?: of)? (?:what|which)(?: (?:goal|goals|one|thing))? (?:to|i should|should i|i could|i can|i want to|id) ${DO}\\b`),
  // "what should my goal be", "what should i pick", "what can i choose"
  new RegExp(`^(?:so |ok |okay |um |erm )?what (?:should|could|can|shall|would|do) (?:my goal|my goals|it) be\\b`),
  // "what should i pick"; "what should i do" only as "do first" or "do here", not "do about my appointment".
  new RegExp(`^(?:so |ok |okay |um |erm )?what (?:should|could|can|shall|would|do you think) i (?:should )?(?:${PICK}\\b|do (?:first|here|for (?:a|my) goal)$)`),
  // "what goals are there", "what sort of goals can i have", "what is a good goal"
  /^what (?:kind of |sort of |type of |kinds of |sorts of |types of )?goals? (?:are there|is there|can i|could i|should i|do people|do others|are good|would be good)\b/,
  /^what (?:is|s|are|would be) (?:a |some )?(?:good|normal|easy|usual|common) goals?\b/,
  // "what do people usually pick"
  new RegExp(`^(?:what|wat|wot) do (?:people|ppl|others|most people|most ppl|other people|other ppl|folk) (?:usually |normally |often |tend to )?${DO}\\b`),
  // "what r my options", "what are my choices" (round ten)
  /^(?:what|wat|wot) (?:are|r|re) (?:my|the) (?:options|choices)\b/,
  // "any ideas?", "give me some examples", "can you suggest something"
  /^(?:any|got any|have you got any|do you have any|give me some|give me|some|need some|i need some|can i have some|can you give me some|can you give me|can u give me some|can u give me|could you give me some|could u give me some) (?:ideas?|suggestions?|examples?|options)\b/,
  /^(?:can you |could you )?(?:suggest|recommend) (?:a goal|one|something|some goals|goals)\b/,
  /^(?:ideas|examples|suggestions|help me pick|help me choose|help me pick a goal|help me choose a goal)$/,
];
const TRAILING = /(?:\s+(?:please|pls|plz|tbh|lol|mate|then|really|honestly|here|for me|for this))+$/;

/** The client asks what goal to pick, or for ideas; nothing of their own named. */
export function asksForGoalIdeas(typed: string): boolean {
  const words = normaliseAnswer(typed).replace(TRAILING, '');
  return words.split(' ').length <= 12 && ASKS_FOR_IDEAS.some((pattern) => pattern.test(words));
}
