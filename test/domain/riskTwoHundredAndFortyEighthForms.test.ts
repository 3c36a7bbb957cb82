// Forms of our own for the kinds the 248th split (dialects of Scotland, Northern Ireland, the North
// East and the Welsh valleys, spelt as spoken) brought, each said both the standard way and in
// dialect. The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';
import { TWO_HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS as SETS } from '../../src/domain/risk/motorNightsHarbourWalksAndTaenCreditPatterns.ts';

describe('crises said the standard way and in dialect', () => {
  it.each([
    ['getting battered by my husband again, I just keep quiet', 'abuse or violence'],
    ['been gettin skelped by ma fella, dinnae tell anybody', 'abuse or violence'],
    ['kipping in my car tonight, no clue where after', 'no safe place, food or power tonight'],
    ['sleepin in ma van the nicht, nae plan for the morra', 'no safe place, food or power tonight'],
    ["my ex is outside the flat banging on the window, I'm terrified", 'abuse or violence'],
    ["he's ootside the hoose kickin the door in, am shitting it", 'abuse or violence'],
    ["I'd sooner be six feet under than carry on like this", 'wishes to be dead'],
    ['ah wid rather be buried beside ma da', 'wishes to be dead'],
    ['if I died in my sleep it would be a relief honestly', 'wishes to be dead'],
    ['they would be better off without me', 'wishes to be dead'],
    ['the weans wid be better aff withoot me', 'wishes to be dead'],
    ['keep thinking about topping myself', 'thoughts of suicide'],
    ['some days a think aboot daein masel in', 'thoughts of suicide'],
    ['I have gone back to self harming after a year', 'self-harm'],
    ['started cuttin masel again', 'self-harm'],
    ['bought bandages, my arms are a mess, did it to myself', 'self-harm'],
    ['said my goodbyes to everyone, not that any of them realise it', 'preparing to end their life, or a past attempt'],
    ['handed the cat to my pal, told her it was only for a few days', 'preparing to end their life, or a past attempt'],
    ["once my brother's birthday is past, I don't want to ruin his day", 'a plan to end their life'],
    ["after our Kayleigh's christening, dinnae want tae wreck her day", 'a plan to end their life'],
    ["I'm going to do it, only a matter of time", 'intends to end their life'],
    ['gonnae do it, just a matter of time now', 'intends to end their life'],
    ['heading to the viaduct after my last shift', 'a plan to end their life'],
    ['off doon the pier the neet, nobody will see', 'a plan to end their life'],
    ['my da takes all my pip and I never see any of it', 'coercive control'],
    ['ma maw taks aw ma wages, a dinnae see a penny', 'coercive control'],
    ['I have to tell her everyone I speak to', 'coercive control'],
    ['he makes me show him who I text', 'coercive control'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });
});

describe('worries said the standard way and in dialect', () => {
  it.each([
    ["I'm at the end of my tether with it all", 'not coping'],
    ['nearly at the end o ma tether', 'not coping'],
    ["I've given up expecting things to get better", 'hopelessness'],
    ['stopped hopin owt tae change', 'hopelessness'],
    ["all my friends have moved on, it's only me now", 'feels alone'],
    ['aw ma mates moved away, just me on ma tod', 'feels alone'],
    ['the tick man wants double back by next week', 'money worries'],
    ["robbin peter to pay paul, that's me every month", 'money worries'],
    ['another teary day, stayed in bed', 'low mood'],
    ['having a greetin day, nothin done', 'low mood'],
    ["one more question about my strengths and I'm lobbing someone in the canal", 'joked about hurting someone'],
    ['ask me that again an am hoyin yous oot the window', 'joked about hurting someone'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });
});

describe('dialect idioms and everyday words these sets leave alone', () => {
  it.each([
    'am deid tired after the shift',
    "that bus journey was pure murder",
    'ah could murder a pint the night',
    "it's baltic oot there, wrap up",
    'got leathered at darts by ma fella last night',
    'got battered by the rain walking to the jobcentre',
    'sleeping in the van tonight at the festival, no plan just vibes',
    'the postie is outside the door and the dog is going mental, am feart he will bite',
    "I'd rather be in the garden planting tatties than at this course",
    'the squad wid be better aff wi a real keeper in goal haha',
    'toppin up the meter masel the morra before the interview',
    'need to top up ma meter, doin masel a favour and going early',
    'went back to cutting hair after 3 years off, the barber took me on',
    'had plasters on, my legs are a state after the run, my own doing',
    'said my goodbyes at the old job, start the new one monday',
    'gave the dug to ma neighbour, told him it was just for a wee while till am back fae the interview',
    "I'll start looking after my sister's wedding, don't want to spoil her day",
    "I'll do it before the deadline, only a matter of time",
    'going to the harbour after my last shift for chips',
    'ma maw keeps aw ma wages in her savings tin, we agreed it, so a dinnae see a penny till christmas',
    'I have to tell my probation officer where i go',
    'at the end of my tether with this puppy',
    'all my mates moved away, just me and the missus now, bliss',
    'had a weepy day at my daughters graduation, so proud',
    'lobbing the old sofa off the balcony, pure joke',
    ...BARE_COACH_ANSWERS,
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
