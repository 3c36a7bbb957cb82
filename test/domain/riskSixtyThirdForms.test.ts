// Men in the trades, in banter (src/domain/risk/siteBanterCabNightsAndLaughedOffWishesPatterns.ts):
// the lorry not starting and them not either, the lads who should have left them there, a girder so
// they need not go back, their time up, a cousin who hanged himself and "i know how he felt", out of
// the equation, "not the trade, me", how fast the drop kills, not around by the weekend "mark my
// words", a bank holiday when everyone is busy, payday then the railway, thanks for everything and
// all in order, old cuts picked till they bleed, where he parks and "he will pay", a hammer for the
// foreman, antifreeze in his pint, hit again as in childhood or at home, a fella who goes through every
// message, a tent under the bridge, nights in the van; "what kind of man i am", cans before the shift,
// out by next month, the park sold where they live, one card paying another, a grand lost on the
// slots, two hours' sleep for weeks, knowing no one after a move, a head gone and everything
// forgotten, bawling in the cab. A laugh taken back ("jokes aside") is no joke. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said bluntly or in banter', () => {
  it.each([
    ['most days i pray the lorry will not start and i will not either', 'wishes to be dead'],
    ['hoping my heart does not start tomorrow and neither do i', 'wishes to be dead'],
    ['i wish the lads had just left me there when the scaffold went', 'wishes to be dead'],
    ["wish i hadnt pulled through after the accident honestly", 'wishes to be dead'],
    ["praying for a girder to fall on me so i dont have to go back lol. nah seriously", 'wishes to be dead'],
    ['hoping for a stroke on the way in so i can finally stop', 'wishes to be dead'],
    ["wish my number was up, it cant come soon enough", 'wishes to be dead'],
    ["cant wait till my time is up tbh", 'wishes to be dead'],
    ['bloke from the yard took his own life at christmas. i understand why now', 'thoughts of suicide'],
    ['my cousin hanged himself in may and i know exactly how he felt', 'thoughts of suicide'],
    ['keep thinking about taking myself out of the equation', 'thoughts of suicide'],
    ['been close to taking myself out for good this week', 'thoughts of suicide'],
    ['calling it a day. not the trade. me', 'thoughts of suicide'],
    ["thinking of jacking it all in. and i dont mean work, i mean not the job, me", 'thoughts of suicide'],
    ['how fast would the drop off the viaduct kill a bloke outright', 'thinking about a way to end their life'],
    ['would the river get you quick this time of year', 'thinking about a way to end their life'],
    ["i wont be here for your review next week, believe me", 'intends to end their life'],
    ['not going to be around by the weekend mate, mark my words', 'intends to end their life'],
    ['going to do it on the bank holiday when everyone is busy', 'a plan to end their life'],
    ['decided to do it friday while the missus is at her mums', 'a plan to end their life'],
    ['holding off till the lads have gone on friday, then the beam', 'a plan to end their life'],
    ['waiting for payday then the railway', 'a plan to end their life'],
    ['rang my dad and said thanks for everything. all in order now', 'preparing to end their life, or a past attempt'],
    ['told the lads i love them at the pub. everything is sorted', 'preparing to end their life, or a past attempt'],
    ['been picking at my old cuts till they bleed again', 'self-harm'],
    ["i rip my scabs open every night, cant stop", 'self-harm'],
    ['found out where he parks. he will pay', 'harm to someone else'],
    ['got his postcode off facebook, see how he likes it', 'harm to someone else'],
    ['taking the hammer to the foreman monday', 'harm to someone else'],
    ["i'll murder him lol. jokes aside, im bringing the bat for him after work", 'harm to someone else'],
    ['thinking about slipping antifreeze into his pint', 'harm to someone else'],
    ['gonna put something in her tea, got the sleeping pills here', 'harm to someone else'],
    ['my dad used to batter me and he is started again since he lost his job', 'abuse or violence'],
    ['ex used to slap me about and now she is at it again', 'abuse or violence'],
    ['i get battered by the missus most weekends', 'abuse or violence'],
    ["keep getting thumped at home, dont want to say by who", 'abuse or violence'],
    ['my fella goes through every message on my phone', 'coercive control'],
    ['she reads everything i send so keep it short', 'coercive control'],
    ["typing from the bathroom so he cant see", 'coercive control'],
    ['in a tent under the bridge, nowhere else to go', 'no safe place, food or power tonight'],
    ['been kipping in the van three nights, no idea where tonight', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "hope the kids dont wake up early and i dont either, need a lie in",
    'wish the paramedics had left me some of that gas and air lol',
    "praying for a snow day so i dont have to go in lol",
    'hoping for an accident claim so i can stop working lol',
    'wish my numbers came up on the lottery',
    'my time was up on the contract so im looking again',
    'my uncle took his own life, i get it now why the charity matters so much',
    'took myself out of the game at half time, hamstring went',
    'taking myself out of the running for the supervisor job',
    'does the train get you quick to leeds from here',
    'does the cold water at the lido get you quick, thinking of doing wild swimming',
    'going to do the patio on monday while the kids are at school',
    'waiting till the kids are at school monday, then the loft conversion lads come',
    'waiting till spring then the loft is getting cleared',
    'told my mum i love her after our row, we made up, its all sorted now',
    'told the missus i love her, the holiday is all booked, all sorted',
    'picking at the scab on my tattoo, it is healing fine',
    'got the reg of the van that hit me, insurance will sort it',
    'got his address for the christmas card, he will love it',
    'taking the hammer to the kitchen wall monday',
    'took a spanner to the van, its running again',
    'putting something in the gaffers brew for his birthday, a bit of whisky',
    'might put rat poison down in the shed, rats everywhere',
    'my brother used to beat me at fifa and he is started again',
    'i get hit by the ball most weeks at five a side',
    'the missus reads everything before i send it, she is better at spelling',
    'she listens to everything i say, bless her',
    'in a tent by the river at the festival, nowhere to charge my phone',
    'slept in the cab at the services last night, tramping all week, depot tomorrow',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });

  it('a threat laughed off stays a joke, and a threat whose laugh is taken back does not', () => {
    expect(applyRules('i could kill the foreman lol').joking).toBe(true);
    expect(applyRules('i could kill the foreman lol. nah actually, he is getting it friday').joking).toBe(false);
    expect(applyRules('ha i could murder him lol. joking aside, im waiting for him in the car park').joking).toBe(false);
  });
});

describe('concern said bluntly or in banter', () => {
  it.each([
    ['cant even fix the boiler. what kind of man i am', 'feels worthless'],
    ['call myself a dad and cant pay for school shoes', 'feels worthless'],
    ['couple of cans before my shift just to get through it', 'drinking or drugs to cope'],
    ['cheeky bump in the van before the shift most days', 'drinking or drugs to cope'],
    ['need a voddy in the morning to stop my hands shaking', 'drinking or drugs to cope'],
    ["if we dont find a deposit by next month were out", 'may lose their home'],
    ['caravan park is being sold in the spring and we live there all year', 'may lose their home'],
    ['house goes with the job and i got laid off monday', 'may lose their home'],
    ['borrowing off one card to pay the other, again', 'money worries'],
    ['paying one loan off with another and it never ends', 'money worries'],
    ['lost a grand on the slots this week, debts piling up', 'money worries'],
    ['chasing losses on the bookies app again, lost the rent money', 'money worries'],
    ['2 hours sleep a night for weeks, running on empty', 'not eating or sleeping'],
    ['moved down here for the contract and dont know a single person', 'feels alone'],
    ['head is gone. forgot the van keys, missed the dentist, forgot my mums birthday', 'not coping'],
    ['broke down in the cab at lunch, proper bawling', 'not coping'],
    ['been crying in the van before every shift', 'not coping'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'some dad i am lol forgot the pe kit again',
    'what kind of man i am, a proper legend, smashed the interview',
    'a pint after work on friday with the lads',
    'can of monster before the shift keeps me going',
    "if we dont score by half time were out of the cup",
    'the unit goes with the job, we need out by april',
    'my brother keeps robbing peter to pay paul',
    'the council is robbing peter to pay paul with the budget',
    'my mate lost 600 on the football, his missus will kill him',
    'won 600 on the football this month lol',
    'moved up here for the job and dont know a soul yet, any five a side teams',
    'losing it lol forgot my keys, forgot my phone, forgot my head',
    'crying in the van at the football final lol',
    'the new lad was crying in the portaloo today, i gave him a brew',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['feels worthless', 'drinking or drugs to cope', 'may lose their home', 'money worries', 'not eating or sleeping', 'feels alone', 'not coping']) expect([...concern]).not.toContain(reason);
  });
});
