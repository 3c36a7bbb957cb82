// Trust and privacy asked in clients' own words (scripted clients, test/journey/trustQuestionsClients.ts):
// at the consent question (consentTrustWords.ts) and at the menu (privacyAskedWords.ts). What is
// no such question stays what it was: a yes, a no, the menu's own words, news.
import { describe, expect, it } from 'vitest';
import { consentTrustQuestionOf } from '../../src/domain/consentTrustWords.ts';
import { privacyAskedAtTheMenu } from '../../src/domain/privacyAskedWords.ts';
import { saysNoToSomethingElse } from '../../src/domain/consentWords.ts';

describe('trust asked at the consent question', () => {
  it.each([
    ['why should i trust you', 'trust'],
    ['y should i trust a robot', 'trust'],
    ['i dont trust computers with my info', 'trust'],
    ['are you spying on me', 'trust'],
    ['is this going to the jobcentre', 'jobcentre'],
    ['is this the jobcentre', 'jobcentre'],
    ['r u reporting me to the dwp', 'jobcentre'],
    ['will u tell jobcentre what i say', 'jobcentre'],
    ['must i do this', 'choice'],
    ['what r u going 2 do with my details', 'who-sees'],
  ])('%j asks about %s', (said, kind) => {
    expect(consentTrustQuestionOf(said)).toBe(kind);
  });

  // Already read by consentQuestionOf (benefitWorries.ts), and answered as before.
  it.each(['what happens if i say no', 'who sees what i type', 'will the jobcentre know if i say no', 'do i have to'])('%j is left to the questions already read', (said) => {
    expect(consentTrustQuestionOf(said)).toBeNull();
  });

  it.each(['yes', 'ok i trust you', 'no i dont trust you', 'the jobcentre sent me', 'my work coach gave me a code', 'nah'])('%j asks nothing', (said) => {
    expect(consentTrustQuestionOf(said)).toBeNull();
  });

  it('a no that will not trust a computer with it is a refusal, not a no to something else', () => {
    expect(saysNoToSomethingElse('nah dont trust computers')).toBe(false);
    expect(saysNoToSomethingElse('no code')).toBe(true);
  });
});

describe('privacy asked at the menu', () => {
  it.each([
    ['where does this info go', 'who-sees'],
    ['who can see my plan', 'who-sees'],
    ['do you tell the jobcentre everything i say', 'jobcentre'],
    ['are you part of the jobcentre', 'jobcentre'],
    ['can i see what you keep about me', 'see'],
    ['wat info u keep on me', 'see'],
    ['i want to see everything you know about me', 'see'],
    ['plz can u delet my detials', 'delete'],
    ['how do i delete this stuff', 'delete'],
    ['delete everything about me', 'delete'],
  ])('%j asks about %s', (said, kind) => {
    expect(privacyAskedAtTheMenu(said)).toBe(kind);
  });

  it.each(['see my plan', 'show my plan', 'delete a step', 'remove it', 'delete my cv step', 'get all the info on the job', 'the jobcentre sent me', 'i need to update my details', 'where do i go for the interview'])(
    '%j asks nothing about their data',
    (said) => {
      expect(privacyAskedAtTheMenu(said)).toBeNull();
    },
  );
});
