// A fifth red-teamer's understated risk (src/domain/risk/understatedPlansFadingBruisesAndCandlesPatterns.ts):
// a strapped wrist, "did it to myself"; a fag put out on my arm; a rafter that will hold my weight; a date
// in the diary with just "goodbye"; tomorrow, off the viaduct, nobody around; what my stepdad did to me
// when I was a kid; bruises nearly gone, nobody will notice; the electric run out, sat in the dark; throttle
// him with my lanyard; a plate at my brother; a failure like me; a few extra pills so I don't feel
// anything; Christmas alone, birthday alone, job hunting alone.
// Our own examples, with look-alikes of our own: a hand bandaged on the climbing wall; a match lighting the
// hob; the loft beam and the pull-up bar; a deadline in the calendar; a run at the reservoir; an uncle who
// took me fishing; bruises from Sunday league; kept in the dark by the agency; kisses; a party for her; codeine for my back;
// a lone-working role; the everyday answers to the coach's questions.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS } from '../../src/domain/risk/understatedPlansFadingBruisesAndCandlesPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readByThisFile = (text: string): string[] => reasonsReadBy(HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS, text);

describe('crisis said indirectly and understated', () => {
  it.each([
    ['Wrist is strapped up today. I did it to myself last night, after the argument.', 'self-harm'],
    ["my arm's all bandaged, done it myself again when I got home from the jobcentre", 'self-harm'],
    ['I put a fag out on my arm last night after the rejection email.', 'self-harm'],
    ['Burnt my forearm with a cigarette on Sunday. Not proud of it.', 'self-harm'],
    ['Found the rafter in the garage that will hold my weight.', 'a plan to end their life'],
    ['the banister upstairs is strong enough to hold me', 'a plan to end their life'],
    ["Saturday the 12th. I've put it in my diary, just the word goodbye.", 'a plan to end their life'],
    ["It's on the calendar for Friday, only says the end", 'a plan to end their life'],
    ['Tomorrow early, off the viaduct. Nobody will be around at that time.', 'a plan to end their life'],
    ['Thursday at the quarry, no one goes there after dark.', 'a plan to end their life'],
    ['my stepdad did things to me when I was a kid and now mum wants me to visit him', 'abuse or violence'],
    ["My cousin used to do stuff to me as a child, I've never told anyone.", 'abuse or violence'],
    ['The bruises on my neck are nearly gone, nobody will notice at the assessment.', 'abuse or violence'],
    ["Need concealer to cover the bruises before Monday's interview.", 'abuse or violence'],
    ["The electric has run out and we're sitting in the dark with the kids.", 'no safe place, food or power tonight'],
    ["can't top up the meter, candles again tonight", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    'Cut my hand on the tile cutter at work, bandaged it myself, all good now',
    'my fingers are taped up from the climbing wall, did it myself with the first aid kit',
    'Burnt my finger with a match lighting the hob, bit sore',
    'Nearly stubbed my cigarette out on my hand I was so tired lol',
    'The beam in the loft will hold the boards, the builder says.',
    'checked the pull up bar can take my weight before my workout',
    'Application deadline is in my calendar, just the word done',
    'Dry January is in my diary, just the word done',
    'Sunday morning run at the reservoir, nobody about at 7am, lovely',
    'Walking the dog tomorrow by the canal, no one goes there early so he can run off lead',
    'My uncle did things with me when I was a kid like fishing, he was lovely',
    'My dad did fun stuff with me as a child, camping every summer',
    'The bruises from Sunday league are fading, I will be fine for the trial shift.',
    'had my wisdom teeth out, bruising is fading, should be fine for the interview',
    'Bruises from my blood tests are fading, should be fine by Monday.',
    'Kept in the dark about the shift times, and no credit on my phone to ring them',
    'No credit on my phone and still in the dark about the interview result',
    // Everyday answers to the coach's questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    "it's in my calendar for Friday, just the interview",
  ])('%j is not read as crisis', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS, text));
});

describe('concern said in passing', () => {
  it.each([
    ["If the interviewer says 'team player' again I'll throttle him with my lanyard lol", 'joked about hurting someone'],
    ['nearly strangled the recruiter with my tie haha', 'joked about hurting someone'],
    ["if my brother asks about jobs once more I'm launching a plate at him lol", 'joked about hurting someone'],
    ['nearly threw the laptop at my manager haha', 'joked about hurting someone'],
    ["who's going to employ a failure like me", 'feels worthless'],
    ['No firm wants a has been like me.', 'feels worthless'],
    ["been having a few extra pills at night so I don't feel anything", 'drinking or drugs to cope'],
    ['a couple of cans every night so I can stop thinking about it', 'drinking or drugs to cope'],
    ['Christmas alone, birthday alone, job hunting alone this year, it gets to me', 'feels alone'],
    ['I walk to the shop on my own, sit on my own, sleep on my own.', 'feels alone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS, text, 'concern', reason));

  it.each([
    ['I smothered him with kisses when he got the job', 'joked about hurting someone'],
    ['almost smothered her with compliments at the interview lol', 'joked about hurting someone'],
    ['We are throwing a party for her on Friday, she got the job', 'joked about hurting someone'],
    ['My nephew threw the remote at his brother, kids eh', 'joked about hurting someone'],
    ['So easy even a loser like me could use the new job portal!', 'feels worthless'],
    ['Someone like me, with a forklift licence, should apply?', 'feels worthless'],
    ["Extra codeine as the GP said so I don't feel the knee on the shift", 'drinking or drugs to cope'],
    ['a couple of beers on Friday to switch off after a long week', 'drinking or drugs to cope'],
    ['Lone working role: drive alone, work alone, lunch alone, fine by me', 'feels alone'],
    ['I like my own company: cinema on my own, walks on my own, holidays on my own', 'feels alone'],
    ['Rang them on my own, filled the form in on my own, went to the interview by myself, managed it!', 'feels alone'],
  ])('%j is not read as %j', (text, reason) => {
    expect(readByThisFile(text)).not.toContain(reason);
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
