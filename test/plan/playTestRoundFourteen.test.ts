// Play-testing, round fourteen: clients played from scripts (test/plan/playScript.ts). Each test
// fails without its mend.
// - "get a retail job?" and "apply to tesco?" at the goal and step questions were heard as questions
//   every time; "I agree to this plan" was then kept as the goal. "can it be any job?" had "Sorry, I
//   was not clear".
// - "Nothing really" at "Is there anything else to add?" had the low-mood reply.
// - "how do i do a cv" at "What help would you like most?" was asked again, as not understood.
// - "I phoned and they have a free course" was logged as a contact with an employer.
// - "not sure" at "Could you do a first step by ...?" had "didn't catch that", again and again.
// - "just save it" at the goal read back and at "I agree to this plan" had "didn't catch that".
// - "You did 1 of your 1 steps."
// - "dunno" at "What is your next step?" ended the step's review with no step and no ideas.
// Found playing six new clients:
// - "actually no, do a care course first" at "How many will you do?" was kept inside the step
//   ("Apply for care jobs, actually no, do a care course first").
// - "actually no care worker" at "What makes you want that job?" was kept as the reason, the job
//   left as "Nurse"; the reason typed next became a second job.
// - "hgv" at the job and goal questions was told "I am not sure that is a goal" (read as mashed keys).
// - "maybe retail?" at "What kind of job would you like most?" was heard as a question.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { changedMindTo, isTentativeAnswer, withoutQuestionMark } from '../../src/domain/goalAnswerWords.ts';
import { looksLikeGibberish } from '../../src/domain/textChecks.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { agreesToThePlan, isNotAGoal } from '../../src/domain/goalWords.ts';
import { coachQuestionOf } from '../../src/domain/questionHelp.ts';
import { asksForHelpWith } from '../../src/domain/assessmentAnswers.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { readJobSearchEntry, tellsOfACourse } from '../../src/domain/jobSearch.ts';
import { readChoice } from '../../src/domain/partialAnswers.ts';
import { confirmChoices } from '../../src/messages/en/smartGoal.ts';
import { celebrateSummary } from '../../src/messages/en/review.ts';
import { answerAssessment, atGoalQuestion, atTheMenu, consentAndLink, externalPersona, joined } from '../journey/journey.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('an answer said with a question mark', () => {
  it.each(['get a retail job?', 'apply to tesco?', 'maybe apply to tesco?', 'ring the agency??', 'find a job in a shop ?', 'update my cv?'])('%j is the answer', (text) => {
    expect(isTentativeAnswer(text)).toBe(true);
  });

  it.each(['can it be any job?', 'what is a smart goal?', 'should i apply to tesco?', 'how do i apply?', 'what do you mean?', 'apply to tesco', 'tesco?', 'is that ok?'])(
    '%j is not',
    (text) => {
      expect(isTentativeAnswer(text)).toBe(false);
    },
  );

  it('keeps the words without the question mark', () => {
    expect(withoutQuestionMark('apply to tesco?')).toBe('apply to tesco');
    expect(withoutQuestionMark('get a retail job ??')).toBe('get a retail job');
  });

  it.each(['can it be any job?', 'does it have to be a job?', 'can it be something small?', 'can i pick anything?', 'any job?'])('%j asks what a goal can be', (text) => {
    expect(coachQuestionOf(text)).toBe('any-goal');
  });

  it.each(['I agree to this plan', 'i agree', 'yes i agree to the plan', 'agreed'])('%j agrees to the plan, and is no goal', (text) => {
    expect(agreesToThePlan(text)).toBe(true);
    expect(isNotAGoal(text)).toBe(true);
  });

  it.each(['Not yet', 'Add another', 'That is all', 'Nothing to add', 'No, keep my date', 'just save it'])('the button words %j are no goal', (text) => {
    expect(isNotAGoal(text)).toBe(true);
  });

  it.each(['agree with my sister about childcare', 'get a job'])('%j is not agreeing to the plan', (text) => {
    expect(agreesToThePlan(text)).toBe(false);
  });
});

describe('help asked for, at the help question', () => {
  it.each(['how do i do a cv', 'how can i get better at interviews', 'can you help me with my cv', 'how to write a cover letter', 'where can i find jobs near me', 'i need help with forms'])(
    '%j is the help wanted',
    (text) => {
      expect(asksForHelpWith(text)).toBe(true);
    },
  );

  it.each(['how do i answer this', 'how do i', 'help with my cv', 'what do you mean'])('%j is not read as help asked for', (text) => {
    expect(asksForHelpWith(text)).toBe(false);
  });
});

describe('a course is not contact with an employer', () => {
  it.each(['I phoned and they have a free course', 'rang the college about a course', 'called about a training course', 'emailed the tutor'])('%j is news of a course', (text) => {
    expect(readJobSearchEntry(text)).toBeNull();
    expect(tellsOfACourse(text)).toBe(true);
  });

  it.each([
    ['rang Greggs about the job', 'employer-contact'],
    ['applied for a training course at Tesco', 'application'],
    ['called Asda and they offer training', 'employer-contact'],
  ])('%j is still logged', (text, kind) => {
    expect(readJobSearchEntry(text)?.kind).toBe(kind);
  });
});

describe('saying how many steps were done', () => {
  it.each([
    [1, 1, 'You did your step. Well done!'],
    [1, 2, 'You did 1 of your 2 steps. Well done!'],
    [2, 2, 'You did both of your steps. Well done!'],
    [3, 3, 'You did all 3 of your steps. Well done!'],
    [2, 5, 'You did 2 of your 5 steps. Well done!'],
  ])('%i done of %i says %j', (done, total, words) => {
    expect(celebrateSummary(done, total)).toBe(words);
  });

  it.each(['just save it', 'save it please', 'looks good', 'ok save it'])('%j at the read back is yes', (text) => {
    expect(readChoice(text, confirmChoices)).toBe('yes');
  });
});

describe('a change of mind, a work abbreviation, a job with a question mark', () => {
  it.each([
    ['actually no, do a care course first', 'do a care course first'],
    ['no wait, ring the agency instead', 'ring the agency'],
    ['scrap that, update my cv', 'update my cv'],
  ])('%j changes the step to %j', (text, step) => {
    expect(changedMindTo(text)).toBe(step);
  });

  it.each(['actually 3', 'actually, apply for 5', 'actually no', 'actually no, change it', '3 a week'])('%j is no new step', (text) => {
    expect(changedMindTo(text)).toBeNull();
  });

  it.each([
    ['actually no care worker', 'Care worker'],
    ['no wait, care work', 'Care work'],
  ])('%j at "What makes you want that job?" changes the job to %j', (text, job) => {
    expect(parseAssessmentAnswer(questionById('first-job-reason'), text)).toEqual({ kind: 'job-changed', value: job });
  });

  it.each(['i like people', 'actually i like the hours'])('%j is still the reason', (text) => {
    expect(parseAssessmentAnswer(questionById('first-job-reason'), text)?.kind).toBe('text');
  });

  it.each(['hgv', 'HGV driver', 'cscs card', 'nvq'])('%j is no mashed keys', (text) => {
    expect(looksLikeGibberish(text)).toBe(false);
  });

  it.each(['asdfgh', 'xzcvb'])('%j still is', (text) => {
    expect(looksLikeGibberish(text)).toBe(true);
  });

  it.each(['maybe retail?', 'retail?', 'care work maybe?'])('%j is a job, where a job is asked', (text) => {
    expect(isTentativeAnswer(text, { job: true })).toBe(true);
  });

  it.each(['is retail ok?', 'what jobs are there?', 'retail ok?', 'i dont know what job i want, is that bad?'])('%j is a question', (text) => {
    expect(isTentativeAnswer(text, { job: true })).toBe(false);
  });
});

describe(`play-testing round fourteen, in conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  it('takes "get a retail job?" and "apply to tesco?", answers real questions, and never keeps "I agree to this plan"', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY);
    const anyJob = joined(await user.say('can it be any job?'));
    expect(anyJob).toMatch(/Yes\. It can be any job/);
    expect(anyJob).toMatch(/What would you like to work on\?/);
    const agreed = joined(await user.say('I agree to this plan'));
    expect(agreed).toMatch(/You can agree to your plan once this goal is in it\./);
    expect(agreed).toMatch(/What would you like to work on\?/);
    const goal = joined(await user.say('get a retail job?'));
    expect(goal).not.toMatch(/Sorry, I was not clear/);
    expect(goal).toMatch(/one small step/);
    expect(joined(await user.say('I agree to this plan'))).toMatch(/once this goal is in it/);
    expect(joined(await user.say('apply to tesco?'))).toMatch(/When could you do it\?/);
    await user.say('friday');
    await user.say('8');
    const readBack = joined(await user.say('Cleaner'));
    expect(readBack).toContain('"Get a retail job"');
    expect(readBack).toMatch(/"Apply to tesco", by Friday 12 June/);
    expect(readBack).not.toMatch(/\?",|agree to this plan"/i);
  });

  it('takes "how do i do a cv" as the help wanted', async () => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await consentAndLink(user, externalPersona);
    await answerAssessment(user, { ...externalPersona, support: 'how do i do a cv' });
    const client = await db().client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    const profile = await db().vocationalProfile.findUniqueOrThrow({ where: { clientId: client.id } });
    expect(profile.data).toContain('how do i do a cv');
  });

  it('hears a course as a course, and "Nothing really" as a plain no', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    await user.say('Log my job search');
    const course = joined(await user.say('I phoned and they have a free course'));
    expect(course).toMatch(/I have not added it/);
    expect(course).not.toMatch(/contact with an employer to your job search/);
    expect(course).toMatch(/Is there anything else to add\?/);
    const none = joined(await user.say('Nothing really'));
    expect(none).not.toMatch(/That sounds really hard|Looking for work can wear/);
    expect(none).toMatch(/What would you like to do/);
    expect(await db().jobSearchEntry.count({ where: { clientId: seeded.id } })).toBe(0);
  });

  it('gives an idea for a first step at "not sure", then keeps their date; "just save it" saves and agrees', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY);
    // A goal that is its own step: a first step is offered (a step given after the goal is asked only if it could be sooner).
    await user.say('apply for 2 jobs at tesco');
    expect(joined(await user.say('in 3 weeks'))).toMatch(/Could you do a first step by/);
    const idea = joined(await user.say('not sure'));
    expect(idea).toMatch(/A first step can be very small/);
    expect(idea).not.toMatch(/didn't catch/);
    expect(idea).toMatch(/Could you do a first step by/);
    const kept = joined(await user.say('not sure'));
    expect(kept).toMatch(/We will keep your date\./);
    expect(kept).toMatch(/How sure do you feel/);
    await user.say('8');
    expect(joined(await user.say('Cleaner'))).toMatch(/Is that right\?/);
    expect(joined(await user.say('just save it'))).toMatch(/I agree to this plan/);
    expect(joined(await user.say('just save it'))).toMatch(/I have noted that you agreed/);
    const plan = await db().plan.findFirstOrThrow({ where: { clientId: seeded.id, status: { not: 'superseded' } } });
    expect(plan.clientAgreedAt).not.toBeNull();
  });

  it('offers ideas as buttons at "dunno" for the next step, and asks again', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY);
    await user.say('Look at 2 job adverts');
    await user.say('Friday');
    await user.say('8');
    await user.say('Cleaner');
    await user.say('Yes');
    await user.say('I agree to this plan');
    clock.current = new Date(MONDAY.getTime() + 7 * DAY);
    await user.say('Review my plan');
    await user.say('Not done');
    await user.say('Skip');
    await user.say('Not great');
    await user.say('Skip');
    expect(joined(await user.say('Nothing'))).toMatch(/What could you do next\?/);
    const ideas = joined(await user.say('dunno'));
    expect(ideas).toMatch(/Here are a couple of ideas\./);
    expect(ideas).toMatch(/What could you do next\?.*\[Look at 2 job adverts\] \[Ring an agency\] \[No more steps\]/);
    const taken = joined(await user.say('Ring an agency'));
    expect(taken).toMatch(/When will you do it\?/);
  });

  it('changes the step at "actually no, ...", and keeps none of those words', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY);
    expect(joined(await user.say('apply for care jobs'))).toMatch(/How many will you do\?/);
    const changed = joined(await user.say('actually no, do a care course first'));
    expect(changed).toMatch(/OK, "Do a care course first" instead\./);
    await user.say('ring the college');
    await user.say('friday');
    await user.say('8');
    const readBack = joined(await user.say('Cleaner'));
    expect(readBack).toContain('"Apply for care jobs"');
    expect(readBack).toMatch(/Your first step: "Ring the college"/);
    expect(readBack).not.toMatch(/actually no/i);
  });

  it('takes "maybe retail?" as the job, and "actually no care worker" as a new job, not a reason', async () => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await consentAndLink(user, externalPersona);
    expect(joined(await user.say('maybe retail?'))).toMatch(/What makes you want that job\?/);
    const changed = joined(await user.say('actually no care worker'));
    expect(changed).toMatch(/I have changed the job to "Care worker"\./);
    expect(changed).toMatch(/What makes you want that job\?/);
    expect(joined(await user.say('i like helping people'))).toMatch(/another job/);
    const client = await db().client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    const { profile } = await new ProfileRepository(db()).loadProgress(client.id);
    expect(profile.jobGoals.map((goal) => [goal.title, goal.reason])).toEqual([['Care worker', 'i like helping people']]);
  });

  it('takes "hgv" at the goal question, and asks for a first step', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY);
    const replies = joined(await user.say('hgv'));
    expect(replies).not.toMatch(/not sure that is a goal/);
    expect(replies).toMatch(/one small step/);
  });
});
