// Risk said plainly but spelt by sound, typed by voice or put in a second language's order
// (src/domain/risk/plainRiskMisspeltOrSaidInASecondLanguagePatterns.ts): beter of ded; rather in the
// grave than living like this; if i got cancer i would not fight it; shut my eyes and never open them
// again; ending it all the only option; the voice in my head saying you should die; i am thinking to
// end my life; credit cards cleared for when i am gone; if i tell anyone he will have me deported; the
// manager punched me; a guy touched me after i said stop; the night shelter full and nowhere to sleep;
// not eaten since tuesday and sanctioned; i will throttle that ticket machine; nothin to offer; sixteen
// hours' sleep and still exhausted; a few vodkas before any appointment; i have lost all hope; the rent
// for now but after that i do not know; the rent put up and we might have to leave; the building
// society will repossess our home; a leter from the bailifs. Our own examples, with look-alikes of our
// own: a song title, karaoke, a cold slept off, a surprise, a scary bit, ending it with a boyfriend, a laugh at the
// gym, voices never listened to, a CV to finish tomorrow, a pension at 82, a trip to Spain, a noise complaint, a
// parking fine, pool on the team night, a text from the manager, the rota, a dog shelter, a youth
// hostel at festival time, a stomach bug, Ramadan, punching in, a jammed printer, a charity shop, no
// skills needed, a night shift, a festival, coffee, the Christmas do, lost hope of one job, a new job,
// halls, house keys, an enforcement agent's job, a letter for the last tenant.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly, misspelt or in a second language', () => {
  it.each([
    ["Honestly I'd be beter of ded, nobody would notice.", "wishes to be dead"],
    ["i think id be better of dead than this life", "wishes to be dead"],
    ["I rather be in the grave than living like this.", "wishes to be dead"],
    ["i prefer die then go on like this every day", "wishes to be dead"],
    ["If I got cancer I wouldn't even fight it, I'd let it take me.", "wishes to be dead"],
    ["if i find out i am dying i would refuse treatment, honestly", "wishes to be dead"],
    ["Some nights I want to shut my eyes and never open them again.", "wishes to be dead"],
    ["wish i could close my eyes n not wake up agen", "wishes to be dead"],
    ["Some days ending it all seems like the only option left.", "thoughts of suicide"],
    ["killing myself feels like the only way out of this debt", "thoughts of suicide"],
    ["The voice in my head keeps saying you should die.", "thoughts of suicide"],
    ["my brian keep tellin me kill urself", "thoughts of suicide"],
    ["I am thinking to end my life, everything is too much.", "thoughts of suicide"],
    ["many times i think for kill myself since the visa refused", "thoughts of suicide"],
    ["I cleared my credit cards so the kids won't be stuck with them when I'm gone.", "preparing to end their life, or a past attempt"],
    ["Paying off all my loans now so nobody has to deal with it after i'm dead.", "preparing to end their life, or a past attempt"],
    ["My husband says if I tell anyone he'll have me deported.", "coercive control"],
    ["the agency man sed wen i go to police they will take my passport", "coercive control"],
    ["My manager at the warehouse punched me yesterday.", "abuse or violence"],
    ["The owner of the restaurant slapped me in front of everyone.", "abuse or violence"],
    ["A guy at the hostel touched me even after I said stop.", "abuse or violence"],
    ["someone did stuff to me at the party when i told him no", "abuse or violence"],
    ["Night shelter is full again, where do i sleep", "no safe place, food or power tonight"],
    ["the hostel turned me away and it is freezing out", "no safe place, food or power tonight"],
    ["Not eaten since Tuesday, UC was sanctioned and nothing in the cupboards.", "no safe place, food or power tonight"],
    ["last meal was 2 days ago, no mony at all", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "The song Better Of Dead is on repeat in my car.",
    "my mate sed hed be better of dead than support arsenal",
    "sometimes i think id be better of ded but i will not do anything, dont worry",
    "I'd rather die than do karaoke at the work party.",
    "I'd rather be buried in paperwork than sit at home.",
    "If I get a cold I won't fight it, I just sleep it off.",
    "If I got sick I would not fight with the manager about sick pay.",
    "In the scary bit I had to shut the eyes and not open them till the end.",
    "Close your eyes and don't open them again before the count of ten, it's a surprise.",
    "Ending it with my boyfriend was the only option.",
    "Ending it with the agency is the only way out of the zero hours contract.",
    "My head keeps saying kill yourself at the gym lol",
    "my head keeps saying kill urself but i never listen to it",
    "I think to end it with my boyfriend, he is lazy.",
    "I was thinking to finish it tomorrow, the CV.",
    "I paid off my debts so the kids are fine after I'm gone, I'm 82 and the pension covers the rest.",
    "Paid all the bills so my flatmate is fine after I'm gone to Spain for a month.",
    "If I call the police about the noise they will just take ages.",
    "If I tell the council about the parking fine they will report me to collections.",
    "My boss beat me at pool on the team night.",
    "My manager hit me up about extra shifts.",
    "The owner beat me to the parking space this morning.",
    "My manager did the rota with me even though I said no to weekends.",
    "The dog shelter is full, where do we take the stray puppy?",
    "The youth hostel in York was fully booked, where do I stay for the festival?",
    "Not eaten since yesterday because of a stomach bug, no appetite.",
    "I haven't eaten since Monday, it's Ramadan, no money worries though.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said plainly, misspelt or in a second language', () => {
  it.each([
    ["I swear I'll throttle that ticket machine lol.", "joked about hurting someone"],
    ["nearly punched the automated voice lady on the phone haha", "joked about hurting someone"],
    ["honestly i have nothin to offer any employer", "feels worthless"],
    ["No skils, no value, who would hire me.", "feels worthless"],
    ["Slept 16 hours yesterday and still exhausted.", "not eating or sleeping"],
    ["I sleep about twelve hours and I still don't want to get out of bed.", "not eating or sleeping"],
    ["I need a few vodkas before any job centre appointment now.", "drinking or drugs to cope"],
    ["my hands shake unless i have a can in the morning", "drinking or drugs to cope"],
    ["I think I have lost all hope now.", "hopelessness"],
    ["to be honest i lost hop", "hopelessness"],
    ["I can cover the rent for now but after that I do not know.", "may lose their home"],
    ["able to pay the rnt this month, next month no chance", "may lose their home"],
    ["Landlord put the rent up again, we might have to leave.", "may lose their home"],
    ["We can't afford the rent anymore, the housing officer told us to find somewhere else.", "may lose their home"],
    ["If I miss another payment the building society will repossess our home.", "may lose their home"],
    ["mortgage company said they will take the flat", "may lose their home"],
    ["Got a leter from the bailifs this morning.", "money worries"],
    ["enforcement agents coming tomorrow for the council tax", "money worries"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "I'm going to punch in at 9 for my shift at the machine shop.",
    "Could have strangled the printer this morning, it jammed twice.",
    "The agency had nothing to offer me this week.",
    "I have nothing to give the charity shop this week.",
    "No skills needed, no value judgements, just turn up.",
    "Slept 12 hours after my night shift, still tired.",
    "I slept 14 hours after the festival, still knackered.",
    "I need a coffee before any interview.",
    "I need a few drinks before the Christmas do.",
    "I never lost hope, and now I got the job!",
    "I lost hope of getting the Tesco job but applied elsewhere.",
    "I can pay rent this month and next month too now I've started the new job.",
    "can pay the rent now, next month no problem",
    "Have to move out of halls in June, rent went up for next year's students.",
    "The bank will take the house keys at completion.",
    "Applying for a job as an enforcement agent, interview tomorrow.",
    "The bailifs letter was for the previous tenant, nothing to do with me.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
