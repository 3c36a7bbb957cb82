// Risk said the understated way: sleep "and that was it" and being fine with it, life as a sentence
// and parole, a relative who took their own life and "i get why he did it", going "the same way the
// lads did", waiting at a crossing or a bridge wondering about the train or the drop, doing it
// somewhere so the family do not see, affairs squared away "before", a translated "the ground is
// calling me"; a home torched or a man "sorted once and for all" after he hurt someone; abuse as
// "knocking me about", "slammed me against the wall", a beating for who they love or for honour,
// hurt if they complain, wages kept; cut off from friends, out only when he says.
// Concern: "a bit low this week", "nothing i try makes any difference", "junk to be chucked in the
// bin", a summons, arrears letters unopened, a home that goes with the job, a site being sold,
// drinking to shut the head off, not sleeping for weeks. Other people's news read as a topic
// (src/domain/risk/crossingsHonourAndUnderstatementPatterns.ts).
// Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said the understated way', () => {
  it.each([
    ['if i just fell asleep tonight and never woke up id be fine with that', 'wishes to be dead'],
    ['honestly id be at peace if i went to sleep and that was it', 'wishes to be dead'],
    ['back home we say the ground is calling me, and that is me now', 'wishes to be dead'],
    ['the grave keeps calling me, every night', 'wishes to be dead'],
    ['my life is one long prison sentence and i am waiting for my release', 'wishes to be dead'],
    ['lifes a life sentence and im counting down to parole', 'wishes to be dead'],
    ['my uncle took his own life years back and now i understand why he did it', 'thoughts of suicide'],
    ['my best mate went that way last spring and honestly i get why he did it', 'thoughts of suicide'],
    ['been thinking about taking the same road as some of the lads did after tour', 'thoughts of suicide'],
    ['i keep thinking of going the same way as my dad did', 'thoughts of suicide'],
    ['i stop on the rail bridge after work and think about the drop', 'thinking about a way to end their life'],
    ['most nights i park up by the level crossing and wonder about the next train', 'thinking about a way to end their life'],
    ['i will do it in the van up at the quarry so my wife doesnt find me', 'a plan to end their life'],
    ['ill do it out in the barn so my daughter never has to find me', 'a plan to end their life'],
    ['cancelled the insurance and paid off the van, nice to have it all squared away before', 'preparing to end their life, or a past attempt'],
    ['gave away the dog and sold the tools, wanted things settled before', 'preparing to end their life, or a past attempt'],
    ['were going to torch their caravan tonight for what they did', 'harm to someone else'],
    ['ill put a brick through my exs front door', 'harm to someone else'],
    ['he has been battering my sister so im going over to sort him out once and for all', 'harm to someone else'],
    ['my dad says its for the family honour and he will kill me if i see her again', 'abuse or violence'],
    ['my brothers kicked me because of who i fancy', 'abuse or violence'],
    ['if we refuse the overtime the foreman batters us', 'abuse or violence'],
    ['my father says i bring shame on the family honour and hits me when i go out', 'abuse or violence'],
    ['my boss takes all our wages and threatens us if we ask', 'abuse or violence'],
    ['he slammed me against the wall last night', 'abuse or violence'],
    ['she has been knocking me about again', 'abuse or violence'],
    ['my husband keeps me from seeing my friends', 'coercive control'],
    ['i only see my mates if she lets me', 'coercive control'],
  ])('%j is crisis, from the rules (%s)', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'so sorry i missed monday, the boiler went and then the car failed its mot and he lost it over the bill and flung me into the cupboards, anyway all good now, can we do friday? got my forms done',
    'apologies for the delay the kids were off sick and my manual handling training ran over and he was in a mood and shoved me into the radiator, all fine now, when is the next session',
  ])('finds the harm buried in a long, apologetic update: %j', (text) => {
    expect([...applyRules(text).crisis]).toContain('abuse or violence');
    expectAssessed(text, 'crisis', 'abuse or violence');
  });
});

describe('struggle said the understated way is concern', () => {
  it.each([
    ['feeling a bit glum lately', 'low mood'],
    ['not great, bit blue to be honest', 'low mood'],
    ['stuck in a rut lately', 'low mood'],
    ['i dont see things getting any better for me', 'hopelessness'],
    ['nothing i try makes any difference', 'hopelessness'],
    ['i feel like junk that should be chucked in the bin', 'feels worthless'],
    ['got a court summons for the water bill', 'money worries'],
    ['had a liability order through for the council tax', 'money worries'],
    ['cant afford the train fare let alone a new suit', 'money worries'],
    ['the council keep writing about my arrears, ive not opened them', 'money worries'],
    ['the caravan park is being sold and we need to find somewhere to live', 'may lose their home'],
    ['the tied house goes with the job when i retire in march', 'may lose their home'],
    ['the quarters go back to the army once i leave', 'may lose their home'],
    ['drinking far too much most nights just to shut my head off', 'drinking or drugs to cope'],
    ['i have not been sleeping for weeks', 'not sleeping'],
  ])('%j is concern, from the rules (%s)', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect(assessRisk(text).level).not.toBe('none');
  });

  it('hears a torched home with "lol" as a joke about hurting someone', () => {
    expect([...applyRules('going to torch his car lol').concern]).toContain('joked about hurting someone');
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'i went to sleep and that was that, slept like a log after the shift',
    'the sea is calling me, cant wait for the fishing trip',
    'my mum keeps calling me about the wedding',
    'my brother is serving a life sentence and up for parole next year',
    'life is a prison sentence in that job, glad to be released from it',
    'my brother went that way, joined the army, and i get why he did it',
    'thinking about going the same way as my mates did and joining the police',
    'i stand on the platform and wonder about the train being late again',
    'i sit at the level crossing every morning and think about the traffic',
    'ill do it in the garage so the kids dont see the mess',
    'going to do the interview call in the car so the kids dont hear',
    'nice to have the cv sorted before',
    'i had it sorted before',
    'going to burn out the clutch on this old van at this rate',
    'we are going to burn the old shed down on bonfire night',
    'going round to sort him out for good with a proper cv',
    'my dad was so proud, an honour for the family',
    'if i complain the manager just ignores me',
    'the boss keeps our wages in a pot for the christmas do',
    'the bus braked and threw me against the window',
    'my nan keeps me from going out in the snow',
    'i only go where the sat nav says',
    'bit grey outside today',
    'its a bit grey this week, rain every day',
    'bit down on my lip at the interview',
    'stuck in a rut with my cv, any tips',
    'i dont see the rota getting any better',
    'nothing i do makes any difference to the printer',
    'the bank rang about a fraud alert, ignored it, scam',
    'the building site is closing so i need a new job',
    'the staff accommodation is lovely and goes with the job',
    'had a drink with the lads to celebrate the new job',
  ])('%j is none from the rules', (text) => {
    const findings = applyRules(text);
    expect([...findings.crisis, ...findings.concern]).toEqual([]);
  });

  it.each([
    'my neighbour had no heating so i lent her my heater',
    'my brother was in prison for fighting years ago, can he still apply',
    'my classmate keeps saying she will end it with her boyfriend',
    "a girl in my group keeps saying she'll end it all, who do i tell",
    'a lad i coach was self harming, i got him help',
    'the owner of the cafe died suddenly so its closing',
    'my meds are sorted now and the gp is happy',
    'the kid next door was self harming so i told his mum, can i train as a mentor',
    'my cousin was sent down for robbing a shop, will it show on my dbs',
    'the landlord of the pub died suddenly so the job has gone',
  ])('%j is none in full', (text) => expect(assessRisk(text).level).toBe('none'));
});

describe('other people\'s news that is the client\'s own too stays read', () => {
  it.each([
    'my neighbour had no heating and i have no heating either, both of us freezing',
    'a lad on my course keeps saying he will end it all and i feel the same',
    'my meds are sorted now, saved enough of them to take them all tonight',
    'my brother was in prison for glassing a bloke and tonight i am going to do the same to my ex',
  ])('%j is crisis', (text) => expect(assessRisk(text).level).toBe('crisis'));
});
