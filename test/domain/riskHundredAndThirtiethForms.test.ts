// A twenty-first plain mix: risk said in passing, in the middle of everyday talk
// (src/domain/risk/plainMixOnlyWayOutWrappedArmsAndSoberSessionsPatterns.ts): the only way out I can see is
// to end it all; no point in a five-year plan, I won't be here by then; my wrists are a state, bandaged
// them up; the housemate who comes into my room in the night; can't sit through another job club sober;
// the emergency accommodation ends on Friday; feeling myself spiralling again.
// Our own examples, with look-alikes of our own: the only way out of a phone contract; not around because
// of a holiday or a move; a tattoo wrapped in cling film; a flatmate home from night shifts; a party
// sober, with a laugh; a tenancy ending with a new place found; prices spiralling. And everyday answers to
// the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed, reasonsReadBy } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { HUNDRED_AND_THIRTIETH_WHOLE_SETS } from '../../src/domain/risk/plainMixOnlyWayOutWrappedArmsAndSoberSessionsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readBySets = (text: string): string[] => reasonsReadBy(HUNDRED_AND_THIRTIETH_WHOLE_SETS, text);

describe('crisis said in passing in a twenty-first plain mix', () => {
  it.each([
    ['Honestly the only way out I can see is to end it all.', 'thoughts of suicide'],
    ['With the debts and everything, the only answer left is to end my life', 'thoughts of suicide'],
    ['the only solution is ending it all haha, not even joking', 'thoughts of suicide'],
    ['My marriage is over and the only way out I can see is to end it all', 'thoughts of suicide'],
    ["Don't bother booking the next review, there's no point, I won't be around much longer.", 'intends to end their life'],
    ["What's the point in a five year plan when I'm not going to be here by then", 'intends to end their life'],
    ['My wrists are a state again, bandaged them up before the interview.', 'self-harm'],
    ['My thighs are all cut up, wore long sleeves and baggy jeans so no one sees', 'self-harm'],
    ["My housemate keeps coming into my room in the night while I'm asleep, I've started sleeping with a chair against the door.", 'abuse or violence'],
    ["The guy I rent from won't leave me alone, keeps knocking on my bedroom door at night and I'm scared.", 'abuse or violence'],
  ])('%j is read as crisis', (text, reason) => {
    expect(readBySets(text)).toContain(reason);
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'The only way out of the phone contract is to end it early and pay the fee.',
    "The only answer is to end things with him, he's holding me back from applying.",
    'Only option left is to end my contract with the agency',
    'The relationship is going nowhere, the only answer is to end it and focus on the course.',
    "No point booking me in for Tuesday, I'm not going to be around, I'm on holiday.",
    "No point sending the letter here, I won't be around, I'm moving to my nan's next week.",
    "No point ringing in the afternoon, I'm not going to be around then",
    'My arm is a mess from the new tattoo, had to wrap it in cling film.',
    'My legs were a mess from nettles on the litter pick, covered them up with trousers',
    'Fell off my bike, my arm is a state, bandaged it up',
    'My legs are a mess after leg day, wrapped them in a blanket',
    'My flatmate comes in at 3am from his night shifts and wakes me up, need earplugs',
    'The landlord came in at night to fix the boiler, bit awkward.',
    "My landlord won't leave me alone about the rent being late, keeps ringing at night.",
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    "I've set a date for the interview",
    "not this week, I won't be around",
    "no point doing it this week, I won't be around, back on Monday",
  ])('%j is not read as crisis by these sets', (text) => {
    expect(readBySets(text)).toEqual([]);
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said in passing in a twenty-first plain mix', () => {
  it.each([
    ["Honestly I can't get through these interviews without a couple of cans first.", 'drinking or drugs to cope'],
    ["I can't sit through another job club sober.", 'drinking or drugs to cope'],
    ["Our emergency accommodation ends on Friday and the council hasn't said what happens next.", 'may lose their home'],
    ["My lease is up in May and I've no idea where I'll go", 'may lose their home'],
    ["Been spiralling since the redundancy, can't switch off.", 'not coping'],
    ['I can feel myself spiralling again.', 'not coping'],
  ])('%j is read as concern', (text, reason) => {
    expect(readBySets(text)).toContain(reason);
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["Can't face the works party sober lol", 'drinking or drugs to cope'],
    ["I can't do mornings without a coffee first", 'drinking or drugs to cope'],
    ["Staying sober for the interview, can't wait to get it done", 'drinking or drugs to cope'],
    ["My tenancy ends in June but we've found a new place nearer the college.", 'may lose their home'],
    ['My temporary contract ends in March, need a new job', 'may lose their home'],
    ["My temporary accommodation ends in March and we've been offered a council flat!", 'may lose their home'],
    ['Prices are spiralling, my shopping cost double this week.', 'not coping'],
    ['Bought a spiral notebook for the course, very organised', 'not coping'],
    ["My mum's been spiralling since dad left", 'not coping'],
  ])('%j is not read as %j by these sets', (text, reason) => {
    expect(readBySets(text)).not.toContain(reason);
  });
});
