// The adviser's changes to a client's plan, and the client's agreement: checks first, the change
// and its audit event together, then reminders and a word to the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { AuditLog } from '../../src/db/audit.ts';
import { agreePlan } from '../../src/usecases/agreePlan.ts';
import {
  addAdviserAction,
  addAdviserStepOnce,
  agreePlanAsAdviser,
  clientForAdviser,
  completeAdviserAction,
  moveAdviserAction,
} from '../../src/usecases/adviserPlan.ts';
import { testProvider } from '../support/testDatabase.ts';
import { planWithStep, startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');

describe(`adviser plan changes and agreement on ${testProvider}`, () => {
  let rig: Rig;
  let adviser: Adviser;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
    adviser = await new AdviserRepository(rig.db).register({ name: 'Ann', userKey: 'test:ann' });
  });
  afterAll(() => rig.drop());

  async function adviserActions(clientId: string): Promise<string[]> {
    return (await new AuditLog(rig.db).forSubject(clientId)).filter((event) => event.actor === `adviser:${adviser.id}`).map((event) => event.action);
  }

  it("lets only the client's own adviser, or a lead, act on their plan", async () => {
    const client = await rig.newClient();
    const other = await new AdviserRepository(rig.db).register({ name: 'Bob', userKey: 'test:bob' });
    const lead = await new AdviserRepository(rig.db).register({ name: 'Lee', userKey: 'test:lee', role: 'lead' });
    await rig.db.client.update({ where: { id: client.id }, data: { adviserId: adviser.id } });
    expect((await clientForAdviser(rig.deps, adviser, client.id))?.id).toBe(client.id);
    expect(await clientForAdviser(rig.deps, other, client.id)).toBeNull();
    expect((await clientForAdviser(rig.deps, lead, client.id))?.id).toBe(client.id);
  });

  it("starts the plan of a client with no plan yet with the adviser's action, from their job goals", async () => {
    // Play-testing: "This client has no plan yet" and the adviser's words lost.
    const client = await rig.newClient();
    rig.followUps.length = 0;
    const result = await addAdviserAction(rig.deps, adviser, client, 'Call the college', FRIDAY);
    expect(result).toMatchObject({ ok: true, reply: expect.stringMatching(/^They had no plan yet, so your action starts it: "Call the college", by /) });
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect(plan.items).toEqual([expect.objectContaining({ text: 'Call the college', owner: 'adviser', dueAt: FRIDAY, createdBy: 'adviser' })]);
    expect(plan.jobGoals).toEqual(rig.jobGoals);
    expect(await adviserActions(client.id)).toEqual(['adviser-changed-plan']);
    expect(rig.followUps.map((followUp) => followUp[0])).toEqual(['sync', 'tell']);
    expect(rig.followUps[1]).toEqual(['tell', client.id, expect.stringMatching(/^Your adviser has started your plan with a step they will do for you: "Call the college"/)]);
  });

  it('adds, moves and completes an action of their own, audits each change, re-syncs reminders and tells the client', async () => {
    const client = await rig.newClient();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    rig.followUps.length = 0;
    expect(await addAdviserAction(rig.deps, adviser, client, ' Call the college ', FRIDAY)).toMatchObject({ ok: true });
    const action = (await rig.plans.currentPlan(client.id))!.items.find((item) => item.owner === 'adviser')!;
    expect(action).toMatchObject({ text: 'Call the college', dueAt: FRIDAY, createdBy: 'adviser' });
    const earlier = new Date('2026-06-09T23:00:00Z');
    expect(await moveAdviserAction(rig.deps, adviser, client, action, earlier)).toMatchObject({ ok: true });
    expect((await rig.plans.currentPlan(client.id))!.items.find((item) => item.lineageId === action.lineageId)!.dueAt).toEqual(earlier);
    expect(await completeAdviserAction(rig.deps, adviser, client, action)).toMatchObject({ ok: true });
    expect((await rig.plans.currentPlan(client.id))!.items.find((item) => item.lineageId === action.lineageId)!.status).toBe('done');
    expect(await adviserActions(client.id)).toEqual(['adviser-changed-plan', 'adviser-changed-plan', 'adviser-changed-plan']);
    expect(rig.followUps.map((followUp) => followUp[0])).toEqual(['sync', 'tell', 'sync', 'tell', 'sync', 'tell']);
    expect(rig.followUps[1]).toEqual(['tell', client.id, expect.stringMatching(/Your adviser added a step they will do for you: "Call the college"/)]);
  });

  it("never changes the client's own step", async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    expect(await completeAdviserAction(rig.deps, adviser, client, step)).toMatchObject({ ok: false });
    expect(await moveAdviserAction(rig.deps, adviser, client, step, FRIDAY)).toMatchObject({ ok: false });
    expect((await rig.plans.currentPlan(client.id))!.items[0]!.status).toBe('open');
  });

  it('stamps the agreement of the client and of the adviser on the version they agreed to', async () => {
    const client = await rig.newClient();
    expect(await agreePlan(rig.deps, { clientId: client.id })).toBeNull();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    const agreed = await agreePlan(rig.deps, { clientId: client.id });
    expect(agreed).toMatchObject({ status: 'agreed', clientAgreedAt: MONDAY });
    rig.followUps.length = 0;
    expect(await agreePlanAsAdviser(rig.deps, adviser, client)).toMatchObject({ ok: true });
    expect((await rig.plans.currentPlan(client.id))!).toMatchObject({ id: agreed!.id, adviserAgreedAt: MONDAY });
    expect(rig.followUps).toEqual([['tell', client.id, expect.stringMatching(/agreed to your plan/)]]);
  });

  it('adds a handed-over step for the adviser once, however often it is asked for, with its reminders', async () => {
    const client = await rig.newClient();
    rig.followUps.length = 0;
    const input = { clientId: client.id, text: 'Your adviser will talk to you about benefits', dueAt: FRIDAY };
    expect(await addAdviserStepOnce(rig.deps, input)).toBe(true);
    expect(await addAdviserStepOnce(rig.deps, input)).toBe(false);
    expect((await rig.plans.currentPlan(client.id))!.items.filter((item) => item.owner === 'adviser')).toHaveLength(1);
    expect(rig.followUps).toEqual([['sync', client.id]]);
  });
});
