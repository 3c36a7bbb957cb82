// The kinds the hundred-and-sixty-third blind split (people over fifty after long careers, unpaid
// carers, people who write simply and short, voice-to-text) found missed, written as general forms.
// Crisis: tablets put aside bit by bit until there is a pile ("been putting a few of my painkillers
// aside each week, got a good pile now"); a plan laid out in steps, a pet dropped off first and a
// place of ending after ("step one drop the dog at my brothers. step two the bridge on wednesday");
// money held by someone else and given back for good behaviour ("he has all my money. i get some if i
// am good").
// Concern: "if i did something daft, who would look after mum, so i wont"; nobody rang on my
// birthday; I miss people, all I do is sit and watch out of the window; a meltdown in the middle of
// somewhere today; falling to bits or to pieces.
// Look-alikes of our own are in test/domain/riskHundredAndSixtyThirdForms.test.ts. Normalised words
// ("i am" for "I'm", "would not" for "wouldn't").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

const TABLETS = String.raw`(?:pills|tablets|painkillers|pain killers|meds|medication|co codamol|cocodamol|codeine|paracetamol|tramadol|sleeping pills|sleeping tablets|morphine|diazepam|insulin|antidepressants|sertraline)`;

// --- Crisis: tablets put by until there is a pile --------------------------------------------------
const PUT_BY = String.raw`(?:putting|put|setting|set|keeping|kept|saving|saved|squirrelling|squirreling|stashing|stashed|hiding|hid|holding|held|tucking|tucked)`;
const PILING_UP = String.raw`(?:a (?:good |big |decent |nice )?(?:pile|stash|collection|heap|stack|few weeks worth|months worth)|enough(?! for (?:the|my|a|our) (?:holiday|trip|week|weekend|journey|flight))|plenty now|a fair few|building up|each week|every week|each day|every day|each night|every night|one a day|one at a time|bit by bit|over the months|over the weeks|for months|for weeks)`;
const TABLETS_PUT_BY = pattern`\b${PUT_BY} (?:(?:\w+ ){0,4}?${TABLETS} (?:aside|away|by(?= (?:each|every|for|till|until|and|now|over|bit|one|in case)\b| ?$)|back|to one side|in a drawer|in a tin|in a box|in a sock)|(?:aside|away|by|back) (?:\w+ ){0,3}?${TABLETS})\b(?=.*\b${PILING_UP}\b)`;
const TABLETS_PUT_BY_OUT = String.raw`\b(?:holiday|trip|travel|abroad|flight|prescription|pharmacist|pharmacy|chemist|doctor|gp|nurse|dosette|blister|return them|returned them|take them back|dispose|disposal|out of reach|locked|lock box|the kids|grandkids|safe from|carer|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// --- Crisis: a pet dropped off, then a place of ending ----------------------------------------------
const PET_DROPPED = String.raw`\b(?:drop|dropping|dropped|leave|leaving|left|take|taking|took|give|giving|gave|hand|handing|handed) (?:off )?(?:the|my|our) (?:dog|dogs|cat|cats|pets?|puppy|kitten|rabbit|budgie|bird|hamster)\b(?: off)? (?:at|to|with|round|over) `;
const ENDING_PLACE = String.raw`\b(?:the|that) (?:bridge|tracks|railway line|train line|level crossing|cliff|cliffs|cliff edge|viaduct|quarry|flyover|multi storey|top floor|roof|tower block|pier|reservoir|river)\b(?: \w+){0,3}? (?:on|at|this|next|tonight|tomorrow|after|then|later)\b`;
const STEPPED_PLAN = pattern`^(?=.*${PET_DROPPED})(?=.*${ENDING_PLACE})`;
const STEPPED_PLAN_OUT = String.raw`\b(?:walk|walks|walking|picnic|fishing|photos?|pictures|sightseeing|day out|trip|tour|views?|bike|cycle|cycling|run|running|parkrun|job|work|shift|interview|training|course|club|match|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

// --- Crisis: money given back for good behaviour ----------------------------------------------------
const ALLOWANCE_FOR_GOOD_BEHAVIOUR = pattern`\bi (?:only )?(?:get|am given|am allowed|get given|get to have) (?:some|any|a bit|a little|my money|my own money|money|pocket money|a few quid|a tenner|some of it|a bit of it|cash)\b(?: \w+){0,3}? (?:if|when|only if|as long as) i (?:am good|behave|have behaved|do as i am told|do what (?:he|she|they) (?:says|say|tells? me|wants?)|keep (?:him|her|them) happy|ask nicely|beg)\b`;
const ALLOWANCE_OUT = String.raw`\b(?:kids|child|children|son|daughter|grandkids|chores|homework|school|when i was (?:a kid|little|young|younger|a child)|growing up|as a (?:kid|child)|${LAUGH})\b`;

// --- Concern ------------------------------------------------------------------------------------------
/** "if i did something daft, who would look after mum": harm spoken of, then a reason not to. */
const IF_I_DID_SOMETHING = pattern`\bif i (?:did|do|ever did|was to do|were to do|went and did) (?:something|anything) (?:daft|stupid|silly|drastic|permanent)\b`;
const IF_I_DID_SOMETHING_OUT = String.raw`\b(?:at work|in the interview|on the form|wrong|by mistake|by accident|boss|manager|sack|sacked|fired|tell off|told off|${LAUGH})\b`;
const NOBODY_ON_MY_BIRTHDAY = pattern`\b(?:nobody|no one|noone|not one person|not a soul|not even my (?:kids|son|daughter|family|sister|brother)) (?:even |ever |actually |bothered to )?(?:rang|called|phoned|texted|messaged|came|visited|remembered|sent (?:a )?card|said anything)\b(?: \w+){0,3}? (?:on|for) my birthday\b`;
const MISS_PEOPLE = pattern`^(?=.*\bi miss (?:people|company|talking to (?:people|someone|anyone)|having (?:people|someone) (?:around|about)|being around people|adults)\b(?! (?:at|from|in|on|off|who|that|i|we|they|when|like)\b))|\ball i (?:do|ever do) (?:now |these days |all day )?is sit (?:and|in|at|by|here|there|on)\b`;
const LONELY_OUT = String.raw`\b(?:lockdown|covid|holiday|on leave|while (?:he|she) is away|my (?:cat|dog) misses|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;
const FALLING_TO_BITS = pattern`(?:^|\bi |\bi have |\bi just |\bi am |\bi keep |\bi have been |\bjust )(?:had|having|been having|have) (?:a |another |a bit of a |a full on |a proper )?(?:meltdown|melt down)\b|^(?:i am |im |i feel like i am |feel like i am )?(?:falling|going) to (?:bits|pieces)\b`;
const FALLING_TO_BITS_OUT = String.raw`\b(?:car|van|house|flat|roof|shoes|boots|coat|sofa|phone|laptop|bike|fence|shed|kid|kids|toddler|baby|son|sons|daughter|daughters|dog|cat|nuclear|reactor|chocolate|ice cream|cheese|snowman|${LAUGH})\b|${SOMEONE_ELSE_OR_A_STORY}`;

export const HUNDRED_AND_SIXTY_THIRD_WHOLE_SETS = [
  [unless(String.raw`\b(?:aside|away|by|back|one side|drawer|tin|box|sock)\b`, TABLETS_PUT_BY_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [TABLETS_PUT_BY])]],
  [unless(String.raw`\b(?:dog|dogs|cat|cats|pet|pets|puppy|kitten|rabbit|budgie|bird|hamster)\b`, STEPPED_PLAN_OUT), [group('crisis', 'a plan to end their life', [STEPPED_PLAN])]],
  [unless(String.raw`\b(?:good|behave|behaved|told|says|say|tells|wants|happy|nicely|beg)\b`, ALLOWANCE_OUT), [group('crisis', 'coercive control', [ALLOWANCE_FOR_GOOD_BEHAVIOUR])]],
  [unless(String.raw`\b(?:daft|stupid|silly|drastic|permanent)\b`, IF_I_DID_SOMETHING_OUT), [group('concern', 'spoke of harm, then said they would not', [IF_I_DID_SOMETHING])]],
  [unless(String.raw`\bbirthday\b`, LONELY_OUT), [group('concern', 'feels alone', [NOBODY_ON_MY_BIRTHDAY])]],
  [unless(String.raw`\b(?:miss|sit)\b`, LONELY_OUT), [group('concern', 'feels alone', [MISS_PEOPLE])]],
  [unless(String.raw`\b(?:meltdown|melt down|bits|pieces)\b`, FALLING_TO_BITS_OUT), [group('concern', 'not coping', [FALLING_TO_BITS])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
