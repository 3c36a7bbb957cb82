// December: a client whose adviser marked an action done read it about themselves in the third person
// ("Your adviser has done this: "Book her DBS check""). The action is now put to them ("Book your DBS
// check"); where that cannot be done safely, nothing is quoted (null). The last quarter was held out.
import { describe, expect, it } from 'vitest';
import { actionToClient } from '../../src/domain/actionToClient.ts';

describe('an adviser\'s action, put to the client', () => {
  it.each([
    ['own', 'Book her DBS check', 'Book your DBS check'],
    ['own', 'Send her 3 care home vacancies', 'Send you 3 care home vacancies'],
    ['own', 'Ring the employer about her hours', 'Ring the employer about your hours'],
    ['own', 'Ring the college about the ESOL course', 'Ring the college about the ESOL course'],
    ['own', 'Send Amira the vacancies', 'Send you the vacancies'],
    ["own", "Book Amira's DBS", 'Book your DBS'],
    ["own", "Chase Amira Khan's referral", 'Chase your referral'],
    ['own', 'Call her', 'Call you'],
    ['own', 'Help them with their CV', 'Help you with your CV'],
    ['own', 'Check his bus pass', 'Check your bus pass'],
    ['own', 'Amira to get a letter', 'You to get a letter'],
    // Not safe: "she has" would need "you have"; "their" may be the employers'.
    ['own', 'Check she has ID', null],
    ['own', 'Ring the employers about their hours', null],
    ['held out', 'Let her know about the job fair', 'Let you know about the job fair'],
    ['held out', 'Give him a call on Monday', 'Give you a call on Monday'],
    ['held out', 'Her CV to Tesco', 'Your CV to Tesco'],
    ['held out', "Find out if he's eligible", null],
  ])('%s: "%s"', (_set, action, toClient) => {
    expect(actionToClient(action, ['Amira Khan'])).toBe(toClient);
  });
});
