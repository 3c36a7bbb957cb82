// "Yes that's fine, although I'm quite nervous about all of this": a yes to consent with a feeling
// in it. Play-testing, round twenty-four: the coach said "Thank you. Let us get started." and asked
// her name, with no word for her nerves. A worry about benefits is answered by the safety check.
import { asksOrWorriesAboutBenefits } from './benefitWorries.ts';
import { saysAWorry } from './textChecks.ts';

/** A worry or nerves said with the yes to consent, about nothing the safety check answers itself. */
export function nervousAsTheyAgree(text: string): boolean {
  return saysAWorry(text) && !asksOrWorriesAboutBenefits(text);
}
