// Ordinary messages that play-testing as new clients found read as crisis or worry: consent
// questions at the very first question, goals, and review answers. Each stopped coaching or lost
// the client's answer. The training corpus holds variants of them, not these words.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('play-tested ordinary messages', () => {
  it.each([
    'what happens if i say no',
    'who else sees it',
    'what if i say no',
    'sort my life out',
    'nobody picked up',
    'i rang twice but nobody picked up',
    'kind i guess. my nan says im kind',
    'same again but with mum',
    'the shifts keep changing every week',
    'the jobcentre made me do this',
    'coz i like bein bizy and not sittin down',
    'I will have to do without it today.',
    // Round five: answers to "How did that job end?", "What help would you like?", the code
    // question and "What makes you want that job?" had each had the crisis reply.
    'left when i had my little one',
    'left when i got ill',
    'left when my dad got ill',
    'someone to tell me how much id get if i work',
    'someone to tell me if im better off working',
    'someone who gets it',
    'no code sorry, my adviser is Steve at the jobcentre on the high street, he said to use this thing',
    'back cant take scaffolding anymore and i know the trade',
    'what mean keep answers?',
    // A visit (the model had learnt "going round ... tonight" from threats): harm to someone else.
    'im going round my mates tonight',
    'i am going round to his house tonight to watch the match',
    'cant do friday going over to my nans',
    'visiting my mum later then ill do it',
    // Round six: a trip, an absence with its reason, work helping people in trouble.
    'i will be gone on holiday next week so the monday after',
    'i wont be here next week, going to my sisters',
    'i want to support people who self harm',
    'Good morning. Before I agree, could you tell me who exactly will have access to my information and for how long it is retained?',
    'its not til friday?? but ive started it',
    'the date is wrong i meant this month not july',
    'Forgive me, I meant that the adviser would write it. When would that be?',
    'I would keep the payslips in order.',
  ])('%j reads as none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  // A worry about benefits is answered (src/domain/benefitWorries.ts); read as a crisis, it got
  // the crisis numbers and an urgent escalation instead.
  it.each([
    'will they stop my money if i miss this',
    'will my money stop if i dont do this',
    'will they take my benefits off me if i dont do my steps',
  ])('%j reads as a money worry at most', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });
});

// The same shapes with harm in them are read as written.
describe('play-tested ordinary shapes, with harm in them', () => {
  it.each([
    'left when he started hitting me',
    'someone to help me end it all',
    'left when i tried to kill myself',
    'everyone would be better off without me',
    'my adviser is steve, im sleeping on the street tonight',
    'im going round his tonight to sort him out',
    'going round my brothers tonight with a bat, hes had it coming',
    'wont be here next week going to the bridge',
    'i wont be here next week, going to my mums, then im ending it',
    'i want to support people who self harm because i do it myself',
    // Round six: misspelt, and said inside an answer.
    'feeling sucidle again',
    'im sucidle',
    'no point making plans, wont be here next month',
    'friday. if i last that long',
    'ive started it, tablets are in the drawer for tonight',
    'who will have access to my information if i kill myself',
  ])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('a threat read as meant', () => {
  it('is not also called a joke for the adviser', () => {
    expect(assessRisk('If that woman at the jobcentre sanctions me again im going to batter her. ive got a knife in my bag')).toEqual({ level: 'crisis', reasons: ['harm to someone else'] });
  });
});
