// Forms of the kinds read from the 257th to the 261st splits (risk/indifferentEndingsInnerVoicesAndDoorwaysPatterns.ts),
// written for this test in other words than the splits', with everyday look-alikes that must stay
// below crisis. And worry about the adviser's reaction, which the models alone had read as crisis
// (risk/everydayOnlyAnswer.ts).
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { FIFTY_SEVENTH_TO_SIXTY_FIRST_WHOLE_SETS } from '../../src/domain/risk/indifferentEndingsInnerVoicesAndDoorwaysPatterns.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { readEverySet } from '../../src/domain/risk/screenedRules.ts';

describe('kinds the rules now hear on their own', () => {
  it.each([
    'wouldnt be that bothered if my heart just stopped on the night bus',
    'i would not mind much if i never woke up to the morning tbh',
    'if the 42 bus knocked me over tomorrow i wouldnt even mind',
    'id quite happily be run over by a van on the way to the jobcentre',
    'my head keeps telling me to just end it all',
    'my brain always jumps straight to kill yourself when an email says unfortunately',
    'thinking the only way out is a permanent one',
    'rough day at the agency, came home and cut again',
    'what would happen if someone drank antifreeze, asking for me',
    'the manager will get hurt if he sacks me on friday, dead serious',
    'ill be gone before christmas so dont waste time on my application',
    'sunday night is the night, everything is sorted',
    'im going off the top of the multi storey after my last shift',
    'sleeping in the bus shelter tonight, nowhere else',
    'got nothing at all in the cupboards, not even for the kids breakfast',
    'my landlord threatened to batter me if i call the council',
    'my boyfriend keeps ringing my manager to check im actually at work',
  ])('%j is crisis by a rule', (text) => {
    expect(applyRules(text).crisis.size).toBeGreaterThan(0);
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each([
    'wouldnt mind a lie in if i got a day off',
    'my hours got cut again so money is tight',
    'just cut a bit off my fringe for the interview photo',
    'what happens if my dog eats chocolate, panicking',
    'the exit from the eu was permanent, we did it at college',
    'my mum threatened to kick me out of the group chat lol',
    'sleeping in a tent tonight at the festival before my shift',
    'saturday is the day, everything is sorted for the interview',
    'going off the pier for a swim with my mates after the shift',
    'he rings my work when the kids are poorly to check i can pick them up',
    'i will be gone for a week on holiday so do not worry about my cv',
  ])('%j opens none of these sets', (text) => {
    // Some of these are still read as crisis by older rules or the models ("wouldnt mind a lie in",
    // "sleeping in a tent tonight"): see the README's false alarms. These sets add none.
    expect(readEverySet(FIFTY_SEVENTH_TO_SIXTY_FIRST_WHOLE_SETS, normaliseForMatching(text)).map((group) => group.reason)).toEqual([]);
  });
});

describe('a tent at a festival or a campsite (risk/indirectCrisisPatterns.ts)', () => {
  it.each(['sleeping in a tent tonight at the festival before my shift', 'sleeping in a tent at the campsite for dofe this weekend'])('%j is not crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  it.each(['sleeping in a tent tonight, nowhere else to go', 'sleeping in a tent again tonight by the canal'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe("worry about the adviser's reaction", () => {
  it.each(['will my adviser be disappointed in me', 'is my work coach gonna be cross with me', 'will my coach be mad at me if i missed it'])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['will my adviser be disappointed in me. i just want to die', 'is she gonna be mad at me', 'will my adviser be disappointed in me, i cant go on'])('%j is still read for risk', (text) => {
    expect(assessRisk(text).level).not.toBe('none');
  });
});
