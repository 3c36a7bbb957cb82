// Answers to the coach's own questions with the risk said inside the answer
// (src/domain/risk/coachAnswersTracksClosedFilesAndAnsweredPhonesPatterns.ts): in front of the train, not on
// it; after friday you can close my file; when my nan passes, then me; everybody will be too distracted; the
// letters are written now; see you on the other side, I'm not staying; no roof over my head tonight; no self
// harming, lasted a week then relapsed; not burn myself the night before the assessment; picturing stabbing my
// ex and it scares me; when the money runs out, that's the plan; he has my online banking and takes my
// universal credit; my boyfriend took my passport and refuses to give it back; please don't text, my husband
// reads my messages. And, for concern: useless, that's all I am; couldn't get to sleep till 7am; a job just to
// have someone to talk to; the drinking's got out of control; vodka helps me sleep, a bottle every night;
// barely keeping going every day; a dark few days; smash up the job centre with a baseball bat, haha; my mood
// is rock bottom.
// Our own look-alikes: the bare day and time ("monday 6am train", "next tuesday", "new years eve"); a track
// shift with network rail; the file closed because the job came through; then me and the kids; everyone
// distracted so I can crack on with my CV; the note for school and the thank-you note; the other side of the
// interview; not staying at the hostel; the roof of the extension; not cutting corners or my hair; cut myself
// shaving; killing it at the interview; a payment plan; a scam; my sister has my birth certificate till the weekend; my son
// answers my phone because I'm deaf; call me old fashioned; asleep at 10am after a night shift; someone to
// talk to about my CV; too much coffee; my dad's drinking; a glass of wine to relax; the dark mornings; smash
// the interview; the old tiles with a hammer; a mood board. And the bare answers to the coach's own
// questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_NINTH_WHOLE_SETS } from '../../src/domain/risk/coachAnswersTracksClosedFilesAndAnsweredPhonesPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_NINTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said inside an answer to the coach', () => {
  it.each([
    ["friday 7am, i will be in front of the train not on it", "a plan to end their life"],
    ["the 8.15 into town. ill be on the railway line not on the train", "a plan to end their life"],
    ["after friday you can close my file", "a plan to end their life"],
    ["from next week you might as well delete my account", "a plan to end their life"],
    ["when my nan passes, then me", "a plan to end their life"],
    ["once the cat is put to sleep then it is my turn", "a plan to end their life"],
    ["christmas day. everybody will be too distracted", "a plan to end their life"],
    ["boxing day, the whole family will be preoccupied", "a plan to end their life"],
    ["the letters are written now", "preparing to end their life, or a past attempt"],
    ["wrote my goodbye letter. finally, it is done", "preparing to end their life, or a past attempt"],
    ["see you on the other side. not joking, i am not staying", "intends to end their life"],
    ["no really, i am not sticking around", "intends to end their life"],
    ["i do not have a roof over my head tonight", "no safe place, food or power tonight"],
    ["not sure if ill have a bed tonight", "no safe place, food or power tonight"],
    ["no self harming, lasted a week then relapsed", "self-harm"],
    ["stopped cutting, made it 3 weeks but then i did it again", "self-harm"],
    ["next time not burn myself the night before the assessment", "self-harm"],
    ["not harm myself before the appointment would be a start", "self-harm"],
    ["i keep picturing stabbing my ex and it scares me", "harm to someone else"],
    ["thinking about strangling my landlord every day. not joking", "harm to someone else"],
    ["once the bailiffs come and i can not pay, that is it then", "a plan to end their life"],
    ["when the money runs out that is the plan", "a plan to end their life"],
    ["he has my online banking and takes all my universal credit", "coercive control"],
    ["my husband knows my pin and empties my wages every week", "coercive control"],
    ["my boyfriend took my passport and refuses to give it back", "coercive control"],
    ["his family keep my papers locked away", "coercive control"],
    ["please do not text, my husband reads my messages", "coercive control"],
    ["she goes through my phone so email only", "coercive control"],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday answers with the same words.
    "monday 6am train",
    "monday 6am train, ill be on it by 6",
    "track shift monday, ill be on the tracks with network rail, not on the train",
    "the trains are on strike so not on it monday",
    "next tuesday",
    "new years eve",
    "got the job! after friday you can close my file",
    "starting at the warehouse next week, after that you can close my file",
    "after tuesday please close the case, i am moving to leeds",
    "when my shift ends, then me and the kids will go to the park",
    "once my mum gets home then me",
    "new years eve. everyone will be distracted so i can crack on with my cv in peace",
    "christmas, everybody will be busy",
    "finally wrote the note for school, it is done",
    "wrote the thank you note to the interviewer, finally done",
    "wrote the note to the landlord about the boiler. finally",
    "see you on the other side of the interview",
    "i am not staying at the hostel, seriously it is awful",
    "seriously i am not staying in this job",
    "no roof on the extension tonight, builders are late",
    "the car roof leaks so not driving tonight",
    "not cutting corners this time, managed 2 weeks then slipped back to old habits",
    "not cutting my hair, managed a month then did it again",
    "cut myself shaving before the interview, not a great look",
    "next time not cut myself in the kitchen before the interview",
    "imagining killing it at the interview",
    "i keep picturing strangling the weeds in the garden lol",
    "thinking about strangling my brother lol he ate my dinner",
    "end of the month, once rent is due and i can not pay, i will ask the council for help, that is the plan",
    "once i get paid i can pay the rent, that is the plan",
    "my mum has my bank card and takes the money for the bills because i asked her",
    "got scammed, they had my login and took my universal credit",
    "my sister has my birth certificate, she will give it back at the weekend",
    "the home office has my passport and will not give it back until the visa is done",
    "my son answers my phone for me because i am deaf, so do not ring, text please",
    "please do not ring, i am at work, my manager checks my phone",
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said inside an answer to the coach', () => {
  it.each([
    ["useless, that is all i am", "feels worthless"],
    ["call me a loser, that is what i am", "feels worthless"],
    ["could not get to sleep till 7am again", "not eating or sleeping"],
    ["only dropped off at 6am, missed the bus", "not eating or sleeping"],
    ["a job just to have someone to talk to", "feels alone"],
    ["i want to go to the group so i have got people to talk to", "feels alone"],
    ["the drinking has got out of control", "drinking or drugs to cope"],
    ["vodka helps me sleep, a bottle every night", "drinking or drugs to cope"],
    ["barely keeping going every day", "not coping"],
    ["barely making it through the week honestly", "not coping"],
    ["had a dark few days", "low mood"],
    ["it has been a dark time", "low mood"],
    ["going to smash up the job centre with a baseball bat haha", "joked about hurting someone"],
    ["want to batter their printer with a brick lol", "joked about hurting someone"],
    ["my mood is rock bottom", "low mood"],
    ["mood has gone through the floor", "low mood"],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    "call me old fashioned, that is what i am",
    "call me an idiot lol that is what i am",
    "fell asleep at 10am after my night shift",
    "the baby only slept till 6am",
    "i would like a job so i have got someone to talk to about the kids school run",
    "need someone to talk to about my cv",
    "not drinking so much coffee, it has got out of hand",
    "my dads drinking is out of control",
    "a glass of wine helps me relax",
    "wine helps me sleep, just the one",
    "barely getting through each module of the course",
    "dark mornings make it hard to get up",
    "it has been a dark few weeks with the clocks changing and the heating off",
    "ready to smash the interview lol",
    "going to smash the old tiles with a hammer lol",
    "my mood board is on the floor",
    "my sons mood is on the floor since his exams",
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
