// The words on the coach's buttons, so the adviser's summary can leave taps out of "what they
// wrote": a tap reaches the bot as an ordinary message.
import { tapKey } from '../domain/clientWords.ts';
import { hiddenMenuChoices, menuChoices } from '../messages/en/menu.ts';
import { carryOnLabel, carryOnWords, concernNoWords, concernYesLabel, concernYesWords } from '../messages/en/crisis.ts';
import { deleteFirstChoices, deleteSecondChoices } from '../messages/en/dataRights.ts';
import { agreeButton } from '../messages/en/plan.ts';

export const BUTTON_WORDS: ReadonlySet<string> = new Set(
  [
    ...[...menuChoices, ...hiddenMenuChoices, ...deleteFirstChoices, ...deleteSecondChoices].flatMap((choice) => [choice.label, ...(choice.synonyms ?? [])]),
    carryOnLabel,
    concernYesLabel,
    agreeButton,
    ...carryOnWords,
    ...concernYesWords,
    ...concernNoWords,
  ].map(tapKey),
);
