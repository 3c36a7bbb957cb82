// A twentieth set of short replies to the coach's questions
// (src/domain/risk/shortRepliesKWordThoughtsCansBeforeNoonAndNoWonderPatterns.ts): been cutting, nothing
// more; the k word thoughts; not bothered if I die; a crap mood the whole week; struggling badly; who's ever
// gonna want me; I'm useless, no wonder; five pints before 11am; if that recruiter calls me champ again I'm
// decking him.
// Our own examples, with look-alikes of our own: been cutting costs or hair; thoughts about the s word,
// salary; dyeing my hair; a mood board all week; struggling with the online form; who's gonna want me to
// cover Saturday; no wonder I missed the bus; cans of Monster before noon; fighting the council at the
// tribunal; hitting them up again Monday. And the coach's everyday answers, which none of these sets reads.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed, reasonsReadBy } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS } from '../../src/domain/risk/shortRepliesKWordThoughtsCansBeforeNoonAndNoWonderPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const ownReasons = (text: string): string[] => reasonsReadBy(HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS, text);

describe('crisis in a twentieth set of short replies', () => {
  it.each([
    ['i have been cutting, honestly', 'self-harm'],
    ['yeah been cutting most nights', 'self-harm'],
    ['K word thoughts again this week', 'thoughts of suicide'],
    ['the s word thoughts are loud today', 'thoughts of suicide'],
    ['Not bothered if I die honestly', 'wishes to be dead'],
    ["i'm not that fussed if i drop dead tomorrow", 'wishes to be dead'],
  ])('%j is read as crisis', (text, reason) => {
    expect(ownReasons(text)).toContain(reason);
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'been cutting back on takeaways to save for the course',
    'Been cutting hair at the salon placement all week, loving it',
    'Been cutting costs where I can, batch cooking now',
    'what are your thoughts about the s word, salary? when do i bring it up',
    'my daughter learnt the k word at school, any thoughts on how to handle it',
    'Not fussed if I dye my hair before the interview or not',
    'not bothered if i die of embarrassment at the interview lol',
    "not fussed if i die trying, i'm getting this job",
  ])('%j is not read as crisis', (text) => {
    expect(ownReasons(text)).toEqual([]);
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern in a twentieth set of short replies', () => {
  it.each([
    ['low mood all week', 'low mood'],
    ['Been in a crap mood the whole week again', 'low mood'],
    ['struggling badly', 'not coping'],
    ['really struggling to get out of bed at the moment', 'not coping'],
    ['whos ever gonna want me now', 'feels worthless'],
    ['whos gonna hire me at 55', 'feels worthless'],
    ["i'm so stupid, no wonder nobody calls back", 'feels worthless'],
    ['Im useless no wonder', 'feels worthless'],
    ['already had 5 pints before 11am', 'drinking or drugs to cope'],
    ['had a bottle of wine by lunch', 'drinking or drugs to cope'],
    ['if that recruiter calls me champ again im decking him', 'joked about hurting someone'],
    ["if one more form asks for my NI number I'm lamping someone lol", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect(ownReasons(text)).toContain(reason);
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ['Made a mood board all week for my design portfolio', 'low mood'],
    ['My manager has been in a rubbish mood all week', 'low mood'],
    ['struggling with the online form, can you help?', 'not coping'],
    ['Struggling to log in to the portal again', 'not coping'],
    ['whos going to want me at the meeting on tuesday?', 'feels worthless'],
    ['wholl want me to bring the forms', 'feels worthless'],
    ['the bus was late again, no wonder i missed it', 'feels worthless'],
    ['i am so thick, no wonder the printer hates me lol', 'feels worthless'],
    ['had 3 coffees before noon, buzzing for the interview', 'drinking or drugs to cope'],
    ['had 5 cans of monster before noon revising lol', 'drinking or drugs to cope'],
    ['we had 4 pints before noon at the wedding', 'drinking or drugs to cope'],
    ['my dad had 8 cans before noon again', 'drinking or drugs to cope'],
    ["if the council refuses I'll fight them on it, got a solicitor", 'joked about hurting someone'],
    ['if the recruiter does not ring back ill hit them with a follow up email friday', 'joked about hurting someone'],
    ['if the bus is late again ill hit them up on twitter lol', 'joked about hurting someone'],
    ['if they refuse again ill fight them for it, citizens advice said i can', 'joked about hurting someone'],
  ])('%j is not read as %j', (text, reason) => {
    expect(ownReasons(text)).toEqual([]);
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});

describe("the coach's everyday answers, which these sets leave alone", () => {
  it.each([
    ...BARE_COACH_ANSWERS,
    "I've set a date for the interview",
    'end of the month, got it all worked out',
    'tomorrow morning before the appointment',
    'tmrw morning before the appt, pills from the chemist',
    'if they do not reply by friday ill hit them up again monday',
  ])('%j is not read by these sets, nor as crisis by the rules', (text) => {
    expect(ownReasons(text)).toEqual([]);
    expect(applyRules(text).crisis.size).toBe(0);
  });
});
