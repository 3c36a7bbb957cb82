// A twenty-second plain mix of job seekers (src/domain/risk/plainMixNotComingBackRopeLookingAndUnaskedBirthdaysPatterns.ts):
// once the interview's over I won't be coming back, to any of it; that's me done, properly done; one more
// birthday I never asked for; if a bus comes I don't think I'd step back; keep looking at the rope in B&Q,
// put it back; my wrist bled through my sleeve; left a note for my sister in case anything happens; the roof's
// leaking onto the bed, can't sleep here tonight with the baby. And, for concern: going to punt the dog over the
// fence; the only person I've talked to in a fortnight; meh, bit flat.
// Our own examples, with look-alikes of our own: not coming back to this agency; that's me done for the day;
// a van parked outside; rope for the allotment; a nosebleed on my shirt; notes for the cat sitter while I'm
// away; staying at my mum's tonight; the first person I spoke to at the agency; the phone battery just low. And
// the bare answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_SEVENTH_WHOLE_SETS } from '../../src/domain/risk/plainMixNotComingBackRopeLookingAndUnaskedBirthdaysPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_SEVENTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said in passing in a plain mix', () => {
  it.each([
    ["once the interview's over I won't be coming back. to any of it", 'intends to end their life'],
    ['after I drop the forms off I am never going back to any of this', 'intends to end their life'],
    ["if the tribunal goes against me that's me done, properly done", 'intends to end their life'],
    ['honestly I think I am done done now', 'intends to end their life'],
    ['one more birthday I never asked for. 52 today', 'wishes to be dead'],
    ["christmas again, yet another year I didn't want", 'wishes to be dead'],
    ["if a bus comes when I'm at the lights I don't think I'd step back", 'thoughts of suicide'],
    ['some mornings I think if the train comes I just would not move', 'thoughts of suicide'],
    ['keep looking at the rope in B&Q. put it back again today', 'thinking about a way to end their life'],
    ["priced up a length of rope online, haven't bought it, not sure why", 'thinking about a way to end their life'],
    ['my wrist bled through my sleeve on the bus to the jobcentre', 'self-harm'],
    ['blood seeping through my top from my thigh during the assessment, nobody noticed', 'self-harm'],
    ['left a note for my sister in the drawer, in case anything happens', 'preparing to end their life, or a past attempt'],
    ['wrote down all my passwords, it is for when I am not around', 'preparing to end their life, or a past attempt'],
    ["the roof's leaking onto the bed, can't sleep here tonight with the baby and the landlord won't pick up", 'no safe place, food or power tonight'],
    ['the front door was kicked in, no lock, we cannot stay in the flat tonight and I have nowhere to go', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday uses of the same words.
    'after this placement I am not coming back to agency work',
    "not coming back to anything in retail, I've had enough of weekends",
    "that's me done for the day, applied for six",
    "if this one doesn't work out that's me done with agencies for good, going self employed",
    'another year older, another birthday card from the jobcentre I never asked for lol',
    'one more year of this course and I can apply',
    "if a van comes while I'm parked on the drive I won't move it, it's my space",
    'the lollipop lady said if a car comes she just wont move and they have to stop',
    'been looking at rope for the allotment, did not buy any yet',
    'looked at climbing rope at the outdoor shop, just browsing for now',
    'blood on my shirt from a nosebleed before the interview, had to change',
    'bled all over my sleeve, cut myself on the fence at the allotment',
    'left instructions for the cat sitter in case anything happens while I am away',
    'wrote a note for the babysitter with my number, in case anything happens',
    "can't stay here tonight, my mum's putting us up till the ceiling's fixed",
    "can't stay at the flat tonight, the landlord's fixing the boiler, staying with my sister",
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said in passing in a plain mix', () => {
  it.each([
    ['the dog chewed my interview shoes, going to punt him over the fence 😂 (I would not)', 'joked about hurting someone'],
    ['kitten sat on the keyboard and sent my CV half done, I could launch her into orbit', 'joked about hurting someone'],
    ["the man at the post office is the only person I've talked to in a fortnight", 'feels alone'],
    ['first time I have spoken to anyone since Sunday, the work coach call', 'feels alone'],
    ['meh, bit flat', 'low mood'],
    ['not good. honestly just down', 'low mood'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'the dog is going to the vet about his paw, want to get him seen today',
    'my cat loves the new scratching post, she is my baby',
    'the first person I spoke to at the agency was really helpful',
    'the recruiter was the first person I have spoken to since Monday about the role, positive call',
    'not great, the phone battery is just low',
    'meh, the salary is a bit low',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
