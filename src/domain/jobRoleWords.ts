// The words that name work, and the order they come in.
// "work in a school as a dinner lady": the place named before the job. Play-testing, round
// nineteen, had "School as a dinner lady" kept as the job; it reads as "as a dinner lady in a school".
const PLACE_THEN_ROLE = /\b(in|at) (an?|the) ((?:[a-z]+ ){0,2}?[a-z]+) as (an? )?((?:[a-z]+ ){0,3}?[a-z]+)(?=$|[,.;!?]| or | and | because | cos )/g;

/** The job said first, where a place came before it. */
export function roleBeforePlace(words: string): string {
  return words.replace(PLACE_THEN_ROLE, (_, at: string, article: string, place: string, roleArticle: string | undefined, role: string) => `as ${roleArticle ?? ''}${role} ${at} ${article} ${place}`);
}

// A word that says what work is meant. Past a few words, an answer needs one to be read as a job.
export const JOB_WORD = new RegExp(
  String.raw`\b(?:work|(?:worker|job|role|career|retail|shop|store|sales|care|carer|caring|support|nurse|nursing|health|cleaner|cleaning|cook|cooking|chef|kitchen|porter|catering|` +
    String.raw`waiter|waitress|bar|barista|cafe|restaurant|hotel|hospitality|warehouse|factory|packing|picker|forklift|driver|driving|delivery|courier|van|lorry|hgv|bus|taxi|` +
    String.raw`admin|office|reception|receptionist|clerk|call centre|customer service|security|building|builder|construction|labourer|plumber|electrician|joiner|carpenter|` +
    String.raw`painter|decorator|mechanic|garage|engineer|gardener|gardening|landscaping|farm|farming|animals?|dog|teacher|teaching|teaching assistant|school|nursery|childcare|` +
    String.raw`hairdresser|hair|beauty|barber|cashier|checkout|assistant|manager|supervisor|operative|operator|technician|programmer|developer|coding|design|designer|` +
    String.raw`trade|apprenticeship|volunteer|volunteering|stacking|shelves|postman|post|domestic|laundry|gym|fitness|sport|music|art|writing|photography|outdoors|outside|people|hands|` +
    // Places people name for the work: "something at the library" (play-testing, round twenty-five).
    String.raw`library|librarian|hospital|care home|supermarket|bakery|baker|butcher|salon|pub|leisure centre|pharmacy|chemist|airport|railway|station|council|nhs|charity|museum|` +
    String.raw`vet|kennel|stable|zoo|garden centre|lab|laboratory|bank|hostel|cinema|theatre|bookshop|recycling|housekeeping|labouring|packer|business|self employed|freelance)(?:s|es)?|libraries|factories|nurseries|bakeries|pharmacies|charities|laboratories)\b`,
);
/** A word in the text says what work is meant ("warehouse job", "engineer"). */
export function hasJobWord(text: string): boolean {
  return JOB_WORD.test(text.toLowerCase().replace(/['\u2019`]/g, ''));
}
