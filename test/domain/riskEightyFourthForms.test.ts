// Risk typed in the middle of a job task (src/domain/risk/taskAnswersFragmentsAndFormFieldsPatterns.ts):
// still around by the interview and hoping not, a scan that finds something and then that is that,
// those thoughts you know about, the 7.40 to step in front of, pills and whisky as the exit plan, the
// last week so close the file, a bare friday and do not talk me out of it, tried before and better this
// time, tablets saved and counted, calls to everyone to say thank you for everything, over the railings
// and pulled back, dressings under the sleeves, a throat to cover and do not ask, not allowed mates and
// the library the only place, ring when he is at work so I can speak; no point in writing a cv, no
// dreams left, I will muck it up as usual, no idea if I will have a flat by june, a fiver till payday,
// nobody for next of kin, my mind a mess and the call missed, feeling low with the knock backs, the
// recruiter had better mind his back. Our own examples, with look-alikes of our own: a late shift, a
// scan that explains the pain, ideas for the cv, a selfie in front of the bus, a hangover plan, the last
// week of the course, a haircut on friday, the sourdough tried last year, the pharmacy stock count, a
// wedding thank-you, the climbing wall, a rugby dressing, a neck tattoo, a hostel's rules, a baby
// asleep, a cv with a job offer, a pension goal, burnt icing, a house move, a shift from 9 till the
// 5th, a closed company, a wedding in my head, the team's result, a bad back.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis typed in the middle of a job task', () => {
  it.each([
    ["Interview is on Monday if I'm still around. Honestly hoping I'm not.", 'wishes to be dead'],
    ["Course starts in May if I am still here, rather not be to be fair", 'wishes to be dead'],
    ["Half hope the scan shows something serious and then that is that.", 'wishes to be dead'],
    ["I keep hoping the blood tests come back with something terminal, then no more.", 'wishes to be dead'],
    ["Step one: get to Friday without the dark thoughts. You know which ones.", 'thoughts of suicide'],
    ["Those feelings are back, the ones we talked about last time.", 'thoughts of suicide'],
    ["Thought about stepping in front of the 7.40 this morning.", 'thinking about a way to end their life'],
    ["Could just walk under the number 12 instead of catching it.", 'thinking about a way to end their life'],
    ["Sleeping pills and whisky, that's my exit plan.", 'thinking about a way to end their life'],
    ["Got a box of paracetamol in the drawer, that's my way out.", 'thinking about a way to end their life'],
    ["This will be my final week, you can close my file.", 'intends to end their life'],
    ["It's my last weekend so no need to book anything in.", 'intends to end their life'],
    ["This Friday. Don't bother trying to talk me out of it.", 'a plan to end their life'],
    ["Tomorrow night. Nobody can stop me.", 'a plan to end their life'],
    ["Tried two years ago and it failed, I'll get it right this time.", 'preparing to end their life, or a past attempt'],
    ["I tried before and woke up in hospital. Going to make sure this time.", 'preparing to end their life, or a past attempt'],
    ["Been saving the sleeping pills up, must be forty of them now.", 'preparing to end their life, or a past attempt'],
    ["I've put the painkillers aside, nearly 80 so far.", 'preparing to end their life, or a past attempt'],
    ["Texted all my friends to say sorry for everything, none of them replied.", 'preparing to end their life, or a past attempt'],
    ["Phoned my family to tell them how much they meant, they thought it was sweet.", 'preparing to end their life, or a past attempt'],
    ["Stood on the wrong side of the railings at the viaduct till the police talked me down.", 'preparing to end their life, or a past attempt'],
    ["Got over the barrier on the car park roof and a security guy pulled me back.", 'preparing to end their life, or a past attempt'],
    ["Dressings up my sleeves again, that's why I kept my jacket on.", 'self-harm'],
    ["Keep having to hide the bandages from everyone at the job club.", 'self-harm'],
    ["Need to hide my throat for the photo on Monday. Don't ask.", 'abuse or violence'],
    ["Got to cover up the marks on my neck before the induction, it's complicated.", 'abuse or violence'],
    ["I'm not allowed mates. The library is the only place I get to go.", 'coercive control'],
    ["Not allowed to see my friends, only allowed out for the school run.", 'coercive control'],
    ["Ring on Wednesday morning, my husband is at work then so I can speak.", 'coercive control'],
    ["I can only chat when my boyfriend is out, sorry.", 'coercive control'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "If I am still about in town after the interview I will pop in, hoping not to be late.",
    "Half hope the scan shows something so they can treat it and that is that.",
    "Those ideas for the cv, you know the ones we talked about?",
    "Took a selfie in front of the bus for my mate lol",
    "Paracetamol and water, that's my hangover plan for Sunday.",
    "This is my last week on the course so cancel Friday's slot please.",
    "Friday. Don't try and change my mind, I'm getting the haircut.",
    "Tried the sourdough last year and it didn't work, might do it better this time.",
    "Stock take at the pharmacy, we got the tablets together, about 60 boxes now.",
    "Rang everyone to say thanks for everything after the wedding.",
    "Climbed over the top at the climbing wall and the instructor talked me down, scared of heights.",
    "Bandages under my shirt from the rugby, sorry for fidgeting.",
    "Need to cover my neck tattoo for the interview, long story.",
    "Not allowed visitors at the hostel, the job club is the only place I go in the day.",
    "She is asleep so I can talk now, the baby finally went down.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern typed in the middle of a job task', () => {
  it.each([
    ['What is the point in writing a cv', 'hopelessness'],
    ['Honestly no point sending applications any more', 'hopelessness'],
    ["Dreams? Haven't got any left.", 'hopelessness'],
    ["Ambitions, I don't have any these days.", 'hopelessness'],
    ["I'll only muck it up as usual.", 'feels worthless'],
    ["I know I'd screw the interview up like every time.", 'feels worthless'],
    ["Home address? No idea if I'll still have a flat by June.", 'may lose their home'],
    ["Put the landlord's address down, might not have a room in a few weeks.", 'may lose their home'],
    ["Money's the problem, I'm down to a fiver till payday.", 'money worries'],
    ["Skint, I have 4 quid to last me until the 28th.", 'money worries'],
    ["Next of kin? There is nobody.", 'feels alone'],
    ["Emergency contact, I haven't really got anyone.", 'feels alone'],
    ["My mind is a mess lately, missed the call again.", 'not coping'],
    ["My head has been scrambled all week, keep forgetting things.", 'not coping'],
    ["Feeling really flat, another no from the warehouse.", 'low mood'],
    ['The knock backs are getting to me now.', 'low mood'],
    ['That recruiter who never rang back had better mind his back', 'joked about hurting someone'],
    ['The manager who binned my application better watch herself 😂', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['No point doing a cv, I already got the job offer', 'hopelessness'],
    ["Goals? Saving for my pension, don't have one any more since I moved jobs.", 'hopelessness'],
    ["I'd just mess the icing up like always lol", 'feels worthless'],
    ['Not sure what address I will have in March as we are moving house.', 'may lose their home'],
    ['I have 9 till the 5th on the rota, then a week off.', 'money worries'],
    ["References? Don't have anyone from my last job, the company closed.", 'feels alone'],
    ["Head's all over the place with the wedding, sorry I forgot to reply!", 'not coping'],
    ['Bit down today about the team result, the knock backs in football get to you.', 'low mood'],
    ['You better watch your back lifting those boxes.', 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
