// Replies typed into the coach's weekly review and reminders, the risk often the reason an action was
// not done (src/domain/risk/reviewRepliesStairwellsAndReasonsToStayPatterns.ts): hoping to get sick
// enough not to go on, a list of reasons to keep going that came out short, the bridge catching their
// eye for the wrong reasons, not making the next session and not because of the job, none of it their
// problem by friday, the next check in not needed as they will not be around, a day chosen and
// something left for the kids, waiting until the children are at their mum's then doing it, the
// paramedics after what they did, their forearms cut up, kicking someone's head in, she must not find
// out they use this app, he has told everyone they are mad so nobody will believe them, no gas and no
// electric, the power off with pennies until payday, sleeping in a doorway where it is not safe; a page
// of nothing, like me; the bookies the only place they feel normal; a bender to forget it all; asleep at
// 5am every night; friends faded away; no one to share it with; barely managing the basics. Our own
// examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis typed as a reply to the weekly review or a reminder', () => {
  it.each([
    ["Didn't do it. Part of me was praying I'd be sick enough that I wouldn't need to keep going.", 'wishes to be dead'],
    ['Tried the exercise, wrote down reasons to keep going. Could not think of many.', 'thoughts of suicide'],
    ["The bridge on the way to the jobcentre keeps catching my eye, for all the wrong reasons.", 'thinking about a way to end their life'],
    ["Skip the next session, I won't make it, and it's not because of the job.", 'intends to end their life'],
    ['No point booking another check in, I will not be around for it.', 'intends to end their life'],
    ['Stop the texts please. After friday none of it will be my problem.', 'intends to end their life'],
    ["I've chosen the day, after the last payment goes through so that's sorted first.", 'a plan to end their life'],
    ["Decided on the 3rd, so I can leave some money for the kids.", 'a plan to end their life'],
    ["I'm waiting until the children are with their mum for half term and then I'll go through with it", 'a plan to end their life'],
    ['Paramedics were here on Sunday after what I did to myself, so no applications.', 'preparing to end their life, or a past attempt'],
    ['Not much done, my forearms are all cut up and I do not want anyone to see.', 'self-harm'],
    ["Missed it, I was in a cell. I kicked that lads head in outside the chippy.", 'harm to someone else'],
    ["Have to be quick, she must not find out I am using this app.", 'coercive control'],
    ["He's telling everyone I'm mental, nobody would believe me if I left.", 'coercive control'],
    ['No gas and no electric since Thursday, the kids are in coats.', 'no safe place, food or power tonight'],
    ["Meter's run out and I've got 40p until payday on the 28th.", 'no safe place, food or power tonight'],
    ["Sleeping in a shop doorway at the moment, it's not safe, people kick you.", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Hoping I'd be sick enough that I wouldn't have to go in to work on Monday lol.",
    'The list of reasons to stay in the job was short, so I am looking elsewhere.',
    'The trains are on my mind for all the wrong reasons, delayed again and the fares went up.',
    "I won't make it to the session, not because of work, the car broke down.",
    "Don't book the next review, I won't need it, I got the job!",
    "By friday none of this will be my problem, I am handing over to a new colleague.",
    "I've picked friday for the interview, so at least that's done first.",
    "I'll wait till the kids are at their dad's next weekend and then I'll paint the bedroom",
    'The ambulance came after what I did to my ankle on the ladder.',
    'My wrists are bandaged after the sprain, so typing is slow.',
    'In the game I smashed his face in with a guitar, it was brilliant.',
    "My partner doesn't know I use this app, it's a surprise for when I get a job.",
    'In the show she told everyone he was unstable, nobody would believe him.',
    'The power is off because of the storm, engineers say two hours.',
    'Security job now, I am stopping in the car park at night on patrol, freezing.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern typed as a reply to the weekly review or a reminder', () => {
  it.each([
    ['Read my CV back, a page of nothing, like me.', 'feels worthless'],
    ["The bookies, mostly. It's the only place I feel normal.", 'drinking or drugs to cope'],
    ['Went on a bender to forget it all and missed two appointments.', 'drinking or drugs to cope'],
    ['Got to sleep about 5am again. Every night the same.', 'not eating or sleeping'],
    ["My pals have kind of faded away since I lost the job.", 'feels alone'],
    ['Finished the course, but no one to share it with really.', 'feels alone'],
    ['Honestly barely keeping on top of the basics at the minute.', 'not coping'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["My brother looks nothing like me, people never believe we're twins.", 'feels worthless'],
    ["I work in the pub, it's the only place I feel normal at work haha.", 'drinking or drugs to cope'],
    ['Had a gym session to forget the week, felt great.', 'drinking or drugs to cope'],
    ['Fell asleep at 6am after my night shift, every night this week.', 'not eating or sleeping'],
    ['My friends and I drifted off to sleep watching the film.', 'feels alone'],
    ['The council office had no one to tell about the leak, so I rang the landlord.', 'feels alone'],
    ['The wheels are coming off the car, need a new one.', 'not coping'],
    ['I can barely manage the basics of Excel lol, need the course.', 'not coping'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
