// Metaphor, imagery and short answers to the coach's steps
// (src/domain/risk/metaphorImageryAndCoachStepAnswersPatterns.ts): going to sleep and staying there,
// the curtain coming down on it all, a bridge or cliff looking like the answer, sure out of ten about
// ending it or leaving for good "not the job", when/what/where answered with "the end" and a place; no
// next chapter, better off hiring a brick than me, a low score for keeping the flat, letters unopened
// in a drawer, a laptop out the window and the person after it, dead meat when they get home, burying
// whoever ate the last of something. Our own examples, with look-alikes of our own: a toddler's nap
// and a lie-in, the theatre and new curtains, the bridge as a way round the traffic, emigrating and
// giving up smoking, a walk's when/what/where, a book's last chapter, the pub quiz team, keeping the
// flat tidy, unopened birthday cards and emails, a laptop and its charger, a steak and a dead phone,
// a designer's form and a board game.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told in a metaphor or a step answer', () => {
  it.each([
    ["Honestly I'd be happy to drift off to sleep and just stay there.", "wishes to be dead"],
    ["Some nights I would love to go to sleep and stay under.", "wishes to be dead"],
    ["I'm just waiting for the final curtain to fall on my life.", "wishes to be dead"],
    ["Part of me wants someone to bring the curtain down on it all.", "wishes to be dead"],
    ["That bridge over the bypass keeps looking like a way out.", "thinking about a way to end their life"],
    ["Every time I pass the reservoir it seems more and more like the answer.", "thinking about a way to end their life"],
    ["Confidence score? 9 out of 10 about ending it all, sorry.", "intends to end their life"],
    ["Dead sure about not being here by spring.", "intends to end their life"],
    ["Thinking of going for good. Not the jobcentre, I mean going.", "intends to end their life"],
    ["Who? Me. When? Sunday. What? Ending it. Where? The railway line.", "a plan to end their life"],
    ["What? The end. How? The pills I've saved.", "a plan to end their life"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My toddler would love to go to sleep and stay there till noon on a Saturday.",
    "After my night shift I'd love to drift off to sleep and stay asleep all day.",
    "The curtain came down on the panto to a standing ovation.",
    "I'm ready for the curtain to come down on all of this dust, new blinds next week.",
    "The bridge is looking like the only option since the tunnel closed to traffic.",
    "The cliffs look like an answer for my photography portfolio, amazing views.",
    "The river is looking like a solution for watering the allotment.",
    "The sea is starting to look tempting, might go in for a dip.",
    "The curtain is coming down on my time at the warehouse today, last shift.",
    "100 percent sure about leaving for good, we're emigrating to Australia in May.",
    "10/10 sure about giving up smoking for good, not the job thing, the cigs.",
    "When? Saturday. What? A walk. Where? The quarry trail, bring boots.",
    "What? The end of the course party. Where? The pub by the canal.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told in a metaphor or a step answer', () => {
  it.each([
    ["At 55 there are no more chapters for me, that was it.", "hopelessness"],
    ["The next chapter is never going to come, is it.", "hopelessness"],
    ["Honestly they'd be better off employing a potato than me.", "feels worthless"],
    ["A traffic cone would do the job better than me.", "feels worthless"],
    ["Odds of keeping my room past March? 2/10.", "may lose their home"],
    ["Chance of losing the house this year: 8 out of 10.", "may lose their home"],
    ["There's a pile of letters under the bed I haven't opened since June.", "money worries"],
    ["Too scared to open the bills, dozens of them stuffed in a drawer.", "money worries"],
    ["The printer is going out the window and my manager straight after it lol.", "joked about hurting someone"],
    ["My brother is dead meat when I get hold of him, he crashed my car lol.", "joked about hurting someone"],
    ["I'll strangle whoever ate my lunch from the fridge haha.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["I've finished the book and there are no more chapters, sad ending.", "hopelessness"],
    ["The workbook has no next chapter, the module ends at unit six.", "hopelessness"],
    ["They'd be better off picking a toddler than me for the pub quiz team lol.", "feels worthless"],
    ["For the move you'd be better off hiring a van than me, my car is tiny.", "feels worthless"],
    ["How sure am I of keeping the flat tidy? 3 out of 10 honestly.", "may lose their home"],
    ["Keeping the house plants alive: 2/10.", "may lose their home"],
    ["I've got 30 unopened birthday cards in a drawer from years back.", "money worries"],
    ["200 unopened emails in my inbox, going to sort them today.", "money worries"],
    ["The pile of post I haven't opened is mostly takeaway menus.", "money worries"],
    ["Threw the old laptop out the window of the van and the charger with it, skip day.", "joked about hurting someone"],
    ["The steak is dead meat when I get home, BBQ tonight.", "joked about hurting someone"],
    ["Going to bury whoever designed this form lol.", "joked about hurting someone"],
    ["In the game I had to bury whoever took the treasure.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
