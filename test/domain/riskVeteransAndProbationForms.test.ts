// Forms of our own for the kinds the hundred-and-ninety-ninth split brought (veterans, emergency
// workers and prison officers out of work, people out of prison or on probation), written as rules
// (src/domain/risk/veteransFirstTrainsForcedVisitsAndTiedHousesPatterns.ts). The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_NINETY_NINTH_WHOLE_SETS as SETS } from '../../src/domain/risk/veteransFirstTrainsForcedVisitsAndTiedHousesPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['my stepdad keeps forcing himself on me when mum is at work', 'abuse or violence'],
    ['he touches me even though i said no', 'abuse or violence'],
    ['friday night, going to step in front of the last train', 'a plan to end their life'],
    ['gonna walk onto the tracks after the funeral', 'a plan to end their life'],
    ['took my dads rifle, heading up to the woods on sunday', 'a plan to end their life'],
    ['waiting till my tag comes off and then do it', 'a plan to end their life'],
    ['scraped a blade along my thigh last night', 'self-harm'],
    ['honestly wish the crash had finished me off', 'wishes to be dead'],
    ['my girlfriend went for me with a bottle again', 'abuse or violence'],
    ['locked out of the hostel, they will not let me back in, no idea where i will sleep', 'no safe place, food or power tonight'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries these sets read', () => {
  it.each([
    ['every time i get a rejection email i end up at the offy', 'drinking or drugs to cope'],
    ['we have to hand back the married quarters next month', 'may lose their home'],
    ['gonna lob my phone at the jobcentre guard lol', 'joked about hurting someone'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'first shift tomorrow, walking onto the line at the packing factory',
    'catching the first train, i will be on the line to brighton by 7',
    'jumping onto the train at 8 for my interview',
    'got the shotgun out of the cabinet, going to the field for the rabbits on monday',
    'i dug my nails into my hand at the interview, so nervous',
    'the nurse pressed a needle into my arm for the blood test',
    'i wish the bus had come on time',
    'my wife goes for me to the jobcentre when i am on shift',
    'locked out of my universal credit account, cant get back in',
    'when i get a rejection i go for a run',
    'we lost the house we wanted to buy',
    'throwing the ball at the dog lol',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
