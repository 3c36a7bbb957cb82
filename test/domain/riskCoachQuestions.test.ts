// What clients ask the coach itself (src/domain/risk/coachQuestionsPatterns.ts): what a word means,
// how the chat works, whether a person reads it, how pay and benefits meet, good news about a job,
// and how it felt when it went well ("i feel relieved", the answer to a review's "How did it feel?").
// Each used to be read as crisis by the model alone ("what does measurable mean" as intent), so a
// client asking about their goal got the crisis contacts. The same questions with harm or danger
// in them are still heard. Written for this test, not copied from any corpus.
import '../support/trainedModels.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { readIntentTsv } from '../corpus/intentTsv.ts';

describe('questions to the coach itself', () => {
  it.each([
    'what does measurable mean',
    'sorry what does achievable actually mean',
    'what does SMART stand for',
    'How does this work exactly?',
    'how will the review work then',
    'what am i supposed to put here',
    'what are we meant to be doing now',
    'how many of what',
    'who actually reads these messages',
    'who else can see my answers',
    'will a real person read what i write',
    'are my messages private?',
    'is this a bot',
    'is it a real person or a bot',
    'am i talking to a computer',
    'is there a human on the other end',
    'can i talk to a real person',
    'i would rather speak to my work coach',
    'i want to see my adviser',
    'what is the work allowance',
    'does the taper rate apply to me',
    'is it true they take 55p for every pound',
    'when does my assessment period start',
    'good news! they kept me on after the trial',
    'great news, i have been taken on permanently',
    'will the interview be in person or on the phone',
    'i feel relieved',
    'i feel strong today',
    'honestly i feel like myself again',
    'i felt so much lighter after that',
    'will i be worse off if i take a job',
  ])('%j is none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });
});

describe('the same questions with harm, an ending or danger in them', () => {
  it.each([
    ['who reads these messages? he checks my phone every night and i am scared', 'crisis'],
    ['what does measurable mean, i will not be here to measure anything', 'crisis'],
    ['is this a bot? i need to tell someone i have got the pills ready', 'crisis'],
    ['good news, i have decided to end it all on friday', 'crisis'],
    ['can i talk to a real person, i want to kill myself', 'crisis'],
    ['how does this work, i have nowhere to sleep tonight', 'crisis'],
    ['am i talking to a computer? i feel so alone', 'concern'],
    ['i feel strong enough to do it now', 'crisis'],
    ['i feel better now i have made my mind up', 'crisis'],
    ['i feel lighter since i wrote the letters', 'crisis'],
  ] as const)('%j is %s', (text, level) => {
    expect(assessRisk(text).level).toBe(level);
  });
});

// The understanding model's held-out messages (test/corpus/understandingBlind.tsv) were written for
// intents, never for risk: its everyday intents are what clients say to the coach on an ordinary day.
// Measured before these phrases: 7 read as crisis and 7 as concern; after: 3 and 6.
describe("the coach's everyday messages, held out from the understanding model", () => {
  const EVERYDAY_INTENTS = new Set(['feeling-good', 'ask-benefits', 'ask-is-human', 'ask-what-next', 'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'goal']);
  const rows = readIntentTsv(new URL('../corpus/understandingBlind.tsv', import.meta.url)).filter((row) => EVERYDAY_INTENTS.has(row.intent));

  // With the second opinion: 1 and 8 (crises the first model found alone, now a check-in).
  it('reads at most 1 of 238 as crisis and at most 8 as concern', () => {
    const levels = rows.map((row) => assessRisk(row.text).level);
    expect(rows).toHaveLength(238);
    expect(levels.filter((level) => level === 'crisis').length).toBeLessThanOrEqual(1);
    expect(levels.filter((level) => level === 'concern').length).toBeLessThanOrEqual(8);
  });
});

// Everyday answers to each of the coach's own questions (work done, barriers, goal, first step, how
// many, when, how sure, the review's questions, the new job, questions to the bot), by a writer who
// saw no code or corpus. Half were read once (4 crisis and 9 concern of 272, all the model alone: "8,
// ive sorted everything out for monday" as preparation) and are not kept; this half was never read.
describe("everyday answers to the coach's questions, never read", () => {
  const rows = readFileSync(new URL('../corpus/coachAnswersHeldOut.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => line.split('\t').slice(1).join(' '));

  // With the second opinion: 2 and 18; 3 and 18 once it also trained on the hundred-and-seventy-sixth split.
  it('reads at most 3 of 272 as crisis and at most 18 as concern', () => {
    const levels = rows.map((text) => assessRisk(text).level);
    expect(rows).toHaveLength(272);
    expect(levels.filter((level) => level === 'crisis').length).toBeLessThanOrEqual(3);
    expect(levels.filter((level) => level === 'concern').length).toBeLessThanOrEqual(18);
  });
});
