// Lines typed at "What would you like to work on?" (play-testing the goal question): written before
// the mend, each with what the coach should do first. "goal": takes it as the goal (the words
// given are in the reply); "feeling-goal": hears the feeling, and keeps the goal; "vague": a goal
// too loose to plan, taken gently and made specific, never heard as a feeling; "question": a
// question for the adviser, nothing taken into the plan. A quarter is held out by the fixed hash below.
export type ShapeKind = 'goal' | 'feeling-goal' | 'vague' | 'question';
// concernFirst: the risk check answers first with the offer of the adviser (src/bot/riskCheck.ts),
// before the goal question hears the words; not the goal question's to mend.
export type ShapeRow = { text: string; kind: ShapeKind; goal?: string; concernFirst?: true };

export const GOAL_QUESTION_SHAPES: readonly ShapeRow[] = [
  { text: 'how do i update my cv?', kind: 'goal', goal: 'Update my CV' },
  { text: 'how do i write a cover letter', kind: 'goal', goal: 'Write a cover letter' },
  { text: 'how can i make my cv better?', kind: 'goal', goal: 'Make my CV better' },
  { text: 'how do i sign up for a cscs card?', kind: 'goal', goal: 'Sign up for a CSCS card' },
  { text: 'how do i apply for jobs online', kind: 'goal', goal: 'Apply for jobs online' },
  { text: 'how i make cv? my english not good', kind: 'goal' },
  { text: 'how do i do a cv', kind: 'goal', goal: 'Do a CV' },
  { text: 'how do u write a cv', kind: 'goal', goal: 'Write a CV' },
  { text: 'how can i improve my english for work?', kind: 'goal', goal: 'Improve my english for work' },
  { text: 'i feel so down all the time. how do i update my cv?', concernFirst: true, kind: 'feeling-goal', goal: 'Update my CV' },
  { text: 'im really stressed. how do i write a cover letter?', kind: 'feeling-goal', goal: 'Write a cover letter' },
  { text: 'can i move my appointment on thursday', kind: 'question' },
  { text: 'can i change my appointment to next week?', kind: 'question' },
  { text: 'can i rearrange my meeting with my adviser', kind: 'question' },
  { text: 'is my appointment still on friday?', kind: 'question' },
  { text: 'can i cancel my appointment tomorrow', kind: 'question' },
  { text: 'wat time is my apointment', kind: 'question' },
  { text: 'just sort myself out really', concernFirst: true, kind: 'vague' },
  { text: 'get out the house more', concernFirst: true, kind: 'vague' },
  { text: 'be better', kind: 'vague' },
  { text: 'sort my life out', kind: 'vague' },
  { text: 'get my life back on track', kind: 'vague' },
  { text: 'be more confident', kind: 'vague' },
  { text: 'get out more', kind: 'vague' },
  { text: 'be happier', kind: 'vague' },
  { text: 'get myself sorted', kind: 'vague' },
  { text: 'do better', kind: 'vague' },
  { text: 'txt my adviser bout the course', kind: 'goal', goal: 'Txt my adviser bout the course' },
  { text: 'text my adviser about the forklift course', kind: 'goal', goal: 'Text my adviser about the forklift course' },
  { text: 'email my adviser about the cscs card', kind: 'goal', goal: 'Email my adviser about the cscs card' },
  { text: 'ring my work coach about the training', kind: 'goal', goal: 'Ring my work coach about the training' },
  { text: 'ask my adviser about the course', kind: 'goal', goal: 'Ask my adviser about the course' },
  { text: 'update my cv', kind: 'goal', goal: 'Update my CV' },
  { text: 'apply 3 jobs this week', kind: 'goal', goal: 'Apply 3 jobs this week' },
  { text: 'go to the job fair on friday', kind: 'goal', goal: 'Go to the job fair on friday' },
  { text: 'i want learn english better for job', kind: 'goal', goal: 'learn english better for job' },
];

export function heldOutByHash(text: string): boolean {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 3 === 0;
}
