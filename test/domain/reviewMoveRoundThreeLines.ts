// A client moving their own review, round three (December): lines written before the change, as
// people type them (typos, text-speak, polite long ones, second-language English). A quarter of each
// set is held out and was never tuned on (test/domain/reviewMoveRoundThree.test.ts,
// test/journey/clientReviewMoveRoundThree.test.ts).
/** "what if i cant make my review": a question, answered, nothing moved. */
export const QUESTION = {
  own: ['what if i cant make my review', 'wat happens if i cnt make my reveiw', 'what do i do if i cant come to my review?', 'Hello, what should I do if I am not able to attend my review meeting?', 'what if im ill on my review day', 'can i change my review if i need to?', 'is it possible to move the review if something comes up', 'what happens if i miss my review'],
  heldOut: ['wot if i cant get to my review', 'what shall i do if i cannot make the review', 'Excuse me, if I can not come to review what I must do?'],
};
/** "2" for "to", with the day read ("weeks" for a count of weeks). */
export const TWO: { own: [string, string | null][]; heldOut: [string, string | null][] } = {
  own: [['can i move my review 2 friday', 'friday'], ['cant come 2 my review on weds can we do fri', 'fri'], ['can u move my review 2 next tues plz', 'next tues'], ['i need 2 move my review 2 the 19th', 'the 19th'], ['move review 2 weeks', 'weeks'], ['hi can i change my review 2 monday', 'monday']],
  heldOut: [['can i change me review 2 thursday', 'thursday'], ['soz cant come 2 my review on tues, my mum is ill, can we do thurs', 'thurs'], ['pls can we push my review back 2 weeks', 'weeks']],
};
/** The reason given, for the adviser: a word it must hold, or null when none is given. */
export const REASON: { own: [string, string | null][]; heldOut: [string, string | null][] } = {
  own: [
    ['my review clashes with a job interview can we move it', 'job interview'],
    ['can we move my review, i have a hospital appointment', 'hospital appointment'],
    ['I can not come to review on monday, my son is sick, is possible thursday?', 'son is sick'],
    ['i need to move my review cos ive got a job interview', 'job interview'],
    ['my review is the same day as my interview, can i change it', 'interview'],
    ['can i move my review to friday as i have a funeral on monday', 'funeral'],
    ['cant make my review next week im on a course', 'course'],
    ['Good morning, I would like to rearrange my review because my daughter has a doctors appointment', 'doctors appointment'],
    ['can i move my review to friday', null],
    ['i need to move my review', null],
    ['cant make my review next week', null],
    ['my review clashes with work, can i move it to friday', 'work'],
  ],
  heldOut: [
    ['review clashes with my sons hospital appt can i move it', 'hospital appt'],
    ['can i move my review pls got work that day', 'work'],
    ['i cannot attend review friday cos of work, could i do wednesday', 'work'],
    ['can we move my review to thursday', null],
  ],
};
// Said at the menu just after "Done. Your review is now on Thursday 11 June." (today Monday 8 June).
export const CORRECTION: { own: [string, string][]; heldOut: [string, string][] } = {
  own: [['fri', 'Friday 12 June'], ['sorry i meant friday', 'Friday 12 June'], ['no friday', 'Friday 12 June'], ['oops make that weds', 'Wednesday 10 June'], ['friday not thursday', 'Friday 12 June'], ['actually can we do tues', 'Tuesday 16 June']],
  heldOut: [['actually thurs', 'Thursday 11 June'], ['i meant tuesday', 'Tuesday 16 June']],
};
// A day of the month June lacks, today Monday 8 June: said back, never silently another day.
export const MONTH_LACKS = { own: ['can i move my review to the 31st', 'move my review to 31st', 'can my review be moved to the 31st pls'], heldOut: ['could we do my review on the 31st instead'] };
