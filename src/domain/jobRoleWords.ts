// "work in a school as a dinner lady": the place named before the job. Play-testing, round
// nineteen, had "School as a dinner lady" kept as the job; it reads as "as a dinner lady in a school".
const PLACE_THEN_ROLE = /\b(in|at) (an?|the) ((?:[a-z]+ ){0,2}?[a-z]+) as (an? )?((?:[a-z]+ ){0,3}?[a-z]+)(?=$|[,.;!?]| or | and | because | cos )/g;

/** The job said first, where a place came before it. */
export function roleBeforePlace(words: string): string {
  return words.replace(PLACE_THEN_ROLE, (_, at: string, article: string, place: string, roleArticle: string | undefined, role: string) => `as ${roleArticle ?? ''}${role} ${at} ${article} ${place}`);
}
