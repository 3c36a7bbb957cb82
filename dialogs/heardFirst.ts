// What a prompt may hear before it reads a reply at all (ListeningPrompt in prompts.ts). Kept apart
// so the hearings (changeStepNews.ts) need not import prompts.ts, which imports, through listening
// and the reminder dialogs, the later-day prompt that hands them in.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';

/** The turn that takes the conversation elsewhere (news of work at a day question), or null to read the reply as usual. */
export type HeardFirst = (dc: DialogContext) => Promise<DialogTurnResult | null>;
