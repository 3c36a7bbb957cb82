import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserQuestions.ts';
import { adviserName, clientWords, fullName, name, now, zone } from './fixtures.ts';

const line = '2. Sam: 1 late. Review on Friday 12 June. Not spoken to an employer yet: day 12.';
const escalation = '#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)';

export const adviserQuestions = {
  overdueReply: [[[line]], [[]]],
  notRepliedReply: [[[line]], [[]]],
  reviewsWeekReply: [[['2. Sam: today, Monday 15 June', '4. Lee: missed, due Monday 8 June']], [[]]],
  reviewWeekLine: [[2, 'Sam', 'Monday 15 June', 'today'], [4, 'Lee', 'Monday 8 June', 'missed'], [5, 'Cara', 'Friday 19 June', 'ahead']],
  quietReply: [[['2. Sam: last wrote Monday 1 June, 14 days ago.'], 7, 'Sam'], [[], 7, null], [[], 1, null]],
  reviewsNextWeekReply: [[['2. Sam: Tuesday 23 June'], 'Monday 22 June', 'Sunday 28 June'], [[], 'Monday 22 June', 'Sunday 28 June']],
  quietLine: [[2, 'Sam', 'Monday 1 June', 14, 0], [3, 'Priya', 'Friday 5 June', 10, 1], [4, 'Lee', 'Friday 5 June', 10, 3]],
  reviewsDueReply: [[[line]], [[]]],
  clientSaidReply: [[name, [{ text: clientWords, sentAt: now }], zone, now], [fullName, [], zone, now]],
  escalationShownReply: [[escalation, 'Why now: They said they may not be safe.', 12, false], [escalation, 'Why now: They asked for you.', 12, true], [escalation, 'Why now: They asked for you.', 12, true, 'spoke to Sam, safe'], [escalation, 'Why now: They said they may not be safe.', 12, true, null, true]],
  alreadyAcknowledgedReply: [[escalation, adviserName, now, zone, now], [escalation, null, null, zone, now]],
  acknowledgedBeforeLine: [[escalation, adviserName, now, zone, now], [escalation, null, null, zone, now]],
  whichClientReply: [['plan'], ['agree']],
  clientNotFoundReply: [['Cara'], ['bob', [], 'add', ': ring the college by Friday'], ['cara', ['Cora'], 'plan']],
  howToReachReply: [
    [name, { lines: ['Teams: Sam Jones'], link: 'https://teams.microsoft.com/l/chat/0/0?users=abc', phone: 'They asked to be phoned.' }, `Urgent, not closed yet:\n\n- ${escalation}`],
    [fullName, { lines: [], link: null, phone: null }, null],
  ],
  namelessReachLine: [
    ['Jo Bloggs (no name given)', ['Teams: Jo Bloggs'], 'https://teams.microsoft.com/l/chat/0/0?users=abc'],
    ['Client (no name given)', ['Only through the coach, in web chat: no phone or email is held.', 'To send them a message there, type: message 4: your words'], null],
  ],
  lastContactReply: [['Lee', 'Monday 8 June at 11am', 7, 2, 'Lee'], ['Jo', 'Monday 15 June at 9am', 0, 0, '4'], ['Cara', null, null, 0, 'Cara'], ['Tom', 'Sunday 14 June', 1, 1, 'Tom']],
  ownActionLine: [[name, 3, 'call the employer', 'Friday 12 June', 2], [name, 4, 'send 3 vacancies', null, 0]],
  ownActionsReply: [
    [['Sam, action 3: call the employer, by Friday 12 June (2 days late)'], ['Sam, action 4: send 3 vacancies, by Friday 19 June'], 1, 'done Sam 3'],
    [[], [], 2, null],
    [[], [], 0, null],
  ],
} satisfies SamplesFor<typeof messages>;
