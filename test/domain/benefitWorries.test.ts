import { describe, expect, it } from 'vitest';
import { asksAboutBenefitConditions, asksOrWorriesAboutBenefits, asksWhoSeesAnswers, consentQuestionOf, mentionsMoneyOrBenefits } from '../../src/domain/benefitWorries.ts';

describe('questions asked at the consent question', () => {
  it.each([
    'will i lose my benefits if i say no',
    'is this compulsory',
    'do i have to do this',
    'can i say no',
    'what happens if i say no',
    'Is it mandatory?',
    'will it affect my benefits if i dont',
    'will i get sanctioned if i say no',
  ])('%j asks whether it is their choice', (text) => expect(consentQuestionOf(text)).toBe('choice'));

  it.each(['who else sees it', 'who can see my answers', 'Who sees this?', 'is it private', 'will you share my answers with the jobcentre', 'can my adviser see what i say about my health', 'will my boss know what i tell you'])(
    '%j asks who sees the answers',
    (text) => expect(consentQuestionOf(text)).toBe('who-sees'),
  );

  it.each(['can i delete it later', 'what if i change my mind'])('%j asks how to delete them', (text) => {
    expect(consentQuestionOf(text)).toBe('delete');
  });

  it.each(['yes', 'no', 'no thanks', 'yeh', 'go on then', 'ok fine', 'nah', 'hello', 'are you a bot', 'I need a job'])('%j asks nothing', (text) => {
    expect(consentQuestionOf(text)).toBeNull();
  });
});

describe('asking who sees the answers, at any question', () => {
  it.each(['what happens to what i tell you', 'who sees this?', 'Is it private?', 'do you keep my messages', 'what happens with my answers?', 'will you share my answers with the jobcentre'])(
    '%j asks it',
    (text) => expect(asksWhoSeesAnswers(text)).toBe(true),
  );

  it.each(['private care homes', 'confidential waste shredding', 'Jo', 'yes', 'delete my data', 'i want to work with my hands'])('%j does not', (text) => {
    expect(asksWhoSeesAnswers(text)).toBe(false);
  });
});

describe('a worry that benefits could be stopped', () => {
  it.each([
    'will i get sanctioned if i dont do my steps',
    'will they stop my money if i miss this',
    'can they stop my benefits',
    'will my money be cut if i miss a step',
    'will you tell the jobcentre',
  ])('%j is one', (text) => expect(asksAboutBenefitConditions(text)).toBe(true));

  // How work and benefits fit together is the adviser's better-off question, not this worry.
  it.each(['will i lose my benefits if i work 16 hours', 'am i better off in work', 'how does work affect my benefits', 'i want to find work'])(
    '%j is not one',
    (text) => expect(asksAboutBenefitConditions(text)).toBe(false),
  );
});

describe('words of money or benefits, which a benefits question needs', () => {
  it.each(['will i lose my universal credit', 'does working affect my pip', 'can i still claim', 'what happens to my housing if i work', 'will i be better off in work'])('%j has them', (text) => {
    expect(mentionsMoneyOrBenefits(text)).toBe(true);
  });

  it.each(['what happens if i take it off', 'will my adviser be annoyed', 'what happens next', 'can i change my hours'])('%j has none', (text) => {
    expect(mentionsMoneyOrBenefits(text)).toBe(false);
  });
});

describe('asksOrWorriesAboutBenefits', () => {
  it.each([
    'will i lose my universal credit if i take a job',
    'worried about my uc if i start work',
    'how does working affect my PIP?',
    'not sure what happens to my benefits when the contract starts',
    'my claim - will it stop?',
  ])('%j asks or worries about benefits', (text) => {
    expect(asksOrWorriesAboutBenefits(text)).toBe(true);
  });

  it.each(['im on uc', 'I claim ESA at the moment', 'worried about the interview', 'will i get the job?'])('%j does not', (text) => {
    expect(asksOrWorriesAboutBenefits(text)).toBe(false);
  });
});
