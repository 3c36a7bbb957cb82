// Illness asked about ahead vs told now, and the review question in second-language English and
// text-speak (play-testing, December). Written before the change; a quarter of each set is held out
// and was never tuned on (test/journey/clientIllWhatIf.test.ts, test/domain/illnessWhatIf.test.ts).
/** Asked ahead: answered, nothing paused or moved. */
export const ILL_WHAT_IF = {
  own: [
    'what if im ill on my review day',
    "what if i'm ill",
    'if i get sick what do i do',
    'what happens if im poorly on the day',
    'wat if im sick on the day of my review',
    'What should I do if I am unwell on the day of my review?',
    'hi, what do i do if i get covid before my review',
    'in case im ill, what happens',
    'if im not well on monday what should i do',
    'what happens if i get the flu',
    'suppose im sick on review day?',
  ],
  heldOut: ['wot happens if i am poorly', 'Sorry, what if I become sick on the day?', 'if I am ill what I must do?', 'what if im under the weather on the day'],
};
/** Told now: "I am sorry you are unwell" and the offer to pause reminders, as before. */
export const ILL_NOW = {
  own: ['im ill today', 'off sick', 'im sick', 'i am unwell at the moment', 'im poorly, in bed for a few days', 'got the flu, off for a week'],
  heldOut: ['im not well today', 'im off sick till monday', 'im ill so what if i miss my review'],
};
/** "what if i cant make my review" in other words: the review question's answer. */
export const REVIEW_QUESTION = {
  own: ['if i cannot come to my review what should i do', 'what i must do if i not come to review?', 'if i cant come 2 review wat do i do', 'wat happens if i miss my revew'],
  heldOut: ['if i cant make review wot do i do', 'Hello, if I no can come for review, what I do?'],
};
