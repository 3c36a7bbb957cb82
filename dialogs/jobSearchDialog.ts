// "Log my job search": the client says what they did in a sentence ("applied to Halfords",
// "interview at Tesco on Friday"); the coach reads the kind and the employer, keeps it in the log
// the review and the adviser see, and says well done for the real effort.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { currentClient } from '../src/bot/clientContext.ts';
import { JobSearchRepository } from '../src/db/jobSearchEntries.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { formatDueDate, parseDueDate } from '../src/domain/dates.ts';
import { readJobSearchEntries, readJobSearchEntry, saysItHappened, saysTheyWereTurnedDown, tellsOfACourse } from '../src/domain/jobSearch.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import * as say from '../src/messages/en/jobSearch.ts';
import { askChoice, createChoicePrompt, ListeningPrompt, withButtons } from './prompts.ts';

const FLOW = 'jobSearchFlow';
const WHAT_PROMPT = 'jobSearchWhat';

export type JobSearchOptions = { text?: string };

const NOTHING_MORE = ['nothing really', 'not really', 'nothing else', 'nothing more', 'no nothing', 'no nothing really', 'nah nothing',
  'nothing else really', 'no thats it', 'thats it', 'thats everything', 'no not really', 'not really no', 'no more', 'no thats all'];
const moreChoices: ChoiceOption<'more' | 'done'>[] = [
  { value: 'more', label: say.addMore, synonyms: ['yes', 'y', 'yeah', 'another', 'more', 'one more', 'yes please'] },
  // "Nothing really" had the low-mood reply (play-testing): it is a plain no.
  { value: 'done', label: say.thatIsAll, synonyms: ['no', 'n', 'nope', 'no thanks', 'thats all', 'that is it', 'done', 'nothing', ...NOTHING_MORE] },
];

const NOTHING = '\u0000nothing';
const COURSE = '\u0000course';
const nothingChoices: ChoiceOption<'done'>[] = [
  { value: 'done', label: say.nothingToAdd, synonyms: ['nothing this week', 'nothing yet', 'not yet', 'none', 'none yet', 'no nothing', 'not much', 'that is all', 'thats it', 'never mind', ...NOTHING_MORE] },
];

export class JobSearchDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.jobSearch);
    this.addDialog(createChoicePrompt());
    // Listens (a question or a feeling is answered first), and "that is all" or "nothing" ends the log:
    // play-testing found a client held at "Sorry, I didn't catch what you did" with no way out.
    this.addDialog(new ListeningPrompt(WHAT_PROMPT, async (prompt) => {
      const text = prompt.recognized.value ?? '';
      if (readJobSearchEntry(text)) return true;
      if (tellsOfACourse(text)) {
        prompt.recognized.value = COURSE;
        return true;
      }
      if (!parseChoice(text, [moreChoices[1]!, ...nothingChoices], { byPosition: false })) return false;
      prompt.recognized.value = NOTHING;
      return true;
    }, 'words'));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.save.bind(this), this.again.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const typed = (step.options as JobSearchOptions | undefined)?.text;
    if (typed && readJobSearchEntry(typed)) return step.next(typed);
    return step.prompt(WHAT_PROMPT, { prompt: withButtons(say.askWhatYouDid, [say.nothingToAdd]), retryPrompt: withButtons(say.didNotCatch, [say.nothingToAdd]) });
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = currentClient(step.context);
    const text = String(step.result ?? '').trim();
    if (text === NOTHING) {
      await step.context.sendActivity(say.nothingLogged);
      return step.endDialog();
    }
    if (text === COURSE) {
      await step.context.sendActivity(say.courseHeard);
      return askChoice(step, say.askAnythingElse, moreChoices);
    }
    const entries = readJobSearchEntries(text);
    const kind = entries[0]?.kind;
    if (!client || !kind) return step.endDialog();
    const now = this.services.clock.now();
    // An interview ahead has its day; one already had ("had an interview at b&q this morning"), an
    // application or a call happened already, so the day it was logged stands.
    const happensAt = kind === 'interview' && !saysItHappened(text) ? parseDueDate(text, { now, timeZone: client.timeZone }) : null;
    const log = new JobSearchRepository(this.services.db);
    for (const entry of entries) await log.log(client.id, { ...entry, text, happensAt }, now);
    const employers = entries.flatMap((entry) => (entry.employer ? [entry.employer] : []));
    const when = happensAt ? formatDueDate(happensAt, client.timeZone, { now }) : null;
    await step.context.sendActivity(say.logged(kind, employers, when, entries.length, saysTheyWereTurnedDown(text)));
    return askChoice(step, say.askAnythingElse, moreChoices);
  }

  private async again(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'more') return step.replaceDialog(FLOW, {});
    return step.endDialog();
  }
}
