// Clients in work or on a placement (src/domain/risk/workHarassmentPartnersAtWorkAndWageStrainPatterns.ts):
// a voice on the line saying to end it, thoughts of not being here getting stronger, the bleach or
// the pills at work that would do it, tools given away and loose ends tied, wrists a mess again before
// the medical, the warehouse torched with the gaffer inside, spat at or groped or told to kiss the
// supervisor for hours, a partner outside the depot checking they go straight home, phoning every half
// hour, making them quit or hand over the pay packet; given up hoping for a contract, things meant to
// get better with work and never did, everyone faster than them, cans before the shift, arrears and
// the room at risk, pay not in and debits bounced, owing the whole shift, too drained to eat, breaks
// spent hiding, sick before every shift, walking off it panicking. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in the words of the job', () => {
  it.each([
    ["on the tills there's a voice telling me to just end it all", 'thoughts of suicide'],
    ['the voices keep saying i should kill myself when im on nights', 'thoughts of suicide'],
    ['thoughts of not being here are getting stronger since they cut my hours', 'thoughts of suicide'],
    ['my urges about ending it all are back since i started probation', 'thoughts of suicide'],
    ["the bleach in the cleaning store would do it, wouldn't it", 'thinking about a way to end their life'],
    ['them pills in the first aid box could finish me off i reckon', 'thinking about a way to end their life'],
    ['gave all my tools to the apprentice and paid off what i owed, just tying up loose ends', 'preparing to end their life, or a past attempt'],
    ['emptied my locker, settled my tab, gave my gloves away to the new girl. putting things in order', 'preparing to end their life, or a past attempt'],
    ['my wrists are a right mess again, will the nurse at the medical see?', 'self-harm'],
    ['my thighs are cut up again and the summer uniform is shorts', 'self-harm'],
    ["i'd torch that warehouse with the gaffer still inside, i mean it", 'harm to someone else'],
    ['want to set fire to the office with him locked in', 'harm to someone else'],
    ['a customer spat in my face at the till and nobody did anything', 'abuse or violence'],
    ['the lads on site keep calling me racist names every shift', 'abuse or violence'],
    ['the supervisor told me to kiss him if i want my hours back', 'abuse or violence'],
    ['the manager keeps touching me up in the stock room', 'abuse or violence'],
    ['my boss grabbed my bum in the cellar again', 'abuse or violence'],
    ['my husband sits outside the depot every shift to check i go straight home', 'coercive control'],
    ['my girlfriend waits in the car park watching who i talk to on my break', 'coercive control'],
    ['my husband made me quit the care job because of the men on nights', 'coercive control'],
    ['she made me give up the placement cos there were lads there', 'coercive control'],
    ["my boyfriend texts me 30 times a shift and the supervisor's noticed", 'coercive control'],
    ["he phones the warehouse every half hour to check i'm there", 'coercive control'],
    ['my fella makes me hand over my pay packet every friday', 'coercive control'],
    ['she makes me transfer all my wages to her the day they go in', 'coercive control'],
    ['that drop off the mezzanine could be enough', 'thinking about a way to end their life'],
    ['my wife will not let me work late in case i meet someone', 'coercive control'],
    ['my ex has been waiting outside the factory gates every night', 'coercive control'],
    ['i have to facetime him every break or he thinks im cheating', 'coercive control'],
    ['the head chef pinned me against the freezer door', 'abuse or violence'],
    ['a delivery driver keeps following me home after my shift', 'abuse or violence'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'the voice on my fitness app keeps saying just finish it, one more rep lol',
    'the thoughts of ending it with my boyfriend are back',
    'the bleach in the store room would do it for the mould in the showers',
    'the chemicals in the cupboard could do it, the grease on that oven is awful',
    'handed in my notice, gave my boots to the new lad, tying up loose ends before the new job',
    'paid off the van, gave my tools to my brother, tying things up before we emigrate',
    'my arms are a mess again from the brambles on site',
    'my legs are in a right state again after leg day at the gym',
    'in the game you can burn the base down with the enemy inside',
    'the llama at the farm park spat at me lol',
    'the chip fryer spat at me again, need longer gloves',
    'my nan made me kiss her goodbye before my shift',
    'the training video on what to do if someone is groping me at work was useful',
    'my fella waits at the end of my late shift to make sure i go straight home safe',
    'he waits outside to check i come straight home because it is dark by then',
    'my gp made me turn down the extra shifts for my health',
    'my partner made me turn down the offer, the commute was two hours, glad he did',
    'my nan rings me 3 times a shift, shes lonely bless her',
    'my wife texts me about 5 times a shift, shes due any day now',
    'my partner makes me transfer my wages into savings so we can get a house deposit',
    'the paracetamol the gp gave me should be enough for the pain',
    'my ex keeps turning up at the school gates to see the kids',
    'the lads kept pushing me into doing overtime',
    'a toddler kept following me round the shop',
    'the debt from my old flat keeps following me around',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in the words of the job', () => {
  it.each([
    ['given up hoping for a permanent contract at this place', 'hopelessness'],
    ["i stopped believing i'd ever get off zero hours", 'hopelessness'],
    ['i thought things would get better once i was in work. they never did, nothing changes', 'hopelessness'],
    ["always told myself it'd sort itself out after probation. it didn't", 'hopelessness'],
    ["everyone on my shift is way faster than me, they only keep me on because they're desperate", 'feels worthless'],
    ['all the others on the placement are so much better than me', 'feels worthless'],
    ['had a couple of cans in the van before my shift again', 'drinking or drugs to cope'],
    ['i keep a quarter bottle in my locker for the bad days', 'drinking or drugs to cope'],
    ["three months in arrears and the landlord's sending a letter", 'may lose their home'],
    ["worried i'll lose my room if the agency cut me again", 'may lose their home'],
    ["pay hasn't come in and my rent direct debit bounced", 'money worries'],
    ["the agency still hasn't paid me for the last two weeks", 'money worries'],
    ['i owe nearly everyone on the shift money now', 'money worries'],
    ["after a double i'm too exhausted to even eat", 'not eating or sleeping'],
    ['most nights i am too drained to eat anything', 'not eating or sleeping'],
    ['they all went to the pub after the shift and never ask me', 'feels alone'],
    ['i spend my breaks in the stairwell so no one has to sit with me', 'feels alone'],
    ['the thought of going in makes me sick every morning', 'not coping'],
    ['i throw up before every shift now', 'not coping'],
    ['had to leave the warehouse because i was panicking', 'not coping'],
    ['i sob in the staff room on my break most days', 'not coping'],
    ['the farm still owes me two weeks wages', 'money worries'],
    ["the landlord's served us a section 21", 'may lose their home'],
    ["couldn't pay the rent this month, the agency cut me to 10 hours", 'may lose their home'],
    ['a few drinks in the car park help me get through the shift', 'drinking or drugs to cope'],
    ['no one on my shift even knows my name', 'feels alone'],
    ['i am the worst one on the team by miles', 'feels worthless'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'gave up hoping for a reply from the agency and just rang them',
    'stopped hoping for snow this year lol',
    'i thought the wifi at work would improve after the upgrade, it did not lol',
    'everyone on the team is better than me at darts',
    "everyone is better than me, i'm new and learning loads",
    "had a couple of pints on my lunch for dave's leaving do",
    'i keep a bottle of wine in my locker for the secret santa',
    'the council tax arrears are all paid off now',
    "don't want to lose my room key again",
    "my pay didn't come in till 10am, all sorted now",
    'i owe everyone on the team a brew for covering me',
    'borrowing a ladder off the lads next door',
    'i was too tired to eat last night after the wedding',
    'i sit in my van on breaks to get some kip before nights',
    'the boss makes me sick every time he talks about people like that',
    'walked out of the kitchen because i could not breathe, the smoke from the grill was mad',
    'they owe me an apology after that meeting',
    'the landlord gave us notice of an inspection next week',
    'coffee gets me through the night shift',
    'nobody at the new place knows my name yet',
    'i cry in the car every time that song comes on',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'may lose their home', 'money worries', 'not eating or sleeping', 'feels alone', 'not coping']) expect([...concern]).not.toContain(reason);
  });
});
