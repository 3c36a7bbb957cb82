// A worry about how people will treat them, said at a review question: "what if they shout at me?"
// at "What made it hard?" (play-testing, round twenty-eight: it had the help numbers).

/** Answered kindly; the worry is kept as the answer, and the review goes on. */
export const treatedBadlyWorryHeard = 'That sounds like a real worry, and it is OK to feel it. If anyone is rude to you, it is not your fault. You can tell your adviser about it.';
