// A step said with its day, then a nearer day offered (play-testing, first conversations, Monday 7
// December 2026): "apply to 2 care homes" by the end of the month had "That is a good goal. Small
// steps help. Could you do a first step by Thursday 17 December?", and "what? i just told you, apply
// to 2 care homes" had "Here is my question again". Written before the mend; HELD_OUT is never tuned on.
// `turns`: typed after "Set a goal", each with what the reply must show; `readBack`: in "Is that right?".
export type StepLine = { turns: [typed: string, reply?: RegExp][]; readBack: string; never?: RegExp };

const SOONER = (day: string) => new RegExp(`Could you do it sooner, by ${day}\\?.*\\[Yes\\] \\[No, keep my day\\]`);
const SORRY_KEPT = /Sorry\. I will keep your step as you said it/;
const NO_SECOND_STEP = /What could that first step be|first step by/;

export const TUNING: StepLine[] = [
  {
    turns: [['get a care job'], ['apply to 2 care homes'], ['by the end of the month', SOONER('Thursday 17 December')], ['what? i just told you, apply to 2 care homes', SORRY_KEPT]],
    readBack: '"Apply to 2 care homes", by Thursday 31 December.',
    never: NO_SECOND_STEP,
  },
  {
    turns: [['get a job'], ['book the health and safety test'], ['before the end of the month', SOONER('Thursday 17 December')], ['yes', /How sure/]],
    readBack: '"Book the health and safety test", by Thursday 17 December.',
    never: NO_SECOND_STEP,
  },
  {
    turns: [['update my cv and apply for 3 receptionist jobs'], ['sometime next week', SOONER('Thursday 17 December')], ['no', /How sure/]],
    readBack: 'by Friday 18 December.',
    never: NO_SECOND_STEP,
  },
  {
    turns: [['get a job in a shop'], ['apply for shop jobs'], ['2'], ['end of the month', SOONER('Thursday 17 December')], ['ok', /How sure/]],
    readBack: '"Apply for 2 shop jobs", by Thursday 17 December.',
    never: NO_SECOND_STEP,
  },
  {
    turns: [['get a warehouse job'], ['ring 2 agencies'], ['in 3 weeks', SOONER('Thursday 17 December')], ['tuesday', /How sure/]],
    readBack: '"Ring 2 agencies", by Tuesday 8 December.',
    never: NO_SECOND_STEP,
  },
  {
    // A goal that is its own step: a first step is still offered, and "i just told you" keeps their day.
    turns: [['update my CV'], ['in 2 weeks', /Could you do a first step by Thursday 17 December\?/], ['i just told you, update my cv', SORRY_KEPT]],
    readBack: '"Update my CV", by Monday 21 December.',
  },
  {
    // A step typed where a first step is offered: that is the first step, not asked for again.
    turns: [['update my CV'], ['end of the month', /Could you do a first step by Thursday 17 December\?/], ['look at 2 cv examples online', /How sure/]],
    readBack: 'Your first step: "Look at 2 CV examples online", by Thursday 17 December.',
    never: /What could that first step be/,
  },
];

export const HELD_OUT: StepLine[] = [
  {
    turns: [['find work'], ['apply for 3 cleaning jobs'], ['by christmas', SOONER('Thursday 17 December')], ['yeah go on', /How sure/]],
    readBack: '"Apply for 3 cleaning jobs", by Thursday 17 December.',
    never: NO_SECOND_STEP,
  },
  {
    turns: [['get back into work'], ['email 2 nurseries about jobs'], ['end of december', SOONER('Thursday 17 December')], ['i already said end of december', SORRY_KEPT]],
    readBack: '"Email 2 nurseries about jobs", by Thursday 31 December.',
    never: NO_SECOND_STEP,
  },
  {
    turns: [['get a job'], ['visit the jobcentre'], ['in a fortnight', SOONER('Thursday 17 December')], ['no thats fine', /How sure/]],
    readBack: '"Visit the jobcentre", by Monday 21 December.',
    never: NO_SECOND_STEP,
  },
];

// How sure, said in words, is said back as the number kept; a count of one is said in the singular.
const SAID_BACK = /I have put that down as \d+ out of 10\./;
const sure = (typed: string, back: boolean): StepLine => ({
  turns: [['get a job'], ['apply for 2 shop jobs'], ['friday'], [typed, back ? SAID_BACK : undefined]],
  readBack: '"Apply for 2 shop jobs", by Friday 11 December.',
  ...(back ? {} : { never: /I have put that down/ }),
});
const one = (step: string, count: string, kept: string): StepLine => ({ turns: [['get a job'], [step], [count], ['friday']], readBack: `"${kept}", by Friday 11 December.` });

export const SMALLER_TUNING: StepLine[] = [
  sure('pretty sure', true),
  sure('quite sure tbh', true),
  sure('7', false),
  sure('about 8 out of 10', false),
  sure('very confident', true),
  one('apply for some jobs', '1', 'Apply for 1 job'),
  one('ring agencies', '1', 'Ring 1 agency'),
];

export const SMALLER_HELD_OUT: StepLine[] = [
  sure('fairly sure', true),
  sure('9/10', false),
  one('email employers', '1', 'Email 1 employer'),
];
