// The words on the coach's buttons, so the adviser's summary can leave taps out of "what they
// wrote": a tap reaches the bot as an ordinary message.
import { wordsOnButtons } from '../domain/buttonWords.ts';
import { hiddenMenuChoices, menuChoices } from '../messages/en/menu.ts';
import { carryOnLabel, carryOnWords, concernNoLabel, concernNoWords, concernYesLabel, concernYesWords } from '../messages/en/crisis.ts';
import { deleteFirstChoices, deleteSecondChoices } from '../messages/en/dataRights.ts';
import { agreeButton } from '../messages/en/plan.ts';

export const BUTTON_WORDS: ReadonlySet<string> = wordsOnButtons([
  ...menuChoices,
  ...hiddenMenuChoices,
  ...deleteFirstChoices,
  ...deleteSecondChoices,
  { label: carryOnLabel, synonyms: carryOnWords },
  { label: concernYesLabel, synonyms: concernYesWords },
  { label: concernNoLabel, synonyms: concernNoWords },
  { label: agreeButton },
]);
