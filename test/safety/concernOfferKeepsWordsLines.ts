// Messages that mix a worry with a goal, a question, or nothing else, typed at a coaching question
// and read by the risk check as a worry (December: "just sort myself out really" and "i feel so down
// all the time. how do i update my cv?" had the goal or the question lost to the adviser's offer).
// `part`: the words a goal or step offered back must hold; `heldOut`: never tuned on.
export type KeptLine = {
  at: 'goal' | 'step';
  say: string;
  /**
   * goal: cut from the worry and offered back; taken: the whole message was the goal, and goes on as
   * typed; step: kept as the step; question: answered after the offer; nothing: asked again.
   */
  expect: 'goal' | 'taken' | 'step' | 'question' | 'nothing';
  part?: RegExp;
  /** The question as it would be asked alone. */
  question?: string;
  heldOut?: true;
  /** Read by the risk check as no worry at all (December): no offer, so nothing for it to lose. */
  notAWorry?: true;
};

export const KEPT_LINES: KeptLine[] = [
  { at: 'goal', say: 'just sort myself out really', expect: 'taken', part: /sort myself out/i },
  { at: 'goal', say: 'i feel so down all the time. how do i update my cv?', expect: 'question', question: 'how do i update my cv?' },
  { at: 'goal', say: 'im so stressed, i want to get a job in retail', expect: 'goal', part: /get a job in retail/i, notAWorry: true },
  { at: 'goal', say: 'feeling rubbish but i wanna sort my cv out', expect: 'goal', part: /sort your cv out/i, notAWorry: true },
  { at: 'goal', say: 'depressed af tbh. need to find work', expect: 'goal', part: /find work/i, notAWorry: true },
  { at: 'goal', say: 'i feel worthless. i want to learn to drive', expect: 'goal', part: /learn to drive/i },
  { at: 'goal', say: 'i cant cope anymore', expect: 'nothing' },
  { at: 'goal', say: 'everything is falling apart', expect: 'nothing' },
  { at: 'goal', say: 'i feel so alone. can you help me write a cover letter?', expect: 'question', question: 'can you help me write a cover letter?' },
  { at: 'goal', say: 'im struggling with my mental health, id like to do a forklift course', expect: 'goal', part: /do a forklift course/i },
  { at: 'goal', say: 'honestly i feel hopeless but i want to become a chef', expect: 'goal', part: /become a chef/i },
  { at: 'goal', say: 'so anxious all the time. whats a smart goal?', expect: 'question', question: 'whats a smart goal?', notAWorry: true },
  { at: 'goal', say: 'i hate my life rn lol. get a job i guess', expect: 'goal', part: /get a job/i },
  { at: 'goal', say: 'i want to get a job in a warehouse but i feel like a failure', expect: 'goal', part: /get a job in a warehouse/i },
  { at: 'goal', say: 'no motivation at all, wanna start volunteering', expect: 'goal', part: /start volunteering/i },
  { at: 'goal', say: 'i feel really low', expect: 'nothing' },
  { at: 'goal', say: 'stressed out of my head. what do i put here?', expect: 'question', question: 'what do i put here?', notAWorry: true },
  { at: 'step', say: 'i feel useless tbh. ill ring the job centre tomorrow', expect: 'step', part: /ring the job centre/i },
  { at: 'step', say: 'im so down. apply for 3 jobs this week', expect: 'step', part: /apply for 3 jobs/i },
  { at: 'step', say: 'i feel so worthless', expect: 'nothing' },
  { at: 'step', say: 'anxious af. how do i find jobs near me?', expect: 'question', question: 'how do i find jobs near me?', notAWorry: true },
  { at: 'step', say: 'cant sleep, always worried. update my cv on monday', expect: 'step', part: /update my cv/i },
  { at: 'step', say: 'i feel a bit useless to be honest', expect: 'nothing' },
  { at: 'goal', say: 'im sooo depressed. wanna get my cscs card', expect: 'goal', part: /get your cscs card/i, heldOut: true },
  { at: 'goal', say: 'feelin proper low, how do i apply for jobs online?', expect: 'question', question: 'how do i apply for jobs online?', heldOut: true },
  { at: 'goal', say: 'i just want to sort my life out', expect: 'taken', part: /sort my life out/i, heldOut: true, notAWorry: true },
  { at: 'goal', say: 'i feel so lonely all the time', expect: 'nothing', heldOut: true },
  { at: 'step', say: 'ive been so down lately, gonna email the college friday', expect: 'step', part: /email the college/i, heldOut: true },
  { at: 'goal', say: 'my anxiety is so bad. i want to find a part time job', expect: 'goal', part: /find a part time job/i, heldOut: true, notAWorry: true },
  { at: 'goal', say: 'i feel like a failure, what should my goal be?', expect: 'question', question: 'what should my goal be?', heldOut: true },
  { at: 'step', say: 'i hate everything. look for jobs on indeed tomorrow', expect: 'step', part: /look for jobs on indeed/i, heldOut: true, notAWorry: true },
];
