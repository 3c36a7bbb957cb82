// Puts a new client at one self-assessment question or one locus-of-control sentence, on the bot
// under test, says a scripted line there and reads back what was kept. Shared by the listening
// round's tests (assessmentListening.test.ts).
import { randomUUID } from 'node:crypto';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { ASSESSMENT_QUESTIONS, questionById, type AssessmentProgress } from '../../src/domain/assessmentQuestions.ts';
import { ASSESSMENT_STEPS, emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { LOCUS_STATEMENTS } from '../../src/domain/locusOfControl.ts';
import type { Kept, Line } from './assessmentListeningLines.ts';

export type Heard = { replies: string; kept: Kept | 'other'; barriers: Record<string, string> };

async function seedClient(bot: BotUnderTest): Promise<{ id: string; userId: string }> {
  const userId = `user-${randomUUID()}`;
  const now = new Date();
  const client = await bot.app.database.db.client.create({
    data: { userKey: `emulator:${userId}`, channelId: 'emulator', displayName: 'Sam', timeZone: 'Europe/London', consentVersion: '1', consentedAt: now, lastContactAt: now },
  });
  return { id: client.id, userId };
}

/** The progress of a client who has answered every question before this one. */
function progressBefore(questionId: string): AssessmentProgress {
  const question = questionById(questionId);
  const stepIndex = ASSESSMENT_STEPS.findIndex((step) => step.id === question.step);
  const inStep = ASSESSMENT_QUESTIONS.filter((other) => other.step === question.step);
  return {
    profile: {
      ...emptyVocationalProfile(),
      jobGoals: [{ title: 'Cleaner', reason: 'I like things tidy', route: null }],
      workHistory: { wentWell: null, didNotGoWell: null, hasRecentWork: stepIndex > 1 ? false : null },
      completedSteps: ASSESSMENT_STEPS.slice(0, stepIndex).map((step) => step.id),
    },
    answered: inStep.slice(0, inStep.indexOf(question)).map((other) => other.id),
  };
}

/** A client at the question or sentence named by `at` ("barrier:debt", "locus:3"), the question on screen. */
export async function clientAt(bot: BotUnderTest, at: string): Promise<{ user: ChatUser; clientId: string; first: string }> {
  const { id, userId } = await seedClient(bot);
  const profiles = new ProfileRepository(bot.app.database.db);
  if (at.startsWith('locus:')) {
    const position = Number(at.slice('locus:'.length));
    const done = { ...emptyVocationalProfile(), confidence: 5, completedSteps: ASSESSMENT_STEPS.map((step) => step.id) };
    await profiles.saveProgress(id, { profile: done, answered: [] });
    await bot.app.database.db.vocationalProfile.update({ where: { clientId: id }, data: { completedAt: new Date(), marker: 'amber' } });
    const before = Object.fromEntries(LOCUS_STATEMENTS.slice(0, position - 1).map(({ id: statement }) => [statement, 3]));
    if (position > 1) await profiles.saveLocusSoFar(id, before);
  } else {
    await profiles.saveProgress(id, progressBefore(at));
  }
  const user = new ChatUser(bot, { userId });
  const first = (await user.say('hi')).join('\n');
  return { user, clientId: id, first };
}

/** What was kept for the question or sentence at `at`, in the corpus's terms. */
export async function keptAt(bot: BotUnderTest, clientId: string, at: string): Promise<Heard['kept']> {
  const profiles = new ProfileRepository(bot.app.database.db);
  if (at.startsWith('locus:')) {
    const statement = LOCUS_STATEMENTS[Number(at.slice('locus:'.length)) - 1]!.id;
    const soFar = await profiles.locusSoFar(clientId);
    if (soFar[statement] !== undefined) return soFar[statement]!;
    const result = await bot.app.database.db.locusResult.findFirst({ where: { clientId } });
    return result ? ((JSON.parse(result.answers) as Record<string, number>)[statement] ?? 'other') : 'ask';
  }
  const { profile, answered } = await profiles.loadProgress(clientId);
  const question = questionById(at);
  const done = answered.includes(at) || profile.completedSteps.includes(question.step);
  if (question.barrier) return profile.barriers[question.barrier] ?? (done ? 'other' : 'ask');
  if (!done) return 'ask';
  if (at === 'recent-work') return profile.workHistory.hasRecentWork ?? 'skip';
  if (at === 'confidence') return profile.confidence ?? 'skip';
  const value = at === 'skills' ? profile.skills : at === 'hours' ? profile.preferences.hours : at === 'support-wanted' ? profile.supportWanted : null;
  return Array.isArray(value) ? (value.length > 0 ? 'words' : 'skip') : value ? 'words' : 'skip';
}

const DEAD_END = /didn't catch that/i;
const JUDGING = /\b(?:diagnos|you (?:are|seem|sound) (?:depressed|anxious|lazy|useless))/i;

/** Says the line where it belongs; the problems found (none: a good coach's reply). */
export async function playLine(bot: BotUnderTest, line: Line): Promise<{ problems: string[]; replies: string; kept: Heard['kept'] }> {
  const { user, clientId } = await clientAt(bot, line.at);
  // The buttons' titles ("[Talk to my adviser]") are left out: only what the coach said counts.
  const replies = (await user.say(line.said)).map((reply) => reply.replace(/(?: \[[^\]]+\])+$/, '')).join('\n');
  const kept = await keptAt(bot, clientId, line.at);
  const problems: string[] = [];
  if (!line.kept.includes(kept as Kept)) problems.push(`kept ${String(kept)}, wanted ${line.kept.join(' or ')}`);
  if (DEAD_END.test(replies)) problems.push('dead end: "didn\'t catch that"');
  if (JUDGING.test(replies)) problems.push('judged or diagnosed');
  if (line.reply && !line.reply.test(replies)) problems.push(`reply lacks ${line.reply}`);
  const cancelled = /kept your place/i.test(replies);
  if (kept === 'ask' && !cancelled && !/\?/.test(replies)) problems.push('nothing asked after');
  const barriers = line.also ? (await new ProfileRepository(bot.app.database.db).loadProgress(clientId)).profile.barriers : {};
  for (const [barrier, wanted] of Object.entries(line.also ?? {})) {
    const got = barriers[barrier as keyof typeof barriers];
    if (wanted === 'not-no' ? got === 'no' : got !== wanted) problems.push(`${barrier} kept ${got}`);
  }
  return { problems, replies, kept };
}
