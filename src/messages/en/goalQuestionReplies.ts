// Replies at "What would you like to work on?" to what is said there but is not a goal on its own
// (play-testing the goal question); and a day said back at "When could you do it?".
import type { ChoiceOption } from '../../domain/answers.ts';

/** "i feel so down all the time. how do i update my cv?": the feeling heard before the question is answered. */
export const lowBeforeTheQuestion = 'I am sorry you feel like that. Thank you for telling me.';
/** "can i move my appointment on thursday": a question for the adviser, and nothing put in the plan. */
export const appointmentIsForTheAdviser = 'I cannot change or check appointments. Your adviser can help with that, so please ask them.';
/** "be better", "get out the house more": a goal worth having, made smaller before it is planned. */
export const vagueGoalWelcome = 'That is a good thing to want. Let us make it a bit smaller, so you know when you have done it.';
/** "im so stressed, i want to get a job in retail": the feeling said first is heard, and only the goal is kept. */
export const feelingBeforeTheGoal = 'Thank you for telling me how you feel. We will take it one small step at a time.';
/** "what should my goal be?", "idk what to pick": a short answer, ideas as buttons, then the same question. */
export const goalIdeas = 'That is OK. Lots of people are not sure at first. A goal can be small. Here are some ideas, or tell me your own.';
/** The ideas offered with goalIdeas: small, real steps towards work. */
export const goalIdeaButtons = ['Update my CV', 'Apply for 3 jobs this week', 'Find a short course'];
/** "does it have to be a job", "can it be something small", "like what?": answered, then the ideas as buttons. */
export const whatAGoalCanBe = 'It does not have to be a job. It can be any step toward work, like a course or your CV. Any size is fine. Here are some ideas, or tell me your own.';
/** "dunno, bit lost tbh", "no idea im so confused": the feeling heard first, then the ideas as buttons. */
export const goalIdeasAfterAFeeling = 'Thank you for telling me how you feel. It is OK not to know yet. A goal can be small. Here are some ideas, or tell me your own.';
/** "my mum says i should do care work": someone else's idea, offered back; it is the goal only on a yes. */
export const ideaFromSomeoneElseOffered = (idea: string) => `That could be a good idea. Do you want your goal to be "${idea}"?`;
/** Said after "Yes. It can be any job..." to "can it be anything?", before the ideas as buttons. */
export const ideasBelow = 'Here are some ideas, or tell me your own.';
/** "no idea tbh", "dunno", "?": no goal in mind yet; the ideas shown as buttons with the question again. */
export const noGoalInMindYet = 'That is OK. Lots of people are not sure at first. A goal can be small. Tell me in a few words what you could do, or tap one of the ideas.';

// A day read at "When could you do it?" said back before it is kept (dateWorthChecking.ts): "the 3rd"
// said on 7 December, read as next month's; "the 12th" that is a Saturday.
/** "the 3rd" when the 3rd of this month has gone: next month's, said back. */
export const dayNextMonthCheck = (day: string) => `Do you mean ${day}, next month?`;
/** "the 12th" that falls on a Saturday or Sunday. */
export const dayAtTheWeekendCheck = (day: string) => `Do you mean ${day}? That is at the weekend.`;
export const dayCheckChoices: ChoiceOption<'yes' | 'nearer'>[] = [
  { value: 'yes', label: 'Yes', synonyms: ['yes', 'y', 'yeah', 'yep', 'yh', 'ye', 'aye', 'ok', 'okay', 'right', 'thats right', 'correct', 'keep it', 'thats fine', 'its fine', 'fine', 'yes please', 'i do', 'i did', 'that one'] },
  { value: 'nearer', label: 'No, another day', synonyms: ['no', 'n', 'nope', 'nah', 'another day', 'a different day', 'different day', 'other day', 'wrong', 'not right', 'change it', 'no i didnt', 'i didnt', 'not that one'] },
];
/** After "No" at the check: the day asked again. */
export const askWhichDayThen = 'OK. Which day do you mean? Type a day, like "Friday" or "the 19th".';
/** A day more than six months away, named before "That is more than six months away. Is that right?". */
export const farAwayDayNamed = (day: string) => `You picked ${day}.`;
/** "what do you mean", "why" at a day said back: why it is asked, in one plain sentence, before the question again. */
export const whyTheDayIsChecked = {
  'next-month': 'I ask because the date you typed has gone this month.',
  weekend: 'I ask because lots of places are shut at the weekend.',
  far: 'I ask because that is a long time to wait.',
} as const;

/** "yes", "ok" or "not sure" at "What is a smaller first step?": the step kept, said back so the client knows what stays in the plan. */
export const stepKeptAfterANod = (step: string) => `That is OK. We will keep your step as it is: "${step}". You know best what you can do.`;
