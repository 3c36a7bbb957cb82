// Risk said as a cord round the neck, in Scots, as a partner who wrecks the job search, a child left
// alone or a sofa that ran out tonight; struggle said flat, "a bit depressed", "all pointless" or
// through someone else's pills; and everyday words about other people's news, stories and the
// ring, the site, notes and checks, a charity job, and idioms of a wall or a uniform
// (src/domain/risk/ligaturesSabotageAndOthersNewsPatterns.ts). Each kind beside everyday
// look-alikes that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as a cord round the neck, in Scots, as a wrecked search, a child alone or nowhere tonight', () => {
  it.each([
    ['honestly id be as well dead at this point', 'wishes to be dead'],
    ['am that scunnered a may as well be deid', 'wishes to be dead'],
    ['put the charger cable around my neck on saturday but my flatmate knocked', 'preparing to end their life, or a past attempt'],
    ['tied a rope round my neck in the garage last week', 'preparing to end their life, or a past attempt'],
    ['i was literally about to step off when a lorry driver beeped', 'preparing to end their life, or a past attempt'],
    ['the rope is in the garage, just choosing a night now', 'a plan to end their life'],
    ['my husband keeps hiding my interview letters so i miss them', 'coercive control'],
    ['she deleted my cv again and said i would never get a job anyway', 'coercive control'],
    ['my boyfriend tore up my application forms and binned my passport', 'coercive control'],
    ['he says no woman of his goes out to work', 'coercive control'],
    ['my partner told me im too stupid to ever get a job', 'coercive control'],
    ['my 6 year old has been home alone since this morning because i got arrested', 'no safe place, food or power tonight'],
    ['im stuck in a&e and nobody can pick up my kids from school', 'no safe place, food or power tonight'],
    ['my friends sofa ended today and ive got literally nowhere tonight', 'no safe place to sleep tonight'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));
});

describe('struggle said flat, in passing, through borrowed pills or as past is concern', () => {
  it.each([
    ['it all feels pointless, the applications, the calls, everything', 'hopelessness'],
    ['took a couple of my mums diazepam before the interview to calm down', 'drinking or drugs to cope'],
    ['been nicking my dads sleeping tablets to get through the week', 'drinking or drugs to cope'],
    ['ive been drinking more than usual since the redundancy', 'drinking or drugs to cope'],
    ['just flat all the time, nothing really bothers me either way', 'low mood'],
    ['kind of depressed if im honest', 'low mood'],
    ['bit depressed today, sorry if im quiet', 'low mood'],
    ['i used to cut as a teenager but im past all that now', 'spoke of harm, then said they would not'],
    ['not planning on killing myself, just need to rant', 'thoughts of suicide (said not)'],
    ['one more rejection and im burning the jobcentre down', 'angry words about hurting someone'],
    ['i go weeks without talking to anyone and nobody even notices', 'feels alone'],
  ])('%j is concern (%s)', (text, reason) => expectAssessed(text, 'concern', reason));

  it.each([
    ['its all pointless now isnt it', 'hopelessness'],
    ['feeling flat lately', 'low mood'],
    ['popped one of my friends xanax before the assessment', 'drinking or drugs to cope'],
    ['my family deserve so much better than me', 'feels worthless'],
    ['gonna set fire to this office if they lose my form again', 'angry words about hurting someone'],
  ])('%j is at least concern, from the rules (%s)', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it('hears "not planning on" as a denial, and the same words owned as crisis', () => {
    expect(assessRisk('im not planning on hurting myself, promise').level).toBe('concern');
    expect(assessRisk('im planning on hurting myself tonight').level).toBe('crisis');
  });

  it.each([
    'im not drinking more than usual, the odd glass of wine on a sunday',
    'i wasnt talking about myself, i meant my cousin',
    'yeah i feel safe at home, cheers',
  ])('%j is a denial that counts for nothing', (text) => expect(assessRisk(text).level).toBe('none'));
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'i was dead on my feet after that shift',
    'the shop is as good as dead on a monday',
    'i put my lanyard round my neck and went in',
    'the headphone cord got tangled round my neck on the bus',
    'i was about to do it when the wifi went down, the application timed out',
    'my toddler keeps ripping up my letters, any tips',
    'my wife checked my cv and deleted the old jobs off it',
    'my partner tore up the old wallpaper',
    'he said i can not apply for that role without a licence',
    'my son walked home on his own today, so proud',
    'my daughter is home alone for an hour after school, is that ok',
    'got nowhere with the council today, will try tomorrow',
    'got my pills sorted, just picking a date for the gp review',
    'it is pointless applying for that one, it closed yesterday',
    'my phone battery is flat',
    'been flat out all week with the move',
    'feeling a bit flat after the weekend, mondays eh',
    'the market has been flat all year',
    'picked up my nans tablets from the chemist',
    'took my dads pills round to him',
    'the economy is a bit depressed in this area',
    'my colleague is drinking more than usual, worried about him',
    'im burning the midnight oil on this application',
    'the team there is cut throat',
    'everyone at that place is out for themselves',
    'been banging my head against a brick wall with this form',
    'id rather die than wear a tie to that interview',
    'my aunt has been in debt her whole life',
    'a lad on my course said he was in an abusive relationship, hes fine now',
    'the couple upstairs got evicted for rent arrears, bailiffs and all',
    'my brother was stalked by his ex years ago, he is married now',
    'my cousins fella kicked her out, shes at her mums',
    'a famous singer died by suicide, terrible news',
    'there was a fatality on the line so the trains are cancelled',
    'someone threatened him with a knife outside the chippy, he is fine',
    'my friends sister has been struggling with her mental health',
    'my dad was violent when i was little but thats all behind me, no contact for years',
    'in the film the mum takes an overdose and the daughter finds her',
    'watching a series about a coercive boyfriend, so tense',
    'ufc last night, he knocked him out cold in the first round',
    'the job site keeps logging me out',
    'can you send me my notes from our last session',
    'do employers check your social media before hiring',
    'i volunteer at a womens refuge on saturdays',
    'i wasnt talking about myself, i meant my cousin',
    'yeah i feel safe at home, cheers',
  ])('%j stays none', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis]).toEqual([]);
    expect([...rules.concern]).toEqual([]);
  });

  it.each([
    'been banging my head against a brick wall with this form',
    'id rather die than wear a tie to that interview',
    'a famous singer died by suicide, terrible news',
    'someone threatened him with a knife outside the chippy, he is fine',
    'watching a series about a coercive boyfriend, so tense',
    'ufc last night, he knocked him out cold in the first round',
    'do employers check your social media before hiring',
  ])('%j is none in full', (text) => expect(assessRisk(text).level).toBe('none'));
});

// Topics read as "course" only when nothing says they are the client's own too.
describe('a topic, a story or a past that is the client own stays read', () => {
  it.each([
    'a famous singer died by suicide and honestly i want to do the same',
    'my brother was stalked by his ex and now shes following me too',
    'ufc last night, then my boyfriend hit me with a chair',
    'my dad was violent when i was little and he still comes round and hits me',
    'the site keeps logging me out and i want to die',
    'i used to self harm years ago, im past that, but i cut again last night',
  ])('%j is crisis', (text) => expect(assessRisk(text).level).toBe('crisis'));

  it.each([
    'my nan is in debt and so am i',
    'my mate got evicted last week and im next',
  ])('%j is at least concern', (text) => expect(assessRisk(text).level).not.toBe('none'));

  it('hears a partner who checks their social media as more than a question about employers', () => {
    expect(assessRisk('he checks my social media every night and deletes my friends').level).not.toBe('none');
  });
});
