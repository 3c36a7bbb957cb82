// The small things people type in the safety window that had got "Thank you for telling me. I am
// here." (played as scripted clients, December): "can we just carry on with my cv" (a clear choice
// to go back), "what was my goal again", "sorry for being dramatic", "am i in trouble", "you dont
// care", "...", an emoji, "u there?", "bye for now". Read only on messages with no risk in them,
// that the window's own reading left as 'other'; none of these lowers a risk reading.
import type { WindowAsk } from './safetyWindowAsks.ts';

const LEAD = String.raw`^(?:(?:so|ok|okay|and|but|right|anyway|well|please|um|erm|hey)\s)*`;
const PLAN = String.raw`(?:my |the |our )?(?:cv|plan|action plan|goals?|steps?|job search|application|questions)`;

// "can we just carry on with my cv", "back to my cv please": Carry on, with what they want to carry on with.
const CARRY_ON_WITH = new RegExp(
  String.raw`${LEAD}(?:can we |could we |lets |let us |i want to |i would like to |id like to )?(?:just )?(?:carry on|continue|go back|get back|move on|crack on|get on)(?: with| to| on with)? ${PLAN}(?: now| please| then| instead| thanks)*$|${LEAD}(?:just )?back to ${PLAN}(?: now| please| then)*$`,
);
// "what was my goal again", "can i still do my cv", "is my plan still there": the plan, asked about.
const ABOUT_THE_PLAN = new RegExp(
  String.raw`${LEAD}(?:what (?:was|is|were|are)|can i still|can we still|can we|can i|could we|is|are|will|do i still have|have i still got|i want to|i wanna|what about)(?: \w+){0,3} ${PLAN}\b(?: \w+){0,4}$`,
);
// "sorry for being dramatic", "sorry about all that": sorry, said with what for ("a burden" is not heard here).
const SORRY_FOR = /^(?:(?:im|i am|so|really|very)\s)*(?:sorry|soz|sry)(?: (?:for|about) (?:being (?:so |a bit |such )?(?:dramatic|a drama queen|silly|stupid|an idiot|weird|a pain|over the top|like this|emotional|a mess)|(?:all )?(?:this|that|the drama|the fuss|going on|wasting your time|bothering you|the rant|ranting|moaning|saying (?:that|all that)|dumping (?:that|this|all that) on you)))(?: (?:lol|haha|x+))*$/;
// "you dont care", "ur a bot you dont care", "this is shit": fed up with the window, as "this is useless" is.
const FED_UP = /^(?:(?:you are|youre|your|you|ur) (?:just )?a (?:bot|robot|computer)\s?)?(?:you (?:dont|do not|cant|cannot|can not) (?:care|understand|help|get it|help me|really care)|this is (?:shit|shite|crap|rubbish|stupid|a joke|pointless)|(?:you are|youre|your|ur) (?:no help|no use|rubbish|crap|shit|stupid|pointless|a joke)|what do you know)(?: (?:anyway|though|lol|mate))*$/;
// "am i in trouble", "are you going to report me" (the police and the jobcentre have their own answers).
const IN_TROUBLE = new RegExp(
  String.raw`${LEAD}(?:am i|will i|would i|could i|is this|will this|would this|does this|did i)(?: going to| gonna)? (?:be |get |gotten |got )?(?:me )?(?:in|into) trouble(?: \w+){0,4}$|${LEAD}(?:are you|will you|would you|is anyone|will anyone|will my adviser|are they|will they)(?: going to)? (?:report|reporting|grass|grassing)(?: on)? me$`,
);
const STILL_THERE = /^(?:(?:hello|hi|hey|oi)\s)?(?:(?:are )?(?:you|u) (?:still )?there|(?:is )?any ?(?:one|body) (?:still )?there|hello+|still there)$/;
// "bye for now", "night", "talk later" ("bye" alone is left to the risk check: a goodbye can be a warning).
const LEAVING = /^(?:(?:ok|okay|right|anyway|well|thanks|thank you|ta|cheers)\s)*(?:bye for now|bye bye|see you|see ya|cya|laters|ttyl|talk later|speak later|speak soon|talk soon|night|night night|goodnight|good night|nite|im off|im going to bed|going to bed|off to bed)(?: (?:now|then|for now|x+|lol|tomorrow|later))*$/;

/** What a short message with no risk in it, read as 'other', is; null when it is none of these. */
export function readSmallTalk(text: string, words: string): WindowAsk | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'quiet';
  if (words.split(' ').length > 12) return null;
  if (CARRY_ON_WITH.test(words)) return 'carry-on';
  if (SORRY_FOR.test(words)) return 'sorry';
  if (FED_UP.test(words)) return 'fed-up';
  if (IN_TROUBLE.test(words)) return 'in-trouble';
  if (STILL_THERE.test(words)) return 'still-there';
  if (LEAVING.test(words)) return 'leaving';
  if (ABOUT_THE_PLAN.test(words)) return 'plan-waits';
  return null;
}
