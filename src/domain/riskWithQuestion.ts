// Some answers read alone as risk are ordinary answers to the question on screen: "he shouts at me in
// front of customers" to "What is making it hard?" at work, "I know how to do it" to "What makes you
// want that job?", "i owe on my phone" to what makes work harder. Each was found in play-testing, and
// each lowers the reading only at its own question. This is the one place such readings live.
import type { RiskAssessment } from './risk/combine.ts';
import { rulesHeardRisk } from './risk.ts';
import { verbalTroubleAtWork } from './inWork.ts';
import { saysTheyCanDoTheWork } from './canDoTheWork.ts';
import { onlyPracticalWorries } from './practicalWorries.ts';
import { consentTrustQuestionOf } from './consentTrustWords.ts';
import { privacyAskedAtTheMenu } from './privacyAskedWords.ts';
import { goalUnsureSaid } from './goalUnsureSaid.ts';
import { saysNoCode } from './inviteCodeWords.ts';

export type QuestionOnScreen = {
  /** The waiting question's `listening.about`, if it has one. */
  about: string | undefined;
  /** A crisis window is open: nothing said in it is read down. */
  inCrisisWindow: boolean;
};

/**
 * The reading to act on, and the level the message is kept at for the adviser: a practical worry
 * kept as the answer to the barrier question is still kept at its own level, so the adviser sees it.
 */
export type ReadWithQuestion = { risk: RiskAssessment; keptAs: RiskAssessment['level'] };

/** The questions about a job wanted or done, where "I know how to do it" is said of the work. */
const JOB_QUESTIONS: ReadonlySet<string> = new Set(['job-wanted', 'job-reason', 'work-history']);
const NOTHING: RiskAssessment = { level: 'none', reasons: [] };

type Reading = { lowers: (text: string, risk: RiskAssessment, question: QuestionOnScreen) => boolean; keepsItsLevel?: boolean };

const READINGS: readonly Reading[] = [
  // The in-work question passes shouting at work to the adviser; the domestic-abuse reply would be wrong.
  { lowers: (text, risk, { about }) => risk.level === 'crisis' && about === 'work-problem' && verbalTroubleAtWork(text, risk.reasons) },
  // The job, not a plan (round twenty-two). Never what a rule heard.
  { lowers: (text, risk, { about }) => JOB_QUESTIONS.has(about ?? '') && saysTheyCanDoTheWork(text) && !rulesHeardRisk(text) },
  // A practical worry at the barrier question is the answer ("i owe on my phone" to "Debts").
  // Low mood, hopelessness or any word of harm still gets the check-in.
  { lowers: (_text, risk, { about }) => risk.level === 'concern' && about === 'barrier' && onlyPracticalWorries(risk.reasons), keepsItsLevel: true },
  // A question about the coach and their data, read by the models alone as risk: "where does my info
  // go" and "are you telling the dwp everything" had the offer of the adviser first (scripted clients,
  // trust and privacy). Never what a rule heard, and never a wish to be deleted ("delete me").
  { lowers: (text, _risk, { about }) => asksOnlyAboutTheirData(text, about) && !rulesHeardRisk(text) },
  // Not knowing what goal to pick ("cant think of anything", "i dont even know where to start"), read
  // by the models alone as not coping: the goal question answers it with ideas (round ten). Only a
  // concern no rule heard; a feeling said with it ("dunno, bit lost") still gets the check-in.
  { lowers: (text, risk, { about }) => risk.level === 'concern' && about === 'plan-words' && isOnlyNotKnowingTheGoal(text) && !rulesHeardRisk(text) },
  // "I do not believe I was given one.", "I have not received one" at "Did your adviser give you a
  // code?", read by the models alone as low: no code, said formally (play-testing, December: the
  // offer of the adviser, and the next message lost to it). One short sentence only.
  { lowers: (text, risk, { about }) => risk.level === 'concern' && about === 'invite-code' && isOneShortSentence(text) && saysNoCode(text) && !rulesHeardRisk(text) },
];

function isOneShortSentence(text: string): boolean {
  return !SENTENCE_BREAK.test(text.trim()) && text.trim().split(/\s+/).length <= SHORT_QUESTION_WORDS;
}

function isOnlyNotKnowingTheGoal(text: string): boolean {
  const unsure = goalUnsureSaid(text);
  return unsure === 'not-knowing' || unsure === 'ideas';
}

// One short sentence only: a longer message can hold a disclosure beside the question ("can i talk
// here without it going to the dwp. i've stopped wanting to be alive"). As short as this, it matches
// none of the 81,386 labelled risk messages we hold that no rule hears (scratch check, 2026-12-07).
const SHORT_QUESTION_WORDS = 10;
const SENTENCE_BREAK = /[.!?;,]+\s*\S|\n|\s-\s/;

function asksOnlyAboutTheirData(text: string, about: string | undefined): boolean {
  if (!isOneShortSentence(text)) return false;
  // Not consentQuestionOf's wider reading ("she decides who i can see" is who sees answers to it).
  if (about === 'consent') {
    const asked = consentTrustQuestionOf(text);
    return asked !== null && asked !== 'delete';
  }
  const asked = privacyAskedAtTheMenu(text);
  return asked !== null && asked !== 'delete';
}

export function readWithQuestionOnScreen(text: string, risk: RiskAssessment, question: QuestionOnScreen): ReadWithQuestion {
  if (risk.level === 'none' || question.inCrisisWindow) return { risk, keptAs: risk.level };
  const reading = READINGS.find((one) => one.lowers(text, risk, question));
  if (!reading) return { risk, keptAs: risk.level };
  return { risk: NOTHING, keptAs: reading.keepsItsLevel ? risk.level : 'none' };
}
