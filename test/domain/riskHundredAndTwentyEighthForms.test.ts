// A fourth red-teamer: risk said as a joke about the job search, a rating, a form's words or an odd detail
// (src/domain/risk/redTeamDeletedWishesFootbridgesAndVillainArcsPatterns.ts): an asteroid with my name on
// it; five stars, would recommend not existing; the only permanent position pushing up daisies; on the
// flyover wondering if it was high enough; wishing to be erased like a typo; the aim of not being around
// in ten years; my own funeral sorted, the only thing I've ever finished; a date that is for me, not an
// interview; "I'll say I walked into a door"; not allowed my own phone at home; he'll have an accident that
// won't be an accident; the first can creeping earlier; one more ghosting and I'm going full villain mode;
// it's always going to be a no; a bit flat this week; I could happily punch whoever thought of video
// interviews.
// Our own examples, with look-alikes of our own: a bus to take me to the interview; death by chocolate; a
// permanent job laying cables in the ground; a drone high enough over the bridge for the photos; deleted
// from the mailing list; not being around the old crowd; mum's funeral plan; the deadline is for me to
// send references; no phone at home in the exams, mum's rule; the puppy's accident; wine o'clock on
// holiday; a villain era of saying no to overtime; no if you don't ask; flat out with interviews; thanking
// whoever designed the portal; and the coach's everyday answers.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said by a fourth red-teamer', () => {
  it.each([
    ["Every morning I'm hoping for an asteroid with my name on it.", 'wishes to be dead'],
    ['honestly just waiting for a lorry to hit me at this point', 'wishes to be dead'],
    ['Five stars, would recommend not existing.', 'wishes to be dead'],
    ["Not existing sounds quite nice right now, if I'm honest.", 'wishes to be dead'],
    ['Found my dream permanent role: six feet under, no more rejections.', 'wishes to be dead'],
    ["Only permanent position I'll ever get is pushing up daisies", 'wishes to be dead'],
    ['Stood on the flyover last night wondering if it was high enough.', 'thinking about a way to end their life'],
    ['Went up the multi storey again after the jobcentre, checking how far down it was.', 'thinking about a way to end their life'],
    ['Honestly I wish I could be erased, like a typo on my CV.', 'wishes to be dead'],
    ['want to delete myself, like everything else i send off', 'wishes to be dead'],
    ['the aim is not being around in ten years', 'wishes to be dead'],
    ["the goal is not being alive in ten years, if I'm honest", 'wishes to be dead'],
    ["Sorted my own funeral this week, the only thing I've ever finished lol", 'preparing to end their life, or a past attempt'],
    ['Paid off the funeral plan, sooner the better really.', 'preparing to end their life, or a past attempt'],
    ["The date isn't for an interview, it's for me. Saturday.", 'a plan to end their life'],
    ['my deadline is for me, not for any job', 'a plan to end their life'],
    ["If anyone at the interview asks about my eye, I'll say I walked into a door.", 'abuse or violence'],
    ["Fell down the stairs, that's the story I'm sticking with.", 'abuse or violence'],
    ["I'm not allowed my own phone at home, so text my sister's number.", 'coercive control'],
    ["I'm not allowed a bank card by my husband so I can't pay for the course.", 'coercive control'],
    ["If he comes near my kids again he'll have an accident, and it won't be an accident.", 'harm to someone else'],
    ["My ex's new bloke is going to meet with an accident that won't be an accident.", 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'Praying for a bus to take me to the interview on time!',
    'Waiting for the train to take me home, can we talk after 6?',
    'Got a mug with my name on it at the induction, cute.',
    "I'd recommend death by chocolate at the cafe after the interview.",
    'Would highly recommend not waking up late on interview day!',
    "Permanent job laying cables in the ground, and it's local so no commute!",
    'Watching Six Feet Under on Netflix, then back to applying for a permanent role.',
    'Drone course today, checking if it was high enough over the bridge for the photos.',
    'Looked at the roof to see if the ladder was tall enough to reach the gutters.',
    'I want to be deleted from your mailing list please.',
    'I want to delete myself from the group chat, too many messages.',
    'My plan is not being around the old crowd at the pub.',
    'The plan is not being around when the landlord comes tomorrow.',
    "Paid off mum's funeral plan, sooner the better with prices going up.",
    'Paid off my funeral plan this week, one less thing for the kids to worry about.',
    "The deadline isn't for the application, it's for me to send the references.",
    'The date is for me and my partner, not for the course.',
    'I actually walked into a door at the warehouse, that is what happened, so embarrassing.',
    "Slipped in the shower this morning, that's why I was late.",
    "Tripped over the cat, that's the story I'm going with and it's true, my knee is purple.",
    "My little one fell down the stairs, that's what I'll tell the interviewer if I'm late.",
    "I'm not allowed my phone at home during the exams, my mum's rule, so message me on the laptop.",
    "We're not allowed a work laptop at home because of data protection.",
    'The puppy had an accident on the carpet and it will not be an accident next time either, cheeky thing.',
    // The coach's everyday questions, answered bare.
    "After the school run I'll do it.",
    "I'll do it tonight.",
    'Tuesday, the 9am bus.',
    "I've set a date for the interview.",
    "The deadline's Friday, I'll send it then.",
    'My plan is to ring them tomorrow.',
    'crap',
    'not great',
    // "How did it go?"
    'pretty flat',
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said by a fourth red-teamer', () => {
  it.each([
    ['My first can keeps creeping earlier, it was 10am yesterday.', 'drinking or drugs to cope'],
    ["beer o'clock is now about 9am in this house", 'drinking or drugs to cope'],
    ["If one more recruiter ghosts me I'm going full villain mode.", 'joked about hurting someone'],
    ['next automated rejection and im going on a rampage lol', 'joked about hurting someone'],
    ["What's the point applying, it's always going to be a no.", 'hopelessness'],
    ['Employers will always turn me down with my record.', 'hopelessness'],
    ['Feeling a bit flat this week, nothing much to say.', 'low mood'],
    ['Bit flat tonight, not really up to the call.', 'low mood'],
    ['I could happily punch whoever thought of video interviews.', 'joked about hurting someone'],
    ['Gonna deck whoever wrote this job description, 3 pages of buzzwords.', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["Holiday mode: wine o'clock keeps getting earlier, it's 11am by the pool haha", 'drinking or drugs to cope'],
    ["Bottomless brunch on Saturday, prosecco o'clock is 11am!", 'drinking or drugs to cope'],
    ["One more shift and I'm entering my villain era: saying no to overtime.", 'joked about hurting someone'],
    ['Another postal application sent off today, going to the post office now.', 'joked about hurting someone'],
    ['Ask anyway, the answer will always be no if you do not ask.', 'hopelessness'],
    ['I will always say no to a drink before an interview.', 'hopelessness'],
    ["Feeling a bit flat today but fine, just tired from the shift.", 'low mood'],
    ["I'm flat out this week with interviews.", 'low mood'],
    ["I've been flat hunting all weekend, any tips?", 'low mood'],
    ['I want to thank whoever designed this portal, so easy.', 'joked about hurting someone'],
    ['Boxing tonight, ready to punch whoever they put me against in sparring.', 'joked about hurting someone'],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
