// Everyday answers to the coach's own questions (src/domain/risk/everydayAnswersToTheCoachPatterns.ts):
// a trip away with the day they are back, a contract they cannot leave, caring for family, the day
// a partner is home, a greeting with a name, job offers, the plan's dates, work at the station, a
// tablet for the kids. The model alone had read answers like these as a crisis, so a client telling
// the coach when they could do a step got the crisis contacts. Written for this test, not copied from
// any corpus; the same shapes with harm, danger or an ending in them are still heard.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules, classifierText } from '../../src/domain/risk/rules.ts';

describe("everyday answers to the coach's questions", () => {
  it.each([
    "we're away at my in laws till the 2nd so after that",
    'not around until next thurs, off to a wedding in york',
    "i'll be gone from the 12th to the 19th, half term with the kids",
    'away all week camping with the scouts, back for monday',
    'going away to my nans for the weekend',
    'the week after, when i am back from spain',
    "no way out of my notice period so it'll be january",
    'my agency contract ends on the 20th so i can start after',
    'my probation finishes next month',
    "i've been caring for my mum since her stroke",
    'full time carer for my son, he is autistic',
    'is my carers allowance affected if i work 10 hours',
    'evenings once my partner is home from work',
    'saturdays while my husband is off',
    'my name is Dev, short for Devendra',
    'everyone calls me Bex',
    'hiya again, did my cv like you said',
    "it's only me again, forgot to say something",
    'been offered two interviews in one week!',
    'the job i applied for has gone, they filled it',
    'someone else got the job but they said i came close',
    'can i look at my plan please',
    'i want to check the dates on my steps',
    'i used to work in the ticket office at Crewe',
    'the cafe next to the bus station is hiring',
    'got a new tablet for my daughter so the laptop is free for me',
    'doing my mums tablets every morning before work',
    "i've decided to go for the warehouse job",
  ])('%j is not a crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });
});

describe('the same shapes with harm, danger or an ending in them', () => {
  it.each([
    "i'm going away to my sisters and i won't be coming back",
    'away till friday. wont be around after that',
    "no way out of my contract and no way out of anything, i want to die",
    'caring for my husband but he hits me when he drinks',
    'when my partner gets home he checks my phone and takes my money',
    'my name is Jo and i have the pills ready',
    "hello again. i've written my letters",
    'been offered two jobs but it does not matter, i will be dead by then',
    'i used to work in the ticket office, i know when the fast trains come through and i am going to step in front of one',
    'doing my mums tablets, i have been saving some of them for me',
    "my contract ends friday and then i'm done, i have planned how",
    "it'll be the day my notice is up, so nobody at work gets in trouble for it",
  ])('%j is still a crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('short answers in a review or the job-search log, found by play-testing', () => {
  // "been ill so no" to "How did it go?" had the domestic-abuse reply and an urgent escalation;
  // "been away so no" the suicide reply; "havent thought about it" and "nothing this week tbh" a
  // concern check-in. Each is an ordinary answer, so nothing at all is read in it.
  it.each([
    'been ill so no',
    'kids been ill so no',
    'been away so no',
    'was off sick so not yet',
    'been flat out at work so no',
    'havent thought about it',
    'not really thought about that yet',
    'nothing this week tbh',
    'nothing last week',
    'ive been really poorly this week',
    'i was off sick all week',
    'been under the weather',
    'why are you asking me this',
    'sorry i havent got much time today',
  ])('%j is read as nothing', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    'been ill so no, and i want to die',
    'been away so no, i have a plan to end it',
    'havent thought about it but i have the pills ready',
    'nothing this week, i want to die',
    'im sick of life',
    'ive been really ill this week and i want to end it',
  ])('%j is still a crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('the model is trained on the words as said', () => {
  // Training messages hold some of these answers ("i was a carer for my mum"); rewriting them would
  // change the training text, and a change to it moves the model's reading of every split.
  it('reads an answer as a topic, and trains on its words', () => {
    const answer = "i've been caring for my mum since her stroke";
    expect(applyRules(answer).text).toContain('course');
    expect(classifierText(answer)).toContain('caring for my mum');
  });
});

describe('a step put off, and payday, found by play-testing (December)', () => {
  // "not till after payday" at "When could you do it?" had an urgent "no food or power tonight", and
  // "i keep putting it off" in a review an urgent "a plan to end their life".
  it.each(['not till after payday', 'not till i get paid', 'when my uc comes in', 'not done, i keep putting it off tbh', 'ive been putting it off', 'i put off ringing them again'])(
    '%j is read as nothing',
    (text) => expect(assessRisk(text).level).toBe('none'),
  );

  it.each(['i keep putting off ending it', 'after payday i will end it', 'ive been putting it off, the pills are ready', 'not till after payday, no food in the house till then'])(
    '%j is still a crisis',
    (text) => expect(assessRisk(text).level).toBe('crisis'),
  );
});

describe('a polite name, who sees the chat, and fear for benefits (play-testing, December)', () => {
  // "Gerald, if you don't mind." had the suicide reply; "who exactly sees it?" the reply for harm to
  // someone else; "im scared if i work ill lose my universal credit" the coercive-control reply.
  it.each([
    "Gerald, if you don't mind.",
    'call me Gerald if thats ok',
    'who exactly sees it?',
    'im scared if i work ill lose my universal credit and be worse off',
    'will i lose my uc if i work',
  ])('%j is read as nothing', (text) => expect(assessRisk(text).level).toBe('none'));

  it.each(['i want to end it if you dont mind', 'who sees it when im dead', 'my partner will stop my uc money if i work and hes threatened me'])(
    '%j is still a crisis',
    (text) => expect(assessRisk(text).level).toBe('crisis'),
  );
});

describe('"wont matter soon", found by play-testing (December)', () => {
  it.each(['nothing. wont matter soon anyway', 'it wont matter soon'])('%j is a crisis', (text) => expect(assessRisk(text).level).toBe('crisis'));
  it('a deadline that will not matter soon is not', () => expect(assessRisk('the cv wont matter soon, the job closes friday').level).not.toBe('crisis'));
});

// Play-testing, round seven: work done for years, a life to sort out as a goal, a nagging mum, and a
// hello after time away had opened the safety window or got the worry reply.
describe('work done all my life, sorting my life out, and being nagged (play-testing, round seven)', () => {
  it.each([
    'security tbh its what ive done all my life',
    "its what i've done all my life and i'm good at it",
    "its the trade i know and i'm good at it",
    'honestly i just want to sort my life out tbh',
    'want to feel useful again',
    'hard worker never off sick',
    'hi sorry ive been away',
    'tbh im dreading this my mum keeps on at me',
  ])('%j is none', (text) => expect(assessRisk(text).level).toBe('none'));

  it.each([
    'i have wanted to die all my life',
    'sort my life out by ending it',
    'ive done it all my life and im done with life',
    'he keeps on at me and hits me when hes drunk',
    'my mum keeps on at me, i want to die',
  ])('%j is still a crisis', (text) => expect(assessRisk(text).level).toBe('crisis'));
});
