// An answer to the coaching question typed while the safety window is open ("i want a job in a
// warehouse" under "What would you like to work on?"). Play-testing concern and crisis (December):
// it got "Thank you for telling me. I am here.", and after Carry on the goal question came again,
// the answer lost. Now it is kept, said so, and given to that question once they choose to carry on.
// No coaching happens in the window: nothing is asked about it there.
import { expandShorthand } from '../domain/answers.ts';
import { looksLikeAQuestion } from '../domain/intentGuards.ts';

// Work named: a job, a CV, a course, an interview, a kind of work.
const WORK_WORDS = /\b(?:job|jobs|work|cv|course|interview|apply|applying|application|agency|training|warehouse|retail|shop|factory|kitchen|office|cleaning|care work|driving|forklift|college|volunteering)\b/;
// Said as a goal or a step: "i want...", "get...", "update...", "a job in...". "yeah but text only please,
// i work nights" names work too, and is no goal.
const GOAL_SHAPE = /^(?:(?:i (?:want|would like|d like|need|wanna|am looking for|m looking for)|(?:get|find|update|do|write|apply|look|ring|call|start|go to|sign up|book|join|learn|train|try)\b)|(?:a|an|my|some) (?:new )?(?:job|cv|course|work)\b|(?:job|jobs|work) (?:in|as|at|with)\b)/;
// No answer to keep: a no, a hurt, a doubt, or the window's own words.
const NOT_AN_ANSWER = /\b(?:is|was|fine|ok|okay|not|dont|never|cant|cannot|no|nah|hate|pointless|point|why|die|dead|kill|end|hurt|useless|worthless|hopeless|carry on|adviser|number|numbers|safe)\b/;

/** Words that answer a goal or step question on screen, to keep until Carry on. */
export function keptForThePlan(text: string, atAGoalOrStep: boolean): boolean {
  if (!atAGoalOrStep || looksLikeAQuestion(text)) return false;
  const words = expandShorthand(text);
  return words.split(' ').length <= 20 && GOAL_SHAPE.test(words) && WORK_WORDS.test(words) && !NOT_AN_ANSWER.test(words);
}
