// Young people's slang and text-speak (src/domain/risk/youngSlangSofasAndGroupChatsPatterns.ts): what
// happens to a claim if you die "asking for me", the date picked and "fitting", a keepsake in an
// envelope with a name on it for after, the bat used on them, going for whoever is nearest when they
// lose it, a boss who keeps touching them with shifts as the threat, a partner who does not like them
// talking to people, run out of sofas as it gets dark; tried everything "what now", born on hard mode,
// something wrong wi me, hungover as it is easier than feeling, weed to zone out, sofa surfing, gone
// to the bailiffs, pay back and borrow again, everyone out while they sit alone, a new chat without
// them, cannot function, even a text floors them, cannot remember being happy, smash the laptop "and
// maybe the adviser". Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in young people’s slang and text-speak', () => {
  it.each([
    ['who gets my phone n stuff if i died tbh. asking for myself', 'thoughts of suicide'],
    ['What happens to the rent if someone dies? Asking for me.', 'thoughts of suicide'],
    ['picked the date. the day my tag comes off. seems fitting', 'a plan to end their life'],
    ["I've chosen a day now, the day my tenancy runs out. Poetic really.", 'a plan to end their life'],
    ["left my chain in a box with my sister's name on it for when i'm gone", 'preparing to end their life, or a past attempt'],
    ["Put the games in a bag with my brother's name on them, he can have them after", 'preparing to end their life, or a past attempt'],
    ['if he comes near my door again im bringing the bat to him', 'harm to someone else'],
    ["Swear I'm taking the knife to them next time they start", 'harm to someone else'],
    ['whenever i see red i lash out at anyone near me, hit my mum last month', 'harm to someone else'],
    ['When I flip I go for whoever is closest, it scares me', 'harm to someone else'],
    ['the supervisor at the warehouse keeps touchin me and said no one will believe me', 'abuse or violence'],
    ["Boss at the chippy always touching me, says I'll lose my hours if I tell", 'abuse or violence'],
    ["missed the session cos my boyfriend doesnt like me speakin to support workers", 'coercive control'],
    ['My partner wont let me see my friends or talk to anyone from services', 'coercive control'],
    ['run out of couches now, everyone said no, looks like the streets tonight', 'no safe place, food or power tonight'],
    ['No more places to crash. Getting dark and nowhere to go', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    ['what happens to my dads pension if he dies? asking for my mum', 'thoughts of suicide'],
    ['if you die in the game you lose your loot, asking for myself lol', 'thoughts of suicide'],
    ['got the date for my interview, the 3rd. fitting really since its my birthday', 'a plan to end their life'],
    ['picked the day for the move, seems right', 'a plan to end their life'],
    ['went to the fitting room and picked a day to go back', 'a plan to end their life'],
    ["put the cash in an envelope with the landlord's name on it for after the inspection", 'preparing to end their life, or a past attempt'],
    ["wrapped the presents in a bag with my cousin's name on it for after christmas dinner", 'preparing to end their life, or a past attempt'],
    ['im using the hammer on the shelf tonight, wish me luck', 'harm to someone else'],
    ['swear im taking the bat to them at cricket on saturday lol', 'harm to someone else'],
    ['when i lose it on fifa i throw the controller at anyone near me haha', 'harm to someone else'],
    ['when i kick off at the gym i go for the punchbag, whoever is nearest gets the next go', 'harm to someone else'],
    ['my toddler keeps touching me with sticky hands, my boss will think im a mess', 'abuse or violence'],
    ['the manager said to keep in touch, she is touching base with me friday', 'abuse or violence'],
    ['my girlfriend doesnt like me texting at the table lol', 'coercive control'],
    ['my boyfriend hates me going out without a coat', 'coercive control'],
    ['the shop has run out of sofas in the sale, going back tonight', 'no safe place, food or power tonight'],
    ['the hotel ran out of beds for the wedding guests so they slept outside in tents', 'no safe place, food or power tonight'],
  ])('%j is no crisis of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).crisis]).not.toContain(reason);
  });
});

describe('concern in young people’s slang and text-speak', () => {
  it.each([
    ['tried it all. uni, retail, the agency. nothing works. what now', 'hopelessness'],
    ['Tried every course going and it is always the same', 'hopelessness'],
    ['honestly feel like i was born on hard mode with no checkpoints', 'hopelessness'],
    ['life is rigged against me fr', 'hopelessness'],
    ['30 applications no reply. there must be something wrong wi me', 'feels worthless'],
    ['Obviously something is wrong with me, nobody ever calls back', 'feels worthless'],
    ['drunk again last night. easier than thinking about any of it', 'drinking or drugs to cope'],
    ['been smoking weed to zone out most days', 'drinking or drugs to cope'],
    ['I take a few pills to forget about stuff, only on weekends', 'drinking or drugs to cope'],
    ['been sofa surfing for a month now', 'may lose their home'],
    ["i'm still couch surfing at my cousin's", 'may lose their home'],
    ['my overdraft went to debt collectors last week', 'money worries'],
    ['the loan has been passed to the bailiffs now', 'money worries'],
    ['paid it all back then had to borrow again the same day', 'money worries'],
    ["everyone's out at the party and i'm just sat in my room alone", 'feels alone'],
    ['they set up a new group without me and i only found out from insta', 'feels alone'],
    ['got kicked out of the group chat and nobody said why', 'feels alone'],
    ['i literally cannot function this week', 'not coping'],
    ['these days even a text from the jobcentre floors me', 'not coping'],
    ['I used to be able to cope with anything, now i can barely get out of bed', 'not coping'],
    ["honestly can't remember when i last felt properly happy", 'low mood'],
    ['cannot remember the last time i actually laughed', 'low mood'],
    ['about to smash the laptop and maybe the work coach as well', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['tried everything to get my printer working, nothing works', 'hopelessness'],
    ['tried all sorts of recipes for the bake sale, always the same result', 'hopelessness'],
    ['started a new save on hard mode on the ps5 with no checkpoints', 'hopelessness'],
    ['the ref was rigged against us, fair play', 'hopelessness'],
    ['the gp says there is something wrong with me, blood tests on monday', 'feels worthless'],
    ['there must be something wrong with my laptop, it keeps crashing', 'feels worthless'],
    ['he was drunk again, easier than talking to him about it', 'drinking or drugs to cope'],
    ['gp prescribed pills to help me sleep and stop thinking so much', 'drinking or drugs to cope'],
    ['my sisters been sofa surfin but shes got a council flat now', 'may lose their home'],
    ['she has been couch surfing round europe on her gap year', 'may lose their home'],
    ['i work in collections at the bank, is that good for my cv', 'money worries'],
    ['took the book back to the library and borrowed it again', 'money worries'],
    ['everyone is out at the match and im at work on my own till close', 'feels alone'],
    ['they made a new group chat without me for my surprise birthday haha', 'feels alone'],
    ['my phone cannot function without an update', 'not coping'],
    ['cannot function without coffee in the morning', 'not coping'],
    ['even the ending of that film breaks me every time', 'not coping'],
    ["can't remember the last time i was this happy, got the job!", 'low mood'],
    ['cannot remember when i was happy with my hair, new cut is class', 'low mood'],
    ['gonna smash the boss level and maybe the final character too', 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
