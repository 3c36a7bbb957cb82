// Crisis and concern said in forms the rules did not know, all read in the whole message (sets
// like these rewrite no training text, so they leave the classifier as it was):
// - a wish to be dead said by agreeing with someone else's ("she says she wishes she was dead, and
//   so do i"), or as relief at an accident ("if i got hit by a bus i'd be relieved");
// - a goodbye the other person did not know was the last ("he didn't know it was a proper goodbye");
// - "doing it" timed for when the house is empty ("going to do it while he's at work, he's out
//   all day"), unless a chore, a form or an errand is named;
// - a forced marriage abroad, and a threat to kill the client if they refuse or leave;
// - a relapse into cutting, or being "at the cutting stage" (said not, it is still concern);
// - drinking or drugs to cope said plainly ("drank through the weekend", "a few too many to switch
//   my head off", "scored some gear", "nearly used yesterday");
// - the dark days back; "everyone is smarter than me, i don't belong there";
// - money strain: a default notice, a county court letter or claim, more debt than a year's pay,
//   money stress that is "killing me", not affording the fare to an interview;
// - a landlord selling up, no deposit for a new place.
// Look-alikes of our own are in test/domain/riskThirtyFifthForms.test.ts. Normalised words, as in
// riskPatterns.ts ("don't" is "do not", "i'd" is "id", "she'll" is "shell").
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const KIN = oneOf('mum', 'mam', 'mom', 'mother', 'dad', 'father', 'nan', 'gran', 'sister', 'brother', 'friend', 'best friend', 'mate', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'son', 'daughter', 'auntie', 'aunt', 'uncle', 'cousin', 'flatmate');
const SOMEONE = String.raw`(?:(?:my |our )?${KIN}|he|she|they)`;
const SAYS = oneOf('says', 'said', 'keeps saying', 'kept saying', 'always says', 'is always saying', 'tells me', 'told me', 'goes on about how');
const THEIR_WISH = String.raw`(?:(?:he|she|they) (?:wishes|wished|wish) (?:he|she|they) (?:was|were) (?:dead|gone|never born)|(?:he|she|they) (?:wants|wanted|want) to die|(?:he|she|they) (?:would|d) be better off dead)`;
const AGREE = oneOf('so do i', 'so did i', 'me too', 'same here', 'i do too', 'i feel the same', 'so would i', 'same', 'i do as well', 'i wish i was too');
const HONESTLY = '(?:and |but )?(?:honestly |to be honest |truthfully |if i am honest |lately |some days )?';

const ACCIDENT = oneOf('got hit by a', 'was hit by a', 'got run over by a', 'was run over by a', 'got knocked down by a', 'stepped in front of a');
const VEHICLE = oneOf('car', 'bus', 'lorry', 'truck', 'train', 'van');
const RELIEVED = oneOf('relieved', 'glad', 'grateful', 'happy', 'thankful', 'at peace', 'fine with it', 'ok with it', 'okay with it', 'not bothered', 'secretly pleased');

const OUT = String.raw`(?:is|are|will be|goes|go|s) (?:out|away|at \w+|at the \w+|on (?:nights|shift|holiday)|asleep|in bed|gone)`;
const EMPTY_HOUSE = String.raw`\b(?:\d+ hours|hours|all day|all night|all weekend|the house to myself|the flat to myself|on my own|no one (?:is |will be )?(?:home|in|around)|no one to (?:stop|find) me|will not be back)\b`;
const CHORE = String.raw`\b(?:clean\w*|tidy\w*|hoover\w*|homework|applications?|apply|cv|revis\w*|laundry|washing|cook\w*|paint\w*|decorat\w*|ring|phone|call|forms?|interview|practi[cs]e|workout|gym|study\w*|online|course|test|exam|quiz|shopping|jigsaw|sort\w*|fix\w*|surprise|present|party|cake|bake|baking|video|game|movie|film|dye|tattoo|haircut|renew\w*|book\w*|order\w*|email)\b`;

const FORCED_MARRIAGE = pattern`\b(?:sent|send me|sending me|taken|take me|taking me|made to go|make me go|flown|fly me) (?:abroad|back home|back|away|over|out|to (?:pakistan|india|bangladesh|somalia|afghanistan|iraq|nigeria|the village|\w+)) (?:\w+ ){0,3}?to (?:marry|get married|be married|wed)\b|\b(?:forced|forcing|force|make|making|made) (?:me )?(?:to )?(?:marry|get married to)\b|\bforced marriage\b`;
const KILL_IF_REFUSE = pattern`\bif i (?:refuse|say no|do not (?:go|marry|agree|come back|obey)|leave|run away|tell (?:anyone|someone|the police)|go to the police|report (?:it|him|her|them))(?: \w+){0,3}? (?:they|he|she|my (?:family|dad|father|brothers?|uncles?|husband)) (?:will|would|are going to|is going to|said they would|said he would|said she would|say they will|will actually) (?:kill|hurt|beat|disown and kill|murder) me\b`;

export const THIRTY_FIFTH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\b(?:dead|die|gone|born)\b/, [{ level: 'crisis', reason: 'wishes to be dead', patterns: [
    new RegExp(String.raw`\b${SOMEONE} ${SAYS} ${THEIR_WISH}\b(?: \w+){0,6}? ${HONESTLY}${AGREE}\b`),
  ] }]],
  [/\bif i\b/, [{ level: 'crisis', reason: 'wishes to be dead', patterns: [
    new RegExp(String.raw`\bif i ${ACCIDENT} ${VEHICLE}(?: \w+){0,3}? (?:i would|id|i think i would|part of me would|i would honestly|i would actually) (?:be |feel )?${RELIEVED}\b`),
    pattern`\bif i (?:died|did not wake up|never woke up|just did not wake up|dropped dead)(?: \w+){0,3}? (?:i would|id|i think i would|part of me would) (?:be |feel )?(?:relieved|glad|grateful|happy|at peace|thankful)\b`,
  ] }]],
  [/\bgoodbye\b|\bthe last time\b/, [{ level: 'crisis', reason: 'preparing to end their life, or a past attempt', patterns: [
    pattern`\b(?:he|she|they|nobody|no one|none of them|my \w+)(?: really)? (?:does not|do not|did not|will not|never|would not) (?:know|realise|realize|guess|get)(?: that)? (?:it|that) (?:was|is|will be|would be) (?:a |my |the )?(?:proper|real|final|last|forever) goodbye\b`,
    pattern`\b(?:(?:he|she|they|none of them|my \w+) (?:does not|do not|did not) (?:know|realise|realize)|(?:nobody|no one) (?:knows|knew|realises|realised))(?: that)? (?:it|that|this) (?:was|is|will be) the last time (?:they|he|she|we|theyll|hell|shell)(?: will| would)? (?:see|saw|hear from|speak to|talk to) me\b`,
  ] }]],
  [new RegExp(String.raw`^(?:(?!${CHORE}).)*$`), [{ level: 'crisis', reason: 'a plan to end their life', patterns: [
    new RegExp(String.raw`\b(?:i am|i will|going to|i am going to|planning to|i plan to) do it (?:when|while|once|after) (?:(?:my |our )?${KIN}|my \w+|he|she|they|everyone|the kids|the house) ${OUT}\b(?=.*${EMPTY_HOUSE})`),
  ] }]],
  [/\bmarr\w*|\bwed\b|\bkill me\b|\bhurt me\b|\bmurder me\b/, [{ level: 'crisis', reason: 'abuse or violence', patterns: [FORCED_MARRIAGE, KILL_IF_REFUSE] }]],
  [/\bcutting\b|\bself harm\b/, [{ level: 'crisis', reason: 'self-harm', patterns: [
    pattern`\brelapsed? (?:with|on|into|back into|back to|again with) (?:the )?(?:cutting|self harm|self harming|burning myself|hurting myself)\b|\b(?:cutting|self harm) relapse\b`,
  ] }]],
];

// Concern, read in the whole message. The cutting stage denied is still concern: it is a
// crisis word, said not.
export const THIRTY_FIFTH_CONCERN_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [/\bcutting stage\b/, [{ level: 'concern', reason: 'spoke of harm, then said they would not', patterns: [
    pattern`\b(?:not|never) (?:at|back at|back to|near|reached|got to|getting to) the cutting stage\b`,
  ] }, { level: 'crisis', reason: 'self-harm', patterns: [
    pattern`^(?:(?!\b(?:not|never)\b).)*\b(?:at|back at|back to|reached|got to) the cutting stage\b`,
  ] }]],
  // "drink" and the slips: play-testing (December) found "had a bad day, nearly had a drink last night" and
  // "slipped up and used at the weekend", said by clients in recovery, read as nothing.
  [/\b(?:drank|drink|drinking|too many|gear|heroin|crack|spice|smack|benzos|used|use|relapse\w*)\b/, [{ level: 'concern', reason: 'drinking or drugs to cope', patterns: [
    pattern`\b(?:drank|drinking|been drinking|was drinking|on the drink|on the booze) (?:through|all through|right through|solid through|the whole|all) (?:the )?(?:whole )?(?:weekend|week|day|night|holidays?)\b`,
    pattern`\b(?:had|have|having|drank) (?:a few|one|a couple|two|three|way) too many(?: \w+){0,3}? (?:to|so i could|just to|so i can) (?:switch|shut|turn|zone|block|drown|numb|forget|stop)(?: \w+){0,2}? (?:off|out|it|my head|my brain|my thoughts|everything|the thoughts)\b`,
    pattern`\b(?:scored|score|scoring|picked up|bought|buying|got) (?:some |a bit of |a bag of |a bag |more )?(?:gear|heroin|smack|crack|spice|benzos|brown|white)\b(?=.*\b(?:after|first time|again|clean|sanction|relapse|using|year|months?|weeks?|could not cope|to cope)\b)`,
    pattern`\b(?:nearly|almost|so close to|came close to) (?:used|using|relapsed|relapsing|picking up|drinking|had a drink|scoring)\b(?: (?:again|yesterday|today|last night|this week|at the weekend|after))?(?!(?: \w+)? (?:the|a|my|his|her|up|all)\b)(?! (?:spilled|spilt|thrown|knocked|poured)\b)`,
    pattern`\b(?:slipped|slipped up|had a slip|had a slip up|messed up|caved|gave in|fell off the wagon)\b(?: \w+){0,3}? (?:and |then )?(?:used|drank|had a drink|had a few drinks|had a bottle|picked up|scored|got wasted|got smashed)\b(?! (?:the|a|my|his|her|up|all|it|to|on|in|for)\b)`,
  ] }]],
  [/\bdark\b/, [{ level: 'concern', reason: 'low mood', patterns: [
    pattern`\b(?:the |my )?dark (?:days|times|thoughts|cloud|place|spell|patch|fog) (?:are|is|have|has|came|coming|creeping) (?:back|come back|returned|creeping back)\b`,
  ] }]],
  [/\bbelong\b|\bfit in\b/, [{ level: 'concern', reason: 'feels worthless', patterns: [
    pattern`\b(?:everyone|everybody|all of them|all the others|the rest)(?: \w+){0,4}? (?:is|are) (?:so much |way |much |all )?(?:smarter|cleverer|brighter|better|more qualified|more confident|quicker) than me\b(?=.*\bi (?:do not|will never|never) (?:belong|fit in)\b)`,
  ] }]],
  [/\b(?:default|county court|debt|(?:killing|crushing|destroying|drowning) me|afford)\b/, [{ level: 'concern', reason: 'money worries', patterns: [
    pattern`\b(?:default|defaulted) (?:notice|letter|on my)\b|\bcounty court (?:letter|claim|papers|form|judgement|judgment|summons)\b|\b(?:letter|claim|papers) from (?:the )?county court\b`,
    pattern`\b(?:more|owe more) (?:in )?debt than i (?:earn|make|get|take home)(?: in a (?:year|month))?\b|\bi owe more than i (?:earn|make) in a year\b`,
    pattern`\b(?:money|debt|bills?|rent|financial|the money) (?:stress|worries|worry|situation|problems|trouble) (?:is|are) (?:killing|crushing|destroying|drowning) me\b`,
    pattern`\b(?:can not|could not|can not even) afford (?:the |my )?(?:bus|train|travel|tram|coach)(?: fare| fares| ticket| pass)? (?:to|for) (?:the |my |an |a )?(?:interview|job centre|jobcentre|appointment|work|training|course)\b`,
  ] }]],
  [/\b(?:landlord|landlady|deposit)\b/, [{ level: 'concern', reason: 'may lose their home', patterns: [
    pattern`\b(?:the )?(?:landlord|landlady|landlords|owner)(?: is| are| s)? (?:selling|sold|selling up|selling the (?:house|flat|place|property))\b(?=.*\b(?:have to|got to|need to|must) (?:go|leave|move|get out|be out|find somewhere)|.*\bnowhere\b|.*\bno deposit\b|.*\bevict\w*\b|.*\bnotice\b)`,
    pattern`\bno (?:money for (?:a|the) )?deposit (?:for|on) (?:a|the|another) (?:new )?(?:place|flat|house|room|rental|home)\b`,
  ] }]],
];
