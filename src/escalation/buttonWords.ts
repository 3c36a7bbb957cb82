// The words on the coach's buttons, so the adviser's summary can leave taps out of "what they
// wrote": a tap reaches the bot as an ordinary message.
import { tapKey } from '../domain/clientWords.ts';
import { hiddenMenuChoices, menuChoices } from '../../dialogs/messages/menu.ts';
import { carryOnLabel, carryOnWords, concernNoWords, concernYesLabel, concernYesWords } from '../../dialogs/messages/crisis.ts';
import { deleteFirstChoices, deleteSecondChoices } from '../../dialogs/messages/dataRights.ts';
import { agreeButton } from '../../dialogs/messages/plan.ts';

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
