// Typed fast on a cracked phone (src/domain/risk/crackedPhoneLedgesHellToPayAndBayLeafsPatterns.ts
// and crackedPhoneFunksBlahAndBayLeafsPatterns.ts): not around long enough for it to matter, the idea
// of ending things that will not shift, talking themselves out of doing something to themselves, a
// date set so it does not spoil someone's day, the ledge and bottling it, the compass or a blade
// again, plasters more than a job, something brought to work to sort the boss out, the old job on
// the news, the hammer for the bailiffs and using it, careful at home or hurt, hurt at home again, hell
// to pay for a missed ring, a partner binning letters from employers, nothing left even for the kids;
// stuck forever, useless at everything, the worst applicant ever, who would want me, weed to sleep, a
// drink before the interview, the "bay leafs", lenders on their back, nightmares, the ceiling till
// dawn, drowning in it all, breaking down at little things, lost interest, a funk, "blah", could
// throttle the recruiter, throw the flatmate out of the window. Our own examples, typed badly.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis typed fast on a cracked phone', () => {
  it.each([
    ['dw bout the rota, prob wont be here long enough for any of it to matter', 'wishes to be dead'],
    ['hopefully wont be around that long to see the new rota start', 'wishes to be dead'],
    ['cnt get rid of the thought of ending it all, its there every nite', 'thoughts of suicide'],
    ['trying to shift the urge of killing myself since my birthday', 'thoughts of suicide'],
    ['sry missed ur call was talkin myself out of doing somethin stupid to myself', 'thoughts of suicide'],
    ['talked myself down from hurting myself again last nite', 'thoughts of suicide'],
    ['picked the day, after mums birthday so it doesnt spoil it for her', 'a plan to end their life'],
    ['got a date sorted for after xmas so i dont wreck it for the kids', 'a plan to end their life'],
    ['went up to the top of the car park tues. lost my nerve. next time i wont', 'preparing to end their life, or a past attempt'],
    ['was on the bridge railings last nite n chickened out', 'preparing to end their life, or a past attempt'],
    ['back to the old thing with the razor blade this week', 'self-harm'],
    ['been using the sharpener blade on my arm again', 'self-harm'],
    ['going thru plasters like nobodys business lately 🩹', 'self-harm'],
    ['swear down if he mouths off again im bringing a knife to the warehouse to shut him up', 'harm to someone else'],
    ['im taking something sharp into work n that will sort them out once and for all', 'harm to someone else'],
    ['gonna get my revenge on that lot at the depot, itll be all over the news', 'harm to someone else'],
    ['the landlords heavies can try it, got a crowbar by the bed n im not afraid to use it', 'harm to someone else'],
    ['gotta watch how i act round the house or i end up battered', 'abuse or violence'],
    ['mind what i text or he hits me', 'abuse or violence'],
    ['got knocked about by my fella again. happens a lot', 'abuse or violence'],
    ['if i dont reply in 5 mins he goes mental at me', 'coercive control'],
    ['if i miss a call there will be murders when i get in', 'coercive control'],
    ['my bf binned the letters from the agency so i never see them', 'coercive control'],
    ['she hides my post about interviews before i can open it', 'coercive control'],
    ['gone without dinner so the little ones had summat, now theres nothing left to feed them tonight', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'my contract ends in june so i wont be around long enough for the bonus to kick in',
    'the battery will not be around long enough to matter, need a new phone',
    "can't shake the idea of ending things with my boyfriend tbh",
    'talked myself out of buying another takeaway lol',
    'we set a date for after my sisters wedding so we dont clash, its our engagement party',
    'stood on the edge of the diving board for ages n bottled it',
    'doing the thing with the compass drawing circles for maths homework',
    'need plasters more than i need a job rn, these new work boots r killing my heels',
    'bringing something to work tomorrow to sort him out, he has the flu, lemsip n soup',
    "gonna make them pay at tribunal, it'll be in the papers",
    'if the bailiffs come, the hammer is for the shelves, i will use it later',
    'careful what i say at work or i get sacked',
    'got hurt at home again playing with the dog, not the 1st time',
    "if i don't answer my boss on the first ring there's hell to pay",
    'he deletes spam emails from employers before i see them, the filter does it',
    "skipped meals all week for lent, now there's nothing in the fridge even for them",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern typed fast on a cracked phone', () => {
  it.each([
    ['gna be stuck on benefits 4ever at this rate', 'hopelessness'],
    ['im gonna be like this for the rest of my life', 'hopelessness'],
    ['im so rubbish at literally everything', 'feels worthless'],
    ['must be the most useless applicant theyve ever seen', 'feels worthless'],
    ['who in their right mind would hire me', 'feels worthless'],
    ['takin way more sleeping pills to get my head down', 'drinking or drugs to cope'],
    ['been smokin the green every nite just to get thru', 'drinking or drugs to cope'],
    ['need a quick vodka before interviews, calms me down', 'drinking or drugs to cope'],
    ['bay leaves r knocking tmrw', 'money worries'],
    ['got 3 payday lenders ringing me every day', 'money worries'],
    ['bad dreams every nite, hate going to sleep', 'not eating or sleeping'],
    ['lay there awake til it gets light again', 'not eating or sleeping'],
    ['honestly sinking under all this', 'not coping'],
    ['keep crying over the tiniest things', 'not coping'],
    ['lost all interest in things i used to enjoy', 'low mood'],
    ['been in a bit of a funk all week', 'low mood'],
    ['feeling bleh today', 'low mood'],
    ['i cud literally throttle that work coach 😂', 'angry words about hurting someone'],
    ['could happily strangle my flatmate lol', 'angry words about hurting someone'],
    ['gonna chuck my brother off the balcony if he takes my charger again lol', 'angry words about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['stuck in this queue forever', 'hopelessness'],
    'the page is going to be stuck like this forever, app froze',
    ['my laptop is useless at everything', 'feels worthless'],
    ['who would want me to cover their shift on sat?', 'feels worthless'],
    ['bet im the worst candidate at the pub quiz lol', 'feels worthless'],
    ['smoking more salmon for the bbq this year', 'drinking or drugs to cope'],
    ['a coffee before the interview helps the nerves', 'drinking or drugs to cope'],
    ['add bay leaves to the stew, the recipe says', 'money worries'],
    ['got 4 recruitment agencies on my back about jobs', 'money worries'],
    ['my son has nightmares every night, he dreads going to bed', 'not eating or sleeping'],
    ['staring at the ceiling while the decorator does the artex', 'not eating or sleeping'],
    ['drowning in paperwork at work lol', 'not coping'],
    ['my car keeps breaking down at the smallest things', 'not coping'],
    ['lost interest in the retail job i used to love, want something new', 'low mood'],
    ['this playlist has me in a funk mood, love the band', 'low mood'],
    ['they said blah blah about the contract', 'low mood'],
    ['i could murder a curry', 'angry words about hurting someone'],
    ['could kill the interview tomorrow if i prep', 'angry words about hurting someone'],
    ['want to throw my phone out the window lol', 'angry words about hurting someone'],
  ].map((row) => (Array.isArray(row) ? row : [row, 'hopelessness'])))('%j is not read as %j by these rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
