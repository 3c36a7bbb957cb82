import { describe, expect, it } from 'vitest';
import { assessRisk, isOneEditApart, normaliseForMatching } from '../../src/domain/risk.ts';
import { CONCERN_GROUPS, CRISIS_GROUPS, IDIOMS } from '../../src/domain/riskPatterns.ts';

const SUICIDAL = [
  'I want to die',
  'thinking of ending it all',
  "I'm going to kill myself",
  'kms',
  'dont want to be here anymore',
  'everyone would be better off if I was dead',
  "I'd be better off dead",
  'I have no reason to live',
  "I'm going to end my life",
  'I feel suicidal',
  "I'm gonna take all my pills",
  'I want to jump off a bridge',
  'i wanna die',
  'i want to kil myself',
  'thinkin about suicde',
  'dont wanna live anymore',
  'im going to end it tonight',
  'i wanna dieeee',
  'i just want to unalive myself',
  'im so done i wanna kms',
  'no i want to die',
  'im not ok i want to die',
  "i don't know if i want to live anymore",
  'nobody would care if i died',
  'i wish i was dead',
  'life isnt worth living',
  'i have a plan to kill myself',
  'ive been thinking about killing myself',
  'i feel like dying',
  'i tried to hang myself',
  'im gonna top myself',
  'i wnat to die',
  'i want too die',
  'i want to kill my slef',
  'i feel suacidal',
  "whats the point in living",
  "i can't go on living like this",
  'I might as well kill myself.',
  "I'm fine, but honestly I want to die",
  'im done with life',
  "i'm tired of living",
  'ive got the pills ready',
  "i dont want to wake up tomorrow",
];

const SELF_HARM = [
  'I keep cutting myself',
  'i hurt myself last night',
  'I want to self harm',
  "I've been burning myself",
  'i cut my self again',
  'started cutting again',
  'i want to hurt myself',
];

const OVERDOSE = [
  'I took too many tablets',
  'i overdosed last night',
  "i od'd on my meds",
  'i took 30 paracetamol',
  'i tuk loads of pills',
  'swallowed a whole packet of paracetamol',
];

const ABUSE = [
  'my partner hits me',
  'he hurts me',
  'im scared he will hurt me',
  'I am being abused',
  'he threatened to kill me',
  "I'm not safe at home",
  'I was sexually assaulted',
  'someone is hurting my child',
  'my husbnd beats me',
  'my bf hits me',
  'my ex has been hitting me',
  "i'm scared of my husband",
  'my boyfriend raped me',
  'my dad beat me up',
  'she slapped me again',
  "i'm scared to go home",
  "i'm getting beaten at home",
  'he said he would kill me',
  "he said he'd kill me if i left",
  'he strangled me last night',
  'they hurt my son',
];

const HARM_TO_OTHERS = [
  'I want to hurt him',
  "I'm going to kill my boss",
  'I want to stab someone',
  'im gonna kill him i swear',
  'i feel like killing someone',
  'i want to strangle him',
];

const CONCERN = [
  'whats the point',
  'nothing will ever change',
  'i give up',
  'i feel hopeless',
  'i cant cope',
  'everything is falling apart',
  "i can't take it anymore",
  'i havent eaten in days',
  'i cant sleep',
  "i've not slept for days",
  'i barely eat anymore',
  'i feel like a burden',
  'i feel worthless',
  'why do i even bother',
  'i hate myself',
  'im so depressed',
  'i keep crying all the time',
  "i've given up on everything",
  'i just want to disappear',
  "i can't do this anymore",
];

const SAID_NOT = [
  "I'm not suicidal",
  'i would never kill myself',
  'i dont want to die',
  "i'm not going to hurt myself",
  'i have no suicidal thoughts',
  "i've never thought about suicide",
  'i have no plans to kill myself',
  "I don't want to hurt him",
];

const EVERYDAY = [
  'this deadline is killing me',
  "I'm dying to start",
  'my feet are killing me',
  'I could kill for a coffee',
  'that interview killed me lol',
  'I nearly died laughing',
  "I'm dead tired",
  "I'm killing it at work",
  'the suspense is killing me',
  'she is drop dead gorgeous',
  "I'd kill to get that job",
  'I could murder a pizza',
  'shoot me an email',
  'hit me up when you can',
  'they cut my hours',
  'I need to cut my CV down',
  'I think I overdosed on coffee this morning',
  "I'm a die hard fan",
  "I'm putting myself forward for the job",
  "my boss is going to kill me if I'm late",
  'he beat me at chess',
  'I nearly killed myself laughing',
  'I cut myself shaving',
  'I hurt myself at the gym',
  'I fell and hurt myself',
  "I'm beating myself up about the interview",
  'I want to end things with my boyfriend',
  "that's odd",
  'what are the odds',
  "I'm job hunting",
  "I'm not dating anyone",
  'I want to live in Manchester',
  "I'm dying for a cup of tea",
  'I take 2 tablets a day for my back',
  'I was hit by a car last year',
  'I want to dye my hair',
  "I'm going to die of embarrassment",
  "I'm scared they will hurt my feelings",
  'shoot him a message',
  'I want to smash this interview',
  "I've been overdoing it",
  "I'm homeless at the moment",
  'I feel fine today',
  "I'm gonna kill him lol",
  "I'm not coming to the session",
  'the form was pointless',
  "I'm sick of living in this flat",
  "I don't want to live with my parents",
];

describe('assessRisk: crisis', () => {
  it.each(SUICIDAL)('%s -> crisis (suicidal thoughts)', (text) => {
    expect(assessRisk(text)).toMatchObject({ level: 'crisis' });
    expect(assessRisk(text).reasons).toContain('suicidal thoughts');
  });

  it.each(SELF_HARM)('%s -> crisis (self-harm)', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
    expect(assessRisk(text).reasons).toContain('self-harm');
  });

  it.each(OVERDOSE)('%s -> crisis (overdose)', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
    expect(assessRisk(text).reasons).toContain('overdose');
  });

  it.each(ABUSE)('%s -> crisis (abuse or violence)', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
    expect(assessRisk(text).reasons).toContain('abuse or violence');
  });

  it.each(HARM_TO_OTHERS)('%s -> crisis (harm to others)', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
    expect(assessRisk(text).reasons).toContain('harm to others');
  });

  it('lists every kind of risk found, crisis first', () => {
    expect(assessRisk("i can't cope. he hits me and i want to die")).toEqual({
      level: 'crisis',
      reasons: ['suicidal thoughts', 'abuse or violence', 'not coping'],
    });
  });
});

describe('assessRisk: concern', () => {
  it.each(CONCERN)('%s -> concern', (text) => {
    expect(assessRisk(text).level).toBe('concern');
  });

  it('names the kind of concern', () => {
    expect(assessRisk('i havent slept in days').reasons).toEqual(['not eating or sleeping']);
    expect(assessRisk('i feel hopeless').reasons).toEqual(['hopelessness']);
    expect(assessRisk('i cant cope').reasons).toEqual(['not coping']);
  });

  // Safety first: the words are on their mind, so a human checks in gently.
  it.each(SAID_NOT)('%s -> concern, marked as said not', (text) => {
    const result = assessRisk(text);
    expect(result.level).toBe('concern');
    expect(result.reasons.some((reason) => reason.endsWith('(said not)'))).toBe(true);
  });

  it('does not let one denial hide a disclosure in the same message', () => {
    expect(assessRisk("I'm not suicidal but I want to die").level).toBe('crisis');
  });

  it('ignores a denied concern', () => {
    expect(assessRisk("I'm not feeling hopeless any more").level).toBe('none');
  });
});

describe('assessRisk: everyday language', () => {
  it.each(EVERYDAY)('%s -> none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  it('gives none for empty or ordinary text', () => {
    expect(assessRisk('').level).toBe('none');
    expect(assessRisk('I sent my CV to Tesco on Monday.').level).toBe('none');
  });
});

describe('normaliseForMatching', () => {
  it('lower-cases, drops punctuation and spells out chat shorthand', () => {
    expect(normaliseForMatching("I'm GONNA... do it!!")).toBe('i am going to do it');
    expect(normaliseForMatching("dont wanna, cant cope")).toBe('do not want to can not cope');
    expect(normaliseForMatching('kms')).toBe('kill myself');
  });

  it('forgives doubled, missing and swapped letters in risk words', () => {
    expect(normaliseForMatching('kiiiill myslef')).toBe('kill myself');
    expect(normaliseForMatching('sucide husbnd slep')).toBe('suicide husband sleep');
    expect(normaliseForMatching('noooo')).toBe('no');
  });

  it('leaves ordinary words that sit one letter from a risk word', () => {
    expect(normaliseForMatching('putting willing homeless coming')).toBe('putting willing homeless coming');
    expect(normaliseForMatching('constructor none odd')).toBe('constructor none odd');
  });

  // The patterns are written in normalised words; a pattern word that normalisation rewrites
  // could never match.
  it('keeps every word the patterns use', () => {
    const patterns = [...CRISIS_GROUPS, ...CONCERN_GROUPS].flatMap((group) => group.patterns).concat(IDIOMS);
    const words = new Set(
      patterns.flatMap((pattern) => pattern.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z0-9]+/g) ?? []),
    );
    const rewritten = [...words].filter((word) => normaliseForMatching(word) !== word);
    expect(rewritten).toEqual([]);
  });
});

describe('isOneEditApart', () => {
  it('accepts one change, insertion, deletion or swap', () => {
    expect(isOneEditApart('suicde', 'suicide')).toBe(true);
    expect(isOneEditApart('myslef', 'myself')).toBe(true);
    expect(isOneEditApart('suacide', 'suicide')).toBe(true);
    expect(isOneEditApart('tabletss', 'tablets')).toBe(true);
  });

  it('rejects equal words and two edits', () => {
    expect(isOneEditApart('myself', 'myself')).toBe(false);
    expect(isOneEditApart('suicdie', 'suicidal')).toBe(false);
    expect(isOneEditApart('abc', 'xyz')).toBe(false);
  });
});
