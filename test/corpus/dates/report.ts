// Prints the accuracy on each split and every miss: `npx tsx test/corpus/dates/report.ts`.
import { HELD_OUT_PHRASES, HELD_OUT_SENTENCES } from './heldOut.ts';
import { TRAINING_PHRASES, TRAINING_SENTENCES } from './training.ts';
import { percent, scorePhrases, scoreSentences, type Score } from './score.ts';

// Held-out misses stay hidden unless asked for, so that no one tunes the code on them by accident.
const showMisses = process.argv.includes('--misses');
const showHeldOutMisses = process.argv.includes('--held-out-misses');
function show(name: string, score: Score): void {
  console.log(`${name.padEnd(22)} ${percent(score)}`);
  if (name.includes('held-out') ? showHeldOutMisses : showMisses) for (const miss of score.misses) console.log('   ', JSON.stringify(miss));
}

show('phrases, training', scorePhrases(TRAINING_PHRASES));
show('phrases, held-out', scorePhrases(HELD_OUT_PHRASES));
show('sentences, training', scoreSentences(TRAINING_SENTENCES));
show('sentences, held-out', scoreSentences(HELD_OUT_SENTENCES));
