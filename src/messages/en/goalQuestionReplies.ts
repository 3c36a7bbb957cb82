// Replies at "What would you like to work on?" to what is said there but is not a goal on its own
// (play-testing the goal question).

/** "i feel so down all the time. how do i update my cv?": the feeling heard before the question is answered. */
export const lowBeforeTheQuestion = 'I am sorry you feel like that. Thank you for telling me.';
/** "can i move my appointment on thursday": a question for the adviser, and nothing put in the plan. */
export const appointmentIsForTheAdviser = 'I cannot change or check appointments. Your adviser can help with that, so please ask them.';
/** "be better", "get out the house more": a goal worth having, made smaller before it is planned. */
export const vagueGoalWelcome = 'That is a good thing to want. Let us make it a bit smaller, so you know when you have done it.';
