// A nineteenth set of short replies to the coach's questions
// (src/domain/risk/shortRepliesWhoWouldFindMeFreshOnesAndRiverDaysPatterns.ts): Saturday night, the railway
// bridge; past caring whether I wake up; starving, last proper meal Sunday; burning myself to feel
// something; I could batter him and I doubt I'd stop; she takes my phone, I reply when I can; once the kids
// are at their dad's I'm going to do it; he pins me by my throat; the new cuts keep bleeding; who would
// find me; the dogs looked after when I'm gone; attempted before and survived; slapped about for not
// answering; not good at all, honestly; never going to find work; like a burden; going under; stared at
// the tablets then put them back; zero sleep for three nights; given up looking for work; might be forced
// to move out, can't afford the rent.
// Our own examples, with look-alikes of our own: Saturday the river, fishing; pills from the pharmacy; not
// bothered if I wake up early; a stomach bug; cutting carbs to feel better; binge a series and not stop; my
// phone charger; once the kids are in bed; the baby grabbing my neck; new shoes hurting my feet; who'd find
// me a flat; the dog looked after during the interview; tried it last year and it didn't work out; kicked
// off the course for being late; not good; I'd never get a job if I stayed in bed; drowning in paperwork;
// taking my tablets at tea; the baby teething; given up on the job search for today; moving out for a
// week while the kitchen is redone.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis in a short reply to the coach', () => {
  it.each([
    ["Saturday night. The railway bridge near the retail park.", "a plan to end their life"],
    ["end of the week when the money runs out. tablets", "a plan to end their life"],
    ["Honestly I don't really care whether I wake up tomorrow", "wishes to be dead"],
    ["past caring if i live or die tbh", "wishes to be dead"],
    ["starving, last had a proper meal on Sunday", "no safe place, food or power tonight"],
    ["hungry. i haven't eaten since Monday", "no safe place, food or power tonight"],
    ["Empty. Burning myself to feel something again", "self-harm"],
    ["i scratch my arms to calm down", "self-harm"],
    ["so angry at my landlord i could batter him and i doubt i'd stop", "harm to someone else"],
    ["I could strangle my brother right now, I don't think I could stop myself", "harm to someone else"],
    ["She takes my phone most evenings so I'll reply when I can", "coercive control"],
    ["my husband keeps hold of my phone, answering when he lets me", "coercive control"],
    ["Once the kids are at their dad's Saturday I'm going to end it", "a plan to end their life"],
    ["after I take the children to school tomorrow I'll go through with it", "a plan to end their life"],
    ["he pins me by my throat when he's drunk", "abuse or violence"],
    ["she put both hands round my neck last night", "abuse or violence"],
    ["the new cuts keep bleeding through my sleeve", "self-harm"],
    ["my fresh marks are showing under my top", "self-harm"],
    ["who would find me if I did it", "thoughts of suicide"],
    ["I wonder who'll find me first", "thoughts of suicide"],
    ["can't stop thinking who would find me, been so low", "thoughts of suicide"],
    ["made sure the dogs will be looked after when I'm gone", "preparing to end their life, or a past attempt"],
    ["asked my sister to take the cat for after", "preparing to end their life, or a past attempt"],
    ["attempted two years ago and woke up in hospital", "preparing to end their life, or a past attempt"],
    ["yeah tried before and survived", "preparing to end their life, or a past attempt"],
    ["got punched in the face for coming home late", "abuse or violence"],
    ["he slapped me about for not answering my phone", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Saturday the river, fishing with my dad",
    "Monday, pills from the pharmacy",
    "Not bothered if I wake up early for the shift",
    "I don't mind if I make it to the interview by bus or walk",
    "haven't eaten since Monday, stomach bug, sorry I missed it",
    "The dog last ate Tuesday, the vet says it's nothing",
    "Cutting carbs to feel better before the interview",
    "Hit the gym to cope with the stress, helps a lot",
    "Could binge the whole series and I don't think I'd stop",
    "once I start on the crisps I don't think I'd stop",
    "He's got my phone charger, replying when I can",
    "My son has my phone for his game, texting back when I can",
    "once the kids are in bed ill do it",
    "After I drop the kids at school I'll do it lol",
    // The everyday answer to the coach's own "when will you do it?": no rule reads a bare "do it" here.
    "after I drop the kids at school friday I'll do it",
    "Once the kids are at their dad's Saturday I'm going to do it",
    "once the kids are at school i'll finally do it",
    "the baby keeps grabbing my neck when I carry her",
    "putting my neck on the line asking for a reference",
    "the new ones are hurting my feet, should have worn them in",
    "fresh tattoo lines are stinging a bit",
    "who'd find me a cheap flat in Leeds?",
    "who would find me on LinkedIn if my profile is empty?",
    "who'll find me at reception when I get there?",
    "made sure the dog has somewhere to go while I'm at the interview",
    "found the cat somewhere to go after the vet",
    "tried it last year and it didn't work out",
    "tried that last year and it failed, the course was full",
    "got kicked off the course for being late twice",
    "got pushed up the waiting list for being a carer",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern in a short reply to the coach', () => {
  it.each([
    ["Honestly? Not good at all.", "low mood"],
    ["not great lately. bit low", "low mood"],
    ["never gonna find work round here", "hopelessness"],
    ["i'm never getting hired", "hopelessness"],
    ["feel like a waste of space today", "feels worthless"],
    ["Honestly? Like a burden.", "feels worthless"],
    ["going under tbh", "not coping"],
    ["completely falling to pieces", "not coping"],
    ["thought about the razor for a second but nah", "spoke of harm, then said they would not"],
    ["stared at the tablets for a bit then put them back", "spoke of harm, then said they would not"],
    ["knackered, zero sleep for three nights", "not eating or sleeping"],
    ["no proper sleep all week, can't switch off", "not eating or sleeping"],
    ["I've given up looking for work honestly", "hopelessness"],
    ["pretty much given up on everything", "hopelessness"],
    ["will probably need to leave the flat unless I get some shifts", "may lose their home"],
    ["might be forced to move out, can't afford the rent", "may lose their home"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["not good", "low mood"],
    ["Not great at maths honestly, can the course help?", "low mood"],
    ["I'll never get a job if I stay in bed all day lol", "hopelessness"],
    ["I used to think I'd never get a job but I start Monday", "hopelessness"],
    ["Lost at pool again, feel like a joke haha", "feels worthless"],
    ["like nothing else, the new job", "feels worthless"],
    ["my room is a mess lol", "not coping"],
    ["drowning in paperwork for the new job", "not coping"],
    ["thought about taking my tablets earlier but no, I'll take them at tea", "spoke of harm, then said they would not"],
    ["thought about the pills for a sec but no, the GP says wait for the review", "spoke of harm, then said they would not"],
    ["no sleep again, the baby's teething", "not eating or sleeping"],
    ["no sleep again, neighbours partying till 4", "not eating or sleeping"],
    ["given up on the job search for today, off to the park", "hopelessness"],
    ["Giving up smoking this month", "hopelessness"],
    ["might have to move out for a week while the kitchen is redone", "may lose their home"],
    ["might have to move out if I get the job in Leeds", "may lose their home"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
