// Answers typed inside the coach's steps (src/domain/risk/stepAnswersBusStopsAndKettleSteamPatterns.ts):
// fine if the lorry did not brake for them, wanting it over "not the job, me", hoping to get sick so as
// not to go on, the dark thoughts about not being here back, daydreaming about ending it all, no next
// week for them, not around to pay the overpayment back, the appointment skipped with it set for the
// night before, the phone handed back and then that is them done on friday, more this time so it works,
// a hand over the hob to feel something, waiting outside the gates for the one who grassed, a bus
// shelter tonight once the sofa went, days without food and water to fill up; same as yesterday and
// tomorrow, every step back to square one, plans are for people with a future, who would hire me, a
// can first for the nerves, fine after a pint, drinking before lunch, the pub the only place, an
// address by then, the gas bill skipped, running on no sleep, talk to someone "but who", lost my get up
// and go, a wobbly moment on the bridge, in the papers lol, better hope, an ambulance next time. Our
// own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis typed as an answer inside the coach’s steps', () => {
  it.each([
    ["Anything else? Only that I'd be fine if the lorry didn't brake for me some morning.", 'wishes to be dead'],
    ['I would not mind if a train did not stop in time one day.', 'wishes to be dead'],
    ['Truthfully I just want it all over. Not the job search. Me.', 'wishes to be dead'],
    ['I keep hoping I get sick so that I do not have to keep going.', 'wishes to be dead'],
    ["What got in the way: those old thoughts again, about not being here.", 'thoughts of suicide'],
    ["I fantasise about ending it all and then I go and fill in another application.", 'thoughts of suicide'],
    ["Goal for next week? There won't be a next week for me.", 'intends to end their life'],
    ["Don't chase the overpayment, I won't be around to pay it.", 'intends to end their life'],
    ["No point going to the assessment on the 12th, I've got everything planned for the night before.", 'a plan to end their life'],
    ['Plan: return the uniform, hand the keys back, then that is me finished on friday.', 'a plan to end their life'],
    ["Didn't work last time so I'm saving up double so it works.", 'a plan to end their life'],
    ['I put my hand on the hob till it burns, it is the only thing that helps.', 'self-harm'],
    ['Held my arm against the radiator to feel something again last night.', 'self-harm'],
    ["First step is hanging around outside his house for the lad who reported my brother.", 'harm to someone else'],
    ["Couch fell through and his girlfriend wants me gone, a doorway tonight.", 'no safe place, food or power tonight'],
    ["Not had a meal in five days, just water to fill my stomach.", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'd be fine if the bus didn't stop at my road, I can walk from the corner.",
    'My brother wants it over, not the course, his marriage.',
    "I hope I get sick pay so I don't have to go on the shift without money.",
    'In the book the hero has dark thoughts about not going on, good read.',
    'My mate daydreams about ending the whole thing with his girlfriend.',
    "I've been thinking about ending the contract with the agency.",
    "There won't be a christmas party for me, I'm on shift.",
    "I won't be here to sign for the parcel, I'm on holiday.",
    "I'm not bothering with the bus, I've got a taxi booked for the night before.",
    'Hand the laptop back, then that is me done on friday, new job starts monday.',
    "The hayfever tablets didn't work, I'll take double this time so it works.",
    'I held my hands over the fire to warm them, freezing in the flat.',
    "I'm going to wait outside the school for the teacher who reported the bullying, to thank her.",
    "We're camping, park bench for lunch, tent tonight, my sofa's at my sister's.",
    'Date at the park bench tonight, my sofa is being delivered at last.',
    "I haven't eaten in three days because of the bug, just water to fill up.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern typed as an answer inside the coach’s steps', () => {
  it.each([
    ['3/10. Same as yesterday, same as tomorrow.', 'hopelessness'],
    ['Every plan I make ends up back at square one anyway.', 'hopelessness'],
    ['Plans are for people who have a future.', 'hopelessness'],
    ['Who would hire me, 52 and a record.', 'feels worthless'],
    ["Appointment at 2 so I'll have a can first for my nerves.", 'drinking or drugs to cope'],
    ["How sure? 5. I'm always alright after a pint.", 'drinking or drugs to cope'],
    ['Got in the way: I was on the cans before lunch again.', 'drinking or drugs to cope'],
    ["The bookies is the only place I can switch off, so I'm there most days.", 'drinking or drugs to cope'],
    ["When? Depends if I've still got a roof over my head next month.", 'may lose their home'],
    ['Missed the gas bill so I can pay for the train to the interview.', 'money worries'],
    ['Running on barely any sleep again this week.', 'not eating or sleeping'],
    ['Step two: talk to a friend. Like who?', 'feels alone'],
    ["I've lost all my get up and go lately.", 'low mood'],
    ['Had a wobbly moment on the bridge but walked on.', 'spoke of harm, then said they would not'],
    ['If they stop my money once more I will end up in the papers lol', 'joked about hurting someone'],
    ['The old boss had better hope I never bump into him haha', 'joked about hurting someone'],
    ['If that agency rings again they will need an ambulance', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['Same rota as last week, same as next week.', 'hopelessness'],
    ['All roads lead to Rome, my nan used to say.', 'hopelessness'],
    ['Goals are for the football team, I just watch lol.', 'hopelessness'],
    ['Who would want me to work christmas day?', 'feels worthless'],
    ["Interview at 10 so I'll have a cup of tea first to calm my nerves.", 'drinking or drugs to cope'],
    ["I'll be fine after a cup of tea.", 'drinking or drugs to cope'],
    ['No coffee before noon, doctor said.', 'drinking or drugs to cope'],
    ["I work in the pub, it's the only place hiring round here.", 'drinking or drugs to cope'],
    ['Depends if I still have a room booked at the hotel by then.', 'may lose their home'],
    ['My mum is skipping the water bill to pay for the catalogue.', 'money worries'],
    ['My cousin is running on no sleep with the new baby, bless her.', 'not eating or sleeping'],
    ['Running on no sleep after the stag do, worth it lol.', 'not eating or sleeping'],
    ['Step: talk to someone at the council about the form. Who though?', 'feels alone'],
    ["My dad's get up and go has got up and gone since he retired.", 'low mood'],
    ['Had a dark moment on the platform when the lights went out, power cut.', 'spoke of harm, then said they would not'],
    ["If the interview goes well I'll be on the news lol, it's for the BBC.", 'joked about hurting someone'],
    ['The dog needs a dentist next time, one more tooth is chipped.', 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
