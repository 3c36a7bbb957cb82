// Answers to a reminder: "Done" closes the step and its reminders; more time or "partly" asks for
// a day, and a client never moves their own step earlier; "help" goes to the adviser with consent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerReminder, askForHelpWithStep, moveStepDate } from '../../src/usecases/reminderAnswers.ts';
import { testProvider } from '../support/testDatabase.ts';
import { planWithStep, startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');

describe(`reminder answers on ${testProvider}`, () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
  });
  afterAll(() => rig.drop());

  it('"Done" marks the step done and cancels its reminders; a second "Done" has nothing to answer', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Ring the agency', dueAt: FRIDAY });
    rig.followUps.length = 0;
    expect(await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'done' })).toEqual({ kind: 'done' });
    expect((await rig.plans.currentPlan(client.id))!.items[0]!.status).toBe('done');
    expect(rig.followUps).toEqual([['answered', client.id], ['cancel', step.lineageId, 'done']]);
    expect(await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'done' })).toEqual({ kind: 'nothing-to-answer' });
  });

  it('answers for a partly done step like an open one, and changes nothing until a day is given', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    await rig.plans.changeItemStatus(client.id, step.lineageId, 'partly-done', 'client');
    const versions = (await rig.plans.planVersions(client.id)).length;
    const answered = await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'partly' });
    expect(answered).toMatchObject({ kind: 'ask-new-date', step: { text: 'Make a CV', dueAt: FRIDAY } });
    expect(await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'help' })).toMatchObject({ kind: 'ask-what-help' });
    expect(await rig.plans.planVersions(client.id)).toHaveLength(versions);
  });

  // Play-testing: "Done, I went on Tuesday..." had lost its words; a review keeps them in the step's history.
  it('keeps what happened, said with the answer, in the step\'s history', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Visit the library', dueAt: FRIDAY });
    const words = 'I went on Tuesday and they have a class on Thursday mornings';
    expect(await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'done', inTheirWords: words })).toEqual({ kind: 'done' });
    const history = await rig.db.reviewEntry.findMany({ where: { itemLineageId: step.lineageId } });
    expect(history).toMatchObject([{ outcome: 'done', whatHappened: words, reviewId: null }]);
  });

  it('keeps what happened with a "not yet" too, and changes nothing until a day is given; no words, no entry', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Ring the college', dueAt: FRIDAY });
    const versions = (await rig.plans.planVersions(client.id)).length;
    const answered = await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'more-time', inTheirWords: 'I was ill all week' });
    expect(answered).toMatchObject({ kind: 'ask-new-date' });
    await answerReminder(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, answer: 'more-time' });
    const history = await rig.db.reviewEntry.findMany({ where: { itemLineageId: step.lineageId } });
    expect(history).toMatchObject([{ outcome: 'not-done', whatHappened: 'I was ill all week' }]);
    expect(await rig.plans.planVersions(client.id)).toHaveLength(versions);
  });

  it("ignores another client's step", async () => {
    const owner = await rig.newClient();
    const other = await rig.newClient();
    const { step } = await planWithStep(rig, owner.id, { text: 'Ring the agency', dueAt: FRIDAY });
    expect(await answerReminder(rig.deps, { clientId: other.id, itemLineageId: step.lineageId, answer: 'done' })).toEqual({ kind: 'nothing-to-answer' });
    expect((await rig.plans.currentPlan(owner.id))!.items[0]!.status).toBe('open');
  });

  it('moves a step to a later day, open again, with its reminders; never earlier for the client', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    await rig.plans.changeItemStatus(client.id, step.lineageId, 'partly-done', 'client');
    rig.followUps.length = 0;
    const earlier = new Date('2026-06-09T23:00:00Z');
    expect(await moveStepDate(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, dueAt: earlier, by: 'client' })).toEqual({ moved: false, notBefore: FRIDAY });
    expect(rig.followUps).toEqual([]);
    const later = new Date('2026-06-16T23:00:00Z');
    expect(await moveStepDate(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, dueAt: later, by: 'client' })).toEqual({ moved: true });
    expect((await rig.plans.currentPlan(client.id))!.items[0]).toMatchObject({ dueAt: later, status: 'open' });
    expect(rig.followUps).toEqual([['sync', client.id]]);
  });

  // Play-testing: "move it to thursday" from the plan was refused for being before the step's day.
  it('brings a step forward when the client moves it from the plan, but not before their today', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    const today = new Date('2026-06-07T23:00:00Z');
    const yesterday = new Date('2026-06-06T23:00:00Z');
    const move = (dueAt: Date) => moveStepDate(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, dueAt, by: 'client', earliest: today });
    expect(await move(yesterday)).toEqual({ moved: false, notBefore: today });
    const earlier = new Date('2026-06-09T23:00:00Z');
    expect(await move(earlier)).toEqual({ moved: true });
    expect((await rig.plans.currentPlan(client.id))!.items[0]).toMatchObject({ dueAt: earlier, status: 'open' });
  });

  it('passes a call for help to the adviser, quoting the step and the words, only with consent', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    rig.followUps.length = 0;
    expect(await askForHelpWithStep(rig.deps, { client: { ...client, consentWithdrawnAt: MONDAY }, itemLineageId: step.lineageId, need: 'a template' })).toBe('no-consent');
    expect(rig.followUps).toEqual([]);
    expect(await askForHelpWithStep(rig.deps, { client, itemLineageId: step.lineageId, need: 'a template' })).toBe('asked');
    expect(rig.followUps).toEqual([['raise', { clientId: client.id, trigger: 'reminder-help', detail: 'Asked for help with their step "Make a CV". They said: "a template"' }]]);
  });
});
