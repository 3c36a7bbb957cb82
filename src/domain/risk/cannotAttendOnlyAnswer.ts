// Only that they cannot come to a meeting: "I will not be able to attend my review on Monday" (crisis:
// "preparing to end their life"), "i wont be able to make my review" and "i wont make the review,
// sorry" (a check-in), play-testing a client moving their review, December. The models hear "will
// not be at" as the words of not being here. Said as the whole message, with a meeting named and at
// most a day, an apology or a wish to move it after, the models may not raise it; the rules still
// read it. "i wont be at my review or any after", "i will not be here for my review" and anything
// with a reason are read as before. Normalised text (risk/normalise.ts).
const LEAD = String.raw`^(?:(?:sorry|soz|sry|hi|hello|hiya|ok|okay|so|just|unfortunately|afraid|i am afraid|im afraid|bad news|heads up|fyi|and|but) )*`;
const CANNOT = String.raw`(?:i (?:will not|cannot|can not|cant|wont|am not going to|am not gonna|do not think i (?:can|will)|dont think i (?:can|will)|might not|may not|could not|couldnt|will not be able to|wont be able to|am not able to|am unable to|cannot be able to)|i am (?:unable to|not able to|not going to be able to)|(?:unable|not able) to|cant|cannot|wont be able to|will not be able to)`;
const COME = String.raw`(?:make|attend|come to|come in for|get to|go to|do|be at|make it to|get in for)`;
const MEETING = String.raw`(?:(?:my|the|our|this|that|next|tomorrows|mondays|tuesdays|wednesdays|thursdays|fridays) )*(?:review|appointment|appt|meeting|session|catch up|catchup|check in|interview|call|induction|course|workshop|class|group)`;
const WHEN = String.raw`(?: (?:on |this |next |at |in the |tomorrow|today|tonight)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|week|weekend|morning|afternoon|evening|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?: ?(?:am|pm))?|the \d{1,2}(?:st|nd|rd|th)?|(?:january|february|march|april|may|june|july|august|september|october|november|december)))*`;
const AFTER = String.raw`(?: (?:sorry|soz|sry|can we (?:move|change|rearrange|reschedule) it|can i (?:move|change|rearrange|reschedule) it|can it be moved|is that ok|is that okay|sorry about that|apologies|lol|x+))*`;
const CANNOT_COME = new RegExp(String.raw`${LEAD}${CANNOT} ${COME} ${MEETING}${WHEN}${AFTER}$`);

// Asked, not said: "Excuse me, if I can not come to review what I must do?" (concern), "Please, if I
// am not able to come to the review, what is to do?" (crisis), "what if i fall ill on the day"
// (concern), found by a helper moving reviews, December. Only the question, with a meeting named.
const ASK_LEAD = String.raw`^(?:(?:please|excuse me|sorry|hi|hello|hiya|ok|okay|so|just|and|but|quick question|question) )*`;
const IF = String.raw`(?:what (?:if|happens if|should i do if|do i do if|must i do if|shall i do if)|if|in case|say)`;
const WHAT_TO_DO = String.raw`(?: (?:what (?:must|should|do|shall|can|will) i do|what i (?:must|should|shall|can|need to|have to) do|what (?:is|do) (?:to do|i do)|what (?:happens|now|then)|who do i (?:tell|contact|ring|call)|do i (?:tell|ring|call) (?:you|my adviser|someone)|is that (?:ok|okay|a problem)))?`;
const ILL = String.raw`(?:fall|get|am|become|feel) (?:ill|sick|poorly|unwell)(?: on (?:the day|my review day|the review day|the day of (?:my|the) review))?`;
const ASKS_IF_CANNOT_COME = new RegExp(String.raw`${ASK_LEAD}${IF} (?:${CANNOT} ${COME} ${MEETING}${WHEN}|i ${ILL})${WHAT_TO_DO}(?: (?:please|pls|thanks|thank you))*$`);

/** Whether the whole normalised message only says, or asks what to do if, they cannot come to a meeting. */
export function isOnlyCannotAttend(normalised: string): boolean {
  const text = normalised.trim();
  return text.length > 0 && text.length <= 100 && (CANNOT_COME.test(text) || ASKS_IF_CANNOT_COME.test(text));
}
