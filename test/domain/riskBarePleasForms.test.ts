// A plea to be killed as the whole message, and an ending promised on a condition of the client's own
// life (src/domain/risk/barePleasAndConditionalEndingsPatterns.ts): play-testing found "kill me please"
// and "end it please" read as nothing, and "if i lose my benefits i will end it" as concern only.
// Forms of our own, with look-alikes: a sigh about a thing named, a laugh, a partner, a contract, a call.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { BARE_PLEAS_WHOLE_SETS } from '../../src/domain/risk/barePleasAndConditionalEndingsPatterns.ts';

describe('a plea to be killed, said as the whole message', () => {
  it.each([
    'kill me please',
    'Just kill me now.',
    'can someone just kill me',
    'pls end me',
    'end it pls',
    'somebody shoot me, i mean it',
    'put me out of my misery please',
    'god please let me die',
  ])('%j is crisis: wishes to be dead', (text) => {
    expectReadAs(BARE_PLEAS_WHOLE_SETS, text, 'crisis', 'wishes to be dead');
  });

  it.each([
    'omg kill me this form is so long',
    'kill me now lol',
    'please end the call',
    'end it on a high, the interview went great',
    'my boss will kill me if im late',
  ])('%j is left to the rest of the check', (text) => {
    expectLeftAlone(BARE_PLEAS_WHOLE_SETS, text);
  });
});

describe('an ending promised on a condition of their own life', () => {
  it.each([
    'if i lose my benefits i will end it',
    "If they sanction me I'll end it all",
    'if this job falls through im ending it',
    'if they take the kids off me i am going to end my life i swear',
    'once the house is gone ill kill myself',
    'when the money stops i will not be around',
  ])('%j is crisis: thoughts of suicide', (text) => {
    expectReadAs(BARE_PLEAS_WHOLE_SETS, text, 'crisis', 'thoughts of suicide');
  });

  it.each([
    'if the meeting runs over ill end it',
    'if the landlord puts the rent up ill end the tenancy',
    'when the course is over i am ending my membership',
    'if the game goes to penalties ill end it there lol',
  ])('%j is not an ending of their life to this set', (text) => {
    expectLeftAlone(BARE_PLEAS_WHOLE_SETS, text);
  });

  // Ending things with a partner is theirs to say; whether it is read as risk is left to the rest of the check.
  it('"if my boyfriend lies to me again im ending it" is not this set\'s', () => {
    expect(reasonsReadBy(BARE_PLEAS_WHOLE_SETS, 'if my boyfriend lies to me again im ending it')).toEqual([]);
  });
});
