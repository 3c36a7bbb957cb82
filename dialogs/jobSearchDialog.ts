// "Log my job search": the client says what they did in a sentence ("applied to Halfords",
// "interview at Tesco on Friday"); the coach reads the kind and the employer, keeps it in the log
// the review and the adviser see, and says well done for the real effort.
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { JobSearchRepository } from '../src/db/jobSearchEntries.ts';
import type { ChoiceOption } from '../src/domain/answers.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { readJobSearchEntries, readJobSearchEntry } from '../src/domain/jobSearch.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import * as say from '../src/messages/en/jobSearch.ts';
import { askChoice, createChoicePrompt, withButtons } from './prompts.ts';

const FLOW = 'jobSearchFlow';
const WHAT_PROMPT = 'jobSearchWhat';

export type JobSearchOptions = { text?: string };

const moreChoices: ChoiceOption<'more' | 'done'>[] = [
  { value: 'more', label: say.addMore, synonyms: ['yes', 'y', 'yeah', 'another', 'more', 'one more', 'yes please'] },
  { value: 'done', label: say.thatIsAll, synonyms: ['no', 'n', 'nope', 'no thanks', 'thats all', 'that is it', 'done', 'nothing'] },
];

export class JobSearchDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.jobSearch);
    this.addDialog(createChoicePrompt());
    this.addDialog(new TextPrompt(WHAT_PROMPT, async (prompt) => readJobSearchEntry(prompt.recognized.value ?? '') !== null));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.save.bind(this), this.again.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const typed = (step.options as JobSearchOptions | undefined)?.text;
    if (typed && readJobSearchEntry(typed)) return step.next(typed);
    return step.prompt(WHAT_PROMPT, { prompt: withButtons(say.askWhatYouDid, []), retryPrompt: withButtons(say.didNotCatch, []) });
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    const text = String(step.result ?? '').trim();
    const entries = readJobSearchEntries(text);
    const kind = entries[0]?.kind;
    if (!client || !kind) return step.endDialog();
    const now = this.services.clock.now();
    // An interview has a day ahead; an application or a call happened already.
    const happensAt = kind === 'interview' ? parseDueDate(text, { now, timeZone: client.timeZone }) : null;
    const log = new JobSearchRepository(this.services.db);
    for (const entry of entries) await log.log(client.id, { ...entry, text, happensAt }, now);
    const employers = entries.flatMap((entry) => (entry.employer ? [entry.employer] : []));
    await step.context.sendActivity(say.logged(kind, employers, happensAt ? formatDueDate(happensAt, client.timeZone, { now }) : null));
    return askChoice(step, say.askAnythingElse, moreChoices);
  }

  private async again(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'more') return step.replaceDialog(FLOW, {});
    return step.endDialog();
  }
}
