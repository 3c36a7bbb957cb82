// First conversations (December), the words: names given with more words, asides at a question,
// and slang read as rude. Over the real bot: test/journey/firstConversationsNamesAndAsides.test.ts.
import { describe, expect, it } from 'vitest';
import { nameFrom, statesAName } from '../../src/domain/nameWords.ts';
import { asksToWait, comesBackToTheQuestion } from '../../src/domain/waitWords.ts';
import { abuseReadingStands, withoutSlangTags } from '../../src/domain/unkindWords.ts';

describe('a name given with a few more words', () => {
  it.each([
    ['darren but evry1 calls me daz', 'Daz'],
    ['my name is Omar, I am from Syria', 'Omar'],
    ['my name Agnieszka but you call me Aga', 'Aga'],
    ['its jo, short for joanne', 'Jo'],
    ['people call me big T lol', 'Big T'],
    ['Siobhan but everyone says Shiv', 'Shiv'],
    ['Wojciech, you can say Wojtek', 'Wojtek'],
    ['kerry-ann but kez is fine', 'Kez'],
    ['im Priya, from Leicester', 'Priya'],
    ['call me mo pls', 'Mo'],
    ['Mr Patel is fine', 'Mr Patel'],
  ])('%j is the name %j, said as one', (said, name) => {
    expect(nameFrom(said)).toBe(name);
    expect(statesAName(said)).toBe(true);
  });

  it.each(['im from Syria', 'everyone calls me lazy', 'people call me all sorts lol', 'im tired, i have kids', 'its fine, whatever'])('%j is no name', (said) => {
    expect(nameFrom(said)).toBeNull();
  });
});

describe('stepping away from a question, and back', () => {
  it.each(['sorry kids', 'soz kids playing up', 'sorry the baby', 'sorry mum needed me', 'hang on my dad needs his tablets', 'brb'])('%j asks the question to wait', (said) => {
    expect(asksToWait(said)).toBe(true);
  });

  it.each(['sorry back now what was the question', 'back now what was the question', 'sorry my son woke up, back now', 'sorry had to do the school run, where were we'])('%j is back, for the question', (said) => {
    expect(asksToWait(said)).toBe(false);
    expect(comesBackToTheQuestion(said)).toBe(true);
  });

  it.each(['sorry, shop work', 'help with childcare for my kids', 'back to work after having kids', 'good with kids', 'sorry kids work'])('%j is an answer', (said) => {
    expect(asksToWait(said) || comesBackToTheQuestion(said)).toBe(false);
  });
});

describe('slang is no insult', () => {
  it.each([['anything innit', 'anything'], ['dunno bruv', 'dunno'], ['yh man anything', 'anything'], ['football innit', 'football'], ['handyman', 'handyman']])('%j is read as %j', (said, read) => {
    expect(withoutSlangTags(said)).toBe(read);
  });

  it.each(['anything innit', 'anything', 'this is long innit', 'standard'])('%j is not called unkind', (said) => {
    expect(abuseReadingStands(said)).toBe(false);
  });

  it.each(['shut up innit', 'you are useless bruv', 'fuck off mate', 'go away', 'you are a waste of space', 'ur a loser'])('%j still is', (said) => {
    expect(abuseReadingStands(said)).toBe(true);
  });
});
