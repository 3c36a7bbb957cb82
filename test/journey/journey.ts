// Two people walking the client journey over real HTTP: consent, name, invite code, the
// self-assessment and the locus-of-control sentences. Shared by the journey tests.
import { expect } from 'vitest';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { BARRIER_IDS, type BarrierId } from '../../src/domain/barriers.ts';
import type { LocusBand } from '../../src/domain/locusOfControl.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';

export type Persona = {
  name: string;
  code: string;
  jobs: string[];
  reason: string;
  recentWork: string;
  /** Asked only after a "yes" to recent work. */
  lastJob?: string;
  howItEnded?: string;
  wentWell: string;
  notWell: string;
  skills: string;
  strengths: string;
  hours: string;
  workplace: string;
  contacts: string;
  /** Typed answers by barrier; any barrier not listed is answered "No". */
  barriers: Partial<Record<BarrierId, string>>;
  support: string;
  confidence: string;
  /** Eight answers to the locus-of-control sentences, in order. */
  locus: string[];
};

/** Feels that outcomes lie with others: agrees with the external sentences. */
export const externalPersona: Persona = {
  name: 'Jo',
  code: 'DEMO',
  jobs: ['Care worker', 'Cleaner'],
  reason: 'I looked after my mum for years',
  recentWork: 'no',
  wentWell: 'Helping people',
  notWell: 'Early starts',
  skills: 'cooking, caring and cleaning',
  strengths: 'kind, patient',
  hours: 'School hours',
  workplace: 'A small team',
  contacts: 'my sister',
  barriers: { housing: 'yes', 'childcare-caring': 'Yes', health: "I'd rather not say", transport: 'yeah' },
  support: 'Help with my CV',
  confidence: '3',
  locus: ['Disagree', 'agree', '2', '4', 'disagree', 'Agree', 'not really', 'yes'],
};

/** Feels in charge: agrees with the internal sentences. */
export const internalPersona: Persona = {
  name: 'Alex',
  code: 'DEMO',
  jobs: ['Electrician', 'Maintenance worker', 'Caretaker'],
  reason: 'I like fixing things',
  recentWork: 'yes',
  lastJob: "Electrician's mate",
  howItEnded: 'Contract ended',
  wentWell: 'Fixing the lights at the shop',
  notWell: 'The pay was low',
  skills: 'wiring, driving',
  strengths: 'on time and hard working',
  hours: 'Full time',
  workplace: 'Outdoors',
  contacts: 'a past boss',
  barriers: { 'substance-use': 'prefer not to say' },
  support: 'Finding jobs near me',
  confidence: '8 out of 10',
  // Typed the way people type, not the buttons' words: each reads as Agree a lot, Disagree, ..., Disagree a lot.
  locus: ['100% agree', 'no i dont think so', 'strongly agree', '2', '5', 'nah not really', 'depends really', 'Disagree a lot'],
};

export const joined = (replies: string[]): string => replies.join('\n');

export const ASK_GOAL = /What would you like to work on\?/;

/** A client who has done the self-assessment and greeted the coach: the menu is on screen. */
export async function atTheMenu(bot: BotUnderTest, now: Date, band: LocusBand = 'mixed') {
  const seeded = await seedReadyClient(bot.app.database.db, { band, now });
  const user = new ChatUser(bot, { userId: seeded.userId });
  await user.say('hi');
  return { seeded, user };
}

/** A client who has done the self-assessment, greeted the coach and tapped "Set a goal". */
export async function atGoalQuestion(bot: BotUnderTest, now: Date, band: LocusBand = 'external') {
  const { seeded, user } = await atTheMenu(bot, now, band);
  expect(joined(await user.say('Set a goal'))).toMatch(ASK_GOAL);
  return { seeded, user };
}

export async function consentAndLink(user: ChatUser, persona: Pick<Persona, 'name' | 'code'>): Promise<string[]> {
  expect(joined(await user.say('hello'))).toMatch(/Is it OK for me to keep your answers\?/);
  expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
  expect(joined(await user.say(persona.name))).toMatch(/Did your adviser give you a code\?/);
  return user.say(persona.code);
}

/** Answers every self-assessment question from the first one on; returns every reply. */
export async function answerAssessment(user: Pick<ChatUser, 'say'>, persona: Persona): Promise<string[]> {
  const all: string[] = [];
  const say = async (text: string, expected?: RegExp): Promise<string[]> => {
    const replies = await user.say(text);
    if (expected) expect(joined(replies)).toMatch(expected);
    all.push(...replies);
    return replies;
  };
  const [first, ...more] = persona.jobs;
  await say(first!, /What makes you want that job\?/);
  await say(persona.reason, /another job/);
  for (const [i, job] of more.entries()) await say(job, i === 1 ? /Step 2 of 8/ : /one more job/);
  if (more.length < 2) await say("No, that's all", /Step 2 of 8: Work you have done/);
  if (persona.lastJob) {
    await say(persona.recentWork, /What was your last job\?/);
    await say(persona.lastJob, /How did that job end\?/);
    await say(persona.howItEnded ?? 'Skip', /What went well\?/);
  } else {
    await say(persona.recentWork, /What went well\?/);
  }
  await say(persona.wentWell, /did not go so well/);
  await say(persona.notWell, /Step 3 of 8/);
  await say(persona.skills, /good about you/);
  await say(persona.strengths, /Step 4 of 8/);
  await say(persona.hours, /What kind of place/);
  await say(persona.workplace, /Step 5 of 8/);
  await say(persona.contacts, /Step 6 of 8/);
  for (const id of BARRIER_IDS) await say(persona.barriers[id] ?? 'No');
  expect(joined(all.slice(-3))).toMatch(/Step 7 of 8/);
  await say(persona.support, /Step 8 of 8/);
  await say(persona.confidence, /That is all the questions about you/);
  return all;
}

export async function answerLocus(user: Pick<ChatUser, 'say'>, answers: string[]): Promise<string[]> {
  const all: string[] = [];
  for (const [i, answer] of answers.entries()) {
    const replies = await user.say(answer);
    if (i < answers.length - 1) expect(joined(replies)).toMatch(new RegExp(`${i + 2} of 8`));
    all.push(...replies);
  }
  return all;
}

export async function walkWholeJourney(user: ChatUser, persona: Persona): Promise<{ afterLink: string[]; assessment: string[]; locus: string[] }> {
  const afterLink = await consentAndLink(user, persona);
  expect(joined(afterLink)).toMatch(/Step 1 of 8: Jobs you would like/);
  const assessment = await answerAssessment(user, persona);
  expect(joined(assessment)).toMatch(/1 of 8\. "When I try hard/);
  const locus = await answerLocus(user, persona.locus);
  return { afterLink, assessment, locus };
}

export function clientByUser(bot: BotUnderTest, user: ChatUser) {
  return bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
}

/** The client behind a chat, and the titles of the jobs kept in their profile. */
export async function jobsKeptFor(bot: BotUnderTest, user: ChatUser) {
  const db = bot.app.database.db;
  const client = await db.client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
  const { profile } = await new ProfileRepository(db).loadProgress(client.id);
  return { client, titles: profile.jobGoals.map((goal) => goal.title) };
}

/**
 * A ready client (a hairdresser's job in their profile) who sets the goal typed, with the step
 * "ring 3 salons" by Friday, sure at 7, and is at its read-back: the reply said, to check the wording.
 */
export async function atGoalReadBack(bot: BotUnderTest, goal: string): Promise<{ user: ChatUser; clientId: string; said: string }> {
  const seeded = await seedReadyClient(bot.app.database.db, { band: 'internal', now: new Date(), jobGoals: [{ title: 'Hairdresser', reason: null, route: null }] });
  const user = new ChatUser(bot, { userId: seeded.userId });
  for (const text of ['hi', 'Set a goal', goal, 'ring 3 salons', 'friday']) await user.say(text);
  let said = joined(await user.say('7'));
  if (/Which job does this help you with\?/.test(said)) said = joined(await user.say('Hairdresser'));
  return { user, clientId: seeded.id, said };
}
