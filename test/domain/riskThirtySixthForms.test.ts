// Crisis and concern read in the whole message (src/domain/risk/hiddenCutsWearyOfLivingAndQuietStrainPatterns.ts):
// hiding cuts, weary of living itself, children unfed with the money gone, a threat to drop
// something on someone's head; choosing between the fare and a meal, nobody to talk to, no way
// back, "the loser of the group", frozen on the floor, bothered by nothing, bill money lost on a bet.
// And the same words about budget cuts, living in a place, a joke, a lazy Sunday. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly but in new words', () => {
  it.each([
    ['been hiding my cuts from my partner for weeks now', 'self-harm'],
    ['i wear long sleeves at work so nobody sees the scars', 'self-harm'],
    ['covering the scars on my wrists with plasters before shifts', 'self-harm'],
    ['honestly im shattered of living, not the job, just living', 'wishes to be dead'],
    ['so sick of being alive tbh', 'wishes to be dead'],
    ['the children havent had dinner and theres nothing in the cupboards', 'no safe place, food or power tonight'],
    ['got 2 quid to my name and the little ones have had no breakfast', 'no safe place, food or power tonight'],
    ['if he says that again im putting a brick through his face, not joking', 'harm to someone else'],
    ['next time i will swing the spade round his head', 'harm to someone else'],
  ])('%j is crisis (%s), found by the rules', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern said in new words', () => {
  it.each([
    ['its a case of choosing between the train fare and eating most weeks', 'money worries'],
    ['blew 300 on the slots last night, that was the rent money', 'money worries'],
    ['my only chats all week are with the woman on the till', 'feels alone'],
    ['we moved up here for his work and i dont know a soul', 'feels alone'],
    ['i havent spoken to anyone since college finished', 'feels alone'],
    ['since my contract ended i havent really talked to anybody', 'feels alone'],
    ['i no longer believe theres a way back for people like me', 'hopelessness'],
    ['my mates all have careers and im the failure of the group', 'feels worthless'],
    ['dyslexia means i am defective basically', 'feels worthless'],
    ['good points? i dont have any. next question', 'feels worthless'],
    ['spent the afternoon lying on the kitchen floor not moving', 'not coping'],
    ['cant be bothered with anything anymore, not even footy', 'low mood'],
  ])('%j is concern (%s) to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });
});

describe('the same words about budgets, places, jokes and lazy days', () => {
  it.each([
    ['the council is hiding the cuts to the bus routes', 'self-harm'],
    ['my cat had cuts on her paw, vet says fine', 'self-harm'],
    ['sick of living with my parents at 28', 'wishes to be dead'],
    ['tired of living out of a suitcase for this contract', 'wishes to be dead'],
    ['im not tired of living, just tired of this job', 'wishes to be dead'],
    ['the kids havent had tea yet, what can i make quick', 'no safe place, food or power tonight'],
    ['nearly dropped a pallet on his head today, scary', 'harm to someone else'],
  ])('%j is not read as %s by the rules', (text, reason) => {
    expect([...applyRules(text).crisis]).not.toContain(reason);
  });

  it.each([
    ['choosing between two job offers and a course', 'money worries'],
    ['my only contact is with the recruiter so far', 'feels alone'],
    ['i havent seen anyone about my back yet', 'feels alone'],
    ['i dont think there is a future in retail', 'hopelessness'],
    ['strengths: forklift, teamwork, first aid', 'feels worthless'],
    ['sat on the floor for 3 hours building lego with my son', 'not coping'],
    ['cant be bothered doing anything today, lazy sunday', 'low mood'],
    ['put a tenner on the football, won 40', 'money worries'],
  ])('%j is not read as %s by the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
