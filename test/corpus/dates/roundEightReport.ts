// Round eight's figures: `npx tsx test/corpus/dates/roundEightReport.ts` (add --misses for the tuning
// part's misses). Held-out misses are never printed, so no one tunes on them by accident.
import { ROUND_EIGHT_HELD_OUT, ROUND_EIGHT_TUNING } from './roundEight.ts';
import { scoreRoundEight } from './roundEightScore.ts';
import { percent } from './score.ts';

const tuning = scoreRoundEight(ROUND_EIGHT_TUNING);
console.log(`answers, round eight    ${percent(tuning)}`);
if (process.argv.includes('--misses')) for (const miss of tuning.misses) console.log('   ', JSON.stringify(miss));
console.log(`answers, 8th held-out   ${percent(scoreRoundEight(ROUND_EIGHT_HELD_OUT))}`);
