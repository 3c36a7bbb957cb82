// What assessRisk says about each kind of message, with examples of each. The held-out figures
// are in riskHeldOut.test.ts; this file pins down the behaviour an adviser relies on.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk, isOneEditApart, normaliseForMatching } from '../../src/domain/risk.ts';
import { CONCERN_GROUPS, CRISIS_GROUPS, IDIOMS } from '../../src/domain/riskPatterns.ts';
import { INDIRECT_CONCERN_GROUPS } from '../../src/domain/risk/indirectConcernPatterns.ts';
import { INDIRECT_CRISIS_GROUPS } from '../../src/domain/risk/indirectCrisisPatterns.ts';

// The Columbia Suicide Severity Rating Scale's ladder and the safeguarding kinds: every one is
// crisis, and the adviser reads which.
const CRISIS_KINDS: [kind: string, reason: string, examples: string[]][] = [
  ['wish to be dead', 'wishes to be dead', [
    'i would not mind if i did not wake up',
    'i just want to sleep and not wake up',
    'everyone would be fine if i wasnt here',
    'my family would be better off without me',
    'i wont be around much longer',
    'id rather be dead',
  ]],
  ['non-specific thoughts', 'thoughts of suicide', [
    'ive been having suicidal thoughts',
    'thinking about ending it all',
    'kms',
    'i keep thinking about unaliving myself',
    'no reason for me to live',
  ]],
  ['method', 'thinking about a way to end their life', [
    'looked up how many pills it would take',
    'i googled the quickest way to die',
    'how many paracetamol would kill me',
    'thinking about jumping in front of a train',
  ]],
  ['intent', 'thoughts of suicide', [
    'im going to kill myself',
    'im not joking im going to kill myself',
  ]],
  ['plan', 'a plan to end their life', [
    'i have a plan to end it on friday',
    'the pills are hidden for when i am ready',
    'i am going to take them all tonight',
    'the rope is ready',
  ]],
  ['preparatory behaviour or past attempt', 'preparing to end their life, or a past attempt', [
    'sorted my things out and gave my dog to my sister',
    'ive written goodbye letters',
    'i tried to kill myself last year',
    'i put my affairs in order',
  ]],
  ['self-harm', 'self-harm', ['i have been cutting again', 'i burn myself on purpose', 'sh again last night']],
  ['overdose', 'overdose', ['i took too many tablets', "i od'd last night"]],
  ['harm to others', 'harm to someone else', ['i am going to stab him', 'i want to kill my boss', 'i will kill him i mean it']],
  ['abuse', 'abuse or violence', ['my partner hits me', 'he strangled me', 'im scared to go home']],
  ['coercive control: money taken', 'coercive control', ['he takes all my money', 'my husband keeps my bank card']],
  ['coercive control: kept in', 'coercive control', ['he wont let me leave the house', 'she locks me in when she goes out']],
  ['coercive control: watched', 'coercive control', ['he watches me on the cameras all day', 'he put a tracker on my phone']],
  ['coercive control: phone checked', 'coercive control', ['he checks my phone every night', 'my boyfriend reads all my messages']],
  ['evicted tonight', 'no safe place to sleep tonight', ['been evicted and have nowhere to sleep', 'sleeping rough tonight']],
  ['no food', 'no food', ['no food in the house for the kids', 'we have no money for food']],
  ['cut off', 'no heating or power', ['the electric has been cut off', 'no gas and no electric']],
];

const CONCERN_KINDS: [kind: string, reason: string, examples: string[]][] = [
  ['hopelessness without the word', 'hopelessness', ['whats the point', 'nothing ever changes', 'i do not see things getting better']],
  ['worthlessness', 'feels worthless', ['im useless at everything', 'i feel like such a failure', 'im a waste of space']],
  ['drinking or drugs to cope', 'drinking or drugs to cope', ['i drink every night to cope', 'smoking weed all day so i dont have to think']],
  ['losing home soon', 'may lose their home', ['i got a section 21', 'im going to lose my flat', 'behind on my rent']],
  ['debt panic', 'money worries', ['the bailiffs are coming', 'i owe thousands', 'cant pay my bills']],
  ['not sleeping', 'not eating or sleeping', ['i cant sleep', 'havent slept in days']],
  ['isolation', 'feels alone', ['i feel so alone', 'i have no one to talk to', 'no one cares about me']],
  ['not coping', 'not coping', ['i cant cope', 'im at breaking point']],
  ['low mood', 'low mood', ['i feel so low', 'i am so depressed']],
];

describe('assessRisk: every rung of the Columbia ladder and every safeguarding kind is crisis', () => {
  it.each(CRISIS_KINDS.flatMap(([kind, reason, examples]) => examples.map((text) => [kind, text, reason])))('%s: %j', (_, text, reason) => {
    const result = assessRisk(text);
    expect(result.level).toBe('crisis');
    expect(result.reasons).toContain(reason);
  });
});

describe('assessRisk: struggling is concern, and the adviser reads why', () => {
  it.each(CONCERN_KINDS.flatMap(([kind, reason, examples]) => examples.map((text) => [kind, text, reason])))('%s: %j', (_, text, reason) => {
    const result = assessRisk(text);
    expect(result.level).toBe('concern');
    expect(result.reasons).toContain(reason);
  });
});

describe('assessRisk: denials and jokes', () => {
  // Decided: a denied crisis is still concern. The words are on their mind; a gentle check-in costs little.
  it.each([
    "I'm not going to hurt myself",
    "I'm not suicidal",
    'i would never kill myself',
    'i have no plans to end my life',
    "i won't do anything stupid",
  ])('%j is concern, never none', (text) => {
    expect(assessRisk(text).level).toBe('concern');
  });

  it.each([
    "I'm not suicidal but I want to die",
    'not joking i am going to end it tonight',
    'i mean it, im going to kill myself',
    'lol i want to die',
    'i want to kill myself haha',
    'its hard not to think about ending my life',
  ])('%j stays crisis: a denial or a joke never hides a stated intent', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each(["i'll kill him, i'm not joking", 'i am going to hurt him, i mean it', 'im going to stab him for real', 'jk... no. not jk. i will hurt him when i see him', 'lol not even kidding i am going to hurt him', 'i am going to hurt him lol. not lol', 'i will hurt him and this is not a lol', 'im gonna hurt him, not banter'])(
    '%j is crisis: "not joking" and "i mean it" cancel the joke',
    (text) => {
      expect(assessRisk(text)).toMatchObject({ level: 'crisis', reasons: expect.arrayContaining(['harm to someone else']) });
    },
  );

  it('hears a threat to someone else followed by "lol" as a joke, and still asks (concern)', () => {
    expect(assessRisk('i want to kill my boss lol')).toEqual({ level: 'concern', reasons: ['joked about hurting someone'] });
  });

  it('lets a denied concern count for nothing', () => {
    expect(assessRisk("I'm not feeling hopeless any more").level).toBe('none');
    expect(assessRisk("I'm not depressed, just bored").level).toBe('none');
  });
});

describe('assessRisk: look-alikes are none', () => {
  it.each([
    'killing it at work this week',
    'stuck in a dead end job',
    'this deadline is killing me',
    'I could murder a coffee',
    'shoot me an email',
    'this CV is suicide lol',
    'she is drop dead gorgeous',
    "I'm not depressed, just bored",
    'a man was stabbed in town, it was on the news',
    'my character died in the last level',
    'watching a murder mystery tonight',
    'I will apply for 3 warehouse jobs by next Friday',
    'nothing',
    'yes',
    '',
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
  "my boss is going to kill me if I'm late",
  'he beat me at chess',
  'I nearly killed myself laughing',
  'I cut myself shaving',
  'I hurt myself at the gym',
  'I fell and hurt myself',
  "I'm beating myself up about the interview",
  "that's odd",
  'what are the odds',
  "I'm job hunting",
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
  'I feel fine today',
  'the form was pointless',
  "I'm sick of living in this flat",
  'im sick of living out of boxes since the move',
  'sick of living off beans till payday',
  "I don't want to live with my parents",
  ])('%j -> none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  // Sentences with "myself" or "i'm not ...ing" sit near the classifier's line: when unsure it says
  // concern (a warm check-in, recall first), but never crisis, which would stop coaching.
  it.each(["I'm putting myself forward for the job", "I'm not dating anyone", "I'm not coming to the session"])('%j -> never crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  // "rn" is spelled out as "right now": "dead right" the idiom must not swallow "dead right now".
  it('reads "i wish i was dead rn" as crisis, and "you are dead right" as nothing', () => {
    expect(assessRisk('honestly i just wish i was dead rn').level).toBe('crisis');
    expect(assessRisk('you are dead right about the cover letter, i will shorten it').level).toBe('none');
  });

  // A knife is an accident only at its kitchen work; a cut with a knife said alone is the client's own.
  it('reads a cut with a knife as self-harm unless the knife was chopping or cooking', () => {
    expect(assessRisk('i cut myself with a knife last night').level).toBe('crisis');
    expect(assessRisk('cut myself with the kitchen knife chopping onions, plaster on now').level).toBe('none');
  });

  // Rope, charcoal or blades bought for their own use (the dog, a climb, the barbecue) are no plan.
  it('reads rope bought alone as a plan, and rope for the dog or a skipping rope as nothing', () => {
    expect(assessRisk('i bought some rope today').level).toBe('crisis');
    expect(assessRisk('bought some thick rope for the dogs tug toy').level).not.toBe('crisis');
    expect(assessRisk('bought a skipping rope for the gym').level).toBe('none');
  });

  // Three ordinary phrases older clause rules read as crisis: being moved to tears, a trip to the tip,
  // keeping out of the way of a visit. The risk said with the same words still reads as crisis.
  it('reads "choked me up" as no abuse, and "he choked me" as abuse', () => {
    expect(assessRisk('he choked me up with that speech at the leaving do').level).not.toBe('crisis');
    expect(assessRisk('he choked me last night').level).toBe('crisis');
    expect(assessRisk('he choked me up against the wall').level).toBe('crisis');
  });

  it('reads taking the whole lot to the tip as nothing, and taking the whole lot as a plan', () => {
    expect(assessRisk('we will take the whole lot to the tip on saturday').level).not.toBe('crisis');
    expect(assessRisk('saving them up, going to take the whole lot').level).toBe('crisis');
    expect(assessRisk('going to swallow the whole lot down with vodka').level).toBe('crisis');
  });

  it('reads a goodbye to night shifts as nothing, and a goodbye to people as crisis', () => {
    expect(assessRisk('saying goodbye to nights finally, got a day job').level).toBe('none');
    expect(assessRisk('said goodbye to the night shift, days from monday').level).toBe('none');
    expect(assessRisk('said my goodbyes to early starts, the new place opens at 10').level).toBe('none');
    expect(assessRisk('said goodbye to everyone last night').level).toBe('crisis');
    expect(assessRisk('saying goodbye to my kids tonight').level).toBe('crisis');
    expect(assessRisk('said my goodbyes').level).toBe('crisis');
  });

  // "i'd rather not be around for the home visit, can my mum do it" is now lifted by the second
  // opinion: listed in riskSecondOpinion.test.ts.
  it('reads rather not be around as a wish to be dead', () => {
    expect(assessRisk("honestly i'd rather not be around anymore").level).toBe('crisis');
    expect(assessRisk("i'd rather not be around for much longer").level).toBe('crisis');
  });

  // A break-up may earn a gentle check-in (recall first), but the idiom keeps it from crisis.
  it('never makes crisis of "end things" said of a relationship', () => {
    expect(assessRisk('I want to end things with my boyfriend').level).not.toBe('crisis');
  });
});

describe('assessRisk: older examples people type', () => {
  it.each([
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
  'I keep cutting myself',
  'i hurt myself last night',
  'I want to self harm',
  "I've been burning myself",
  'i cut my self again',
  'started cutting again',
  'i want to hurt myself',
  'I took too many tablets',
  'i overdosed last night',
  "i od'd on my meds",
  'i took 30 paracetamol',
  'i tuk loads of pills',
  'swallowed a whole packet of paracetamol',
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
  'I want to hurt him',
  "I'm going to kill my boss",
  'I want to stab someone',
  'im gonna kill him i swear',
  'i feel like killing someone',
  'i want to strangle him',
  ])('%j -> crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each([
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
  "i can't do this anymore",
  "I'm not suicidal",
  'i would never kill myself',
  'i dont want to die',
  "i'm not going to hurt myself",
  'i have no suicidal thoughts',
  "i've never thought about suicide",
  'i have no plans to kill myself',
  "I don't want to hurt him",
    "I'm homeless at the moment",
  ])('%j -> concern', (text) => {
    expect(assessRisk(text).level).toBe('concern');
  });

  it('hears "i just want to disappear" as at least concern', () => {
    expect(assessRisk('i just want to disappear').level).not.toBe('none');
  });

  it('lists every kind of risk found, crisis first', () => {
    expect(assessRisk("i can't cope. he hits me and i want to die")).toEqual({
      level: 'crisis',
      reasons: ['thoughts of suicide', 'abuse or violence', 'not coping'],
    });
  });

  it('marks a denied crisis phrase as said not', () => {
    expect(assessRisk("I'm not suicidal").reasons).toEqual(['thoughts of suicide (said not)']);
  });

  // "Not ... yet" tells of a step still to come: it is no denial.
  it.each(["haven't bought the rope yet but i know which night", 'i have not got the rope yet', "i haven't cut myself yet today"])(
    '%j is crisis: a step not taken yet is not a denial',
    (text) => {
      expect(assessRisk(text).level).toBe('crisis');
    },
  );

  it('still hears "yet" that starts a new clause as "but": "not suicidal, yet i feel low" is a denial and a low mood', () => {
    expect(assessRisk("I'm not suicidal yet i feel so low").reasons).toEqual(['thoughts of suicide (said not)', 'low mood']);
  });
});

describe('assessRisk: the classifier catches what no rule lists', () => {
  // None of these phrasings is in a rule; the trained classifier hears them.
  it.each(['my head keeps telling me to just stop everything for good', 'stood on the platform thinking about it'])('%j is at least concern', (text) => {
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('normaliseForMatching', () => {
  it('lower-cases, drops punctuation and spells out chat shorthand', () => {
    expect(normaliseForMatching("I'm GONNA... do it!!")).toBe('i am going to do it');
    expect(normaliseForMatching('dont wanna, cant cope')).toBe('do not want to can not cope');
    expect(normaliseForMatching('kms')).toBe('kill myself');
    expect(normaliseForMatching('idk tbh u r rn')).toBe('i do not know honestly you are right now');
    expect(normaliseForMatching('i want to unalive myself')).toBe('i want to kill myself');
    expect(normaliseForMatching('i dont no, didnt no what to say')).toBe('i do not know did not know what to say');
    expect(normaliseForMatching('dont no more')).toBe('do not no more');
  });

  it('cuts letters held down and forgives typos in risk words', () => {
    expect(normaliseForMatching('sooooo tired')).toBe('so tired');
    expect(normaliseForMatching('kiiiill myslef')).toBe('kill myself');
    expect(normaliseForMatching('sucide husbnd slep')).toBe('suicide husband sleep');
    expect(normaliseForMatching('suicidel thoughts')).toBe('suicide thoughts');
  });

  it('leaves ordinary words that sit one letter from a risk word, and numbers of hours', () => {
    expect(normaliseForMatching('putting willing homeless coming')).toBe('putting willing homeless coming');
    expect(normaliseForMatching('constructor none odd coffee')).toBe('constructor none odd coffee');
    expect(normaliseForMatching('about 2 hours sleep')).toBe('about 2 hours sleep');
    expect(normaliseForMatching('want 2 die')).toBe('want to die');
  });

  // The patterns are written in normalised words; a pattern word that normalisation rewrites could never match.
  it('keeps every word the patterns use', () => {
    const groups = [...CRISIS_GROUPS, ...CONCERN_GROUPS, ...INDIRECT_CRISIS_GROUPS, ...INDIRECT_CONCERN_GROUPS];
    const patterns = groups.flatMap((group) => group.patterns).concat(IDIOMS);
    const words = new Set(patterns.flatMap((pattern) => pattern.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z0-9]+/g) ?? []));
    const rewritten = [...words].filter((word) => normaliseForMatching(word) !== word);
    expect(rewritten).toEqual([]);
  });
});

describe('isOneEditApart', () => {
  it('accepts one change, insertion, deletion or swap', () => {
    expect(isOneEditApart('suicde', 'suicide')).toBe(true);
    expect(isOneEditApart('myslef', 'myself')).toBe(true);
    expect(isOneEditApart('tabletss', 'tablets')).toBe(true);
  });

  it('rejects equal words and two edits', () => {
    expect(isOneEditApart('myself', 'myself')).toBe(false);
    expect(isOneEditApart('suicdie', 'suicidal')).toBe(false);
  });
});
