// Whose step an adviser is adding, read from how they type it. Play-testing as an IPS employment
// specialist planning with the client (round six): "add priya: she will apply to 2 jobs by thurs"
// was kept as the adviser's own action, and Priya was told "Your adviser added a step they will
// do for you: she will apply to 2 jobs"; "add priya: I'll call the employer by Friday" reached
// Priya as "I'll call the employer", in the adviser's voice. Now "she will ...", "he'll ...",
// "they will ...", "priya will ...", "priya to ...", "her action: ..." and "for her to ..." are the
// client's own step, in plain words; "I'll ...", "I will ..." and "me to ..." are the adviser's,
// with those words left off. Pure: no I/O.

export type StepOwnerRead = { owner: 'client' | 'adviser'; text: string };

const CLIENT_WORDS = String.raw`(?:she|he|they|client|the client)`;
// "her action: update cv", "her step - update cv", "client's action: ...".
const CLIENT_LABEL = /^(?:(?:her|his|their|client'?s?|the client'?s)\s+(?:own\s+)?(?:action|step|task|bit|job|part))\s*(?::|-|\u2013|\u2014)?\s+/i;
// "for her to update her cv", "for priya to update her cv".
const FOR_CLIENT_TO = (name: string) => new RegExp(String.raw`^for\s+(?:her|him|them|${name})\s+to\s+`, 'i');
// "she will", "she'll", "priya will", "priya to", "priya is going to".
const CLIENT_WILL = (name: string) =>
  new RegExp(String.raw`^(?:${CLIENT_WORDS}|${name})(?:\s+(?:will|to|is going to|is gonna|are going to|needs to|has to|should)|'ll|\u2019ll)\s+(?=\S)`, 'i');
// "I'll call", "I will call", "me to call", "I am going to call", "I need to".
const ADVISER_WILL = /^(?:i(?:'ll|\u2019ll| will| am going to| am gonna|'m going to| need to| must| shall)|me to|my action\s*[:-]?|will)\s+(?=\S)/i;

const escapeName = (name: string): string => name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The step's owner and its words without the words that said so ("apply to 2 jobs"). `clientNames`:
 * the names the client goes by (first words too), so "priya to apply ..." is read as Priya's.
 */
export function readStepOwner(words: string, clientNames: readonly string[] = []): StepOwnerRead {
  const said = words.trim().replace(/\s+/g, ' ');
  const names = [...new Set(clientNames.flatMap((name) => [name.trim(), name.trim().split(/\s+/)[0] ?? '']).filter(Boolean))].map(escapeName);
  const name = names.length > 0 ? `(?:${names.join('|')})` : '(?!)';
  for (const pattern of [CLIENT_LABEL, FOR_CLIENT_TO(name), CLIENT_WILL(name)]) {
    const match = pattern.exec(said);
    if (match && match[0].length < said.length) return { owner: 'client', text: inTheirWords(said.slice(match[0].length)) };
  }
  const mine = ADVISER_WILL.exec(said);
  return { owner: 'adviser', text: mine && mine[0].length < said.length ? said.slice(mine[0].length) : said };
}

/** "update her cv" is "update my cv" in the client's plan, as if they wrote it. */
function inTheirWords(text: string): string {
  return text.replace(/\b(?:herself|himself|themselves)\b/gi, 'myself').replace(/\b(?:her|his|their)\b/gi, 'my');
}

// "add priya her action: update cv by mon": the label typed before the colon, with the name.
const LABEL_AFTER_NAME = /^(.+?)\s+((?:her|his|their|client'?s?)\s+(?:own\s+)?(?:action|step|task|bit|part))$/i;

/** "add priya her action: ..." read as "add priya: her action ...", so the name is found and the label read. */
export function withOwnerAfterColon(reference: string, rest: string): [string, string] {
  const labelled = LABEL_AFTER_NAME.exec(reference.trim());
  return labelled && rest ? [labelled[1]!, `${labelled[2]}: ${rest}`] : [reference, rest];
}
