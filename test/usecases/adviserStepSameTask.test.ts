// Play-testing: two questions about benefits put two near-copies of one adviser task in the plan
// ("go through how work affects your benefits", "go through the rules for your benefits"), each a
// new plan version. Asked again while the adviser's task on it is still open, nothing is added.
// The lines go the way the coach hands them over: heard as a benefits question, the topic chosen
// as the hand-over chooses it, then the adviser's step added through the one use case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksAboutBenefitConditions, asksOrWorriesAboutBenefits } from '../../src/domain/benefitWorries.ts';
import { detectSpecialistBarriers } from '../../src/domain/escalationRules.ts';
import { planItemText } from '../../src/messages/en/specialist.ts';
import { addAdviserStepOnce } from '../../src/usecases/adviserPlan.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');

/** Each conversation: a question about benefits, then another about the same thing, later. */
const OWN: string[][] = [
  ['will I lose my benefits if I work 16 hours?', 'will i get sanctioned if i turn down a job'],
  ['worried ill lose my uc if i start work', 'wot if they stop my uc'],
  ['how many hours can i work on uc', 'does working affect my pip'],
  ['will i lose my universal credit if i take a job', 'will my benefits stop if i miss an appointment'],
  ['r my benefits gonna get cut if i get a job', 'can they sanction me for leaving a job'],
  ['does working affect my pip', 'will i lose my pip if i work'],
  ['im scared about my benefits tbh', 'what happens to my uc when i get paid'],
  ['can i still get uc if i work part time', 'what if i get sanctioned', 'will i lose my uc if i work'],
  ['what if i get sanctioned', 'will i lose my benefits if i get a job'],
  ['how much can i earn b4 my uc stops', 'can i earn a bit without losing my uc'],
];
/** Put aside before the mend, and never tuned on. */
const HELD_OUT: string[][] = [
  ['if i get a job do i lose my housing benefit', 'do i have to do 35 hours job search for uc'],
  ['worried about my esa if i start working', 'will i still get my uc payments after i start'],
  ['can the jobcentre stop my money if i say no to a job', 'will my universal credit go down if i work'],
  ['will i lose my jsa if i get a job', 'will they sanction me if i miss my appointment'],
];

/** The adviser's step the hand-over puts in the plan for this line, or null when it hands nothing over. */
function stepFor(line: string): string | null {
  if (!detectSpecialistBarriers(line).includes('money-benefits') || !asksOrWorriesAboutBenefits(line)) return null;
  return planItemText[asksAboutBenefitConditions(line) ? 'conditions' : 'benefits'];
}

describe(`one adviser task for one thing asked, on ${testProvider}`, () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
  });
  afterAll(() => rig.drop());

  async function askAll(lines: readonly string[]) {
    const client = await rig.newClient();
    const added: boolean[] = [];
    for (const line of lines) {
      const text = stepFor(line);
      if (text) added.push(await addAdviserStepOnce(rig.deps, { clientId: client.id, text, dueAt: FRIDAY }));
    }
    const plan = await rig.plans.currentPlan(client.id);
    return { added, adviserSteps: plan!.items.filter((item) => item.owner === 'adviser').length, versions: (await rig.plans.planVersions(client.id)).length };
  }

  it.each([...OWN, ...HELD_OUT].map((lines) => [lines.join(' / '), lines] as const))('"%s": one task, one version', async (_, lines) => {
    const { added, adviserSteps, versions } = await askAll(lines);
    expect(added[0]).toBe(true);
    expect(added.slice(1).every((was) => !was)).toBe(true);
    expect(adviserSteps).toBe(1);
    expect(versions).toBe(1);
  });

  it('a step the client reported partly done is still open: asked again, nothing is added', async () => {
    const client = await rig.newClient();
    await addAdviserStepOnce(rig.deps, { clientId: client.id, text: planItemText.benefits, dueAt: FRIDAY });
    const step = (await rig.plans.currentPlan(client.id))!.items[0]!;
    await rig.plans.changeItemStatus(client.id, step.lineageId, 'partly-done', 'client');
    const versions = (await rig.plans.planVersions(client.id)).length;
    expect(await addAdviserStepOnce(rig.deps, { clientId: client.id, text: planItemText.conditions, dueAt: FRIDAY })).toBe(false);
    expect((await rig.plans.planVersions(client.id)).length).toBe(versions);
  });

  it('once the adviser has done it, a new question gets a new task', async () => {
    const client = await rig.newClient();
    await addAdviserStepOnce(rig.deps, { clientId: client.id, text: planItemText.benefits, dueAt: FRIDAY });
    const step = (await rig.plans.currentPlan(client.id))!.items[0]!;
    await rig.plans.changeItemStatus(client.id, step.lineageId, 'done', 'adviser');
    expect(await addAdviserStepOnce(rig.deps, { clientId: client.id, text: planItemText.conditions, dueAt: FRIDAY })).toBe(true);
  });

  it('a different thing asked is a different task: benefits, then what to tell an employer', async () => {
    const client = await rig.newClient();
    expect(await addAdviserStepOnce(rig.deps, { clientId: client.id, text: planItemText.benefits, dueAt: FRIDAY })).toBe(true);
    expect(await addAdviserStepOnce(rig.deps, { clientId: client.id, text: planItemText.disclosure, dueAt: FRIDAY })).toBe(true);
    expect((await rig.plans.currentPlan(client.id))!.items.filter((item) => item.owner === 'adviser')).toHaveLength(2);
  });
});
