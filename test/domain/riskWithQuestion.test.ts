// The one place an answer read alone as risk is read with the question on screen
// (src/domain/riskWithQuestion.ts): each reading lowers only at its own question, never inside a
// crisis window, and a practical worry kept as an answer keeps its level for the adviser.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { readWithQuestionOnScreen } from '../../src/domain/riskWithQuestion.ts';

const at = (about: string | undefined, inCrisisWindow = false) => ({ about, inCrisisWindow });
const read = (text: string, about: string | undefined, inCrisisWindow = false) => readWithQuestionOnScreen(text, assessRisk(text), at(about, inCrisisWindow));

describe('an answer read with the question on screen', () => {
  it.each([
    ['he shouts at me in front of customers', 'work-problem', 'none'],
    ['I know how to do it', 'job-reason', 'none'],
    ['becos i no how to do it', 'job-wanted', 'none'],
    ['i owe on my phone', 'barrier', 'none'],
  ] as const)('%j at %s is an answer', (text, about, keptAs) => {
    expect(assessRisk(text).level).not.toBe('none');
    const reading = read(text, about);
    expect(reading.risk.level).toBe('none');
    expect(reading.keptAs).toBe(keptAs === 'none' && about === 'barrier' ? 'concern' : keptAs);
  });

  it.each([
    ['he shouts at me in front of customers', 'barrier'],
    ['I know how to do it', 'next-step'],
    ['I know how to do it', undefined],
    ['i owe on my phone', 'job-wanted'],
  ] as const)('%j at %s is still read as risk', (text, about) => {
    const reading = read(text, about);
    expect(reading.risk.level).toBe(assessRisk(text).level);
    expect(reading.risk.level).not.toBe('none');
  });

  it.each([
    ['he shouts at me in front of customers', 'work-problem'],
    ['I know how to do it', 'job-reason'],
    ['i owe on my phone', 'barrier'],
  ] as const)('%j at %s inside a crisis window is never read down', (text, about) => {
    expect(read(text, about, true).risk.level).not.toBe('none');
  });

  // Play-testing: the first question of all got the crisis reply. Only the question itself reads down.
  it.each(['what if i dont want to', "What if I don't wanna?", 'wat if i dont want 2', 'and if i dont want to?', 'what happens if i dont want to do it'])(
    '%j at consent asks about the choice',
    (text) => {
      expect(assessRisk(text).level).toBe('crisis');
      expect(read(text, 'consent').risk.level).toBe('none');
      expect(read(text, 'goal').risk.level).toBe('crisis');
    },
  );

  it.each(['what if i dont want to go on', 'what if i dont wake up tomorrow', 'what if i dont want to carry on', 'what if i dont want to be here', 'i dont want to do this anymore'])(
    '%j at consent is still read as risk',
    (text) => {
      expect(read(text, 'consent').risk.level).toBe('crisis');
    },
  );

  it.each(['cant think of anything', 'i dont even know where to start'])('%j at the goal question is not knowing the goal, not a worry', (text) => {
    expect(assessRisk(text).level).toBe('concern');
    expect(read(text, 'plan-words').risk.level).toBe('none');
    expect(read(text, 'barrier').risk.level).toBe('concern');
  });

  it.each(['a bit overwhelmed but i need to book my cscs test', 'dunno, i feel so low', 'idk, i cant cope anymore'])('%j at the goal question is still a worry', (text) => {
    expect(read(text, 'plan-words').risk.level).not.toBe('none');
  });

  it.each(['I do not believe I was given one.'])('%j at the code question is no code, not a worry', (text) => {
    expect(assessRisk(text).level).toBe('concern');
    expect(read(text, 'invite-code').risk.level).toBe('none');
    expect(read(text, 'barrier').risk.level).toBe('concern');
  });

  it('at the code question, a worry with it is still heard', () => {
    expect(read('i never got one, and honestly i cant cope with any of this', 'invite-code').risk.level).not.toBe('none');
  });

  it('never reads down words a rule heard, even at its question', () => {
    const text = 'i know how to do it and i have the pills';
    expect(read(text, 'job-reason').risk.level).toBe('crisis');
    const hurt = 'he shouts at me and hit me in front of customers';
    expect(read(hurt, 'work-problem').risk.level).toBe('crisis');
  });
});
