// Risk veiled or set against a deadline (src/domain/risk/veiledAndDeadlinePatterns.ts): a plan
// hinted at that is not a job plan, "will not be here to use it", "it" on the anniversary of a loss,
// a cliff or the tracks with no walk in sight, a will or one's own funeral wanted by a near day,
// God welcome to take them, waking and wishing they had not, things thrown at their head; quiet
// concern about being overwhelmed, belief given up, betting losses, a seasonal home, a sofa with an
// end date, crying spells, a heavy heart, "it is breaking me", a threat laughed off; "shan't" read
// as "shall not"; and topics and idioms that say nothing of the client. Each kind beside everyday
// look-alikes that must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis veiled or set against a deadline', () => {
  it.each([
    ['my only plans right now arent job plans, you know what i mean', 'a plan to end their life'],
    ['been planning something and its nothing to do with work if ya catch my drift', 'a plan to end their life'],
    ['it is going to be on the anniversary of the divorce', 'a plan to end their life'],
    ['no point fixing my cover letter, i wont be around to use it', 'intends to end their life'],
    ['dont bother booking the course for me, i will not be here to start it', 'intends to end their life'],
    ['i am going to go to the viaduct when its dark, already looked at the train times', 'thinking about a way to end their life'],
    ['gonna head up to the cliff tops on my own once the rain stops', 'thinking about a way to end their life'],
    ['how do i write my will without paying a lawyer, need it sorted by the weekend', 'preparing to end their life, or a past attempt'],
    ['does the council pay for the funeral if someone dies with nothing? need to know this week', 'preparing to end their life, or a past attempt'],
    ['god can take me whenever he likes, i have had enough years', 'wishes to be dead'],
    ['ready for the good lord to take me, i have done my bit', 'wishes to be dead'],
    ['every morning i wake up and wish i had not', 'wishes to be dead'],
    ['woke up again today. wished i never had', 'wishes to be dead'],
    ['plates get thrown at my head when he is in a mood', 'abuse or violence'],
    ['had a mug chucked at my face last night', 'abuse or violence'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it('hears "shan\'t" as "shall not": a denial, so concern, never none', () => {
    const assessment = assessRisk('i shant do anything daft, just worn out');
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain('thoughts of suicide (said not)');
  });

  it.each([
    'my plan is not a career plan, it is a five year plan for my health',
    'need to sort my will before my operation on friday',
    'my mum can call me any time, she knows i am free',
    'god willing i will get the job this week',
    'the lord has been good to me, i got the job',
    'water balloons thrown at me at the summer fete lol',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  // The classifier reads some of these as risk on its own words; the new rules must add nothing.
  it.each([
    'the plan for next week isnt about jobs, its about getting my flat sorted',
    'i wont be here to sign for the parcel, im at work till 6',
    'i will not be around to see the results, we are on holiday next week',
    'we are going to go to the cliffs for a walk with the dog when the weather is nice',
    'i am going to go to the railway line to take photos of the steam train',
    'how do i make a will, we just bought a house and the baby is due',
    'how much does a funeral cost, my nan is poorly and we need to know this week',
    'woke up late, wish i had not stayed up watching the match',
    'woke up with a hangover, wish i hadnt',
    'the kids threw snowballs at my head all morning',
    'the interview is going to be on the anniversary of the redundancy, weird coincidence',
  ])('%j: the rules find nothing', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis, ...rules.concern]).toEqual([]);
  });
});

describe('quiet concern', () => {
  it.each([
    ['it all feels so overwhelming right now', 'not coping'],
    ['totally overwhelmed with the forms and the calls', 'not coping'],
    ['juggling two kids and universal credit is breaking me', 'not coping'],
    ['stopped believing in any of this after the tenth knockback', 'hopelessness'],
    ['lost 400 on the slots this week chasing it back', 'drinking or drugs to cope'],
    ['paddy power is basically my life now', 'drinking or drugs to cope'],
    ['the park closes at the end of the season and we have to be out of the static by november', 'may lose their home'],
    ['my cousins sofa is only until friday and then i have nowhere sorted', 'may lose their home'],
    ['cried in the toilets at the jobcentre for half an hour', 'low mood'],
    ['sobbed all afternoon after the phone call', 'low mood'],
    ['my heart feels so heavy these days', 'low mood'],
    ['i could strangle my landlord lol', 'joked about hurting someone'],
    ['gonna fight my flatmate over the washing up haha', 'joked about hurting someone'],
  ])('%j is at least concern (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'it was overwhelming in a good way, so many vacancies',
    'i am not overwhelmed, just busy',
    'applied to bet365 for the trader job, down to the last 3 candidates',
    'i worked at william hill and the till was down 20 one night',
    'my nans sofa is getting replaced on friday',
    'the sofa sale is only till sunday',
    'cried laughing at the film last night',
    'the baby cried in the car for an hour',
    'these new boots are breaking me in slowly',
    'leg day is breaking me lol',
    'i could kill for a bacon sandwich lol',
    'finally managed to kill the boss on level 4 haha',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('topics and idioms that say nothing of the client', () => {
  it.each([
    'united got battered again on saturday',
    'did a course on coercive control for the support worker role',
    'my sociology essay on domestic abuse and coercive control is due friday',
    'the training showed us how to ask someone whether they are having thoughts of suicide',
    'the pharmacy job wants me to know overdose signs for customers',
  ])('%j: the rules find nothing', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis, ...rules.concern]).toEqual([]);
  });

  it.each([
    ['did a course on domestic abuse and it is happening to me', 'abuse or violence'],
    ['my essay is on self harm and i have been doing it too', 'self-harm'],
  ])('%j is still crisis: the client says it is theirs too (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('crisis');
    expect(assessment.reasons).toContain(reason);
  });
});
