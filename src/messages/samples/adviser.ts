import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviser.ts';
import { adviserName, contacts, day, fullName, inHours, outOfHours } from './fixtures.ts';

export const adviser = {
  adviserAskedReply: [[inHours, contacts], [outOfHours, contacts], [inHours], [outOfHours]],
  adviserNotReachedReply: [[contacts]],
  stillWaitingReply: [[true], [false]],
  adviserHelp: [['K7P2QX']],
  adviserWelcome: [[adviserName]],
  notUnderstoodHelp: [['K7P2QX']],
  partNotUnderstood: [['msg him']],
  whoIsPronoun: [['her', { name: 'Priya', ask: 'msg Priya: well done' }], ['him', null]],
  howToReply: [[['cancel']], [['add', 'review']]],
  planButton: [['Sam']],
  acknowledgedSeveralReply: [
    [['#5 URGENT Sam Jones: May not be safe (raised today at 10am; acknowledged by Ann)', '#6 Soon Priya: Asked for you (raised today at 9am; acknowledged by Ann)']],
    [['#5 URGENT Sam Jones: May not be safe (raised today at 10am; acknowledged by Ann)'], [9]],
    [[], [8, 9]],
    [['#6 Soon Priya: Asked for you (raised today at 9am; acknowledged by Ann)'], [], ['#5 URGENT Sam Jones: May not be safe (raised today at 10am), acknowledged by Ann on Monday 8 June at 10am']],
    [[], [9], ['#5 URGENT Sam Jones: May not be safe (raised today at 10am), acknowledged by Ann on Monday 8 June at 10am']],
  ],
  myCodeReply: [['K7P2QX']],
  registeredYou: [[adviserName, 'adviser'], [adviserName, 'lead']],
  notHeardFrom: [[fullName]],
  severalMatch: [[fullName, ['msteams:29:1a', 'msteams:29:2b']]],
  severalClientsReply: [
    ['Sam', 'plan', [{ number: 2, name: 'Sam', channelName: 'Sam Jones' }, { number: 3, name: 'Sam', channelName: 'Sam Okafor' }]],
    ['sam', 'resume', [{ number: 2, name: 'Sam', channelName: null }, { number: 5, name: 'Samira', channelName: 'Samira' }]],
    ['sam', 'what did', [{ number: 2, name: 'Sam', channelName: 'Sam Jones' }, { number: 3, name: 'Sam', channelName: 'Sam Okafor' }], 'what-did-say'],
    ['sam', 'cadence', [{ number: 2, name: 'Sam', channelName: 'Sam Jones' }, { number: 3, name: 'Sam', channelName: 'Sam Okafor' }], 'command', ' 14'],
    ['sam', 'add', [{ number: 2, name: 'Sam', channelName: 'Sam Jones' }, { number: 3, name: 'Sam', channelName: 'Sam Okafor' }], 'command', ': call the college by Friday'],
  ],
  registeredThem: [[adviserName, 'adviser']],
  cadenceChoices: [[[7, 14, 28]], [[7, 14, 28], 'cadence Lee 14']],
  cadenceDidYouMean: [['cadence Lee 7']],
  cadenceSet: [[14], [7, { day, kept: false }], [14, { day, kept: true }]],
  styleChoices: [[['warm', 'self-directed', 'reset']]],
  styleSet: [['warm']],
} satisfies SamplesFor<typeof messages>;
