// A twentieth set of short replies to the coach's questions (one to ten words, typed during goal setting,
// reviews and reminders): the risk sits in a bare answer, with the question left out. Been cutting,
// nothing more; the k word thoughts are back; not fussed if I die, honestly. Concern: a rubbish mood all
// week; struggling bad; who's gonna want me; I'm thick, no wonder; eight cans before noon; if one more
// interviewer asks for my weaknesses I'm decking them (a joke).
// Short replies are also what everyday clients type (been cutting costs; thoughts about the s word, the
// salary; not fussed if I dye my hair; a mood board all week; struggling with the form; who's
// going to want me at the meeting; no wonder the bus was late; three coffees before noon; if they sanction
// me I'll fight them at the tribunal), so each set rests on the words that carry the risk together, most
// are anchored to the whole message (^...$), and each shuts on the everyday uses, on someone else's
// trouble and on fiction.
// Left to the classifier: a day and a way with an appointment in it ("tomorrow morning before the appt,
// pills": also how someone says when they take their tablets before an appointment) and "end of the month,
// got it all worked out" (the everyday answer to "when will your CV be done?").
// Look-alikes of our own are in test/domain/riskHundredAndTwentyNinthForms.test.ts. Normalised words ("i
// am" for "I'm", "honestly" for "tbh", "whos going to" for "who's gonna", "before" for "b4", "at the
// moment" for "atm", "i will not" for "I won't").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, STORIES_AND_GAMES, unless, WEEKDAY } from './wholeMessageSets.ts';

/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|mam|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|grandma|uncle|aunt|auntie|cousin|neighbour|flatmate|housemate|colleague|client|patient|student|husband|wife|partner|boyfriend|girlfriend)s?|a friend|(?:he|she|they|he is|she is|they are)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;
/** What closes a short reply without changing it. */
const CLOSE = String.raw`(?: (?:honestly|again|lately|recently|at the moment|right now|this week|if i am honest|to be honest|not going to lie|ngl|mate|sorry|really))*`;

// --- Crisis: been cutting (the whole reply) -------------------------------------------------------------------
// "Been cutting again" and "cutting myself" are read already; a bare "been cutting" is the same answer
// with nothing after it. Anything else in the message (hair, costs, back, corners) and it is left.
const BEEN_CUTTING = pattern`^(?:(?:i have|ive|i|yeah|yes|honestly|still|and|so|not great|not good|bad) )*been cutting(?: (?:more|deeper|a lot|loads|every (?:day|night)|most (?:days|nights)|since|for (?:a|two|three|a few|a couple of) (?:days|weeks|months)))?${CLOSE}$`;
const BEEN_CUTTING_OUT = String.raw`\b(?:${STORIES_AND_GAMES})\b|${THIRD}`;

// --- Crisis: the k word thoughts are back --------------------------------------------------------------------
// The k word (kill myself) or the s word (suicide), with thoughts, feelings or urges: the client naming it
// without saying it. A laugh does not lower it.
const WORD = String.raw`(?:the )?(?:k|s|kms|sui|su|suicide|suicidal) word`;
/** "Thoughts about the s word" is also how someone asks about salary: only the k word that way round. */
const K_ONLY = String.raw`(?:the )?(?:k|kms|sui|suicide|suicidal) word`;
const K_WORD = pattern`\b${WORD} (?:thoughts?|thinking|feelings?|urges?|ideas?|stuff|brain|head|voices?)\b|\b(?:thoughts?|thinking|think|thinks|feelings?|urges?|ideas?) (?:about|of|around) ${K_ONLY}\b`;
const K_WORD_OUT = String.raw`\b(?:phonics|scrabble|wordle|crossword|vocab|vocabulary|dictionary|alphabet|starts with|beginning with|begins with|rhymes|${STORIES_AND_GAMES})\b|${THIRD}`;

// --- Crisis: not fussed if I die, honestly --------------------------------------------------------------------
// "Not fussed if I live or die" and "don't care if I die" are read already; "not fussed / bothered / arsed
// if I die" is the same wish. Not "die of embarrassment", "die trying", "dye my hair".
const NOT_FUSSED_DIE = pattern`\b(?:not|am not|never|really not|honestly not|not really|not even|not that|not too|not overly|not all that) (?:really |that |too |even |honestly )?(?:fussed|bothered|arsed|assed) (?:if|whether) i (?:just |actually |even )?(?:die|died|do die|drop dead|dropped dead|snuff it|kick the bucket|peg it|croak|croaked|cark it|carked it)\b(?! (?:of|from|laughing|trying|my|the|a|in the (?:interview|meeting|exam|queue|heat)|on (?:the|a|my|stage)|doing|at (?:the|work|my))\b)`;
const NOT_FUSSED_DIE_OUT = String.raw`\b(?:${STORIES_AND_GAMES})\b|${THIRD}`;

// --- Concern: a rubbish mood all week -------------------------------------------------------------------------
// Not "bad" or "foul" mood (crossness), not someone else's mood, not a mood board or a mood ring.
const MOOD_WORD = String.raw`(?:rubbish|crap|crappy|shit|shitty|awful|horrible|terrible|low|black|dark|grim|lousy|rotten|miserable|heavy|flat|bleak|sad|down|depressed|shocking|dreadful|proper low|really low|so low)`;
const SPELL = String.raw`(?:all (?:week|day|weekend|month|fortnight|morning|evening|night|the time)|(?:for )?the whole (?:week|day|weekend|month|fortnight|time)|most of the (?:week|time|day|month)|every (?:day|morning|night|evening)|all of the time|for (?:a|two|three|a few|a couple of) (?:days|weeks))`;
const MOOD_ALL_WEEK = pattern`^(?:(?:i have|ive|i am|i|been|had|having|in|still|just|honestly|yeah|nah|not great|not good|so|and|such) )*(?:an? |the |this )?${MOOD_WORD} (?:mood|moods|headspace|head space) ${SPELL}(?: long)?(?: (?:again|for no reason|and i do not know why|can not shift it|can not seem to shift it|can not snap out of it))?${CLOSE}$`;
const MOOD_ALL_WEEK_OUT = String.raw`\b(?:mood board|moodboard|mood ring|mood lighting|mood music|playlist|${STORIES_AND_GAMES}|${LAUGH})\b|${THIRD}`;

// --- Concern: struggling bad (the whole reply) ---------------------------------------------------------------
// Not "struggling with the form", "struggling a bit", "struggling to log in": only the bare reply with a
// word that says how badly.
const STRUGGLING_BAD = pattern`^(?:(?:i am|im|am|i have been|ive been|been|honestly|really|still|just|yeah|nah|not great|not good|proper|so|and|tbh) )*struggling (?:so |really |proper |pretty |well |dead )?(?:bad|badly|big time|massively|mentally|with everything|with life|with it all|to cope|to keep going|to get out of bed|to get up in the morning|to function)${CLOSE}$`;
const STRUGGLING_BAD_OUT = String.raw`\b(?:${STORIES_AND_GAMES}|${LAUGH})\b|${THIRD}`;

// --- Concern: who's gonna want me ---------------------------------------------------------------------------
// "Who would want me" and "who is going to want me" are read already; the normaliser leaves "whos" and
// "wholl". Only at the end of the message or with a word that closes the thought, never "want me to".
const WHOS_WANT_ME = pattern`\b(?:whos|wholl)(?: ever)? (?:going to |gonna )?(?:ever )?(?:(?:want|hire|employ) me|take me on)(?:$| (?:now|anyway|anymore|any more|honestly|really|though|tho|like this|looking like this|at my age|at \d+|with (?:my|a|no|this|these)|after (?:this|that|all)|i am|seriously|realistically|lol|haha)\b)`;
const WHOS_WANT_ME_OUT = String.raw`\b(?:${STORIES_AND_GAMES})\b|${THIRD}`;

// --- Concern: I'm thick, no wonder ----------------------------------------------------------------------------
// Calling themselves thick or useless and "no wonder" at the end, or no wonder no one wants or hires them.
// Not "no wonder I got lost lol": a laugh shuts it.
const SELF_INSULT = String.raw`(?:so |just |too |that |really |such an? |a |proper |dead |completely |totally )*(?:thick|stupid|dumb|useless|thick as \w+|idiot|failure|loser|pathetic|hopeless|worthless|waste of space|joke|nobody|rubbish|crap|unemployable|unlovable|ugly|burden|mess)`;
const NO_WONDER = pattern`(?:^|\b(?:because|cos|since|just|honestly|well|yeah|face it|let us face it|i know) )i am ${SELF_INSULT} no wonder(?:$| (?:no one|nobody|no employer|none of them|they (?:do not|never|will not|did not|all|keep)|i (?:never|can not|cannot|do not|did not|keep|am still|have no|have got no|get nothing|get no|got nothing|got no|got sacked|got fired|lost)|(?:everyone|people) (?:leaves?|left|hates?|avoids?)))`;
const NO_WONDER_OUT = String.raw`\b(?:${STORIES_AND_GAMES}|${LAUGH})\b|${THIRD}`;

// --- Concern: eight cans before noon ------------------------------------------------------------------------
// Three or more drinks said by the client of themselves, before noon, lunch or breakfast. Not cans of pop
// or energy drink, not a wedding, a match or an airport.
const HOW_MANY = String.raw`(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a load of|loads of|half a bottle of|a bottle of|a whole bottle of|a crate of|a four pack of|a 4 pack of|a slab of|a box of)`;
const DRINKS = String.raw`(?:cans|tins|tinnies|beers|pints|lagers|ciders|bottles|vodkas|shots|glasses of wine|wines|drinks|strongbows|stellas|special brews|wine|vodka|cider|gin|whisky|rum|voddie|lager|beer)`;
const BEFORE_NOON = pattern`(?:^|\b(?:i|i have|ive|already|just|and|honestly|so|yeah|think i|probably|must have)\b )(?:had|drank|drunk|necked|downed|sank|sunk|done|finished|got through|gone through)(?: (?:like|about|maybe|nearly|already|easily|at least|over|around))? ${HOW_MANY} ${DRINKS}(?! of (?:coke|pepsi|monster|red bull|relentless|energy|pop|fizzy|water|tea|coffee|juice|squash|tango|irn bru|lucozade|rockstar|prime|tuna|beans|soup|paint))\b(?: \w+){0,3}? (?:before|by) (?:noon|midday|12|1[01]|9|\d+ ?am|lunch|lunchtime|breakfast|i got dressed|the school run)\b`;
const BEFORE_NOON_OUT = String.raw`\b(?:wedding|stag|hen|match|football|rugby|races|festival|christening|party|holiday|airport|flight|cruise|brunch|christmas|new year|boxing day|world cup|euros|six nations|cheltenham|grand national|coffee|coffees|energy drinks?|${STORIES_AND_GAMES})\b|${THIRD}|\b(?:we|they|he|she)(?: all)? (?:had|drank|necked|downed)\b`;

// --- Concern: if one more interviewer asks, I'm decking them (a joke) ------------------------------------------
// A conditional threat to someone who annoys them. "Fight them" is also how people take on a decision
// (a sanction, the council), so "fight" only with a laugh and no decision in sight; a laugh is the point here, not a reason to shut.
const HIT = String.raw`(?:punching|punch|decking|deck|slapping|slap|swinging for|swing for|lamping|lamp|battering|batter|smacking|smack|hitting|hit|throttling|throttle|strangling|strangle|chinning|chin|headbutting|headbutt|nutting|booting|boot|leathering|leather|twatting|twat|knocking out|knock out|flooring|floor)`;
const WHO = String.raw`(?:them|him|her|someone|somebody|the next one|the next person|everyone|the lot of them|the interviewer|the recruiter|the manager|the receptionist|the bus driver)`;
const WILL = String.raw`(?:i am|ill|i will|i am going to|i am gonna|i swear i am|i swear ill|i swear i will|i will actually|i am actually)`;
/** Taking on a decision, where "fight them" is no threat. */
const DISPUTE = String.raw`tribunal|appeal|court|solicitor|ombudsman|complaint|sanction\w*|mandatory reconsideration|decision|claim|refund|compensation|council|citizens advice|dwp|benefits?|pip|universal credit`;
const IF_DECKING = pattern`^(?=.*\b(?:if|next (?:person|one|recruiter|interviewer|man|woman|bloke|guy) (?:who|that|to))\b)(?:.*\b${WILL} ${HIT} ${WHO}\b(?! (?:up|back|with|on|for|a|the|again|via|through|over|by|tomorrow|today|tonight|next|later|first|directly|${WEEKDAY}|\d+|in the (?:ring|gym)|at (?:pool|darts|chess|fifa|snooker))\b)|(?!.*\b(?:${DISPUTE})\b).*\b${WILL} (?:fighting|fight) ${WHO}\b(?! (?:for|over|on|off|in court|at the tribunal)\b)(?=.*\b(?:${LAUGH})\b))`;
const IF_DECKING_OUT = String.raw`\b(?:boxing|boxer|spar|sparring|mma|ufc|kickbox\w*|karate|judo|martial arts?|punch bag|punchbag|fifa|fc ?2\d|xbox|playstation|ps5|tekken|street fighter|pinata|${STORIES_AND_GAMES})\b|${THIRD}`;

export const HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS = [
  [unless(String.raw`\bbeen cutting\b`, BEEN_CUTTING_OUT), [group('crisis', 'self-harm', [BEEN_CUTTING])]],
  [unless(String.raw`\bword\b`, K_WORD_OUT), [group('crisis', 'thoughts of suicide', [K_WORD])]],
  [unless(String.raw`\b(?:fussed|bothered|arsed|assed) (?:if|whether) i\b`, NOT_FUSSED_DIE_OUT), [group('crisis', 'wishes to be dead', [NOT_FUSSED_DIE])]],
  [unless(String.raw`\b(?:mood|moods|headspace|head space)\b`, MOOD_ALL_WEEK_OUT), [group('concern', 'low mood', [MOOD_ALL_WEEK])]],
  [unless(String.raw`\bstruggling\b`, STRUGGLING_BAD_OUT), [group('concern', 'not coping', [STRUGGLING_BAD])]],
  [unless(String.raw`\b(?:whos|wholl)\b`, WHOS_WANT_ME_OUT), [group('concern', 'feels worthless', [WHOS_WANT_ME])]],
  [unless(String.raw`\bno wonder\b`, NO_WONDER_OUT), [group('concern', 'feels worthless', [NO_WONDER])]],
  [unless(String.raw`\b(?:before|by) (?:noon|midday|12|1[01]|9|\d+ ?am|lunch|lunchtime|breakfast|i got dressed|the school run)\b`, BEFORE_NOON_OUT), [group('concern', 'drinking or drugs to cope', [BEFORE_NOON])]],
  [unless(String.raw`\b(?:if|next (?:person|one|recruiter|interviewer|man|woman|bloke|guy))\b`, IF_DECKING_OUT), [group('concern', 'joked about hurting someone', [IF_DECKING])]],
] as const;
