// Risk said as revenge, a named injury, "no longer wish to be here", a day set for "it" with the
// file to be closed, a thing thrown at them or a partner's house rules; struggle said as weight
// falling off with no hunger, days without a soul, a one-word "low" or a joked "dead man"
// (src/domain/risk/revengeHouseRulesAndWeightPatterns.ts); and everyday words that had read as
// crisis: a painkiller for an ache, a jab, the car at the garage, a letter, goodbyes on a last day,
// a cleared wardrobe, a soap or a play, and other people's news
// (src/domain/risk/ailmentsStagesAndNeighboursPatterns.ts). Each kind beside everyday look-alikes
// that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as revenge, a named injury, a day set for it, a thing thrown or house rules', () => {
  it.each([
    ['i honestly dont see why id want to be around by next christmas', 'wishes to be dead'],
    ['why would i want to still be alive next year, same rubbish every day', 'wishes to be dead'],
    ['cant see myself still being around this time next year', 'wishes to be dead'],
    ['since the divorce i no longer want to be alive', 'wishes to be dead'],
    ['i do not wish to be here any longer, forgive me', 'wishes to be dead'],
    ['if he mouths off at me again im going to break his nose', 'harm to someone else'],
    ['swear down ill snap that supervisors neck', 'harm to someone else'],
    ['if he goes near my daughter again i will end him', 'harm to someone else'],
    ['im going to make my ex pay for what she did, one way or another', 'harm to someone else'],
    ['that landlord will regret the day, im going to wait for him outside his office', 'harm to someone else'],
    ['the agency manager has it coming, ill teach him a lesson', 'harm to someone else'],
    ['made my mind up, itll be friday at the bridge. no need to book me in again', 'a plan to end their life'],
    ['quick update, sent two forms. ive picked saturday, so this will be my last check in', 'a plan to end their life'],
    ['ive decided it will be tuesday night by the river', 'a plan to end their life'],
    ['my boyfriend chucked a mug at my face when i said i had an interview', 'abuse or violence'],
    ['she hurled the remote at my head last night', 'abuse or violence'],
    ['my husband wont let me take any job with male colleagues', 'coercive control'],
    ['she told me i am not allowed to work anywhere with other men', 'coercive control'],
    ['i can only go out when he says so', 'coercive control'],
    ['im only allowed to use the laptop when my partner is sat next to me', 'coercive control'],
    ['he always has to be in the room when i make calls', 'coercive control'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it.each([
    ['gonna make that manager pay lol, hes got it coming', 'joked about hurting someone'],
    ['my brother used my razor again, hes a dead man', 'joked about hurting someone'],
  ])('%j is concern: a threat said as a joke (%s)', (text, reason) => expectAssessed(text, 'concern', reason));
});

describe('struggle said as weight falling off, days without a soul, or one word', () => {
  it.each([
    ['dropped loads, lost nearly two stone since may and i am just not hungry', 'not eating or sleeping'],
    ['lost so much weight, no appetite at all', 'not eating or sleeping'],
    ['weeks go by, i went ten days without speaking to anyone', 'feels alone'],
    ['since the move i can go a whole fortnight without seeing a living soul', 'feels alone'],
    ['low', 'low mood'],
    ['pretty low today', 'low mood'],
  ])('%j is concern (%s)', (text, reason) => expectAssessed(text, 'concern', reason));

  it.each([
    ['to answer the form, i have no desire to hurt myself, just fed up', 'self-harm (said not)'],
    ['honestly no wish to end my life, the job hunt is just draining', 'thoughts of suicide (said not)'],
  ])('%j is a denial, heard as concern (%s)', (text, reason) => expectAssessed(text, 'concern', reason));
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'i dont see why id want to be around that office next year, the pay is awful',
    'i no longer want to be in retail, thats why im here',
    'i no longer wish to be on the mailing list',
    'i cant see myself still being here at this company next year',
    'he broke his leg at football so im covering his shifts',
    'i will break the news to my mum tonight',
    'ill end the call now, speak tomorrow',
    'im going to end my tenancy in june',
    'he will end up in a better job than me',
    'i will make him pay for the broken window, it was his football',
    'gonna make them pay me what im owed, taking it to tribunal, they have it coming',
    'ill wait for her after her shift, we are getting a takeaway',
    'she will learn, she is only four',
    'decided it will be sunday at the lake, a picnic for the kids',
    'i have decided i start on monday, so you can close my file after that',
    'my toddler threw his cup at my head at breakfast',
    'he threw the ball at me and i caught it',
    'he says i can not apply for that role without a licence',
    'my manager said the job is mostly working with women, which suits me',
    'i can only use the laptop when my son is at school',
    'i can only go out when she is home to mind the baby',
    'lost a stone on slimming world, never hungry on the plan',
    'lost a stone this year, eating healthier, feeling great',
    'went a few hours without seeing a soul on the hill walk',
    'the stock is running low',
    'my phone battery is low',
    'i would rather die than do cold calling again',
    'id rather die than go back to the call centre',
    'the manager is a dead man walking, three losses in a row',
  ])('%j stays none by the rules', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis]).toEqual([]);
    expect([...rules.concern]).toEqual([]);
  });
});

describe('everyday words that had read as crisis are read as a topic', () => {
  it.each([
    'took two ibuprofen for my back this morning, can we talk at 3',
    'had my flu jab today so my arm is killing me',
    'getting my wisdom teeth out on friday, might be quiet',
    'my van is in the garage for its mot so ill get the bus',
    'got a letter from the council about my rent, what do i do',
    'want to change my phone number because of all the scam calls',
    'the bruise on my leg was from rugby on saturday',
    'said goodbye to my team at the warehouse, last shift done',
    'cleared out the loft and dropped three bags at the charity shop',
    'in eastenders the killer poisoned her husband, gripping',
    'for the school play i am the one who gets shot in the last scene',
    'a man from our church has been sleeping rough, we took him soup',
    'my nans gas got cut off so she is staying with us',
    'an old man on our road died and nobody noticed for a fortnight, so sad',
    'the woman downstairs was taken to hospital by ambulance, think she took something',
    'a customer threatened the security guard at the bank today',
    'my brother got arrested at the weekend, mum is in bits',
    'my dad has been feeling really low since he retired, any groups for him',
    'my girlfriend has anxiety so i do the phone calls for us',
    'my best mate is gutted about it, he didnt get the job either',
    'my uncle drinks too much, its a worry',
    'my mates girlfriend goes through his phone, told him to bin her',
  ])('%j is none in full', (text) => expect(assessRisk(text).level).toBe('none'));
});

// Topics read as "course" only when nothing says they are the client's own, or risk.
describe('a topic that is the client own, or risk, stays read', () => {
  it.each([
    'took a whole packet of paracetamol for my headache and want to sleep forever',
    'my car is in the garage with the hose ready for tonight',
    'my partner hit me, told work the bruise was from football',
    'cleared out my wardrobe and gave all my stuff to the charity shop, wont need it where im going',
    'a man on my street was found dead and nobody noticed, that will be me soon and i want it to be',
    'in hollyoaks the villain poisoned his wife, made me realise my husband does that to me',
    'i have no wish to harm myself, but some days i still cut',
    'my partner drinks too much and then he hits me',
    'my sisters husband checks her phone every night, mine does too',
    'the woman next door got her electric cut off and so have i, no heating tonight',
  ])('%j is crisis', (text) => expect(assessRisk(text).level).toBe('crisis'));
});
