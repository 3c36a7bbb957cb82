// A sixth red-teamer: risk said indirectly, in euphemism, misspelt, buried in a long update, or behind a
// "no" (src/domain/risk/redTeamTennerAWeekOldRazorsAndSleepForeverPatterns.ts): my nan keeps my PIP and
// hands me a fiver a week; my husband still has my bank password and keeps moving money; she checks my phone
// so don't text after 7; I've been following him home, he'll get what's coming; somebody is going to get
// hurt and it won't be me; the usual habit with the blade, tucked among good news; the burns, I did them
// myself; a lighter on my forearm; cut myself on purpose; the passwords in an envelope for after; a note so
// the kids know it wasn't their fault; heading to the railway line tonight, fast trains; I'll have killed
// myself by then; can't wait till I can go to sleep forever; no one has texted me in weeks; Sunday was just
// me on my own again as usual; nobody to put as next of kin; all my hope has gone; I wouldn't employ me
// either; punching the next recruiter lol.
// Our own examples, with look-alikes of our own: mum takes my keep for board; my partner reads my emails out
// because I'm blind; following the company on LinkedIn; someone will get hurt on those stairs; the thing with
// the landlord; I cut my fringe myself; not on purpose; cake for after; a letter about the divorce; the level
// crossing made me late; I'll have done it by Friday; I could sleep forever after nights; nobody has rung me
// back; a quiet weekend on my own, bliss; who do I put as next of kin; Hope ran out to the shop; I'll murder
// a kebab. And everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS } from '../../src/domain/risk/redTeamTennerAWeekOldRazorsAndSleepForeverPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readBySets = (text: string): string[] => reasonsReadBy(HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS, text);

describe('crisis said indirectly, buried or behind a no', () => {
  it.each([
    ['my nan keeps all my pip and hands me a fiver a week', 'coercive control'],
    ['my brother has my bank card and only gives me 15 quid a week for everything', 'coercive control'],
    ['my husband still has my bank password and keeps moving money out', 'coercive control'],
    ['my ex knows my universal credit details and keeps cancelling my appointments', 'coercive control'],
    ["she checks my phone every night so please don't text after 7", 'coercive control'],
    ['my partner goes through my post, please never write to the house', 'coercive control'],
    ["I've been following him home from the warehouse every night. he'll get what's coming", 'harm to someone else'],
    ['i have started following my old supervisor home, she needs to learn her lesson', 'harm to someone else'],
    ["somebody is going to get hurt at that office next week and it won't be me", 'harm to someone else'],
    ["someone will get hurt at the assessment if they stop my pip, I mean it", 'harm to someone else'],
    ['cv is done, got an interview at the bakery, back to the usual habit with the blade at night, anyway the bus pass arrived', 'self-harm'],
    ['the old habit with the lighter is back, 3 weeks now', 'self-harm'],
    ['held a lighter on my forearm again last night till it blistered', 'self-harm'],
    ['been using a craft knife on my thighs where nobody looks', 'self-harm'],
    ['the burns on my arm? i did them myself', 'self-harm'],
    ['you asked about the bandages. I did it to myself, sorry', 'self-harm'],
    ["cut myself again last night, and it wasn't an accident", 'self-harm'],
    ['scratched myself raw on purpose after the phone call', 'self-harm'],
    ['put all my bank stuff and passwords in an envelope for my brother, for after', 'preparing to end their life, or a past attempt'],
    ['left a note in the drawer with my pin numbers for afterwards', 'preparing to end their life, or a past attempt'],
    ["wrote a note for my daughter so she knows it was never her fault", 'preparing to end their life, or a past attempt'],
    ["left letters for everyone so they know none of it was their fault", 'preparing to end their life, or a past attempt'],
    ['heading to the railway line tonight, the fast trains go through at 11', 'a plan to end their life'],
    ["I'll be at the level crossing at 6, trains every half hour", 'a plan to end their life'],
    ["don't book me on the course, I'll have killed myself by then", 'intends to end their life'],
    ["no need for the review, I will have ended it all before then", 'intends to end their life'],
    ["can't wait till I can go to sleep forever", 'wishes to be dead'],
    ['counting down the days until i can sleep and never wake up', 'wishes to be dead'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    'universal credit takes all my wages into account and gives me nothing',
    'my dad keeps my savings card and gives me 20 a week, it was my idea',
    "my partner has my login and keeps reading my emails out to me because I'm blind",
    'my mums friend has her bank password and keeps changing it',
    'my boss checks the emails so please do not send anything to my work address',
    "my mum opens my post when i'm away, i asked her to, so please do not worry",
    'been following the company on linkedin, hope they learn a lesson from their reviews',
    'my friend says her ex keeps following her home, he needs to learn a lesson',
    'someone is getting hurt at this rate lol, the kids are wrestling',
    'the thing with the landlord is sorted',
    'the thing with the scissors is they are blunt, can i borrow yours for the craft session',
    'did the thing with the compass for geometry, drawing circles all afternoon',
    'used a lighter on my arm hair by accident, smells awful',
    'the cuts in my fringe? i did it myself with kitchen scissors',
    'the plasters on the wall in the new flat, i did them myself',
    'my wrist strap broke, i did it myself',
    'burnt myself on the iron, not on purpose obviously, so clumsy',
    'hurt myself at the gym, it was an accident',
    'saving the cake in the fridge for after',
    'got the cards for after',
    "i will keep that question for after",
    'wrote my notes down for after',
    "wrote the kids a letter explaining the divorce so they know it wasn't their fault",
    'wrote a complaint letter so they know it was not my fault the parcel was late',
    'walking to the level crossing at 4, trains every 20 mins so the barrier made me late',
    'going to the railway station at 6 for the fast train to leeds',
    "i'll have done it by friday hopefully",
    "i'll have ended things with the gym by then",
    'counting down till i can sleep forever after these night shifts',
    'my nan says she cannot wait till she can sleep forever',
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    'for after',
    'after the interview, the 4 oclock train',
    // Read as crisis by these sets before the lead's review narrowed them.
    'he still has my login and keeps changing my cv, he is my careers adviser',
    'my brother still has my netflix login and keeps changing the profile pic',
    'following him home tonight, he needs to learn a lesson about leaving his bike unlocked',
    'the old habit with the lighter is back, smoking 20 a day again',
    'someone is getting hurt on that building site at this rate, dead serious',
  ])('%j is not read as crisis by these sets', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS, text));

  // Look-alikes these sets leave alone, though older rules still read them as crisis (their everyday
  // alarms, not this file's to lower).
  it.each([
    'my mum takes my wages for board and gives me 20 a week back, i asked her to',
    'my husband reads my emails out for me because of my dyslexia so please do not worry about the font',
    "someone is going to get hurt on those broken stairs, I mean it, the landlord won't fix them",
    'my sister keeps doing the thing with the razor again and i am worried',
    'used a razor on my legs for shaving before the interview',
    'the stitches on the hem, i did them myself',
    'cut myself shaving this morning, did not do it on purpose',
    'someone will get hurt on that icy path, i mean it, the council need to grit it',
    'used the scissors on my arm cast to get it off',
    'put the lighter on my arm of the sofa',
    'the burns on the toast, i did them myself, i am a terrible cook',
  ])('%j is not read by these sets', (text) => {
    expect(readBySets(text)).toEqual([]);
  });
});

describe('concern said quietly, or as a joke', () => {
  it.each([
    ['no one has texted me in weeks', 'feels alone'],
    ["nobody's called me for over a month", 'feels alone'],
    ['sunday was just me on my own again as usual', 'feels alone'],
    ['christmas was spent by myself again, same as always', 'feels alone'],
    ["there isn't anyone i can put down as next of kin", 'feels alone'],
    ['i have no one to put as my emergency contact', 'feels alone'],
    ['my hope ran out a long time ago', 'hopelessness'],
    ['ran out of hope a long time ago', 'hopelessness'],
    ["another rejection. i wouldn't employ me either", 'feels worthless'],
    ['not surprised, i would never pick me', 'feels worthless'],
    ["i'm punching the next recruiter who says exciting opportunity lol", 'joked about hurting someone'],
    ['im fighting the next recruiter who ghosts me jk', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS, text, 'concern', reason));

  it.each([
    ['nobody has rung me back about the warehouse job in weeks', 'feels alone'],
    ['no one from the agency has called me in a week', 'feels alone'],
    ['weekend was just me on my own again, bliss, got loads done', 'feels alone'],
    ['my kids were at their dads so it was a quiet one on my own, lovely', 'feels alone'],
    ['who do i put as next of kin on the new starter form', 'feels alone'],
    ['does the form need an emergency contact', 'feels alone'],
    ['hope ran out to the shop, she will be back soon', 'hopelessness'],
    ["i hope the interview went well, fingers crossed it's not run out of places", 'hopelessness'],
    ['i would hire me, i have loads of experience', 'feels worthless'],
    ["i wouldn't hire me either lol, turned up in trackies", 'feels worthless'],
    ['i could murder a kebab after that shift lol', 'joked about hurting someone'],
    ['gonna smash the next interview lol', 'joked about hurting someone'],
    ['i swear ill fight my landlord over the deposit', 'joked about hurting someone'],
    ['swear ill murder the next spider in the bath lol', 'joked about hurting someone'],
    ['going to kill the next couple of hours on indeed, i swear', 'joked about hurting someone'],
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'feels alone']),
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'hopelessness']),
  ])('%j is not read as %j by these sets', (text, reason) => {
    expect(readBySets(text)).not.toContain(reason);
  });
});
