// The use case behind a client asking for a step their adviser will do: the adviser's step in a
// new plan version (owned by the adviser, made by the client, no date), the adviser told once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askAdviserForStep, type AdviserTaskDeps } from '../../src/usecases/adviserTaskRequest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { planWithStep, startRig, type Rig } from '../usecases/rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');
const SAID = 'Could you please add to the plan that my adviser will help me write the CV?';

describe(`a client's request for their adviser, on ${testProvider}`, () => {
  let rig: Rig;
  let passed: { clientId: string; detail: string; said: string }[];
  let reached: boolean;
  let deps: AdviserTaskDeps;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
  });
  afterAll(() => rig.drop());
  beforeEach(() => {
    passed = [];
    reached = true;
    rig.followUps.length = 0;
    deps = { ...rig.deps, requests: { pass: async (request) => (passed.push(request), { reached }) } };
  });

  it("adds the adviser's step, marked as asked by the client and with no date, in a version to agree again, and tells the adviser", async () => {
    const client = await rig.newClient();
    const { plan: before } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    await rig.plans.agree(client.id);

    const asked = await askAdviserForStep(deps, { client, task: 'Help me write my CV', said: SAID, noPlan: 'start-one' });

    expect(asked).toEqual({ outcome: 'added', reached: true });
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect(plan).toMatchObject({ version: before.version + 1, status: 'draft', clientAgreedAt: null, adviserAgreedAt: null, createdBy: 'client' });
    expect(plan.items.map((item) => [item.text, item.owner, item.createdBy, item.dueAt, item.status])).toEqual([
      ['Make a CV', 'client', 'client', FRIDAY, 'open'],
      ['Help me write my CV', 'adviser', 'client', null, 'open'],
    ]);
    expect(passed).toEqual([
      {
        clientId: client.id,
        said: SAID,
        detail: `Asked for a step in their plan that you would do: "Help me write my CV". It is under "What your adviser will do", with no date. You decide what to do about it. They said: "${SAID}"`,
      },
    ]);
    expect(rig.followUps).toEqual([['sync', client.id, { itemLineageIds: [plan.items[1]!.lineageId], review: false }]]);
  });

  it('changes nothing and tells nobody twice when the same step is open already', async () => {
    const client = await rig.newClient();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    await askAdviserForStep(deps, { client, task: 'Send me retail vacancies', said: 'can my adviser send me retail vacancies', noPlan: 'start-one' });
    const version = (await rig.plans.currentPlan(client.id))!.version;
    passed = [];

    const again = await askAdviserForStep(deps, { client, task: 'send me retail vacancies.', said: 'can my adviser send me retail vacancies?', noPlan: 'start-one' });

    expect(again).toEqual({ outcome: 'already-in-plan', reached: true });
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect(plan.version).toBe(version);
    expect(plan.items.filter((item) => item.owner === 'adviser').map((item) => item.text)).toEqual(['Send me retail vacancies']);
    expect(passed).toEqual([]);
  });

  it('starts a first plan from the job goals and the step when the client is making their plan', async () => {
    const client = await rig.newClient();
    const asked = await askAdviserForStep(deps, { client, task: 'Write my CV for me', said: 'I would prefer my adviser to write the CV for me', noPlan: 'start-one' });

    expect(asked).toEqual({ outcome: 'added', reached: true });
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect(plan.jobGoals.map((job) => job.title)).toEqual(['Cleaner']);
    expect(plan.route).toBe('Apply to agencies');
    expect(plan.items.map((item) => [item.text, item.owner, item.createdBy])).toEqual([['Write my CV for me', 'adviser', 'client']]);
    expect(passed).toHaveLength(1);
  });

  it('only passes it on when there is no plan and the client is not making one', async () => {
    const client = await rig.newClient();
    const asked = await askAdviserForStep(deps, { client, task: 'Send me retail vacancies', said: 'can my adviser send me retail vacancies', noPlan: 'pass-on' });

    expect(asked).toEqual({ outcome: 'passed-on', reached: true });
    expect(await rig.plans.currentPlan(client.id)).toBeNull();
    expect(passed.map((request) => request.detail)).toEqual([
      'Asked you to do something for them: "Send me retail vacancies". They have no plan yet, so it is not in one. You decide what to do about it. They said: "can my adviser send me retail vacancies"',
    ]);
    expect(rig.followUps).toEqual([]);
  });

  it('says so when nobody could be sent it, and keeps the step', async () => {
    const client = await rig.newClient();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    reached = false;
    expect(await askAdviserForStep(deps, { client, task: 'Ring the college', said: 'ask my adviser to ring the college', noPlan: 'start-one' })).toEqual({ outcome: 'added', reached: false });
    expect((await rig.plans.currentPlan(client.id))!.items.map((item) => item.text)).toContain('Ring the college');
  });

  it('keeps and passes on nothing without consent', async () => {
    const client = await rig.newClient();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: FRIDAY });
    const withdrawn = { ...client, consentWithdrawnAt: MONDAY };
    expect(await askAdviserForStep(deps, { client: withdrawn, task: 'Ring the college', said: 'ask my adviser to ring the college', noPlan: 'start-one' })).toEqual({ outcome: 'no-consent' });
    expect((await rig.plans.currentPlan(client.id))!.items.map((item) => item.text)).toEqual(['Make a CV']);
    expect(passed).toEqual([]);
  });
});
