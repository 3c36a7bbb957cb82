// People made redundant in their 40s and 50s from office and tech jobs
// (src/domain/risk/redundantOfficeVeteransExitStrategiesCleanDesksAndCostLinesPatterns.ts): handing in my
// notice from life; an exit plan and I don't mean leaving the sector; wishing to be switched off like the old
// kit; I'd choose death over another restructure; the objective is not to be around by spring; the bridge is
// very handy, just saying; a roadmap with a rope in the garage; gave my guitar to my nephew, felt right;
// closed the accounts and wrote my will, affairs in order; a goodbye message they think is about retiring;
// goodbye, case closed; he phones my recruiters and checks my emails; she controls the redundancy money; a
// neighbour threatening to kill me; serious damage to my old manager, I mean it; a crowbar in the boot and he
// finishes at five. And, for concern: hitting the vodka since breakfast; just a headcount; nothing left to
// work towards; struggling to keep my head above water; not showered in a week; insomnia's brutal; low today,
// well, every day; talking to the kettle.
// Our own examples, with look-alikes of our own: an exit strategy from the sector; switching the laptop off;
// the train line handy for the commute; a tow rope in the boot; gifts and charity shops; paying off the card
// with the severance; goodbye, got the job; the recruiter checked for a scam; threatening to kick me out;
// damage to my chances; six pints a day at uni; a football career over; the boiler barely functioning; the
// baby up all night; the phone battery flat; a radio station phone-in. And the bare answers to the coach's own
// questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_SIXTH_WHOLE_SETS } from '../../src/domain/risk/redundantOfficeVeteransExitStrategiesCleanDesksAndCostLinesPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_SIXTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said dry by people made redundant from office and tech jobs', () => {
  it.each([
    ['handing in my notice from life. soon', 'intends to end their life'],
    ["thinking about early retirement from living, and I'm serious", 'intends to end their life'],
    ["I've got an exit plan now and I don't mean leaving the company", 'thoughts of suicide'],
    ['been working on my way out, and not the job, I mean out of it all. did not mean the sector', 'thoughts of suicide'],
    ['I wish I could be switched off like the old mainframe', 'wishes to be dead'],
    ['just want to be powered down and taken offline. permanently', 'wishes to be dead'],
    ["honestly I'd choose death over another restructure", 'wishes to be dead'],
    ['I would happily take a quick death over one more assessment centre', 'wishes to be dead'],
    ['my objective for the year is to not be around by spring', 'wishes to be dead'],
    ['the plan is not to be alive for the next appraisal cycle', 'wishes to be dead'],
    ["the bridge over the bypass is very handy. just saying", 'thinking about a way to end their life'],
    ['the level crossing by my road looks so tempting. food for thought', 'thinking about a way to end their life'],
    ["roadmap's done. friday, rope's in the garage", 'a plan to end their life'],
    ['the schedule is simple: sunday night the railway line', 'a plan to end their life'],
    ['gave my guitar to my nephew and my records to my brother. felt right', 'preparing to end their life, or a past attempt'],
    ['handed my bike to my neighbour, getting my affairs in order', 'preparing to end their life, or a past attempt'],
    ['closed my bank account, cancelled my subscriptions, wrote a will. loose ends', 'preparing to end their life, or a past attempt'],
    ['deleted my facebook and paid off the credit card, everything in order now', 'preparing to end their life, or a past attempt'],
    ['sent the old department a farewell. they all think it was about the restructure', 'preparing to end their life, or a past attempt'],
    ['wrote my sister a goodbye. she thinks it is just because of the redundancy', 'preparing to end their life, or a past attempt'],
    ['so long. file is closed', 'intends to end their life'],
    ['goodbye everyone, this is my final update', 'intends to end their life'],
    ['my husband phones my recruiters after every interview and reads my emails', 'coercive control'],
    ['she calls my old colleagues to check I was where I said. I am not allowed out otherwise', 'coercive control'],
    ['my wife took control of the redundancy money and I get nothing', 'coercive control'],
    ['I have to justify every penny to him since the layoff', 'coercive control'],
    ['the lodger keeps threatening to kill me', 'abuse or violence'],
    ["my son's been threatening to hit me if I don't give him money", 'abuse or violence'],
    ['I swear I could do serious damage to my old line manager. I mean it', 'harm to someone else'],
    ['I want to cause real harm to the HR woman who did this, and I will', 'harm to someone else'],
    ["there's a crowbar in my boot and my ex boss finishes at five", 'harm to someone else'],
    ['knife in my bag, he parks in the same spot every day', 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday uses of the same words.
    "what's my exit strategy from the sector? probably consultancy",
    'I do mean leaving the industry, I want to retrain as a plumber',
    'wish my laptop could be switched off for a week',
    "wish I could just switch off at night, my mind's racing about the interview",
    'death by powerpoint at the assessment centre today',
    'the train line is very convenient for the commute into town, just saying',
    'the railway bridge is very close to the new flat, noisy though',
    "timeline's sorted, tow rope in the boot in case the car dies on the way",
    'friday night the train to leeds, interview saturday morning',
    'gave my old suits to the charity shop, felt right',
    'gave my work laptop to the IT team on my last day, cleared the desk',
    'paid off the card and closed the account with the severance, debt free',
    'said goodbye to the team, they think it is about the new job, which it is',
    'goodbye, got the job! project closed on my side',
    "my husband rang the recruiter to check it wasn't a scam",
    'my wife controls the budget spreadsheet because she likes it, my idea',
    'my landlord is threatening to kick me out if the rent is late',
    "I could do real damage to my chances if I mention the tribunal, honestly",
    'cricket bat in the boot for the nets, practice finishes at six',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said dry by people made redundant from office and tech jobs', () => {
  it.each([
    ['been on the vodka since breakfast. nothing else to do', 'drinking or drugs to cope'],
    ['the pub is basically my office now', 'drinking or drugs to cope'],
    ['turns out i was just a headcount, always was', 'feels worthless'],
    ['the way they let me go says a lot about my worth', 'feels worthless'],
    ['nothing left to work towards now', 'hopelessness'],
    ["my career's done. I know that. no way back", 'hopelessness'],
    ['struggling to keep my head above water with all of it', 'not coping'],
    ["I haven't showered in a week, couldn't face it", 'not coping'],
    ['insomnia is brutal this week', 'not eating or sleeping'],
    ["can't remember the last proper night's sleep", 'not eating or sleeping'],
    ['low today. well, every day really', 'low mood'],
    ['a sadness that sits on my chest from morning', 'low mood'],
    ["I've started talking to the fridge out loud", 'feels alone'],
    ['been chatting to the telly all evening', 'feels alone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'used to do six pints a day when I was at uni, long gone',
    'the pub is my office on fridays, I work the bar shift',
    'what am I for now on the rota? the 2pm slot?',
    'says a lot about the market value of my house',
    'my football career is over, knees gone lol',
    "nothing left to do on my action plan, it's all ticked",
    'the boiler is barely functioning, landlord coming monday',
    "haven't showered in days, the boiler's broken, fixed tomorrow",
    "can't remember the last night's sleep with the newborn, it's brilliant though",
    'the battery was flat today, every day this week actually, new one ordered',
    'been talking to the radio station about a job in their sales team',
    'my mate has been talking to the walls since his wife left, I worry about him',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
