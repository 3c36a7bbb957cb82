// Play-testing, round twenty-three: three new clients played from scripts (test/plan/playScript.ts),
// through onboarding, the self-assessment, the eight sentences and a first goal: a woman of 52 with
// anxiety who says sorry all the time, asks "is that ok?" after her answers and answers two
// questions at once; a man of 23 on a phone with voice typing ("full stop" as words, "know" for
// "no", a change of mind mid-answer); a man of 38 whose first language is Welsh ("ie", "na",
// "diolch", "dwi ddim yn gwybod"). Each test fails without its mend.
// Found this round:
// - "yes thats fine, im Linda sorry" at consent: asked her name again.
// - "sorry i dont know, no i dont think so" at the code question: "That does not look like a code".
// - "sorry, i'd like to work in a shop, is that ok?": "Sorry, I was not clear", and the job lost;
//   at the menu, "sorry, get a job in a library, is that ok?" had "didn't catch that".
// - "sorry, retail or maybe a library": "Sorry" kept as a job she would like.
// - "agree and the next one is agree too": the second answer dropped without a word.
// - "sorry, ring the library on monday and ask about jobs": "Sorry, ..." kept in the step, and the
//   day asked again.
// - "my name is jay full stop": "Nice to meet you, Jay Full Stop"; "get a job in retail full stop"
//   kept as the goal word for word.
// - "know" (no, as voice typing hears it) at a barrier question: "didn't catch that", five times.
// - "go to the job centre on tuesday no actually wednesday": "on tuesday no actually" kept in the step;
//   "disagree sorry i mean agree" kept as disagree.
// - "ie" at consent and at the eight sentences: "didn't catch that"; "dwi ddim yn gwybod" kept as
//   the job he would like; "diolch" met with "didn't catch that".
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { parseYesNo } from '../../src/domain/answers.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { readConsentWithMore } from '../../src/domain/consentInOneMessage.ts';
import { readCodeReply, saysNoCode } from '../../src/domain/inviteCodeWords.ts';
import { isUnsureAnswer } from '../../src/domain/textChecks.ts';
import { parseLikertAnswer } from '../../src/domain/locusOfControl.ts';
import { answerBeforeIsThatOk } from '../../src/domain/reassuranceAsked.ts';
import { answersAhead } from '../../src/domain/answersAhead.ts';
import { saidLast } from '../../src/domain/changeOfMind.ts';
import { withKnowHeardAsNo, withSpokenMarksWritten } from '../../src/domain/voiceTyping.ts';
import { splitDate } from '../../src/domain/goalWords.ts';
import { readJobsWanted } from '../../src/domain/jobWanted.ts';
import { modelReading } from '../../dialogs/intentReading.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { LocusResultRepository } from '../../src/db/locusResults.ts';
import { joined } from '../journey/journey.ts';
import { seedReadyClient } from './planTestBot.ts';

const job = (text: string) => parseAssessmentAnswer(questionById('first-job'), text, { canKeep: true, skipLabel: 'Not sure yet' });
const dayContext = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };

describe('a woman of 52 who says sorry and asks "is that ok?"', () => {
  it('keeps the name said with the yes to consent, sorry and all', () => {
    expect(readConsentWithMore('yes thats fine, im Linda sorry')).toEqual({ name: 'Linda', noCode: false });
    expect(readConsentWithMore('yes, sorry, im Linda')).toEqual({ name: 'Linda', noCode: false });
  });

  it('hears "sorry i dont know, no i dont think so" as no code', () => {
    expect(saysNoCode('sorry i dont know, no i dont think so')).toBe(true);
    expect(saysNoCode('sorry its K7P4QX')).toBe(false);
  });

  it('reads the answer said before "is that ok?", and only an answer', () => {
    expect(answerBeforeIsThatOk("sorry, i'd like to work in a shop, is that ok?")).toBe("sorry, i'd like to work in a shop");
    expect(answerBeforeIsThatOk('kind and on time i think. Is that alright')).toBe('kind and on time i think');
    for (const text of ['sorry is that ok?', 'is that ok?', 'i dont know what job i want, is that ok?', 'shop work']) expect(answerBeforeIsThatOk(text)).toBeNull();
  });

  it('never keeps "sorry" as a job', () => {
    expect(readJobsWanted('sorry, retail or maybe a library')).toEqual({ kind: 'jobs', titles: ['Retail', 'Library'] });
    expect(job('sorry, retail or maybe a library')).toEqual({ kind: 'jobs', value: ['Retail', 'Library'] });
  });

  it('hears an answer given ahead of its sentence', () => {
    expect(answersAhead('agree and the next one is agree too')).toBe(true);
    expect(answersAhead('agree to both of them')).toBe(true);
    for (const text of ['agree', 'disagree a lot', 'not sure', 'a bit of both tbh', 'bit of both', 'a mix of both really']) expect(answersAhead(text)).toBe(false);
  });

  it('reads a day said before "and" in a step, not only at its end', () => {
    expect(splitDate('ring the library on monday and ask about jobs', dayContext)).toEqual({ text: 'ring the library and ask about jobs', due: expect.any(Date) });
    expect(splitDate('update my CV on Monday and then apply to 3 places', dayContext).text).toBe('update my CV on Monday and then apply to 3 places');
  });
});

describe('a man of 23 on voice typing', () => {
  it('writes spoken marks as marks', () => {
    expect(withSpokenMarksWritten('my name is jay full stop')).toBe('my name is jay');
    expect(withSpokenMarksWritten('i left cause the hours where rubbish full stop talking went well')).toBe('i left cause the hours where rubbish. talking went well');
    expect(withSpokenMarksWritten('is that ok question mark')).toBe('is that ok?');
    expect(withSpokenMarksWritten('a trial period')).toBe('a trial period');
  });

  it('hears "know" as a no only where it can be nothing else', () => {
    expect(parseYesNo('know')).toBe('no');
    expect(withKnowHeardAsNo('know thats all')).toBe('no thats all');
    expect(withKnowHeardAsNo('know i dont drive')).toBe('no i dont drive');
    expect(withKnowHeardAsNo('know how to use a till')).toBe('know how to use a till');
  });

  it('keeps what was said last, when the mind changed', () => {
    expect(saidLast('disagree sorry i mean agree')).toBe('agree');
    expect(parseLikertAnswer(saidLast('disagree sorry i mean agree'))).toBe(4);
    expect(saidLast('agree')).toBe('agree');
    expect(splitDate('go to the job centre on tuesday no actually wednesday', dayContext).text).toBe('go to the job centre');
    expect(splitDate('ring them on friday sorry i mean monday', dayContext).text).toBe('ring them');
  });
});

describe('a man of 38 whose first language is Welsh', () => {
  it('hears a yes and a no in Welsh', () => {
    for (const text of ['ie', 'ydw', 'ie diolch', 'iawn']) expect(parseYesNo(text), text).toBe('yes');
    for (const text of ['na', 'nac ydw', 'naddo', 'dim diolch']) expect(parseYesNo(text), text).toBe('no');
  });

  it('hears "dwi ddim yn gwybod" as not knowing, never as a job', () => {
    for (const text of ['dwi ddim yn gwybod', "sa i'n gwybod", 'dim syniad']) expect(isUnsureAnswer(text), text).toBe(true);
    expect(readCodeReply('dwi ddim yn gwybod')).toBe('unsure');
    expect(job('dwi ddim yn gwybod')).not.toEqual({ kind: 'text', value: 'Dwi ddim yn gwybod' });
  });

  it('hears "diolch" as thanks, and Welsh at the eight sentences', () => {
    expect(modelReading('diolch', 'choice').intent).toBe('thanks');
    expect(modelReading('diolch yn fawr', 'choice').intent).toBe('thanks');
    expect(parseLikertAnswer('ie')).toBe(4);
    expect(parseLikertAnswer('cytuno')).toBe(4);
    expect(parseLikertAnswer('anghytuno')).toBe(2);
    expect(parseLikertAnswer('dwi ddim yn gwybod')).toBe(3);
  });
});

describe(`play-testing round twenty-three, in conversation, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const db = () => bot.app.database.db;
  const planOf = (clientId: string) => new PlanRepository(db()).currentPlan(clientId);

  async function atTheMenu(): Promise<{ user: ChatUser; clientId: string }> {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: new Date(), jobGoals: [{ title: 'Retail', reason: null, route: null }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    return { user, clientId: seeded.id };
  }

  it('keeps her name with her yes, hears no code, and answers "is that ok?" as it keeps her job', async () => {
    const user = new ChatUser(bot);
    await user.join();
    const consent = joined(await user.say('yes thats fine, im Linda sorry'));
    expect(consent).toMatch(/Nice to meet you, Linda\./);
    expect(consent).not.toMatch(/What would you like me to call you\?/);
    expect(joined(await user.say('sorry i dont know, no i dont think so'))).toMatch(/Step 1 of 8/);
    const jobReply = joined(await user.say('sorry, retail or maybe a library, is that ok?'));
    expect(jobReply).toMatch(/^Yes, that is fine\. Thank you\.\n\nWhat makes you want that job\?/);
  });

  it('hears "ie" at consent, and greets Jay without his full stop', async () => {
    const welsh = new ChatUser(bot);
    await welsh.join();
    expect(joined(await welsh.say('ie'))).toMatch(/What would you like me to call you\?/);
    const voice = new ChatUser(bot);
    await voice.join();
    await voice.say('yeah');
    expect(joined(await voice.say('my name is jay full stop'))).toMatch(/Nice to meet you, Jay\./);
  });

  it('hears "know" at a barrier question, and "diolch" at a yes/no one', async () => {
    const user = new ChatUser(bot);
    await user.join();
    for (const text of ['yes', 'Jay', 'no']) await user.say(text);
    expect(joined(await user.say('diolch'))).toMatch(/^You are welcome\./);
    for (const text of ['retail', 'good with people', 'know thats all']) await user.say(text);
    const work = joined(await user.say('know'));
    expect(work).toMatch(/Think of a job, or a task you did for someone/);
  });

  it('starts a goal from words said with "full stop" or "is that ok?", and keeps them clean', async () => {
    const { user } = await atTheMenu();
    expect(joined(await user.say('get a job in retail full stop'))).toMatch(/Let us make a goal of that: "get a job in retail"\./);
    const { user: linda } = await atTheMenu();
    expect(joined(await linda.say('sorry, get a job in a library, is that ok?'))).toMatch(/^Yes, that is fine\. Thank you\.\n[\s\S]*Let us make a goal of that: "get a job in a library"\./);
  });

  it('keeps the day he meant, and none of the day he took back', async () => {
    const { user, clientId } = await atTheMenu();
    await user.say('get a job in retail');
    await user.say('go to the job centre on tuesday no actually wednesday');
    await user.say('8');
    const readBack = joined(await user.say('Retail'));
    expect(readBack).toMatch(/Your first step: "Go to the job centre", by [^\n]*Wednesday/);
    await user.say('yes');
    expect((await planOf(clientId))!.items.map((item) => item.text)).toContain('Go to the job centre');
  });

  it('at the eight sentences: hears Welsh, keeps what was said last, and says why the next one is asked', async () => {
    const user = new ChatUser(bot);
    await user.join();
    const toTheSentences = ['yes', 'Bethan', 'no', 'retail', 'I like people', 'no thats all', 'no', 'no', 'no', 'tidying', 'kind', 'mornings', 'quiet', 'my sister'];
    for (const text of toTheSentences) await user.say(text);
    let reply = '';
    for (let i = 0; i < 20 && !/1 of 8\./.test(reply); i++) reply = joined(await user.say('no'));
    expect(reply).toMatch(/1 of 8\./);
    expect(joined(await user.say('ie'))).toMatch(/^2 of 8\./);
    await user.say('disagree know actually agree');
    expect(joined(await user.say('agree and the next one is agree too'))).toMatch(/^Thank you\. I have kept your answer to that one\. Please read the next one first, then tell me\.\n\n4 of 8\./);
    for (const text of ['agree', 'disagree', 'agree', 'agree', 'agree']) await user.say(text);
    const client = await db().client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    const result = await new LocusResultRepository(db()).latest(client!.id);
    expect(result!.answers).toMatchObject({ 'effort-pays-off': 4, 'jobs-are-luck': 4, 'my-choices-count': 4, 'others-decide': 4 });
  });

  it('keeps no "sorry" in her step, and reads its day said before "and"', async () => {
    const { user } = await atTheMenu();
    await user.say('get a job in a library');
    const asked = joined(await user.say('sorry, ring the library on monday and ask about jobs'));
    expect(asked).not.toMatch(/What day|When could you do it|When will you/);
    await user.say('8');
    expect(joined(await user.say('Retail'))).toMatch(/Your first step: "Ring the library and ask about jobs", by [^\n]*Monday/);
  });
});
