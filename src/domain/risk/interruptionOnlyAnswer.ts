// Three everyday messages the trained models alone had read as risk (play-testing first
// conversations, December), each said as the whole message:
// - a child waking or needing them: "sorry the baby woke up", "brb baby woke up" (crisis: "wish to
//   be dead", the models hear "woke up" as the words of not waking);
// - the worry that employers will not take them on: "yes im scared they wont hire me if i tell
//   them" at the question about telling a boss about health (crisis: abuse);
// - a name with what people call them: "darren but evry1 calls me daz" (concern).
// No risk is said in these words alone, so the models may not raise them; the rules still read them
// as they read anything. The whole message must be the phrase: "sorry the baby woke up. i wish i
// hadnt" is read as before. Normalised text (risk/normalise.ts); applied where the models' level is
// taken (combine.ts), not to what they train on, so the models are unchanged.
const LEAD = String.raw`^(?:(?:sorry|soz|sry|brb|ok|okay|oh|yes|yeah|no|hang on|one sec|1 sec|one min|1 min|one moment|back now|im back|back|and|but|just|right|hi) )*`;
const TAIL = String.raw`(?: (?:sorry|soz|brb|back now|im back|back in a (?:sec|min|minute)|one sec|1 sec|one min|1 min|hang on|lol|x+|again|now|early|bless (?:him|her|them)))*$`;

const CHILD = String.raw`(?:(?:the|my|our) )?(?:baby|babys?|little one|little 1|kids?|son|daughter|toddler|youngest|eldest|boy|girl|twins|lad|littlun|little un|little man|little girl|boys|girls)`;
const CHILD_NEEDS_THEM = new RegExp(
  String.raw`${LEAD}${CHILD} (?:(?:just|has|have|is|are|was|were) )?(?:woke up|woken up|awake|up|crying|screaming|needed me|needs me|needed feeding|needs feeding|needs changing|needed changing|wants me|is poorly)${TAIL}`,
);

const EMPLOYERS = String.raw`(?:they|employers|an employer|the employer|the boss|a boss|bosses|nobody|no one|no1|anyone|people)`;
const NOT_HIRED = new RegExp(
  String.raw`${LEAD}(?:(?:i am|im|i feel|i get|bit|a bit|so|really|very) )*(?:scared|worried|afraid|nervous|frightened|terrified|anxious|worrying) (?:that )?${EMPLOYERS} (?:wont|will not|would not|wouldnt|might not|may not|wont want to|will not want to|would never|will never|wont ever) (?:hire|employ|take on|take|want|give) me(?: a (?:job|chance))?(?: on)?(?: (?:if|when|once|because|cos|coz) (?:i (?:tell|say|mention|explain)|they (?:find out|know|see|hear))(?: (?:them|it|about it|about (?:my|the) (?:health|condition|record|conviction|past|gap)))?| (?:because of|cos of|coz of|due to) (?:my|the) (?:health|condition|record|conviction|past|gap|age))?${TAIL}`,
);

const NAME = String.raw`[a-z][a-z'-]{1,20}`;
const CALLED = new RegExp(
  String.raw`^(?:(?:my name is|my name|name is|its|i am|im) )?${NAME}(?: ${NAME})?(?: (?:but|and))? (?:everyone|every1|evry1|everybody|people|my (?:mates|friends|family)|they all|most people|friends) (?:calls?|call) me ${NAME}(?: (?:lol|x+|for short))?$`,
);

/** Whether the whole normalised message is only a child needing them, the worry of not being hired, or a name with what people call them. */
export function isOnlyEverydayInterruption(normalised: string): boolean {
  const text = normalised.trim();
  return text.length > 0 && text.length <= 120 && (CHILD_NEEDS_THEM.test(text) || NOT_HIRED.test(text) || CALLED.test(text));
}
