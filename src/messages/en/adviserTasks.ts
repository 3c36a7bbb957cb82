// A client asks for a step their adviser will do ("can my adviser send me retail vacancies"): what
// the client is told, and what their adviser reads. The adviser decides what happens, so nothing
// here promises a day or says it will be done. The task is in the client's words, escaped by the
// caller; `task` in the client's lines is said to them ("help you write your CV").
import type { AdviserTaskOutcome } from '../../domain/adviserTaskWords.ts';

const WHERE = 'It is in your plan under "What your adviser will do".';

// ---- For the client ----------------------------------------------------------------------------

/** `reached`: false when no person could be sent it just now. */
export function adviserTaskReply(outcome: AdviserTaskOutcome, task: string, reached: boolean): string {
  switch (outcome) {
    case 'added':
      return reached
        ? `I have asked your adviser to ${task}. ${WHERE} Your adviser will talk to you about it.`
        : `You would like your adviser to ${task}. I have put this in your plan, under "What your adviser will do". I could not send your adviser a message just now. Please tell them about it too.`;
    case 'already-in-plan':
      return `You have asked your adviser for this already. ${WHERE} Your adviser will talk to you about it.`;
    case 'passed-on':
      return reached
        ? `I have asked your adviser to ${task}. Your adviser will decide what to do about it.`
        : `I could not send your adviser a message just now. Please ask them yourself to ${task}.`;
  }
}

/** Asked again where the client's own step was asked, once their adviser's part is passed on. */
export const askTheirOwnPart = 'And what is one thing you will do yourself?';

// ---- For the adviser ---------------------------------------------------------------------------

/** Why now, on the hand-over: the task in the client's voice, and their words. */
export function adviserTaskDetail(task: string, said: string, inPlan: boolean): string {
  const asked = inPlan
    ? `Asked for a step in their plan that you would do: "${task}". It is under "What your adviser will do", with no date.`
    : `Asked you to do something for them: "${task}". They have no plan yet, so it is not in one.`;
  return `${asked} You decide what to do about it. They said: "${said}"`;
}
