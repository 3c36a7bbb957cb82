// Students', graduates' and first-jobbers' words (src/domain/risk/memeSpeakTerseEndingsAndDraftsPatterns.ts):
// undoing or alt-f4ing their own existence, staring at the railway line again and again, "gone
// before christmas" or "not making it to my 21st" said with resolve, a plan written as a list that
// ends at the bridge, thanking someone for everything "while i still can", deleting their accounts
// and giving the pet away, "my note is written", goodbye messages scheduled, the blade out of a
// sharpener, waiting outside to "teach him a lesson", torching the car of someone who wronged them,
// marks "from him, not the seatbelt", "smashed my laptop, then my jaw", a partner who makes them
// delete the guys or forbids a phone lock, "till it closes, then the streets", "tonight's the bus
// station"; the future as a progress bar that never moves, "turns out i'm actually a fraud", a
// frightening tolerance, hammered before noon, weed and cans as the survival kit of job hunting,
// "pay by friday or you're out", overdrawn by 600, weight dropping without trying, sleep and appetite
// both gone, three hours' sleep and "living the dream", nobody but this chat all week, single player
// mode irl, a phone silent for a week, everyday life hard to cope with, "my head has stopped
// responding", "current mood: wilted lettuce". Our own examples, and our own look-alikes.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in meme speak, terse endings and drafts', () => {
  it.each([
    ['cmd z on my entire existence please', 'wishes to be dead'],
    ['can someone just uninstall me', 'wishes to be dead'],
    ['alt f4 my life honestly', 'wishes to be dead'],
    ['i keep staring at the railway line from my bedroom window', 'thinking about a way to end their life'],
    ['caught myself eyeing the level crossing again on the walk home', 'thinking about a way to end their life'],
    ["wont make it to my 21st, i've decided", 'intends to end their life'],
    ['he will never see me graduate, i will be gone before finals, i swear', 'intends to end their life'],
    ['plan: last shift, post the keys, the bridge', 'a plan to end their life'],
    ['thanked my sister for everything tonight while i still can', 'preparing to end their life, or a past attempt'],
    ['wiped my insta and tiktok, the dog is staying with my nan now', 'preparing to end their life, or a past attempt'],
    ['my note is finished, it is under my pillow', 'preparing to end their life, or a past attempt'],
    ['scheduled my goodbye messages for sunday', 'preparing to end their life, or a past attempt'],
    ['got the blade out of a sharpener again', 'self-harm'],
    ['i will wait for him outside the gym and teach him a lesson', 'harm to someone else'],
    ['going to torch his car after what he did', 'harm to someone else'],
    ['the marks on my neck are from him not the seatbelt', 'abuse or violence'],
    ['my stepdad smashed my laptop and then my jaw', 'abuse or violence'],
    ['she made me delete all the guys from my snap', 'coercive control'],
    ["my girlfriend won't let me have a lock on my phone", 'coercive control'],
    ['college till it closes, then the streets', 'no safe place, food or power tonight'],
    ["mates sofa is gone now, tonight's the bus station", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'ctrl z my last message please, wrong chat',
    'uninstall me from the group chat please',
    'can you delete me from the mailing list',
    'delete my online existence, i want a fresh start for job hunting',
    'keep eyeing the train line job at network rail',
    'been thinking about the river island job in town',
    'not making it to graduation, decided to start the job in june instead',
    'if they give the promotion to him again i am not sticking around after that, i mean it',
    'plan is to apply for the bridge engineer role',
    'plan for saturday: train to whitby, fish and chips, the cliffs',
    'thanked everyone for everything at my leaving do',
    'thanked my mentor for everything, felt like the right time to move on',
    'deleted my tiktok, gave my old dog bed to the shelter',
    'my notes are written for the seminar',
    'goodbye message to the team is in my drafts',
    'wrote my goodbye post for the society instagram, i graduate next week',
    'took the sharpener apart to get the pencil lead out, it was stuck',
    'going to wait outside the studio and show them my portfolio',
    'bruises are from my toddler climbing on me',
    'the marks are from her nails at netball',
    'my brother broke my controller then my headphones',
    'my dentist cracked my filling then my tooth',
    'he deleted my linkedin post because a colleague spotted a typo',
    'no phone passwords allowed in the exam hall',
    'library till close then home',
    'tonights a bench press day',
    "tonight's a park run",
    'tonight is a car share to the interview',
    "date's set",
    "decision's made",
    'next thursday. all sorted',
    // Found while writing these: an older rule read a view and a playlist as a place to die.
    'keep staring at the river view from my new office',
    'keep staring at the tracks on my spotify wrapped',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in meme speak and terse strain', () => {
  it.each([
    ['my life is a progress bar that never moves', 'hopelessness'],
    ['turns out i am actually a fraud', 'feels worthless'],
    ['my drinking tolerance is getting scary', 'drinking or drugs to cope'],
    ['hammered before noon on a tuesday', 'drinking or drugs to cope'],
    ['weed and cans, the survival kit of job hunting', 'drinking or drugs to cope'],
    ['landlord says if i cannot pay the arrears by friday i am out', 'may lose their home'],
    ['overdrawn by 600 and the account is frozen', 'money worries'],
    ['dropped two dress sizes without meaning to', 'not eating or sleeping'],
    ['sleep is wrecked and my appetite has gone', 'not eating or sleeping'],
    ['3 hours sleep before my shift, living the dream', 'not eating or sleeping'],
    ['you are the only one i have talked to all week', 'feels alone'],
    ['my life is single player mode irl', 'feels alone'],
    ['my phone has not lit up for a week', 'feels alone'],
    ['i have been finding it really hard to cope with everyday life', 'not coping'],
    ['my head has stopped responding today', 'not coping'],
    ['current mood: wilted lettuce', 'low mood'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    'the interview process is a loading screen that never ends',
    'my life is a party that never stops',
    'imposter syndrome in among us, turns out i am actually the imposter',
    'my spice tolerance is insane',
    'my caffeine tolerance is concerning lol',
    'drunk by noon at my cousins wedding',
    'wine, cheese, crackers: the holy trinity of a night in',
    'my manager said if i do not hit targets by march i am out',
    'my dad keeps saying if i do not get a job by september i am out of excuses',
    'my sims balance is minus 300',
    'lost a stone without trying since i started cycling to work',
    'jet lag has my sleep schedule wrecked and my appetite all over the place',
    'only talked to you about the offer so far',
    'main character energy at the interview today',
    'my phone has not buzzed in days, are recruiters all on holiday',
    'i am finding it hard to manage day to day tasks in excel',
    'my brain has stopped responding after that exam',
    'mood: flat white and a croissant',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'may lose their home', 'money worries', 'not eating or sleeping', 'feels alone', 'not coping', 'low mood']) expect([...concern]).not.toContain(reason);
  });
});
