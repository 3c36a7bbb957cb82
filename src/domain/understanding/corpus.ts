// What clients say, by what they mean: the examples the understanding model learns from.
// Written in many voices, with the typos, text-speak and lower case people use on a phone.
// The held-out split in test/corpus/ is kept apart and never copied here. One file per intent.
import { feelingLow } from './corpus/feeling-low.ts';
import { feelingGood } from './corpus/feeling-good.ts';
import { askBenefits } from './corpus/ask-benefits.ts';
import { askDisclosure } from './corpus/ask-disclosure.ts';
import { askIsHuman } from './corpus/ask-is-human.ts';
import { askWhatNext } from './corpus/ask-what-next.ts';
import { jobLost } from './corpus/job-lost.ts';
import { startedWork } from './corpus/started-work.ts';
import { interview } from './corpus/interview.ts';
import { wantAdviser } from './corpus/want-adviser.ts';
import { thanks } from './corpus/thanks.ts';
import { greeting } from './corpus/greeting.ts';
import { abuse } from './corpus/abuse.ts';
import { goal } from './corpus/goal.ts';
import { other } from './corpus/other.ts';
import { WRITERC_1 } from './corpus/writerC1.ts';
import { WRITERC_2 } from './corpus/writerC2.ts';
import { WRITERD_1 } from './corpus/writerD1.ts';
import { WRITERD_2 } from './corpus/writerD2.ts';

export const intents = [
  'feeling-low',
  'feeling-good',
  'ask-benefits',
  'ask-disclosure',
  'ask-is-human',
  'ask-what-next',
  'job-lost',
  'started-work',
  'interview',
  'want-adviser',
  'thanks',
  'greeting',
  'abuse',
  'goal',
  'other',
] as const;

export type Intent = (typeof intents)[number];

const HAND_WRITTEN: Record<Intent, readonly string[]> = {
  'feeling-low': feelingLow,
  'feeling-good': feelingGood,
  'ask-benefits': askBenefits,
  'ask-disclosure': askDisclosure,
  'ask-is-human': askIsHuman,
  'ask-what-next': askWhatNext,
  'job-lost': jobLost,
  'started-work': startedWork,
  'interview': interview,
  'want-adviser': wantAdviser,
  'thanks': thanks,
  'greeting': greeting,
  'abuse': abuse,
  'goal': goal,
  'other': other,
};

// Written by people who saw only a labelling brief (scripts/understandingCorpusFromTsv.ts).
const WRITTEN: readonly Partial<Record<Intent, readonly string[]>>[] = [WRITERC_1, WRITERC_2, WRITERD_1, WRITERD_2];

function withWritten(intent: Intent): readonly string[] {
  return [...HAND_WRITTEN[intent], ...WRITTEN.flatMap((part) => part[intent] ?? [])];
}

export const corpus: Record<Intent, readonly string[]> = { ...HAND_WRITTEN };
for (const intent of intents) corpus[intent] = withWritten(intent);
