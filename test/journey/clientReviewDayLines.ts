// The lines play-tested for a client's own review day, written as people type them. Three quarters
// are tuned on; the held-out quarter was never looked at while mending (test/journey/clientReviewDay.test.ts).

/** Plain questions about their plan, typed as the first words of a visit, with what they ask. */
export type FirstQuestion = [typed: string, asks: 'review-day' | 'my-steps' | 'adviser-name' | 'adviser-steps'];
export const FIRST_QUESTIONS: { own: FirstQuestion[]; heldOut: FirstQuestion[] } = {
  own: [
    ['when is my review', 'review-day'],
    ['wots my next step', 'my-steps'],
    ['who is my adviser again', 'adviser-name'],
    ['wen is my next reveiw', 'review-day'],
    ['whats my advisers name', 'adviser-name'],
    ['what did i agree to', 'my-steps'],
    ['hi when is my review', 'review-day'],
    ['what am i supposed to be doing', 'my-steps'],
    ['who is my work coach', 'adviser-name'],
    ['what is my adviser doing for me', 'adviser-steps'],
    ['when is my review please', 'review-day'],
    ['whos my adviser', 'adviser-name'],
    ['Hello, please when is my next meeting with adviser?', 'review-day'],
    ['whens me review m8', 'review-day'],
    ['wot do i hav to do', 'my-steps'],
    ['hiya sorry been ill, wen is my review', 'review-day'],
  ],
  heldOut: [
    ['wat r my steps', 'my-steps'],
    ['sorry when is my next review', 'review-day'],
    ['what have i got to do this week', 'my-steps'],
    ['remind me who my adviser is', 'adviser-name'],
    ['when do i see my work coach next', 'review-day'],
  ],
};

/** A wish to move the review; `day`: the new day said in the words (Monday 8 June 2026 is today), or null when none is. */
export type MoveLine = { typed: string; day: string | null };
export const MOVE_WISHES: { own: MoveLine[]; heldOut: MoveLine[] } = {
  own: [
    { typed: 'I want to move my review', day: null },
    { typed: 'can i move my review to friday', day: 'Friday 12 June' },
    { typed: 'cant make my review next week', day: null },
    { typed: 'can we change my review day', day: null },
    { typed: 'i need to reschedule my review', day: null },
    { typed: 'can my review be moved to next tuesday', day: 'Tuesday 16 June' },
    { typed: 'move my review to the 19th', day: 'Friday 19 June' },
    { typed: 'i cant do my review on monday can we do wednesday', day: 'Wednesday 10 June' },
    { typed: 'pls can i move me review', day: null },
    { typed: "i won't be able to make my review", day: null },
    { typed: 'can i change the date of my review', day: null },
    { typed: 'can i move my reveiw to thursday plz', day: 'Thursday 11 June' },
    { typed: 'I can not come to review on monday, my son is sick, is possible friday?', day: 'Friday 12 June' },
    { typed: 'wen is my review?? i need to move it', day: null },
    { typed: 'my review clashes with a job interview can we move it', day: null },
  ],
  heldOut: [
    { typed: 'can i rearrange my review', day: null },
    { typed: 'is it ok to move my review to thursday', day: 'Thursday 11 June' },
    { typed: 'cnt make my revew monday', day: null },
    { typed: 'could we do my review another day', day: null },
    { typed: 'review clashes with my driving test, can i move it', day: null },
  ],
};
