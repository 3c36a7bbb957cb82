// The words that mean yes or no at a yes/no question, typed the way clients type them (parseYesNo
// in answers.ts reads them): English, text-speak, a few words of the languages clients have used
// ("tak", "nie", "da", "nu"), and forces words ("roger that", "negative").
import type { ChoiceOption, YesNo } from './answers.ts';
import { WELSH_NO, WELSH_NO_STARTS, WELSH_YES, WELSH_YES_STARTS } from './welshWords.ts';

export const YES_NO_OPTIONS: readonly ChoiceOption<YesNo>[] = [
  {
    value: 'yes',
    label: 'Yes',
    synonyms: [
      'y', 'yeah', 'yea', 'yep', 'yup', 'ya', 'ye', 'ok', 'okay', 'okey', 'okie', 'k', 'sure', 'agree', 'i agree',
      'of course', 'definitely', 'absolutely', 'certainly', 'alright', 'all right', 'fine', 'go on',
      'go ahead', 'yes please', 'please', 'sounds good', 'that is right', 'thats right', 'right',
      'correct', 'true', 'no problem', 'no worries', 'why not', 'i do', 'i will', 'i can', 'aye',
      'i think so', 'think so', 'yeh', 'yh', 'go on then', 'alright then', 'fine then', 'fine by me', 'thats fine',
      'thats ok', 'thats okay', 'okie dokie', 'okey dokey',
      'tak', 'tak tak', 'dobrze', 'roger', 'roger that', 'affirmative', 'wilco', // Polish; forces words (round nineteen)
      'da', 'da da', 'da sigur', 'sigur', 'da multumesc', 'da mul\u021bumesc', 'de acord', // Romanian (round twenty: "da" was greeted "Hi there!")
      ...WELSH_YES, // round twenty-three: "ie" at consent had "didn't catch that"
    ],
  },
  {
    value: 'no',
    label: 'No',
    synonyms: [
      'n', 'nope', 'nah', 'naw', 'no thanks', 'no thank you', 'not really', 'not now', 'not yet',
      'not today', 'no way', 'never', 'i dont', 'i wont', 'i cant', 'dont', 'disagree', 'false',
      'wrong', 'not at all', 'rather not', 'id rather not', 'i dont think so', 'dont think so', 'na',
      'i dont want to', 'dont want to', 'i do not want to', 'not for me', 'nie', 'nie nie', 'nie dziekuje', 'nie dzi\u0119kuj\u0119', 'negative',
      'nu', 'nu nu', 'nu multumesc', 'nu mul\u021bumesc', // Romanian (round twenty)
      'nae', 'nae thanks', 'och nae', // Scots (round twenty-one: "nae" had been kept as a job)
      ...WELSH_NO,
      'know', 'know thanks', 'know thank you', // "no" as voice typing hears it (round twenty-three: "didn't catch that", five times)
    ],
  },
];

export const UNSURE = new Set(['no idea', 'no clue', 'not sure', 'dont know', 'dunno', 'maybe', 'not sure yet']);
export const YES_STARTS = new Set(['yes', 'yeah', 'yeh', 'ye', 'yh', 'yea', 'ya', 'aye', 'yep', 'yup', 'sure', 'ok', 'okay', 'alright', 'fine', 'definitely', 'tak', 'da', ...WELSH_YES_STARTS]);
export const NO_STARTS = new Set(['no', 'nope', 'nah', 'na', 'naw', 'nie', 'nu', 'nae', ...WELSH_NO_STARTS]);
export const NEGATIONS = /\b(not|no|dont|cant|wont|never|but)\b/;
