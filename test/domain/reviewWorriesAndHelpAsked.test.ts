// Play-testing reviews and the menu, round twenty-eight: "what if they shout at me?" at "What made it
// hard?" had the help numbers ("shout" read as the text line's name), and "can you help me find a
// job" at the menu had "Here is my question again".
import { describe, expect, it } from 'vitest';
import { worriesHowTheyWillBeTreated } from '../../src/domain/reviewHeardWords.ts';
import { asksForHelpFindingWork } from '../../src/domain/helpFindingWorkAsked.ts';

describe('a worry about how people will treat them', () => {
  it.each([
    ['what if they shout at me?', true],
    ['wat if the manager is rude to me', true],
    ['scared they will laugh at me', true],
    ['im worried the interviewer will judge me', true],
    ['they might shout at me', true],
    ['whats the shout number', false],
    ['they shouted at me last time', false],
    ['what if i dont get it', false],
    ['my mum shouts a lot', false],
    ['what if he shouts at me when i get home', false],
  ])('"%s" is that worry: %s', (text, worry) => {
    expect(worriesHowTheyWillBeTreated(text)).toBe(worry);
  });
});

describe('help finding work, asked of the coach', () => {
  it.each([
    ['can you help me find a job', true],
    ['Could you please help me look for work?', true],
    ['can u help me get a job pls', true],
    ['i need help finding a job', true],
    ['can you help me find a job for my son', false],
    ['can you help me with my cv', false],
    ['i helped my mate find a job', false],
  ])('"%s" asks for help finding work: %s', (text, asks) => {
    expect(asksForHelpFindingWork(text)).toBe(asks);
  });
});
