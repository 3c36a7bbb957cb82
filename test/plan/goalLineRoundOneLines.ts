// Goal lines, round one (2026-12-07, helper "goalline"): lines written before the mends, the way
// clients type (lower case, typos, text-speak). A quarter is held out by the fixed hash below and
// never read for mends. What a good coach does with each:
// GOAL_LINES, typed at "What would you like to work on?": the goal kept without its step (`aim`),
//   the step without the goal or how sure they are (`step`), and how sure, when a number is said
//   (`sure`). Nothing the client did not mean goes in the plan.
// STEP_LINES, typed where a step is asked: a question is answered ('question') and a wish to move
//   or change another step is told the way ('other-step'); neither is kept as a step. A step is kept.
export type GoalLineRow = { text: string; aim: string; step: string; sure?: number };
export type StepLineKind = 'question' | 'other-step' | 'step';
export type StepLineRow = { text: string; kind: StepLineKind };

export const GOAL_LINES: readonly GoalLineRow[] = [
  { text: 'get a bus driver job. step: apply for my provisional licence by friday, im about 8 sure', aim: 'get a bus driver job', step: 'apply for my provisional licence by friday', sure: 8 },
  { text: 'work in a warehouse. first step - update my cv tomorrow', aim: 'work in a warehouse', step: 'update my cv tomorrow' },
  { text: 'become a carer, step 1: ring the agency on monday', aim: 'become a carer', step: 'ring the agency on monday' },
  { text: 'job in retail. my step is to hand my cv in at asda this week', aim: 'job in retail', step: 'hand my cv in at asda this week' },
  { text: 'get my forklift licence step: book the course by next friday 7/10', aim: 'get my forklift licence', step: 'book the course by next friday', sure: 7 },
  { text: 'find cleaning work, next step is sign up with an agency by wednesday. 9 out of 10 sure', aim: 'find cleaning work', step: 'sign up with an agency by wednesday', sure: 9 },
  { text: 'get a job as a chef. step = go to the jobcentre thursday, pretty sure', aim: 'get a job as a chef', step: 'go to the jobcentre thursday' },
  { text: 'hgv driving. step: look up hgv courses online by sunday im like 6 sure', aim: 'hgv driving', step: 'look up hgv courses online by sunday', sure: 6 },
  { text: 'get back into work - step: write a cv by the weekend', aim: 'get back into work', step: 'write a cv by the weekend' },
  { text: 'be a hairdresser. steps: ring the college tomorrow', aim: 'be a hairdresser', step: 'ring the college tomorrow' },
  { text: 'get a job at the council. my first step: fill in the form by monday. about 5/10 sure', aim: 'get a job at the council', step: 'fill in the form by monday', sure: 5 },
  { text: 'get my cscs card. step: book the test by friday, 10 sure', aim: 'get my cscs card', step: 'book the test by friday', sure: 10 },
  { text: 'shop work. step: print my cv tomorrow, 8/10', aim: 'shop work', step: 'print my cv tomorrow', sure: 8 },
  { text: 'get a bus driver job', aim: 'get a bus driver job', step: 'get a bus driver job' },
  { text: 'apply for 3 jobs by friday', aim: 'apply for 3 jobs by friday', step: 'apply for 3 jobs by friday' },
  { text: "get a job in care by march, first i'll ring the agency", aim: 'get a job in care by march', step: 'ring the agency' },
  { text: 'update my cv by friday, im about 7 sure', aim: 'update my cv by friday', step: 'update my cv by friday', sure: 7 },
  { text: 'do a first aid course step: find one near me by next week', aim: 'do a first aid course', step: 'find one near me by next week' },
  { text: 'get a job as a ta. step: email the school on tuesday. confidence 8', aim: 'get a job as a ta', step: 'email the school on tuesday', sure: 8 },
  { text: 'security work. step - do my sia course this month, im 9 sure tbh', aim: 'security work', step: 'do my sia course this month', sure: 9 },
  { text: 'more hours at work. step: ask my manager tomorrow, sure about 6', aim: 'more hours at work', step: 'ask my manager tomorrow', sure: 6 },
  { text: 'get into nursing.. step: look at the access course on tues, 7 sure', aim: 'get into nursing', step: 'look at the access course on tues', sure: 7 },
  { text: 'be a postie step: apply on the royal mail site by fri. im 8/10', aim: 'be a postie', step: 'apply on the royal mail site by fri', sure: 8 },
  { text: 'go back to college, step is ring them monday, 4 sure', aim: 'go back to college', step: 'ring them monday', sure: 4 },
];

export const STEP_LINES: readonly StepLineRow[] = [
  { text: 'whats a review', kind: 'question' },
  { text: 'what is a review?', kind: 'question' },
  { text: 'wots a review', kind: 'question' },
  { text: 'what do u mean by step', kind: 'question' },
  { text: 'whats a step', kind: 'question' },
  { text: 'when is my review', kind: 'question' },
  { text: 'how do i do that', kind: 'question' },
  { text: 'what counts as a step', kind: 'question' },
  { text: 'who is my adviser?', kind: 'question' },
  { text: 'what if i cant do it', kind: 'question' },
  { text: 'does it have to be a job', kind: 'question' },
  { text: 'how small?', kind: 'question' },
  { text: 'whats a smaller step', kind: 'question' },
  { text: 'can you give me an example', kind: 'question' },
  { text: 'where do i find jobs', kind: 'question' },
  { text: 'what do you mean smaller', kind: 'question' },
  { text: 'can i move asda to friday', kind: 'other-step' },
  { text: 'move my cv step to monday', kind: 'other-step' },
  { text: 'can i change the asda one', kind: 'other-step' },
  { text: 'i want to change my other step', kind: 'other-step' },
  { text: 'push the cv one back a week', kind: 'other-step' },
  { text: 'can we move the jobcentre thing to tuesday', kind: 'other-step' },
  { text: 'delete the asda step', kind: 'other-step' },
  { text: 'can i put tesco back to next week', kind: 'other-step' },
  { text: 'ring asda on friday', kind: 'step' },
  { text: 'what about ringing the college', kind: 'step' },
  { text: 'how about going to the jobcentre', kind: 'step' },
  { text: 'ask my adviser what a review is', kind: 'step' },
  { text: 'look at 2 jobs', kind: 'step' },
  { text: 'move my cv onto my phone', kind: 'step' },
  { text: 'can i just look at one advert', kind: 'step' },
  { text: 'find out when the open day is', kind: 'step' },
  { text: 'apply to asda on friday', kind: 'step' },
  { text: 'check when my review is', kind: 'step' },
  { text: 'change my cv', kind: 'step' },
  { text: 'ask about moving my shifts to friday', kind: 'step' },
  { text: 'email tesco tomorrow', kind: 'step' },
  { text: 'go to the library to use the computer', kind: 'step' },
  { text: 'write down what jobs i like', kind: 'step' },
  { text: 'phone the agency, what time do they open', kind: 'step' },
];

/** A fixed quarter held out: never read for mends. */
export function heldOut(text: string): boolean {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 4 === 0;
}
