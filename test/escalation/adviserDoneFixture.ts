// Ann's caseload for the "mark my action done by its words" tests: Amira and Dev, each with four
// actions of Ann's and a step of their own, and what each action's status is. Two test files had
// each written it (adviserDoneByWords, adviserDoneSaidOtherWays).
import { caseloadKit, type TestClock, useAdviserBot } from './harness.ts';

export const DONE_ACTIONS = ['Book her DBS check', 'Send her 3 care home vacancies', 'Ring the college about the ESOL course', 'Ring the employer about her hours'] as const;

/** The bot, Ann's caseload kit, and ways to read and reset Amira's and Dev's actions. */
export function adviserDoneKit(clock: TestClock) {
  const kit = useAdviserBot(clock);
  const caseload = caseloadKit(kit.bot, kit.ann);
  const { ids, client, plans } = caseload;
  return {
    kit,
    ...caseload,
    /** Amira Khan and Dev Patel, with four actions of Ann's due Friday 19 June and "Update my CV" of their own. */
    async setUp(): Promise<void> {
      for (const [key, name] of [['amira', 'Amira Khan'], ['dev', 'Dev Patel']] as const) {
        await client(key, name, name.split(' ')[0]!);
        await plans().addGoalWithItems(ids[key]!, {
          text: 'A job in a care home',
          dueAt: null,
          items: [
            { text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-12T22:00:00Z') },
            ...DONE_ACTIONS.map((text) => ({ text, owner: 'adviser' as const, dueAt: new Date('2026-06-19T22:00:00Z') })),
          ],
        });
      }
    },
    /** Each of Ann's actions' status, in DONE_ACTIONS order. */
    async statuses(key: string): Promise<(string | undefined)[]> {
      const items = (await plans().currentPlan(ids[key]!))?.items ?? [];
      return DONE_ACTIONS.map((text) => items.find((item) => item.text === text)?.status);
    },
    /** Every action of Ann's open again, so each line starts from the same plan. */
    async reopen(key: string): Promise<void> {
      for (const item of (await plans().currentPlan(ids[key]!))?.items ?? []) {
        if (item.owner === 'adviser' && item.status !== 'open') await plans().changeItemStatus(ids[key]!, item.lineageId, 'open', 'bot');
      }
    },
  };
}

/** The actions whose status changed between two reads. */
export const changedBetween = (before: readonly (string | undefined)[], after: readonly (string | undefined)[]): string[] =>
  DONE_ACTIONS.filter((_text, index) => before[index] !== after[index]);
