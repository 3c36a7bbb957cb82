// The hundred-and-seventieth split's kinds, as forms of our own
// (src/domain/risk/uninstallMeDraftNotesAndLooksOverMyShoulderPatterns.ts): a wish to be gone in a
// game's words, a terminal diagnosis as a relief, a note kept in drafts, everything given away and
// every server left, a place that keeps calling, a plaster and a cat they do not have, a list of
// people who wronged them, "they will regret it" said dead serious, someone reading over their
// shoulder, a card taken and money begged back, zero food; and, as concern, days without a word
// said, the family disappointment, stuck forever, out by a date unless they get a job, a credit score
// below zero, "sad lol". Look-alikes: deleting an app or an account, a cover letter in drafts, a new
// console, a walk on the cliffs, a real cat, a bad review, a boss at work, a lost card, a diet.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_SEVENTIETH_WHOLE_SETS as SETS } from '../../src/domain/risk/uninstallMeDraftNotesAndLooksOverMyShoulderPatterns.ts';

describe('crisis the hundred-and-seventieth split found missed, in forms of our own', () => {
  it.each([
    ['honestly just delete me. no respawns', 'wishes to be dead'],
    ['if the doctor gave me a terminal diagnosis id honestly be relieved. finally', 'wishes to be dead'],
    ['typed my goodbye message last night, its sitting in my drafts', 'preparing to end their life, or a past attempt'],
    ['sold my xbox and all my games, deleted all my socials too', 'preparing to end their life, or a past attempt'],
    ['the railway bridge by my house keeps calling my name', 'thinking about a way to end their life'],
    ['wore long sleeves over my arms so nobody saw, told them it was cat scratches but i dont have a cat', 'self-harm'],
    ['started a list of people who hurt me. not joking', 'harm to someone else'],
    ['going to his house tonight, hell regret what he did', 'harm to someone else'],
    ['cant talk long my boyfriend keeps reading over my shoulder', 'coercive control'],
    ['my husband has my bank card and i have to beg him for bus fare', 'coercive control'],
    ['literally zero food in the flat and its sunday', 'no safe place, food or power tonight'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'please delete my account and my data',
    'uninstall the app from my phone, it keeps crashing',
    'wrote a cover letter for the tesco job, its in my drafts',
    'sold my ps4 for the new ps5, left some discord servers too, too many pings',
    'the cliffs keep calling me, going for a walk there on saturday',
    'theyll regret it, im leaving them a 1 star review on glassdoor',
    'my manager was looking over my shoulder all shift',
    'lost my bank card so had to ask my mum for bus money',
    'zero food waste at the cafe i want to work at',
  ])('%j is left alone by these sets', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});

describe('concern the hundred-and-seventieth split found missed, in forms of our own', () => {
  it.each([
    ['havent spoken to a soul in days', 'feels alone'],
    ['everyone is in a group chat except me', 'feels alone'],
    ['im the family failure, always have been', 'feels worthless'],
    ['ill be unemployed forever at this rate', 'hopelessness'],
    ['mum says i have until the end of the month to move out if i dont get a job', 'may lose their home'],
    ['can your credit score go negative asking for me', 'money worries'],
    ['sad lol', 'low mood'],
  ])('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });

  it.each([
    'lost my voice from the concert, havent talked out loud in days lol',
    'stuck in traffic forever this morning',
    'sad the cafe shut down',
  ])('%j is left alone by these sets', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });

  it('a joke credit score is still only money', () => {
    expectLeftAlone(SETS, 'my credit score is fine thanks');
  });
});
