// Risk said as a question about a high place or a way in, a last errand, a keepsake, a funeral
// planned, or plain struggle in chat words; and everyday words about a film, an essay or other
// people's past (src/domain/risk/highPlacesKeepsakesAndDenialsPatterns.ts). Each kind beside
// everyday look-alikes that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as a practical question, a last errand or a danger at home', () => {
  it.each([
    ['honestly i dont feel safe with myself tonight', 'thoughts of suicide'],
    ['i cant trust myself around my tablets right now', 'thoughts of suicide'],
    ['scared of what i might do to myself if this carries on', 'thoughts of suicide'],
    ['which is the highest car park round here', 'thinking about a way to end their life'],
    ['how high does a bridge have to be to make sure', 'thinking about a way to end their life'],
    ['anyone know if the railway line by the retail park is fenced off', 'thinking about a way to end their life'],
    ['can you get onto the train tracks near the station', 'thinking about a way to end their life'],
    ['does the charcoal thing still work', 'thinking about a way to end their life'],
    ['was only holding on for my nans sake and shes gone now', 'intends to end their life'],
    ['the only thing that kept me going was my dog. he died last week', 'intends to end their life'],
    ['wrote letters for the kids to keep as a memory, i wont be around much longer', 'preparing to end their life, or a past attempt'],
    ['picked the songs for my funeral already', 'preparing to end their life, or a past attempt'],
    ['my funeral plans are all sorted now', 'preparing to end their life, or a past attempt'],
    ['sorted all my paperwork so my sister wont have to go through my stuff', 'preparing to end their life, or a past attempt'],
    ['gave my dog to my mate and tidied the whole house so nobody has to', 'preparing to end their life, or a past attempt'],
    ['emergency credit has run out and the kids are cold', 'no heating or power'],
    ['no credit on the meter and the boilers gone, babys 3 weeks old', 'no heating or power'],
    ['i would happily throw my ex under a bus', 'harm to someone else'],
    ['i could quite happily strangle my landlord', 'harm to someone else'],
    ['the play about abuse made me realise he does that to me', 'abuse or violence'],
    ['my boyfriend takes all my wages', 'coercive control'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));
});

describe('struggle said plainly or in chat words is concern', () => {
  it.each([
    ['gave up hoping for anything better a long time ago', 'hopelessness'],
    ['nothing good ever happens to me', 'hopelessness'],
    ['i was always going to end up a failure', 'feels worthless'],
    ['ill never amount to anything', 'feels worthless'],
    ['the slots are basically my full time job now', 'drinking or drugs to cope'],
    ['on the roulette till 4am again', 'drinking or drugs to cope'],
    ['paypal credit and the catalogue are crippling me', 'money worries'],
    ['my gas bill got sent to collections', 'money worries'],
    ['my credit score is shot', 'money worries'],
    ['cant even remember the last time anyone texted me', 'feels alone'],
    ['nobody ever asks how i am', 'feels alone'],
    ['feeling utterly miserable, sorry for going on', 'low mood'],
    ['only just holding on to be honest', 'not coping'],
    ['hanging on by a thread', 'not coping'],
    ['i just fell apart in the middle of tesco', 'not coping'],
    ['ended up sobbing on the bus home', 'not coping'],
    ['im not in any danger, just had a really rough week', 'not coping'],
  ])('%j is concern (%s)', (text, reason) => expectAssessed(text, 'concern', reason));

  it('hears a threat laughed off as a joke, and a denied hold on the money as a denial', () => {
    expect(assessRisk('i could quite happily strangle my landlord lol').reasons).toContain('joked about hurting someone');
    const denied = applyRules('no he doesnt take my money, i just wanted to check the form');
    expect(denied.deniedCrisis).toBe(true);
    expect(assessRisk('no he doesnt take my money, i just wanted to check the form').level).toBe('concern');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'the tallest building in town is the new hotel, ive applied there',
    'is the railway line fenced off where we will be doing the track work',
    'my car exhaust still rattles',
    'only stuck around for the free pizza and its gone',
    'was only staying on for the course and now its done, ready for work',
    'took a photo of the group as a memory of the course',
    'this song is going on my funeral playlist lol',
    'we picked the hymns for nans funeral',
    'i could have kicked myself for missing the bus',
    'i could kill myself for leaving my cv at home lol',
    'watched a documentary about homelessness for my course',
    'writing an essay on domestic abuse support services',
    'revising overdose thresholds for my pharmacy technician exam',
    'my dad used to drink a lot but hes been sober for years',
    'my nan had depression but shes much better',
    'stopped waiting for the bus and walked',
    'just hanging on the phone to the council',
    'my plans fell apart when the bus was cancelled',
    'the film was so sad everyone was sobbing',
    'im feeling rubbish, got a cold',
    'feeling really awful about missing the interview',
    'i am in danger of being late',
    'my heating is broken, landlord is coming tuesday',
    'nope, i dont drink or smoke',
    'i do not gamble at all',
  ])('%j stays none', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis]).toEqual([]);
    expect([...rules.concern]).toEqual([]);
  });

  it.each(['nope, i dont drink or smoke', 'i do not gamble at all', 'watched a documentary about homelessness for my course'])(
    '%j is none in full',
    (text) => expect(assessRisk(text).level).toBe('none'),
  );
});

// Topics read as "course" only when nothing says they are the client's own too.
describe('a topic that is the client own stays read', () => {
  it.each([
    ['writing an essay about self harm but honestly i still cut', 'self-harm'],
    ['watched a documentary about suicide and now i keep thinking about doing it', 'thoughts of suicide'],
    ['reading a book about suicide because i want to die', 'thoughts of suicide'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it('never lets a denied drink hide a crisis said beside it', () => {
    expect(assessRisk('i never drink or smoke but i have been cutting again').level).toBe('crisis');
  });
});
