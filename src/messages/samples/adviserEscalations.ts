import type { SamplesFor } from './index.ts';
import type * as messages from '../en/adviserEscalations.ts';
import type { EscalationRow } from '../en/adviserEscalations.ts';
import { adviserName, fullName, now, zone } from './fixtures.ts';

const open: EscalationRow = {
  number: 12, urgency: 'urgent', reason: 'crisis', status: 'open', createdAt: now, acknowledgedBy: null, client: { id: 'c1', displayName: fullName },
};
const seen: EscalationRow = {
  number: 13, urgency: 'routine', reason: 'missed-review', status: 'acknowledged', createdAt: now, acknowledgedBy: adviserName, client: { id: 'c2', displayName: null },
};
const danger: EscalationRow = { ...open, number: 14, tier: 'danger-now', phoneWish: 'call-me' };
const noCalls: EscalationRow = { ...open, number: 15, status: 'acknowledged', acknowledgedBy: adviserName, tier: 'crisis', phoneWish: 'no-calls' };
const names = new Map([['c2', 'Megan Jones (no name given)']]);

export const adviserEscalations = {
  escalationsButtons: [[[open, seen]], [[seen]], [[]]],
  escalationLine: [[open, zone, now], [seen, zone, now, names]],
  acknowledgedReply: [['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)'], ['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)', 12]],
  seeWhatTheCoachDid: [[12]],
  openEscalationsAbovePlan: [[['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)'], 12]],
  closedReply: [['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)'], ['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)', 'spoke to Sam, safe, GP tomorrow'], ['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)', null, true]],
  resolveUrgentAsk: [['Sam Jones', 12], ['Jo Bloggs (no name given)', 12]],
  escalationWhichOne: [['ack'], ['resolve']],
  noEscalationForName: [['Tom']],
  severalEscalationsForName: [['Sam', 'resolve', ['#12 URGENT Sam Jones: May not be safe (raised Monday 8 June at 10am)', '#14 Soon Sam Jones: Asked for you (raised Monday 8 June at 11am)'], 12]],
  severalEscalationsWithNote: [
    ['Gary Smith', 'gary', ['#1 Soon Gary Smith: Asked for you (raised Monday 8 June at 10am)', '#4 Soon Gary Smith: Not replying to messages (raised Monday 8 June at 11am)'], 'rang him, booked for thurs', 1],
    [null, 'tom', ['#2 URGENT Tom Reid: May not be safe (raised Monday 8 June at 10am)', '#3 Soon Tom Barnes: Asked for you (raised Monday 8 June at 11am)'], 'spoke to him', 2],
  ],
  closeWithNoteButton: [[1, 'client-asked'], [3, 'crisis']],
  escalationsReply: [[[open, seen], zone, now, names], [[], zone, now], [[seen], zone, now], [[danger, open, noCalls, seen], zone, now, names], [[noCalls, seen], zone, now, names]],
} satisfies SamplesFor<typeof messages>;
