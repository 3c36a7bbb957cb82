// A client who is Deaf or hard of hearing, or needs a sign language interpreter, saying so:
// "me deaf. english second language", "need interpreter BSL meeting" (play-testing, round
// nineteen: these had "Sorry, I didn't catch that" and "Good luck with your interview!").
const HEARING =
  /\b(?:deaf|hard of hearing|hearing (?:loss|impaired|aid|aids)|(?:cant|cannot|can not) hear(?! (?:back|from|anything|a thing|owt|nothing))|bsl|british sign language|sign language|signer|interpreter|interpretor|lip ?read(?:ing|er)?)\b/;

/** The words tell of deafness or of needing an interpreter. */
export function tellsOfAHearingNeed(text: string): boolean {
  return HEARING.test(text.toLowerCase().replace(/['\u2019`]/g, ''));
}
