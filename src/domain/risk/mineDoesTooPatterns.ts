// Control told of someone else and then owned in three words: "my sisters husband checks her
// phone every night, mine does too". The first reading had it as crisis by the model alone; the
// second opinion, trained on splits where someone else's troubles are everyday, did not share it,
// so it rests on a rule now. Normalised words ("does not" for "doesn't").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group } from './wholeMessageSets.ts';

const CONTROL_OF_ANOTHER = String.raw`^(?=.*\b(?:checks?|checking|reads?|reading|goes through|going through|looks through|tracks?|tracking|controls?|controlling|takes?|taking|keeps?|keeping|holds?|holding|watches|watching|monitors?|monitoring) (?:all )?(?:her|his|their)(?: \w+)? (?:phone|phones|messages|texts|emails|money|bank card|bank cards|card|cards|wages|benefits|passport|keys|location|bank)\b)`;
const MINE_TOO = pattern`\b(?:mine|my (?:husband|partner|boyfriend|wife|girlfriend|fella|bloke|missus|other half)) (?:does|do|is|did|does it|does that) (?:too|as well|the same|that too|it too)\b`;

export const MINE_DOES_TOO_WHOLE_SETS = [
  [new RegExp(CONTROL_OF_ANOTHER), [group('crisis', 'coercive control', [MINE_TOO])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
