// The bare answers a client gives the coach's own questions ("When could you do it?", "How did it
// go?"), which rule files' sets once read as a plan or a crisis. Forms tests spread them among their
// look-alikes; test/corpus/riskCoachAnswersEveryday.tsv holds a thousand more.
export const BARE_COACH_ANSWERS = ["after the school run I'll do it", "I'll do it tonight", 'tuesday, the 9am bus', 'crap', 'not great',
  // Bare replies to the weekly review and reminders (the hundred-and-forty-second split): done, a train, a sorry.
  'done', 'sorted, train at 8', 'sorry, missed it', 'slept badly', "it's set for Friday", 'got everything ready'] as const;
