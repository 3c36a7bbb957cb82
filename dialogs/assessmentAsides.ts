// Said about the questions themselves at a self-assessment question or a locus-of-control sentence
// ("is this going on my record", "is this a test", "i hate these questions"): answered first, and
// never read as an answer (src/domain/assessmentAsides.ts). The prompt then asks its question again.
import type { TurnContext } from 'botbuilder';
import { assessmentAsideOf } from '../src/domain/assessmentAsides.ts';
import { questionById } from '../src/domain/assessmentQuestions.ts';
import { assessmentAsideReply, wayOutBySkipping, wayOutNotSure, wayOutOfABarrier } from '../src/messages/en/selfAssessment.ts';
import type { Listening } from './prompts.ts';

/** What a prompt's saved options tell about its question; `wayOut` where no self-assessment question says it. */
export type AsideOptions = { validations?: { questionId?: string }; listening?: Listening; wayOut?: string };

function wayOutOf(options: AsideOptions): string {
  if (options.wayOut) return options.wayOut;
  const id = options.validations?.questionId;
  const question = id ? questionById(id) : null;
  if (question?.kind === 'barrier') return wayOutOfABarrier;
  return question?.optional ? wayOutBySkipping : wayOutNotSure;
}

/** True when the message was an aside, now answered: the question is to be asked again. */
export async function answerAnAside(context: TurnContext, state: { options?: AsideOptions }): Promise<boolean> {
  if (context.activity.type !== 'message') return false;
  const aside = assessmentAsideOf(context.activity.text ?? '');
  if (!aside) return false;
  const options = state.options ?? {};
  const facts = { wayOut: wayOutOf(options), left: options.listening?.questionsLeft, purpose: options.listening?.purpose };
  await context.sendActivity(assessmentAsideReply(aside, facts));
  return true;
}
