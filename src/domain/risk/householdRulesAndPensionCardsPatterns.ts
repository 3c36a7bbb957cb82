// Read from the two-hundred-and-twenty-ninth split (control by a partner or family said as ordinary
// household rules), measured once fresh (92.9% crisis) and then read. The kinds: a relative who
// collects the client's pay or has their pension card; every receipt shown "or i dont get dinner";
// a call only once he has left for work; brothers who decide if she can work; never told the pin;
// a job from home "so he can keep an eye on me"; places only "on his list"; "women in our house dont
// drive", "a girl doesnt need her own bank account"; "did things to me"; ending things "the best
// option"; new scars "sorry if i seem off"; burning oneself "not as bad as it sounds". Normalised
// words ("do not", "i am").
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, STORIES_AND_GAMES, unless } from './wholeMessageSets.ts';

const RELATIVE = String.raw`(?:uncle|uncles|dad|father|stepdad|brother|brothers|husband|partner|boyfriend|wife|girlfriend|son in law|daughter in law|son|daughter|mum|mother|stepmum|family|in laws|mother in law|father in law|cousin|grandad|nephew|niece|carer|other half|ex)`;

const HOLDS_MY_MONEY = [
  pattern`\bmy (?:\w+ )?${RELATIVE} (?:collects|takes|keeps|has|holds|gets|picks up) my (?:pay|wages|salary|money|benefits|universal credit|pension|pension card|bank card|debit card|cards|pin)\b`,
  pattern`\b(?:he|she|they) (?:keeps|has|holds) (?:the|my|our) (?:debit card|bank card|card|cards) and (?:the|my|our) pin\b`,
  pattern`\bi (?:have )?(?:never|not) (?:even )?(?:been (?:allowed|told) to )?(?:known|know|been told|had) (?:the|my|our) pin\b`,
  pattern`\bi (?:have to|must|got to|need to) show (?:him|her|them) (?:every|each|all (?:my|the)) (?:receipt|receipts|penny|purchase|bank statement)\b`,
];

const WHEN_HE_IS_OUT = [
  pattern`\b(?:he|she) (?:leaves|goes out|goes to work|is out|is at work|has gone|leaves for work)\b.*\b(?:and )?(?:then |so )?i can (?:talk|speak|call|answer|ring)\b(?=.*\b(?:he|she) (?:does not|must not|cannot|can not|will not) (?:know|find out|see)\b)`,
];

const DECIDES_IF_I_CAN = [
  pattern`\bmy (?:\w+ )?${RELATIVE} (?:decides?|choose|chooses|says|say) (?:if|whether|when|where|what) i (?:can|am allowed to|may) (?:work|go out|leave|see|have|drive|go|wear|take)\b`,
  pattern`\bi can only go (?:places|to places|anywhere|out|where) (?:on (?:his|her|their) list|(?:he|she|they) (?:says|say|lets me|allows|allow|approves|approve))\b`,
  pattern`\bso (?:he|she|they) can (?:keep an eye on|watch|check on|track|monitor|keep tabs on) me\b`,
  pattern`\b(?:women|girls|wives|daughters) in (?:our|my|this|the) (?:house|family|home) (?:do not|cannot|can not|are not allowed to|must not|should not|never) (?:drive|work|go out|have|leave|study|travel)\b`,
  pattern`\b(?:a girl|a woman|girls|women|a wife|wives) (?:does not|do not) need (?:her|their) own (?:bank account|money|phone|card|job|car)\b`,
];
// Their rules are said in their words ("he says", "my dad says"): someone else's saying does not shut these, only a story.
const CONTROL_EVERYDAY = String.raw`\b(?:does not (?:take|collect|keep|decide)|i (?:let|asked|chose|choose|want) (?:him|her|them)|because i want|we agreed|we decided|joint account|power of attorney|appointee|dementia|alzheimers|stroke|learning disability|i am 1[0-6]|pocket money|kids|children|toddler|baby|chore|forget\w*|remind\w*|notes|${STORIES_AND_GAMES})\b`;

const DID_THINGS_TO_ME = [
  pattern`\b(?:he|she|they|my (?:\w+ )?${RELATIVE}|a (?:man|lad|teacher|coach|neighbour)) (?:did|used to do|does|tried to do) (?:things|stuff|bad things|stuff he should not|things he should not) to me\b`,
];

const BEST_OPTION_TO_END = [
  pattern`\b(?:best|only|easiest|sensible|simplest|obvious|right) (?:option|way out|choice|thing|answer) (?:is|would be|might be|seems) (?:just )?(?:to )?end (?:things|it|it all|everything|my life)\b`,
];
const END_IT_EVERYDAY = String.raw`\bend (?:things|it|it all) (?:with|between)\b|\b(?:relationship|boyfriend|girlfriend|husband|wife|partner|marriage|contract|tenancy|lease|subscription|membership|gym|course|job|business|friendship|call|meeting|chat|conversation)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const NEW_SCARS = [
  pattern`(?:^|\b(?:got|have|added|made|there are|found) )(?:some |a few |more |two |three |a couple of )?new scars\b`,
];
const SCARS_EVERYDAY = String.raw`\b(?:op|operation|surgery|c section|caesarean|section|tattoo\w*|fell|fall|accident|bike|dog|cat|kitten|thorns?|brambles|knee|keyhole|appendix|stitches from|garden\w*|building site|kitchen)\b|${SOMEONE_ELSE_OR_A_STORY}`;

const NOT_AS_BAD_AS_IT_SOUNDS = [
  pattern`\bi (?:burn|cut|hurt|hit|scratch|bite|bruise) myself\b.*\b(?:not as bad as it (?:sounds|looks)|do not worry|it is fine|it is nothing|do not tell|no big deal|not a big deal)\b`,
];

export const TWO_HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS = [
  [unless(String.raw`\b(?:pay|wages|salary|money|benefits|credit|pension|card|cards|pin|receipts?|penny|purchase|statement)\b`, CONTROL_EVERYDAY), [group('crisis', 'coercive control', HOLDS_MY_MONEY)]],
  [unless(String.raw`\bi can (?:talk|speak|call|answer|ring)\b`, String.raw`\b(?:${STORIES_AND_GAMES})\b`), [group('crisis', 'coercive control', WHEN_HE_IS_OUT)]],
  [unless(String.raw`\b(?:decides?|choose|chooses|says|say|list|eye on|watch|check on|track|monitor|tabs on|women|girls|wives|daughters|a girl|a woman)\b`, CONTROL_EVERYDAY), [group('crisis', 'coercive control', DECIDES_IF_I_CAN)]],
  [unless(String.raw`\bto me\b`, String.raw`\b(?:dentist|doctor|hairdresser|barber|tattoo\w*|physio|massage|pranks?|practical jokes?|tricks|wind ups?|tease\w*|${STORIES_AND_GAMES})\b`), [group('crisis', 'abuse or violence', DID_THINGS_TO_ME)]],
  [unless(String.raw`\bend\b`, END_IT_EVERYDAY), [group('crisis', 'thoughts of suicide', BEST_OPTION_TO_END)]],
  [unless(String.raw`\bnew scars\b`, SCARS_EVERYDAY), [group('crisis', 'self-harm', NEW_SCARS)]],
  [unless(String.raw`\bmyself\b`, SOMEONE_ELSE_OR_A_STORY), [group('crisis', 'self-harm', NOT_AS_BAD_AS_IT_SOUNDS)]],
] as const;
