// A message that is only the news of being kept on at work: "they have taken me on permanent!!",
// "ive been made permanent". The trained models alone read "permanent" at the end of a message as
// thoughts of suicide (play-testing reviews, round twenty-seven: the client who was taken on at
// the menu got the crisis reply, and the adviser was told). No risk is said in these words alone,
// so the models may not raise them; the rules still read them as they read anything. The whole
// message must be the news: "ive been made permanent. i still want to end it all" is read as before.
// Normalised text (risk/normalise.ts); applied where the models' level is taken (combine.ts), not
// to what they train on, so the models are unchanged.
const LEAD = String.raw`^(?:(?:guess what|omg|oh my god|yay|yes|good news|great news|finally|so|and|well|hi|hiya|hey) )*`;
const TAIL = String.raw`(?: (?:yay|woo+|woohoo|finally|at last|lol|haha|x+|thanks|thank you|at work|there|now|from (?:monday|next week|next month)|full time|part time))*$`;
const KEPT_ON = String.raw`(?:(?:they|theyve|she|shes|he|hes|the boss|my boss|my manager|the manager|work) (?:have |has |just )?(?:taken|took|kept|made) me (?:on )?(?:permanent|permanently|full time permanent)|(?:i have|ive|i|i have just|ive just|i just) (?:been |got )?(?:made|taken on|kept on) (?:as )?(?:permanent|permanently|full time permanent)|(?:i am|i am now) (?:permanent|a permanent member of staff))`;

const GOOD_NEWS = new RegExp(String.raw`${LEAD}${KEPT_ON}${TAIL}`);

/** Whether the whole normalised message is only the news of being kept on at work. */
export function isOnlyNewsOfBeingKeptOn(normalised: string): boolean {
  const text = normalised.trim();
  return text.length > 0 && text.length <= 80 && GOOD_NEWS.test(text);
}
