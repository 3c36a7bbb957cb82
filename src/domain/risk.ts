// Reads a client's message for signs of risk to themselves or others, synchronously, before
// anything else sees it. Three layers (see the README's "Safety: how risk is detected"):
// normalisation (text-speak, typos, letters held down), explicit rules (risk/rules.ts), and a
// classifier trained on our labelled corpus (risk/classifier.ts) for paraphrases the rules miss.
// The level is the higher of the two; risk/combine.ts says how.
//
// Negation: "I'm not suicidal" or "I would never hurt myself" gives 'concern', not 'none'. The
// words are on the client's mind, and a gentle check-in costs little; a missed crisis costs a
// great deal. Negated concern phrases ("I don't feel hopeless") count for nothing.
import { prepareRiskCorpus, RiskClassifier, type ClassifierScores, type PreparedMessage, type RiskExampleIndex, type TrainedRiskWeights } from './risk/classifier.ts';
import { combine, combinedLevel, modelsMayNotRaise, withSecondOpinion, type RiskAssessment, type Thresholds } from './risk/combine.ts';
import { applyRules, classifierText, type RuleFindings } from './risk/rules.ts';
import { SECOND_OPINION, SecondOpinion, type KeptSecondOpinion } from './risk/secondOpinion.ts';
import { sentencesOf } from './risk/sentences.ts';
import { TRAINING_CORPUS } from './risk/trainingCorpus.ts';
import type { RiskLevel } from './riskPatterns.ts';
import type { LabelledMessage } from './risk/riskCategories.ts';

export type { RiskAssessment, RiskLevel };
export { isOneEditApart, normaliseForMatching } from './risk/normalise.ts';

/** Chosen by `npx tsx scripts/riskThresholds.ts` on validation folds of the training corpus. */
export const THRESHOLDS: Thresholds = { crisis: 0.45, concern: 0.5, noneWeight: 1 };

/**
 * A sentence read alone lifts its message to crisis only when the rules say crisis or the model is
 * this sure: a short sentence out of its message gives the model little to go on. Chosen on the
 * spent splits (5,611 everyday messages): at 0.65, 7 buried crises found for 3 everyday alarms;
 * at the whole-message threshold, 10 for 16.
 */
export const SENTENCE_CRISIS = 0.65;

export function trainRiskClassifier(messages = TRAINING_CORPUS): RiskClassifier {
  return RiskClassifier.train(prepareRiskCorpus(normalised(messages)));
}

/** The training corpus as the model reads it. */
export function preparedTrainingCorpus(): PreparedMessage[] {
  return prepareRiskCorpus(normalised(TRAINING_CORPUS));
}

function normalised(messages: readonly LabelledMessage[]): LabelledMessage[] {
  return messages.map((message) => ({ ...message, text: classifierText(message.text) }));
}

// Trained in memory on the first message, once (a second or two), unless a model trained earlier
// on the same corpus is given first (src/trainedModels.ts keeps one on disk); every read after
// that takes microseconds.
let classifier: RiskClassifier | undefined;

/** What a kept model holds: its trained weights, and which training messages have each feature. */
export type TrainedRiskModel = { index: RiskExampleIndex; weights: TrainedRiskWeights };

/** Uses a model trained earlier, instead of training one. */
export function useTrainedRiskModel(model: TrainedRiskModel): void {
  classifier = RiskClassifier.kept(model.weights, model.index);
}

/** The trained model (training it now if need be), to keep for the next start. */
export function trainedRiskModel(): TrainedRiskModel {
  classifier ??= trainRiskClassifier();
  return { index: classifier.exampleIndex(), weights: classifier.toJSON() };
}

// The second opinion (risk/secondOpinion.ts) is trained on messages that live outside the domain
// (the labelled splits already read), so it is always given, trained or kept, by the app's start-up
// (src/trainedModels.ts). Until it is, messages are read by the first reading alone.
let secondOpinion: SecondOpinion | undefined;

export function trainSecondOpinion(messages: readonly LabelledMessage[]): SecondOpinion {
  return SecondOpinion.train(normalised(messages));
}

/** Uses a second opinion trained now or earlier; null reads with the first reading alone (the bench's baseline). */
export function useSecondOpinion(model: SecondOpinion | KeptSecondOpinion | null): void {
  secondOpinion = model === null ? undefined : model instanceof SecondOpinion ? model : SecondOpinion.kept(model);
}

/** The second opinion in use, to put back after a baseline is read. */
export function currentSecondOpinion(): SecondOpinion | null {
  return secondOpinion ?? null;
}

export function assessRisk(text: string): RiskAssessment {
  const { rules, scores } = read(text);
  const whole = combine(rules, scores, THRESHOLDS);
  const first = whole.level === 'crisis' ? whole : (buriedCrisis(text, whole, modelsMayNotRaise(rules.text)) ?? whole);
  if (!secondOpinion) return first;
  const second = secondOpinion;
  const bySentence = () => {
    const readings = sentencesOf(text).map((sentence) => {
      const { rules: sentenceRules, scores: sentenceScores } = read(sentence);
      return { ruled: sentenceRules.crisis.size > 0, first: sentenceScores.byLevel.crisis, second: second.crisisScore(sentenceRules.text) };
    });
    return { ruled: readings.some((one) => one.ruled), firstCrisis: Math.max(0, ...readings.map((one) => one.first)), secondCrisis: Math.max(0, ...readings.map((one) => one.second)) };
  };
  return withSecondOpinion(first, { rules, scores, secondCrisis: second.crisisScore(rules.text), bySentence }, SECOND_OPINION);
}

/** Whether a rule heard risk in the text: a worry without one rests on the trained models alone. */
export function rulesHeardRisk(text: string): boolean {
  const rules = applyRules(text);
  return rules.crisis.size > 0 || rules.concern.size > 0 || rules.deniedCrisis;
}

/** One reading of a text: what the rules found and the model's scores. */
function read(text: string): { rules: RuleFindings; scores: ClassifierScores } {
  const rules = applyRules(text);
  classifier ??= trainRiskClassifier();
  return { rules, scores: classifier.scores(rules.text) };
}

/**
 * A crisis said in one sentence of a longer message, with the message's other reasons after it.
 * A sentence's reasons are found only when it lifts the message: finding them costs a look through
 * the training messages, and most sentences lift nothing.
 */
// `rulesOnly`: the whole message is one the models may not raise ("darren but evry1 calls me daz"),
// so neither may they raise one of its parts ("evry1 calls me daz" read alone).
function buriedCrisis(text: string, whole: RiskAssessment, rulesOnly: boolean): RiskAssessment | undefined {
  for (const sentence of sentencesOf(text)) {
    const { rules, scores } = read(sentence);
    if (combinedLevel(rules, scores, THRESHOLDS).level === 'crisis' && (rules.crisis.size > 0 || (!rulesOnly && scores.byLevel.crisis >= SENTENCE_CRISIS))) {
      return { level: 'crisis', reasons: [...new Set([...combine(rules, scores, THRESHOLDS).reasons, ...whole.reasons])] };
    }
  }
  return undefined;
}
