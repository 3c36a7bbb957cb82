// Prints the accuracy on each split and every miss: `npx tsx test/corpus/dates/report.ts`.
import { ALL_HELD_OUT_PHRASES, ALL_HELD_OUT_SENTENCES, HELD_OUT_PHRASES, HELD_OUT_PHRASES_B, HELD_OUT_PHRASES_C, HELD_OUT_SENTENCES, HELD_OUT_SENTENCES_B, HELD_OUT_SENTENCES_C } from './heldOut.ts';
import { HELD_OUT_PHRASES_D, HELD_OUT_SENTENCES_D } from './heldOutD.ts';
import { HELD_OUT_PHRASES_E, HELD_OUT_SENTENCES_E } from './heldOutE.ts';
import { HELD_OUT_PHRASES_F, HELD_OUT_SENTENCES_F } from './heldOutF.ts';
import { HELD_OUT_PHRASES_G, HELD_OUT_SENTENCES_G } from './heldOutG.ts';
import { TRAINING_PHRASES, TRAINING_SENTENCES } from './training.ts';
import { SEVENTH_BATCH_PHRASES, SEVENTH_BATCH_SENTENCES } from './seventhBatch.ts';
import { EIGHTH_BATCH_PHRASES, EIGHTH_BATCH_SENTENCES } from './eighthBatch.ts';
import { percent, scoreDayAnswers, scorePhrases, scoreSentences, type Score } from './score.ts';
import { ROUND_SIX_HELD_OUT, ROUND_SIX_TUNING } from './roundSix.ts';
import { ROUND_SEVEN_HELD_OUT, ROUND_SEVEN_TUNING } from './roundSeven.ts';
import { scoreRoundSeven } from './roundSevenScore.ts';

// Held-out misses stay hidden unless asked for, so that no one tunes the code on them by accident.
const showMisses = process.argv.includes('--misses');
const showHeldOutMisses = process.argv.includes('--held-out-misses');
function show(name: string, score: Score): void {
  console.log(`${name.padEnd(22)} ${percent(score)}`);
  if (name.includes('held-out') ? showHeldOutMisses : showMisses) for (const miss of score.misses) console.log('   ', JSON.stringify(miss));
}

show('phrases, training', scorePhrases(TRAINING_PHRASES));
show('phrases, 7th batch', scorePhrases(SEVENTH_BATCH_PHRASES));
show('phrases, 8th batch', scorePhrases(EIGHTH_BATCH_PHRASES));
show('phrases, held-out A', scorePhrases(HELD_OUT_PHRASES));
show('phrases, held-out B', scorePhrases(HELD_OUT_PHRASES_B));
show('phrases, held-out C', scorePhrases(HELD_OUT_PHRASES_C));
show('phrases, held-out D', scorePhrases(HELD_OUT_PHRASES_D));
show('phrases, held-out E', scorePhrases(HELD_OUT_PHRASES_E));
show('phrases, held-out F', scorePhrases(HELD_OUT_PHRASES_F));
show('phrases, held-out G', scorePhrases(HELD_OUT_PHRASES_G));
show('phrases, held-out', scorePhrases(ALL_HELD_OUT_PHRASES));
show('answers, round six', scoreDayAnswers(ROUND_SIX_TUNING));
show('answers, 6th held-out', scoreDayAnswers(ROUND_SIX_HELD_OUT));
show('answers, round seven', scoreRoundSeven(ROUND_SEVEN_TUNING));
show('answers, 7th held-out', scoreRoundSeven(ROUND_SEVEN_HELD_OUT));
show('sentences, training', scoreSentences(TRAINING_SENTENCES));
show('sentences, 7th batch', scoreSentences(SEVENTH_BATCH_SENTENCES));
show('sentences, 8th batch', scoreSentences(EIGHTH_BATCH_SENTENCES));
show('sentences, held-out A', scoreSentences(HELD_OUT_SENTENCES));
show('sentences, held-out B', scoreSentences(HELD_OUT_SENTENCES_B));
show('sentences, held-out C', scoreSentences(HELD_OUT_SENTENCES_C));
show('sentences, held-out D', scoreSentences(HELD_OUT_SENTENCES_D));
show('sentences, held-out E', scoreSentences(HELD_OUT_SENTENCES_E));
show('sentences, held-out F', scoreSentences(HELD_OUT_SENTENCES_F));
show('sentences, held-out G', scoreSentences(HELD_OUT_SENTENCES_G));
show('sentences, held-out', scoreSentences(ALL_HELD_OUT_SENTENCES));
console.log(`held-out share: phrases ${share(ALL_HELD_OUT_PHRASES.length, TRAINING_PHRASES.length)}, sentences ${share(ALL_HELD_OUT_SENTENCES.length, TRAINING_SENTENCES.length)}`);

function share(heldOut: number, training: number): string {
  return `${((100 * heldOut) / (heldOut + training)).toFixed(1)}% of ${heldOut + training}`;
}
