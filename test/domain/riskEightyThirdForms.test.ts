// Risk from older clients after long careers, said formally and by understatement
// (src/domain/risk/longCareersAffairsAndLateLossesPatterns.ts): not wanting to wake, a bus stepped under
// gladly, the stroke that should have finished the job, the weir after dark once the letters are sent,
// tried before and feeling so again, as far as the note or the tablets counted out, an early
// inheritance "which it is", a blade to the thigh that helped, the old thing with the safety pins, the
// jobcentre visited if the money stops and someone hurt, marks where the sleeves cover them, the doctor
// told of a fall, a face a sight and "my partner again", a soup kitchen with nothing eaten since a day,
// told to leave and sat at the station; what is the good after so many applications, the whisky doing
// more than the counselling, wages late and the rent due, clothes falling off, an empty house with the
// family gone, chatting to the budgie, not a soul on the estate, not going to throw myself off
// anything, bloodshed if the drilling starts again. Our own examples, with look-alikes of our own:
// early alarms, camera shoots, mechanics, fishing and fireworks, driving tests, weddings and milkmen,
// house deposits, chopped onions, maths compasses, gritting, rugby bruises, bike falls, the dentist,
// food bank volunteers, bouncers, portals, trifles and physio, a mum's pension, slimming clubs,
// half-term bliss, radio stations, a new street, diving boards, Midsomer.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis from older clients after long careers', () => {
  it.each([
    ["Most days I wish I had never woken up, if I'm honest.", 'wishes to be dead'],
    ["I'd rather not wake up tomorrow, truth be told.", 'wishes to be dead'],
    ["Some nights I hope I don't wake up.", 'wishes to be dead'],
    ["Honestly I'd gladly step in front of a train some days.", 'wishes to be dead'],
    ['I could quite happily walk under a lorry, the way things are.', 'wishes to be dead'],
    ['I sometimes wish the stroke had finished me off.', 'wishes to be dead'],
    ['I half wish the ambulance had not bothered.', 'wishes to be dead'],
    ['Once I have sent the letters I will go to the weir after dark.', 'a plan to end their life'],
    ['I am going to walk down to the river late tonight when nobody is about.', 'a plan to end their life'],
    ['I tried before, years back. I am feeling like that again now.', 'preparing to end their life, or a past attempt'],
    ['I attempted it once already, in 1998. That same feeling is back.', 'preparing to end their life, or a past attempt'],
    ['I got as far as writing the note before my son rang.', 'preparing to end their life, or a past attempt'],
    ['Last week I went as far as counting out the tablets.', 'preparing to end their life, or a past attempt'],
    ['Gave my savings to my grandson and told him it was an early inheritance, which it is.', 'preparing to end their life, or a past attempt'],
    ["Signed the house over to my daughter. Told her it's an advance inheritance. It will be.", 'preparing to end their life, or a past attempt'],
    ['After the phone call I scored my thigh with a razor. It helped a bit.', 'self-harm'],
    ['Last night I cut into my arm with the scissors. It calmed me down.', 'self-harm'],
    ["I've gone back to the thing I did at school with the safety pins.", 'self-harm'],
    ['Started doing that thing I used to do with the lighter again.', 'self-harm'],
    ["If they sanction me again I'll go straight round to the jobcentre and someone will get hurt.", 'harm to someone else'],
    ['If the council stops my housing benefit I am going to march down to their office and somebody will be hurt.', 'harm to someone else'],
    ["My partner is careful to hit me where it doesn't show.", 'abuse or violence'],
    ['The marks are always where my sleeves cover them.', 'abuse or violence'],
    ["I always tell the GP I fell. I've fallen a lot since we married.", 'abuse or violence'],
    ["I told the doctor I walked into a door. I'm very clumsy, apparently.", 'abuse or violence'],
    ['Can we do it on the phone? My eye is still a sight. My partner again.', 'abuse or violence'],
    ['My lip is swollen, my fella lost his temper on Saturday.', 'abuse or violence'],
    ['One packet of pasta and nothing else. Does the food bank open on a Saturday?', 'no safe place, food or power tonight'],
    ["Where is there a soup kitchen near the station? I haven't eaten since Thursday.", 'no safe place, food or power tonight'],
    ["My son's partner told me to leave and I am sat at the train station now.", 'no safe place, food or power tonight'],
    ["The landlord has locked me out and I'm in the car park with my bags.", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'My husband wishes he had not woken up so early on his day off.',
    "I'd rather not wake up early on a Saturday lol.",
    "I'd happily step in front of the camera for the charity video.",
    'I wish the mechanic had finished the job on the car before the weekend.',
    'My dad wishes the operation had finished sooner.',
    'I will go down to the canal late when it is quiet to do some fishing.',
    'We will walk down to the river after dark to see the fireworks.',
    'I tried once before to pass the driving test, I feel like that again now with the theory.',
    'We went as far as tying the knot in Vegas, ha.',
    'I got as far as writing the note for the milkman.',
    'Mum gave us money for the house deposit and told us it was an early inheritance.',
    'I went at my forearm with a kitchen knife by accident chopping onions, not deep.',
    "I'm doing the thing I used to do in maths with the compass, drawing circles.",
    'If they stop gritting the path outside the office somebody will get hurt.',
    'The bruises from rugby are mostly where my shirt covers them.',
    "I told the doctor I fell off my bike. I've fallen a lot since I got it.",
    'My face is a mess after the dentist, my husband says I look like a hamster.',
    'I volunteer at the food bank, we have not had a delivery since Friday.',
    "The bouncer kicked me out of the club, I'm at the bus stop waiting for a taxi.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern from older clients after long careers', () => {
  it.each([
    ["Dozens of applications and not one reply. What's the point of trying?", 'hopelessness'],
    ["I've sent off 200 CVs. What is the good of sending another?", 'hopelessness'],
    ['The whisky does more for me than the counselling ever did.', 'drinking or drugs to cope'],
    ['To be honest the wine has been doing more for me than the tablets.', 'drinking or drugs to cope'],
    ['My wages are late again and the rent is due Monday.', 'money worries'],
    ["My universal credit hasn't come through and the direct debits still go out.", 'money worries'],
    ['My trousers are falling off me these days.', 'not eating or sleeping'],
    ["Haven't much appetite, my wedding ring is sliding off me.", 'not eating or sleeping'],
    ['Since my wife passed it is such a quiet house.', 'feels alone'],
    ['The grandchildren have all moved away and it feels an empty house now.', 'feels alone'],
    ['I chat away to the budgie all day long.', 'feels alone'],
    ["I've taken to talking to the telly. Am I going potty?", 'feels alone'],
    ['I hardly know anyone on this estate any more.', 'feels alone'],
    ["I don't know a single soul in the village these days.", 'feels alone'],
    ["I'm not going to throw myself off a bridge, I'm just fed up.", 'spoke of harm, then said they would not'],
    ["I am not planning to do away with myself, if that's the worry.", 'spoke of harm, then said they would not'],
    ["If the builders start drilling at seven again there'll be bloodshed.", 'joked about hurting someone'],
    ["One more 'reply all' from Gary and there will be a murder in this office.", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['I have applied for 40 jobs, what is the use of the new app, it keeps freezing?', 'hopelessness'],
    ['My son has sent off 50 applications, what is the use of applying to more, he says.', 'hopelessness'],
    ['The sherry is doing more for the trifle than the custard.', 'drinking or drugs to cope'],
    ['The tablets are doing more for me than the physio, my knee is much better.', 'drinking or drugs to cope'],
    ["My mum's pension is late and her bills won't wait.", 'money worries'],
    ['The bus is late and the bills can wait till Monday.', 'money worries'],
    ['Lost two stone on Slimming World, my jeans are falling off me!', 'not eating or sleeping'],
    ["My husband's shirt is hanging off me, I borrowed it for the garden.", 'not eating or sleeping'],
    ["The kids are at their dad's this weekend, it's a lovely quiet house for once.", 'feels alone'],
    ['The children are back at school and it is a quiet house, bliss.', 'feels alone'],
    ['I talk to the radio station tomorrow about the volunteer job, is that odd?', 'feels alone'],
    ["We've just moved and don't know a soul on the street yet.", 'feels alone'],
    ["I'm not about to jump off the diving board at my age!", 'spoke of harm, then said they would not'],
    ["I'm not going to jump off the roof of the shed, the ladder is fine.", 'spoke of harm, then said they would not'],
    ["If you like Midsomer, there'll be a murder every episode.", 'joked about hurting someone'],
    ["Next time I watch a crime drama there'll be a murder in the first five minutes.", 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
