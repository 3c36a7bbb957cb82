// Every training message, labelled. The held-out split lives in test/corpus/ and is never here.
import { labelled, type LabelledMessage } from './riskCategories.ts';
import { BENIGN_TRAINING } from './riskCorpusBenign.ts';
import { BENIGN_EVERYDAY_TRAINING } from './riskCorpusBenignEveryday.ts';
import { CONCERN_TRAINING } from './riskCorpusConcern.ts';
import { CRISIS_TRAINING } from './riskCorpusCrisis.ts';
import { DATE_ANSWERS_TRAINING } from './riskCorpusDateAnswers.ts';
import { PRODUCT_WORDS_TRAINING } from './riskCorpusProductWords.ts';
import { SECOND_VOICES_TRAINING } from './riskCorpusSecondVoices.ts';
import { THIRD_VOICES_TRAINING } from './riskCorpusThirdVoices.ts';
import { THIRD_VOICES_BENIGN_TRAINING } from './riskCorpusThirdVoicesBenign.ts';
import { WRITTEN_TRAINING } from './corpus/index.ts';

export const TRAINING_CORPUS: readonly LabelledMessage[] = [
  CRISIS_TRAINING,
  CONCERN_TRAINING,
  BENIGN_TRAINING,
  BENIGN_EVERYDAY_TRAINING,
  SECOND_VOICES_TRAINING,
  THIRD_VOICES_TRAINING,
  THIRD_VOICES_BENIGN_TRAINING,
  PRODUCT_WORDS_TRAINING,
  DATE_ANSWERS_TRAINING,
].flatMap(labelled).concat(WRITTEN_TRAINING);
