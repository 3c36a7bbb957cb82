// A client asking for part of their plan to be done by their adviser, read in their own words.
// Play-testing had each of the first five met with "didn't catch that", kept as the client's own
// step, or kept as the answer to a barrier question.
import { describe, expect, it } from 'vitest';
import { readAdviserTask, taskSaidToTheClient } from '../../src/domain/adviserTaskWords.ts';

describe('readAdviserTask', () => {
  it.each([
    // Play-tested, word for word.
    ['Could you please add to the plan that my adviser will help me write the CV?', 'Help me write my CV'],
    ['I would prefer my adviser to write the CV for me, frankly. I can then send it to agencies.', 'Write my CV for me'],
    ['can my adviser send me retail vacancies each week? can that go in the plan as their bit', 'Send me retail vacancies each week'],
    ['can my adviser find me some retail vacancies and send them to me?', 'Find me some retail vacancies and send them to me'],
    ['Can my adviser please check how I make my diploma valid? I not understand the NARIC website', 'Check how I make my diploma valid'],
    // The brief's own.
    ['my adviser will help me write the CV', 'Help me write my CV'],
    ['can my adviser send me retail vacancies', 'Send me retail vacancies'],
    ['I would prefer my adviser to write the CV', 'Write my CV'],
    ['ask my adviser to ring the college', 'Ring the college'],
    // Other ways people ask.
    ['i want my adviser to ring the college', 'Ring the college'],
    ["I'd like my adviser to look over my CV", 'Look over my CV'],
    ['get my adviser to call the agency', 'Call the agency'],
    ['could my adviser help me with my cv', 'Help me with my CV'],
    ['can the adviser do my cv for me pls', 'Do my CV for me'],
    ['tell my adviser to send me the form', 'Send me the form'],
    ['could you ask my adviser if they could send me some jobs in retail', 'Send me some jobs in retail'],
    ['maybe my advisor could find me a course at the college', 'Find me a course at the college'],
    ['it would be good if my adviser could ring the jobcentre for me', 'Ring the jobcentre for me'],
    ['can my adviser see if there are any courses near me', 'See if there are any courses near me'],
    ['can my work coach check my CV please', 'Check my CV'],
    ['could my adviser read my CV', 'Read my CV'],
    ['can adviser send me jobs at Tesco', 'Send me jobs at Tesco'],
    ['adviser can help me with english course?', 'Help me with english course'],
    ['do you think my adviser could send me some jobs', 'Send me some jobs'],
    ['is there any way my adviser could send me jobs', 'Send me jobs'],
  ])('reads %j as %j', (said, task) => {
    expect(readAdviserTask(said)).toBe(task);
  });

  it.each([
    // Asking for the adviser, or to be called: "talk to my adviser" has its own way in.
    'talk to my adviser',
    'I want to talk to my adviser',
    'can my adviser call me',
    'can my adviser ring me back',
    'i want my adviser to call me',
    'can my adviser get in touch',
    // About the adviser, not a task for them.
    'My adviser is called Julie',
    'my adviser is nice',
    'my adviser said I should apply',
    'my adviser helped me write my CV',
    'my adviser never calls me back',
    'my adviser will send me jobs, she said',
    'I already asked my adviser to send me vacancies',
    "I don't want my adviser to know",
    // Questions about the adviser.
    'when will my adviser call me?',
    'what can my adviser do for me?',
    'how can my adviser help me write my cv',
    'will my adviser see this?',
    'can my adviser see my plan',
    'can my adviser see what i say about my health',
    'can my adviser read my messages',
    'is my adviser going to send me vacancies',
    'did you ask my adviser to send me the jobs',
    'can my adviser change my plan',
    'i wonder when my adviser will send me jobs',
    // A request with no task in it.
    'can my adviser help me?',
    'my adviser will help me',
    'ask my adviser',
    'can my adviser do it for me',
    'Forgive me, I meant that the adviser would write it. When would that be?',
    "I'd like my adviser to help me, please",
    // Nothing about an adviser.
    'ring the college',
    'apply for 2 cleaning jobs',
  ])('leaves %j alone', (said) => {
    expect(readAdviserTask(said)).toBeNull();
  });
});

describe('taskSaidToTheClient', () => {
  it.each([
    ['Help me write my CV', 'help you write your CV'],
    ['Write my CV for me', 'write your CV for you'],
    ['Find me some retail vacancies and send them to me', 'find you some retail vacancies and send them to you'],
    ['Check how I make my diploma valid', 'check how you make your diploma valid'],
    ['Check how I am doing with my CV', 'check how you are doing with your CV'],
    ['Ring the college', 'ring the college'],
  ])('says %j back as %j', (task, said) => {
    expect(taskSaidToTheClient(task)).toBe(said);
  });
});
