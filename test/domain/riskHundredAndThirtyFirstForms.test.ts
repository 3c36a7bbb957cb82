// Second-language speakers, people with long-term health conditions and unpaid carers
// (src/domain/risk/secondLanguageCarersAndLongIllnessPatterns.ts): testing the cord to see if it would
// hold; scars with new company; a wrist hurt on purpose; a boyfriend who answers the coach's messages as
// me; bye, I can't keep going; no credit on the meter and nothing in the bank; hard of hearing and sat on
// my own; lying awake the whole night; "bit flat, sorry"; "alone is a strong word, but yeah".
// Our own examples, with look-alikes of our own: belt sizes and karate belts; surgery scars; a burn by
// accident; my wife reads my CV; goodbye to the course; the meter topped up; a deaf awareness course; the
// night shift; a flat tyre; the everyday answers to the coach's questions.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

describe('crisis said plainly by second-language speakers, carers and the long-term ill', () => {
  it.each([
    ["I've been testing the cord on the bannister to see if it would hold.", 'preparing to end their life, or a past attempt'],
    ['tried with my dressing gown belt last night, to see if i could', 'preparing to end their life, or a past attempt'],
    ['The scars on my arm have got some new neighbours since Sunday.', 'self-harm'],
    ['new lines next to the old scars again, sorry', 'self-harm'],
    ["Can't type much, my wrist is strapped up. I cut it myself on purpose.", 'self-harm'],
    ['my arm is in a bandage, i did this to myself deliberately', 'self-harm'],
    ['My boyfriend opens my messages from you first and replies as me, I never see them.', 'coercive control'],
    ['My husband goes through my emails and answers the work coach pretending to be me.', 'coercive control'],
    ["Bye then. I can't keep going like this anymore.", 'intends to end their life'],
    ["This is goodbye, I'm not going to carry on.", 'intends to end their life'],
    ['No credit on the meter and my bank account is empty, the baby is cold.', 'no safe place, food or power tonight'],
    ['Gas meter has run out and the card got declined, nothing for the kids tea.', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I've been practising with the belt sander to see if I could make a shelf.",
    'Tested my new tool belt on the site today to see if it would hold everything.',
    'The scars from my knee surgery have new friends now, the other knee got done too lol',
    'burnt my hand on the oven by accident, not on purpose obviously',
    'My wife reads my CV before I send it, she is good with spelling.',
    "Goodbye to the course! I'm not going to keep going to the Tuesday sessions now I've got a job.",
    "Bye then, I can't keep going on about the bus fares, see you Friday.",
    'Meter is empty but I topped it up now, card is empty till Friday though.',
    // Everyday answers to the coach's questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    "I've set a date for the interview",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said plainly by second-language speakers, carers and the long-term ill', () => {
  it.each([
    ["I'm hard of hearing and nobody talks to me at the centre, I sit on my own.", 'feels alone'],
    ['As a deaf person I just sit alone at the group, no one can sign.', 'feels alone'],
    ['I lie awake the whole night since the letter came.', 'not eating or sleeping'],
    ['my eyes stay open all night, every night, since the assessment', 'not eating or sleeping'],
    ['Bit flat today. Ugh. Sorry.', 'low mood'],
    ['feeling a bit low meh, nothing to report', 'low mood'],
    ['Alone is a strong word but yeah, I am.', 'feels alone'],
    ['Isolated is a big word, but yes, that is me.', 'feels alone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ['Doing a deaf awareness course so I can sit with deaf clients, not be left out of the BSL bits.', 'feels alone'],
    ['My deaf son sits alone at lunch, can the school help?', 'feels alone'],
    ['My eyes were open all night at the festival, best weekend ever!', 'not eating or sleeping'],
    ['Gaming with my cousin, my eyes stayed open all night, great fun.', 'not eating or sleeping'],
    ['bit flat tyre sorry, running late', 'low mood'],
    ['The new flat is a bit small, meh.', 'low mood'],
    ['Lonely is a big word for a song title, but it works.', 'feels alone'],
    ['Never lonely, loneliness is a big word but my house is full.', 'feels alone'],
    ['Bit low on printer ink, sorry', 'low mood'],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
