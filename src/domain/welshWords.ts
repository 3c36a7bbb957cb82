// A few words of Welsh that clients who speak it first type without thinking: a yes, a no, "I don't
// know" and thanks. Play-testing, round twenty-three: a man of 38 whose first language is Welsh had
// "Sorry, I didn't catch that" to "ie" (yes) at consent, "dwi ddim yn gwybod" (I don't know) kept
// as the job he would like, and "diolch" (thanks) met with "didn't catch that". Written without
// accents, as they are typed on a phone; apostrophes are dropped before matching ("sa i'n").
// No imports: yesNoWords.ts reads these lists as answers.ts loads.

export const WELSH_YES: readonly string[] = ['ie', 'ie ie', 'ie diolch', 'ydw', 'ydw diolch', 'ydy', 'iawn', 'ie iawn', 'wrth gwrs', 'yndw'];
export const WELSH_NO: readonly string[] = ['nac ydw', 'nac ydy', 'naddo', 'na diolch', 'dim diolch', 'na na', 'nadw'];
export const WELSH_YES_STARTS: readonly string[] = ['ie', 'ydw', 'ydy'];
export const WELSH_NO_STARTS: readonly string[] = ['naddo', 'nadw'];

/** "dwi ddim yn gwybod", "sa i'n gwybod", "dim syniad": I don't know, as a regular-expression part. */
export const WELSH_UNSURE = String.raw`(?:dwi|dw i|dydw i|sa|sai|sa in|sain) (?:ddim )?(?:yn )?gwybod|wn i ddim|dim syniad`;

const THANKS = /^(?:diolch|diolch yn fawr|diolch yn fawr iawn|diolch o galon|diolch i ti|diolch i chi|ta diolch)$/;

/** "diolch", "diolch yn fawr": thanks, and nothing else. */
export function saysThanksInWelsh(text: string): boolean {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^a-z]+/g, ' ').trim();
  return THANKS.test(words);
}

/** How much they agree, in Welsh, beside the buttons' words (src/domain/locusOfControl.ts). */
export const WELSH_AGREE: readonly string[] = ['ie', 'ydw', 'yndw', 'cytuno', 'dwi n cytuno', 'dwin cytuno', 'dwi yn cytuno'];
export const WELSH_DISAGREE: readonly string[] = ['anghytuno', 'dwi ddim yn cytuno', 'nac ydw', 'nadw', 'naddo'];
export const WELSH_NOT_SURE: readonly string[] = ['dwi ddim yn gwybod', 'dw i ddim yn gwybod', 'sa in gwybod', 'sain gwybod', 'dim syniad', 'wn i ddim'];
