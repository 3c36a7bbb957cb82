// Faith, grief and community words (src/domain/risk/faithGriefAndAfterlifeWordsPatterns.ts):
// welcoming death, someone's suicide "and now i get why", a dead relative's old pills stared at or
// the hospice's leftover medication to be used, the family hugged "one last time, then", a day
// picked on the anniversary of a death, a letter hidden in the quran or left to open after friday,
// one's own rings or medals handed on, a lie told at minor injuries, "pay with his blood", a
// stepdad who whips them with a belt, no meal in days "not ramadan, just no food"; "no future for
// me", "come to nothing and she was right", the bookies instead of the jobcentre, the family
// wanting the flat back after a death, final demands from the undertaker, lying awake all night,
// the mosque no longer calling, not remembering the last smile, a threat to a brother with "lol".
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in words of faith and grief', () => {
  it.each([
    ['honestly i would gladly welcome death at this point', 'wishes to be dead'],
    ['i would embrace the grim reaper if he knocked tonight', 'wishes to be dead'],
    ['my uncle took his own life when i was young and now i get why he did it', 'thoughts of suicide'],
    ['my best friend died by suicide last year and these days i understand why', 'thoughts of suicide'],
    ['keep looking at grans leftover morphine every night', 'thinking about a way to end their life'],
    ['sat counting my dads old tablets for hours again', 'thinking about a way to end their life'],
    ['i am going to take all the oramorph that was left over when he died', 'a plan to end their life'],
    ['once the anniversary mass is done i want to hug my grandkids one last time, then it is sorted', 'a plan to end their life'],
    ['i have picked the day. the 14th. same day as my husband passed', 'a plan to end their life'],
    ['left a letter for my daughter, it is in my quran', 'preparing to end their life, or a past attempt'],
    ['gave the imam a sealed envelope to open after friday', 'preparing to end their life, or a past attempt'],
    ['handed my granddaughter my engagement ring yesterday', 'preparing to end their life, or a past attempt'],
    ['gave my son my war medals on sunday', 'preparing to end their life, or a past attempt'],
    ['had the wound glued at minor injuries and told the nurse i fell. i did not', 'self-harm'],
    ['he will pay for what he did with his blood', 'harm to someone else'],
    ['my stepdad whips me with the belt when he is drunk', 'abuse or violence'],
    ['my husband scalds me with the kettle', 'abuse or violence'],
    ['not had a meal in three days, it is not ramadan, there is just no food', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'i would welcome the end of this probation period',
    'we would welcome death metal fans at the gig lol',
    'the film where a guy killed himself, i understand why people cry at it',
    'my cousin took her own life and i still do not understand why',
    'the suicide prevention course helped me see why people hide it',
    'i will take the leftover medication back to the chemist',
    'counting out her tablets into the dosette box for the week',
    'staring at my vitamins again wondering if i took one',
    'want to see everyone one last time before i move to australia',
    'we want to see the grandkids one last time before the holiday, then it is set',
    'i have a date for the interview, same day my dad passed funnily enough',
    'i have the date for the headstone unveiling, the same day he passed',
    'wrote a note for the milkman and left it under the mat',
    'left my boss a letter to open on monday, it is my resignation',
    'gave the kids a letter to open on christmas morning',
    'gave the jeweller my wedding ring to resize',
    'gave my wedding ring back to him after the divorce',
    'my daughter wore my wedding ring on her wedding day, i gave it to her to wear',
    'told my boss i was ill, i was not',
    'needed stitches after i dropped a glass, told a e the same',
    'you pay in blood points in that game',
    'my brother threw the ball at me with his left hand',
    'have not eaten in two days, stomach bug, just nothing stays down',
    'not eaten in two days, fasting for ramadan',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in words of faith and grief', () => {
  it.each([
    ['i can see no future for me any more', 'hopelessness'],
    ['teacher said i would come to nothing and she was right', 'feels worthless'],
    ['the bookies is where i end up instead of the jobcentre', 'drinking or drugs to cope'],
    ['his family want the flat back now that he has died', 'may lose their home'],
    ['still owe the undertaker and the final demands keep coming', 'money worries'],
    ['lying awake waiting for her to come home all night even though she is gone', 'not eating or sleeping'],
    ['everyone at the mosque stopped calling after the funeral', 'feels alone'],
    ['i can not remember the last time i smiled', 'low mood'],
    ['swear i will throttle my brother for telling mum lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i see no way forward with this application, can you help',
    'my dad said i would amount to nothing and i proved him wrong',
    'i go to the pub quiz instead of the telly on thursdays',
    'we have to leave the house at 7 for the interview',
    'the owners want the holiday cottage back for the summer lol',
    'borrowed my sisters car and she wants it back by friday',
    'i owe you an email, my reminders app broke',
    'lie there listening to podcasts all night on the night shift',
    'my friends drifted off to sleep during the film',
    'cant remember the last time i laughed so hard, that comedy was brilliant',
    'with a heavy heart i handed in my notice',
    'gonna smash my cousin at fifa tonight lol',
    'my aunt says she will slap my cousin if he is late to the wedding again lol',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'may lose their home', 'money worries', 'not eating or sleeping', 'feels alone', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
