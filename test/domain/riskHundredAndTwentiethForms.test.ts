// An eighteenth plain mix: risk said in passing, in the middle of everyday talk
// (src/domain/risk/plainMixDoorwaysMonthsWorthAndSquaringUpPatterns.ts): definitely going to do it this
// time, with a laugh; no more trying, no more me; sat in a shop doorway; what would happen if I took all my
// sleeping tablets in one go; what's the point, even the volunteering place said no; squaring up to the
// self-checkout; there'll be a body in the garden; the overdraft and the catalogue keep growing; the
// tablets upped and still feeling low; days without seeing a soul; the landlady wants us gone.
// Our own examples, with look-alikes of our own: couch to 5k, this time; no more me time; a doorway out of
// the rain waiting for the bus; a missed dose; the use of a cover letter; square up the bus fare; blood
// tests at the medical; savings that keep growing; drowsy on sertraline; not a soul on the dog walk; the
// gas safety check.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said in passing in an eighteenth plain mix', () => {
  it.each([
    ["Honestly I'm definitely going to do it this time haha, not messing.", 'intends to end their life'],
    ['I will do it this time. Not messing. Sorry about the CV stuff.', 'intends to end their life'],
    ['Decided. No more trying, no more me.', 'intends to end their life'],
    ["After Friday there'll be no more me, sorry", 'intends to end their life'],
    ["I'm sat in a shop doorway near the station, where do I go?", 'no safe place, food or power tonight'],
    ['Slept in a doorway on Main Street, is there a shelter round here?', 'no safe place, food or power tonight'],
    ['What would happen if I took all my sleeping tablets in one go?', 'thinking about a way to end their life'],
    ['what happens if u down a full box of co-codamol at once', 'thinking about a way to end their life'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'm actually going to do it this time, couch to 5k starts Monday lol",
    "My turn to ring them, I'll do it this time.",
    // The everyday answer to the coach's review ("will you try again this week?").
    "yeah ill do it this time",
    "I'm going to do it this time, promise, I've got the number now.",
    'No more me time now the new job starts, ha.',
    'No more me chasing recruiters, they can call me.',
    "I'm in a doorway out of the rain waiting for the bus, can you hear me?",
    'The lad who sleeps in the doorway by the bank looked frozen today.',
    'What happens if I miss a dose of my antidepressants before the interview?',
    'What happens if I take my tablets late on a night shift, all at once with tea?',
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said in passing in an eighteenth plain mix', () => {
  it.each([
    ["What's the point, even the volunteering place said no.", 'hopelessness'],
    ["Got another rejection. What's the use honestly.", 'hopelessness'],
    ['The self-checkout keeps saying unexpected item, me and it are gonna square up', 'joked about hurting someone'],
    ["If the printer jams one more time I'm throwing hands lol", 'joked about hurting someone'],
    ["If my neighbour's dog barks at 5am again there'll be a body in the garden lol", 'joked about hurting someone'],
    ['Whoever keeps nicking my milk from the staff fridge, there will be a murder', 'joked about hurting someone'],
    ['The overdraft and the catalogue just keep growing every month.', 'money worries'],
    ['Owe the credit union and the gas, the arrears keep going up.', 'money worries'],
    ['Been on citalopram three months, doubled it, still feel empty.', 'low mood'],
    ["They upped my tablets to 20mg and I'm still feeling low.", 'low mood'],
    ['Since the divorce I can go days and not see a soul.', 'feels alone'],
    ['Nobody calls, I hardly speak to a single person all week.', 'feels alone'],
    ["Landlady wants us gone by Christmas, she's selling.", 'may lose their home'],
    ["Letting agent told me to leave by the end of March so the owner's daughter can move in.", 'may lose their home'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["What's the use of a cover letter if they only read the CV?", 'hopelessness'],
    ['Whats the use case for LinkedIn premium?', 'hopelessness'],
    ['Can we square up the bus fare money on Friday?', 'joked about hurting someone'],
    ['Lost a 1v1 on FIFA to my nephew last night', 'joked about hurting someone'],
    ['Medical next week, there will be blood tests and a hearing check.', 'joked about hurting someone'],
    ['Murder mystery night at the community centre, there will be a body in the library apparently!', 'joked about hurting someone'],
    ['My savings keep growing since I started the part-time job!', 'money worries'],
    ['The news says energy bills keep going up in April.', 'money worries'],
    ['GP upped my sertraline, I still feel a bit drowsy in the mornings so can we do afternoons?', 'low mood'],
    ['On antibiotics for a chest infection, still feel rubbish', 'low mood'],
    ["Went to the jobs fair, didn't see a soul I knew, it was packed", 'feels alone'],
    ["Out walking the dog at 6am, didn't see a soul, lovely and quiet.", 'feels alone'],
    ['The landlord gave us notice of the gas safety check on Monday.', 'may lose their home'],
    ["Estate agent wants us out of the way for the photos on Friday, it's a nice flat.", 'may lose their home'],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
