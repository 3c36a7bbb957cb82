// Read from the two-hundred-and-twelfth split (tired of life, said sideways) and the
// two-hundred-and-thirteenth (a plan said as an ordinary arrangement; control said as logistics),
// each measured once fresh and then read. The kinds: being hit "would be the best outcome"; jealous
// of a friend who died; "i just want them to end"; "dont wake me up. ever."; switching oneself off
// like a laptop; "a meteor can take me"; told an operation has risks, "and i was like good"; clothes
// given away, keeping enough "for the next few days"; "i want them to have that day first"; all that
// was borrowed given back; ending it "the sensible option"; "tonights the night" said alone; loose
// ends tidied "before i go". Normalised words ("i am", "do not", "tonights").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

const NOT_A_JOKE_ABOUT_SOMEONE_ELSE = String.raw`\b(?:${LAUGH.replace('lol|lmao|', '')})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "if i got hit by a car on the way to the jobcentre that would be the best outcome tbh".
const HIT_THE_BEST_OUTCOME = [
  pattern`\bif i (?:got|get|was|were) (?:hit|run over|knocked (?:over|down|off)|taken out|killed)\b(?: \w+){0,10}? (?:that|it) (?:would be|would honestly be|is|would actually be) (?:the best outcome|the best thing|a relief|a blessing|ideal|perfect|the dream|no bad thing|fine by me|a result|a win)\b`,
];

// "mate who died last year, honestly i'm jealous of him".
const JEALOUS_OF_THE_DEAD = [
  pattern`\b(?:died|passed away|passed on|is dead|are dead|killed himself|killed herself|took his own life|took her own life)\b.*\bi am (?:so |honestly |a bit |kind of |really |proper |actually )?(?:jealous|envious) of (?:him|her|them)\b`,
  pattern`\bi am (?:so |honestly |a bit |kind of |really |proper |actually )?(?:jealous|envious) of (?:him|her|them|people|anyone|everyone)(?: who| that)? (?:died|passed|passed away|are dead|is dead|are gone|did not wake up|went in their sleep)\b`,
];

// "people say things get better. i just want them to end"; "dont wake me up. ever."
const WANT_IT_TO_END = [
  pattern`(?:^|\b(?:better|easier|improve|improves|get better|gets better) )i (?:just )?want (?:it|them|things|everything|it all|all of it|my life|the days) to (?:end|stop)(?: now| for good| already)?$`,
];
const DO_NOT_WAKE_ME_EVER = [
  pattern`^(?:please )?do not (?:ever )?wake me(?: up)?(?: ever| ever again| again)\b(?! (?:till|until|before|unless|for|on|at|if|when))`,
];

// "its a shame you cant just switch yourself off like a laptop"; "lol at this point a meteor can take me".
const SWITCHED_OFF_OR_TAKEN = [
  pattern`\b(?:switch|turn|shut|power) (?:yourself|myself|me) off\b(?: \w+){0,3}? (?:like (?:a|an) (?:laptop|computer|phone|machine|robot|tv|telly|light)|for good|permanently|forever|and not (?:on|back) again)\b`,
  pattern`\b(?:a meteor|an asteroid|the apocalypse|a bus|a lorry|a truck|a train|god|the universe|death|the reaper|something|anything|the sea|the river) (?:can|could|may|might|should|is welcome to|is free to) (?:come and |just )?(?:take|have|get|finish) me\b(?! (?:to|home|out|there|back|for|on|in))`,
];
const SWITCH_OFF_EVERYDAY = String.raw`\b(?:from work|after work|at weekends?|weekend|relax\w*|unwind\w*|holiday|emails?|notifications?|brain|mind|overthink\w*|sleep better|meditat\w*)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "they said the surgery has risks and i was like good".
const RISKY_OPERATION_WELCOMED = [
  pattern`\b(?:surgery|operation|op|procedure|anaesthetic|treatment)\b.*\b(?:risks?|might not wake up|may not wake up|could die|chance of dying|risk of death)\b.*\b(?:i was like|i thought|i said|and i said|i am like|i went) (?:good|great|fine by me|bring it on|perfect|even better|lovely|fingers crossed)(?: lol| tbh| honestly| haha\w*| to be honest)?$`,
];

// "been giving my clothes to the charity shop all week, just keeping enough for the next few days".
const KEEPING_ENOUGH_FOR_DAYS = [
  pattern`\b(?:giving|gave|given|give|bagged|bagging|taken|took|sent)\b(?: \w+){0,3}? (?:clothes|stuff|things|books|belongings|everything)\b.*\bkeeping (?:just |only )?enough (?:for|to last|to get me through) (?:the next|a) (?:few|couple of|two|three) days\b`,
];
const KEEPING_ENOUGH_EVERYDAY = String.raw`\b(?:moving|move|moved|flat|house move|removals?|declutter\w*|downsiz\w*|holiday|travel\w*|backpack\w*|abroad|washing|laundry|launderette|suitcase|packing for)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "after the kids party on saturday i'll do it, i want them to have that day first".
const LET_THEM_HAVE_THE_DAY_FIRST = [
  pattern`\bi (?:want|would like|need) (?:them|him|her|the kids|my kids|the children|my children|my family|everyone|my mum|my son|my daughter) to have (?:that|this|the|their|his|her|our|my|one last|a last|a nice|a good|one more) (?:day|party|christmas|birthday|weekend|holiday|summer|wedding)(?: \w+)? (?:first|before)\b`,
];

// "deleted all my social media and given back everything i borrowed, feels like closing down a shop".
const GIVEN_BACK_EVERYTHING = [
  pattern`\b(?:(?:given|gave|give|giving|returned|returning|handed|handing|taken|took) back|returned|returning) (?:everything|all the (?:things|stuff|bits)|all of it|all) (?:that )?i (?:borrowed|owed|had of (?:theirs|his|hers)|had borrowed)\b`,
];
const GIVEN_BACK_EVERYDAY = String.raw`\b(?:moving|move|moved|leaving (?:the|my) (?:job|flat|house|halls|course|work)|end of (?:the )?(?:contract|course|term|tenancy|year)|new job|halls|uni|college|library|work laptop|uniform|keys to the|handover|handed in my notice|notice period)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "ending it keeps looking like the sensible option".
const ENDING_IT_THE_SENSIBLE_OPTION = [
  pattern`\bending it(?: all)?\b(?: \w+){0,4}? (?:sensible|best|only|right|logical|easiest|obvious|simplest|better|cleanest) (?:option|choice|thing|way|answer|move|way out)\b`,
];
const ENDING_IT_EVERYDAY = String.raw`\bending it (?:with|between)\b|\b(?:relationship|boyfriend|girlfriend|husband|wife|partner|him|her|marriage|contract|tenancy|lease|subscription|membership|gym|course|apprenticeship|placement|job|business|partnership|friendship|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "tonights the night lol", said alone.
const TONIGHTS_THE_NIGHT_ALONE = [
  pattern`^(?:so |well |ok |right )?(?:tonights|tonight is|tonite is|tonites) the night(?: lol| then| i think| x| for it)?$`,
];

// "cancelled netflix, the phone, told the bank. just tidying up loose ends before i go".
const LOOSE_ENDS_BEFORE_I_GO = [
  pattern`\b(?:tidying|tying|sorting|clearing|wrapping|tie|tidy|sort|clear|wrap) (?:up )?(?:loose ends|my affairs|everything|all my bits|my things)\b(?: \w+){0,3}? before i (?:go|leave|am gone|disappear)\b(?! (?:to|on|for|abroad|away|back|travelling|home|into))`,
];
const BEFORE_I_GO_EVERYDAY = String.raw`\b(?:holiday|abroad|travel\w*|trip|flight|airport|visa|emigrat\w*|australia|canada|new zealand|spain|moving|move|new job|starting|start date|maternity|paternity|hospital for|operation|rehab|uni|university|prison|sentence|court|army|navy|raf|deploy\w*|posting)\b|${SOMEONE_ELSE_OR_A_STORY}`;

export const TWO_HUNDRED_AND_TWELFTH_WHOLE_SETS = [
  [unless(String.raw`\bif i\b`, String.raw`\b(?:insurance|claim|compensation|payout|day off|time off|sick pay)\b|${NOT_A_JOKE_ABOUT_SOMEONE_ELSE}`), [group('crisis', 'wishes to be dead', HIT_THE_BEST_OUTCOME)]],
  [unless(String.raw`\b(?:jealous|envious)\b`, String.raw`\b(?:holiday|retire\w*|pension|lottery|house|car|job)\b|${NOT_A_JOKE_ABOUT_SOMEONE_ELSE}`), [group('crisis', 'wishes to be dead', JEALOUS_OF_THE_DEAD)]],
  [unless(String.raw`\b(?:end|stop)\b`, String.raw`\b(?:job hunt\w*|search|course|shift|week|day|meeting|interview|exam|term|contract|rain|noise|pain in my|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', WANT_IT_TO_END)]],
  // A laugh does not lower a wish to be dead: "dont wake me up. ever. thats my plan for the week lol".
  [unless(String.raw`\bwake me\b`, String.raw`\b(?:alarm|lie in|day off|weekend|saturday|sunday|nap|night shift|nights)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'wishes to be dead', DO_NOT_WAKE_ME_EVER)]],
  [unless(String.raw`\b(?:off|take|have|get|finish) me\b|\bmyself off\b|\byourself off\b`, SWITCH_OFF_EVERYDAY), [group('crisis', 'wishes to be dead', SWITCHED_OFF_OR_TAKEN)]],
  // "they said the surgery has risks": the doctors' words, so someone else's words do not shut it.
  [unless(String.raw`\b(?:surgery|operation|op|procedure|anaesthetic|treatment)\b`, String.raw`\b(?:${STORIES_AND_GAMES}|my (?:mum|dad|nan|gran|son|daughter|dog|cat|wife|husband|partner)s?)\b`), [group('crisis', 'wishes to be dead', RISKY_OPERATION_WELCOMED)]],
] as const;

export const TWO_HUNDRED_AND_THIRTEENTH_WHOLE_SETS = [
  [unless(String.raw`\bkeeping\b`, KEEPING_ENOUGH_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', KEEPING_ENOUGH_FOR_DAYS)]],
  [unless(String.raw`\bto have\b`, String.raw`\b(?:start|starting|new job|interview|course|move|moving|shift|shifts|apply|applying|look for work|looking for work|job hunt\w*|back to work|go back to work)\b|${SOMEONE_ELSE_OR_A_STORY}`), [group('crisis', 'a plan to end their life', LET_THEM_HAVE_THE_DAY_FIRST)]],
  [unless(String.raw`\b(?:back|returned|returning)\b`, GIVEN_BACK_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', GIVEN_BACK_EVERYTHING)]],
  [unless(String.raw`\bending it\b`, ENDING_IT_EVERYDAY), [group('crisis', 'thoughts of suicide', ENDING_IT_THE_SENSIBLE_OPTION)]],
  [unless(String.raw`\bthe night\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'intends to end their life', TONIGHTS_THE_NIGHT_ALONE)]],
  [unless(String.raw`\bbefore i\b`, BEFORE_I_GO_EVERYDAY), [group('crisis', 'preparing to end their life, or a past attempt', LOOSE_ENDS_BEFORE_I_GO)]],
] as const;
