// A wish to be dead said as a forecast: not expecting to be alive for something ahead ("i won't see
// the spring", "don't think i'll make it to my birthday", "doubt i'll be here by summer"), "my time
// is nearly up", "can't picture myself getting old". Read in the whole message (the "not" in "will
// not see" is the message, not a denial), and not when the client is going away, working or
// missing an occasion with someone ("won't see christmas with the kids, i'm on shift"), when the
// time that is up is a computer session, a parking ticket or a contract, or when what they can't
// picture is a job. Look-alikes of our own are in test/domain/riskFutureAbsenceForms.test.ts.
// Normalised words, as in riskPatterns.ts ("won't" is "will not", "can't" is "can not").
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

const AHEAD = oneOf(
  'christmas', 'xmas', 'new year', 'easter', 'spring', 'summer', 'autumn', 'winter', 'my birthday', 'my next birthday', 'next birthday',
  'next year', 'the end of the year', 'another year', 'another christmas', 'another birthday', 'my \\d+(?:th|st|nd|rd)?', '\\d\\d',
  'thirty', 'forty', 'fifty', 'sixty', 'my kids grow up', 'the kids grow up', 'them grow up', 'my grandkids',
);
const I_DOUBT = oneOf(
  'i will not', 'i will never', 'i am not going to', '(?:i )?do not think (?:i will|ill|i am going to)', '(?:i )?doubt (?:i will|ill)',
  'not sure (?:i will|ill)', 'i (?:reckon|bet|feel like) i will not', 'i do not expect to', 'i can not see myself',
);
const LIVE_TO = oneOf(
  'see', 'make it to', 'make it (?:till|until)', 'last (?:till|until|to)', 'be (?:here|around|alive) (?:for|at|by|till|until|to see)',
  'live to see', 'get to see', 'reach', 'be here at',
);
// Missing an occasion, not life: with someone, somewhere, or because of work or travel.
const OCCASION_AFTER = String.raw`(?! (?:with|at|in|on|over|because|as|cos|cause|due|this time|abroad|away|at home|back home|dinner|day|party|holidays?|hols|break|weekend|do|market|lights|show|match|game|film|concert|sales?|rush)\b)`;
const AWAY_OR_WORKING = String.raw`\b(?:holidays?|abroad|away|flight|flying|travel\w*|visiting|staying (?:at|with)|going to (?:my|spain|see|stay|visit)|working|on shift|shifts?|rota|deployed|posted|prison|inside|sentence|hospital stay|course|exam)\b`;
// Said anywhere, these keep it read as written.
const DEATH_WORDS = String.raw`\b(?:die|dying|dead|death|gone|end it|kill\w*|pills|tablets|goodbye|better off|pointless|no point|want out)\b`;

const TIME_UP = pattern`\bmy (?:time|times|time is) (?:is |has )?(?:nearly|almost|about|coming|running|pretty much|just about) (?:up|out|done)\b`;
const TIME_ELSEWHERE = String.raw`\b(?:computer|pc|library|session|parking|meter|ticket|trial|probation|contract|visa|lease|break|lunch|appointment|slot|minutes|mins|game|match|turn|shift|placement|course|notice|tenancy)\b`;

const CANNOT_PICTURE = pattern`\b(?:i )?(?:can not|could never|can never|never could) (?:picture|see|imagine) (?:myself|me) (?:getting|growing|being|reaching|living to|making it to) (?:old|older|an old (?:man|woman|lady)|\d\d|thirty|forty|fifty|sixty|seventy)\b(?! (?:in|doing|working|as|at|with) )`;

const FORECAST = pattern`\b${I_DOUBT} ${LIVE_TO} (?:the |this |another )?${AHEAD}\b${OCCASION_AFTER}`;

const WISH_DEAD = (patterns: RegExp[]): RiskPatternGroup[] => [{ level: 'crisis', reason: 'wishes to be dead', patterns }];

/** [gate on the whole message, groups read in it] as rules.ts reads whole-message sets. */
export const FUTURE_ABSENCE_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  [new RegExp(String.raw`^(?:(?!${AWAY_OR_WORKING}).)*$|${DEATH_WORDS}`), WISH_DEAD([FORECAST])],
  [new RegExp(String.raw`^(?:(?!${TIME_ELSEWHERE}).)*$|${DEATH_WORDS}`), WISH_DEAD([TIME_UP])],
  [/./, WISH_DEAD([CANNOT_PICTURE])],
];
