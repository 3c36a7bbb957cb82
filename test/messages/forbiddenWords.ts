// What the coach never says. Conditionality decisions belong to people, so no sanctions, no
// benefits stopped or cut, no "must" or "required", no penalties or threats; and the coach never
// diagnoses, so no names of conditions. test/messages/noSanctions.test.ts checks every message;
// test/robustness/noSanctions.test.ts checks a real chat.
export const FORBIDDEN_WORDING: readonly RegExp[] = [
  /sanction/i,
  /penalt/i,
  /stop(?:ping)? your (?:benefit|money|payment)/i,
  /(?:lose|losing) your (?:benefit|money|payment)/i,
  /cut(?:ting)? your (?:money|benefit|payment)/i,
  /\b(?:benefits?|money|payments?) (?:will |could |may |might )?(?:be |get |got )?(?:stopped|cut|reduced|taken away|ended)\b/i,
  /your (?:benefit|benefits|money|payments?) (?:will|could|may|might) (?:be )?(?:stop|end|cut|reduce)/i,
  /non-?\s?compliance/i,
  /\bcomply or\b/i,
  /\bfailure to comply\b/i,
  /\bmust\b/i,
  /\brequired?\b/i,
  /\bmandatory\b/i,
  /\bobliged\b|\bobligat/i,
  /punish/i,
  /\bfined\b|\b(?:a|your|pay the|pay a) fine\b/i,
  /\bbreach/i,
  /disqualif/i,
  /\bor else\b/i,
  /\bwarning\b/i,
  /\bconsequences\b/i,
  /\bdiagnos/i,
  /\bdepress(?:ed|ion)\b|\bbipolar\b|\bschizophreni|\bpsychosis\b|\bpsychotic\b|\bptsd\b|\badhd\b|\bautis/i,
  /\banxiety disorder\b|\bpersonality disorder\b|\bdisorder\b|\bmentally ill\b|\bmental illness\b/i,
  /\baddict(?:ed|ion)?\b|\balcoholic\b/i,
];

export function forbidden(texts: readonly string[]): string[] {
  return texts.filter((text) => FORBIDDEN_WORDING.some((pattern) => pattern.test(text)));
}
