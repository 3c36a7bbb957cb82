// Risk said as a gamer's exit ("log off irl", "uninstall myself"), as no next weeks for me, as "i am
// done, not the form, done done", as a day set that is "not the interview", as a wish to be hit by a
// bus "not joking", as "sleep forever would help", as a knife carried for when they see someone, as
// days with no food and pennies left; in other languages (Spanish, Hindi/Urdu and Punjabi in Latin
// letters, Tagalog, Polish, Arabic and Somali transliterated: "ya no quiero estar aqui", "ojala me
// muera", "khud ko khatam kar doon", "gusto ko nang mamatay", "chce umrzec"); a drunk parent driving
// a child; marks on the neck with a partner named; noise to cover it with the plan thought out; a
// blood-drop emoji "again". Concern: "just depressed", "hollow", feeling nothing lately, mood in the
// bin, owing the catalogue and the water, pills to get up and pills to sleep, "at the end of my
// rope", "kuch nahi hoon main", "no tengo esperanza". Everyday look-alikes of our own are in
// test/domain/riskThirtiethForms.test.ts. Normalised words, as in riskPatterns.ts.
import { oneOf, pattern, type RiskPatternGroup } from '../riskPatterns.ts';

// Words nowhere in the text, before or after: checked only once the rarer words have matched.
const nowhere = (words: string): string => String.raw`(?<!\b(?:${words})\b.*)(?!.*\b(?:${words})\b)`;

const WORK_THING = oneOf('action plan', 'plan', 'applications?', 'cvs?', 'jobs?', 'job search', 'work', 'course', 'interviews?', 'forms?', 'cover letters?', 'goals?', 'search', 'essay', 'assignment', 'exams?', 'placement', 'appointment', 'shifts?', 'module', 'review', 'deadline');
const TIME_UNIT = oneOf('days?', 'weeks?', 'months?', 'years?', 'christmas', 'birthday', 'summer', 'winter', 'new year', 'weekend', 'term');
const NOT_A_PLACE_AFTER = String.raw`(?! (?:at|in|on|with|there|here|from|if|this|because|as|since|unless|until|till|either|though|tho|at work|anyway)\b)`;
const WANT_HI = oneOf('chahta', 'chahti', 'chahunda', 'chahundi', 'chahata', 'chahati');
const AM_HI = oneOf('hoon', 'hun', 'hu', 'hoo', 'haan', 'han', 'ha');
const NO_HI = oneOf('nahi', 'nai', 'nahin', 'nhi', 'ni');
const WEAPON = oneOf('knife', 'knives', 'blade', 'machete', 'hammer', 'bat', 'baseball bat', 'weapon', 'gun', 'shank', 'screwdriver', 'crowbar', 'knuckle dusters?', 'taser');
const VEHICLE = oneOf('bus', 'car', 'train', 'lorry', 'truck', 'van', 'taxi', 'tram');

export const THIRTIETH_CRISIS_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [
      // A gamer's exit from life itself: "log off irl", "uninstall myself", "rage quit life".
      pattern`\b(?:log|logs|logging|logged|sign|signing|signed) (?:off|out)\b(?: \w+){0,4}? (?:in real life|irl|of life|from life|of (?:this )?world|from (?:this )?world|of existence|from existence|of reality)\b`,
      pattern`\b(?:in real life|irl) (?:log|logging|logged|sign|signing) (?:off|out)\b`,
      pattern`\b(?:uninstall\w*|alt f4\w*|rage ?quit\w*|despawn\w*|delete|deleting|deleted) (?:myself|my self)\b(?! from (?!(?:life|existence|the world|this world|reality)\b))`,
      pattern`\b(?:uninstall\w*|alt f4\w*|rage ?quit\w*|despawn\w*|unsubscrib\w*) (?:from )?(?:life|my life|existence|reality|real life|irl)\b`,
      // The future stops short: "there is no next 2 weeks for me".
      new RegExp(String.raw`\bthere (?:is|will be|is going to be) no (?:next|another|more) (?:\d+ |two |three |four |few |couple of )?${TIME_UNIT} for me\b${NOT_A_PLACE_AFTER}`),
      new RegExp(String.raw`\bthere (?:will not|is not going to) be (?:a|any|another) (?:next )?(?:\d+ )?${TIME_UNIT} for me\b${NOT_A_PLACE_AFTER}`),
      // "going to sleep forever would help".
      pattern`\b(?:sleep|sleeping|going to sleep|go to sleep|falling asleep|nap|napping|rest|resting) (?:forever|for ever|for good|permanently|and never wake up|and not wake up|and never waking up|and not waking up) (?:would|will|might|could|is|sounds) (?:help|be (?:nice|good|great|ideal|lovely|best|the answer|a relief|easier)|fix (?:it|everything)|solve (?:it|everything))\b`,
      // Spanish: "ya no quiero estar aqui", "ojala me muera", "me quiero morir".
      pattern`\b(?:ya )?no quiero (?:vivir|seguir viviendo|estar viv[oa]|existir|despertar(?:me)?)\b`,
      pattern`\bya no quiero estar aqui(?= (?:en este mundo|nunca mas|mas|like|at all|any ?more|no more|not just)\b|$)`,
      pattern`\b(?:me quiero|quiero|quisiera|me gustaria) (?:morir|morirme|dormir y no despertar|no despertar|desaparecer para siempre)\b(?! de (?:la |el )?(?:risa|verguenza|hambre|sueno|frio|calor|ganas|amor|pena|envidia|aburrimiento|cansancio|nervios|miedo)\b)`,
      pattern`\bojala (?:me muera|me muriera|no despierte|no despertar|estuviera muert[oa]|no existiera|no hubiera nacido)\b`,
      // Hindi, Urdu and Punjabi in Latin letters: "marna chahta hoon", "jeena nahi chahti".
      new RegExp(String.raw`\b(?:marna|mar jana|mar jaana|marjana|marjaana|mar jaun|mar jaoon) ${WANT_HI}(?: ${AM_HI})?\b`),
      new RegExp(String.raw`\b(?:jeena|jina|jeene|jine) ${NO_HI} ${WANT_HI}\b|\b(?:jeene|jine) ka (?:mann|man|dil) ${NO_HI} (?:karta|karti|hai|krta|krti)\b`),
      // Tagalog: "gusto ko nang mamatay", "ayoko nang mabuhay".
      pattern`\bgusto ko (?:na |nang |ng )?(?:mamatay|magpakamatay)\b(?! sa (?:hiya|kakatawa|tawa|gutom|inip|pagod)\b)|\bayoko (?:na |nang )?(?:mabuhay|mabuhay pa)\b`,
      // Polish: "chce umrzec", "nie chce juz zyc".
      pattern`\bchce umrzec\b(?! ze (?:wstydu|smiechu|nudow|zmeczenia)\b)|\bnie chce (?:juz )?zyc\b`,
      // Arabic transliterated: "abi amoot", "bidi mout"; but "amoot fik" is love, "men el dahk" laughter.
      pattern`\b(?:ana )?(?:abi|abgha|bidi|biddi|baddi|3ayez|3ayz|ayez|ayza|3ayza|areed|ureed|urid) (?:a|e)?(?:moot|mout|mot|mut)\b(?! (?:fik|fiki|feek|feeki|fikom|min|men|mn|3ala|ala|3la)\b)`,
      // Somali: "waxaan rabaa inaan dhinto".
      pattern`\b(?:waxaan|waan) (?:rabaa|doonayaa) (?:inaan|in aan) dhinto\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [
      pattern`\b(?:me voy a|quiero|voy a) (?:matarme|suicidarme|quitarme la vida)\b|\b(?:me quiero|me voy a) (?:matar|suicidar)\b(?! (?:estudiando|trabajando|haciendo|corriendo|entrenando|de|con|en|a|por)\b)`,
      pattern`\b(?:khud|apne aap|apne ap|apneaap) ko (?:khatam|khatm|maar|mar) (?:kar|karna|dena|du|doon|dun|dalu|daloon|lu|loon|dunga|dungi)\b|\bapni (?:jaan|zindagi) (?:le|lena|khatam|khatm) (?:lu|lun|loon|lunga|lungi|kar|karna|du|doon|dena)\b|\bkhud ?kushi (?:kar|karna|karne|ke (?:khayal|baare))\b`,
      pattern`\bmagpapakamatay (?:na )?ako\b|\bpapatayin ko (?:na )?(?:ang )?sarili ko\b|\bchce sie zabic\b|\bwaan is dilayaa\b`,
    ],
  },
  {
    level: 'crisis',
    reason: 'harm to someone else',
    // A weapon carried for a person: "i carry a knife in my bag now for when i see him".
    patterns: [new RegExp(String.raw`\b(?:carry|carrying|carried|keep|keeping|kept|bring|bringing|brought|take|taking|took|got|have|have got|packed|pack|packing) (?:a |my |the |this |that |his |her )?${WEAPON}\b(?: \w+){0,5}? (?:for (?:when|if|the day|the next time|next time)|in case|ready for (?:when|the day|the next time)) (?:i|we) (?:see|find|bump into|run into|catch|meet|face) (?:him|her|them|my ex|that \w+|his \w+|her \w+|the \w+)\b`)],
  },
];

export const THIRTIETH_CONCERN_GROUPS: readonly RiskPatternGroup[] = [
  {
    level: 'concern',
    reason: 'low mood',
    patterns: [
      pattern`^(?:i do not know |honestly |so |yeah |well |um |erm )*(?:just |really |so |pretty |a bit |bit |kinda |kind of |feeling |feel |been |proper )*depressed(?: i guess| i think| honestly| really| lately| at the moment| innit| ig| i suppose| again| as usual| as always| mostly)*$`,
      pattern`^(?:i |i am |just |so |feel |feeling |felt |been |proper |completely |totally )*(?:hollow|numb)(?: inside)?(?: honestly| really| lately| i guess| these days| all the time| that is the word| is the word)*$`,
      pattern`\b(?:i )?(?:do not|can not|have not) (?:really |even |seem to |actually )*(?:feel|felt) (?:anything|much of anything|nothing)(?: (?:about|for) (?:anything|anyone|nothing|much))?(?= (?:lately|any ?more|these days|good or bad|recently)\b|(?: at all)?$)`,
      pattern`(?:^|\bmy )mood (?:is |s |has been |been |was )?(?:in the bin|in the gutter|on the floor|through the floor|in my boots|at rock bottom|rock bottom|in the toilet|in the sewer|in the dumps|shot to pieces)\b`,
    ],
  },
  {
    level: 'concern',
    reason: 'money worries',
    patterns: [pattern`(?:^|\bi )(?:still )?owe (?:the |my )?(?:catalogue|water|gas|electric|electricity|council tax|council|rent|landlord|bank|loan|loan shark|credit card|klarna|clearpay|overdraft|phone company|bailiffs|payday loan|provident|littlewoods|tv licence|dwp|hmrc|universal credit)\b(?! (?:a|an) (?:call|reply|text|visit|email|letter|favour|apology|update)\b)`],
  },
  {
    level: 'concern',
    reason: 'not coping',
    patterns: [
      pattern`\b(?:at|reached|reaching|near|nearing|coming to) the end of my rope\b(?! with (?:this|the|that|these|those|it|work|college|uni)\b)`,
      pattern`(?:^|\b(?:ya|es que|la verdad|honestly|just) )no (?:puedo|aguanto) mas(?: con (?:esto|todo|mi vida)| de verdad)?$`,
    ],
  },
  {
    level: 'concern',
    reason: 'hopelessness',
    patterns: [
      pattern`\b(?:ya )?no tengo (?:ninguna |nada de )?esperanza\b`,
      new RegExp(String.raw`(?:^|\bab )koi (?:umeed|ummeed|umid|ummid) ${NO_HI} (?:hai|bachi|rahi)(?: ab| mujhe| zindagi mein| kisi cheez ki)?$`),
    ],
  },
  {
    level: 'concern',
    reason: 'feels worthless',
    patterns: [new RegExp(String.raw`\b(?:main|mai|mein) (?:kuch|kuchh) ${NO_HI} ${AM_HI}\b|\b(?:kuch|kuchh) ${NO_HI} ${AM_HI} (?:main|mai|mein)\b|\b(?:main|mai) (?:bekaar|bekar|nikamma|nikammi|nalayak) ${AM_HI}\b`)],
  },
  {
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [pattern`\b(?:vodka|gin|wine|alcohol|booze|rum|whisky|whiskey|cider) in (?:my|a) (?:water bottle|bottle of water|flask|coffee cup|travel mug|coke bottle|drinks bottle)\b`],
  },
];

const DRUNK = String.raw`(?:drunk|pissed|wasted|hammered|steaming|smashed|over the limit|been drinking|off (?:his|her|their) (?:face|head)|high|stoned)`;
const CHILD_WORDS = String.raw`(?:her|him|them|the (?:kids|baby|children|little one)|my (?:son|daughter|kids|baby|children|boy|girl|little one|grandson|granddaughter))`;
const NECK_BENIGN = 'hickeys?|love bites?|lovebites?|lanyard|necklace|chain|rash|eczema|psoriasis|shaving|shave|razor burn|sunburn|tie|collar|allergy|allergic|bites?|mosquito|tattoo|strap|seatbelt|spots?|acne|birthmark|rugby|judo|bjj|jiu jitsu|wrestling|sparring|mma|boxing|training|baby|toddler|my son|my daughter|kids|cat|dog|film|show|character';

export const THIRTIETH_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // "i am done. not the form. done done": done, and not with the work.
  [/\bi am (?:so |just |completely |totally |fully )?done\b/, [{
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [new RegExp(String.raw`^(?=.*\bi am (?:so |just |completely |totally |fully )?done\b(?! with (?!(?:life|living|everything|it all|all of it|being alive|existing|this life)\b)))(?=.*\bnot (?:the|my|with (?:the|my)) ${WORK_THING}\b)(?=.*\b(?:done done|deadass|for real|for good|i mean it|like done|properly done|with life|with everything|not joking|no joke|forever)\b)${nowhere('tomorrow|later|still|yet|though|tho|next|to do|to go|left|finish|halfway|sent|submitted|printed')}`)],
  }]],
  // A day set that is "not the interview": "set it for the 3rd. that is the day. not the interview".
  [/\bnot (?:the|my|for the|for my) /, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [new RegExp(String.raw`^(?=.*\b(?:set|picked|chose|chosen|fixed|booked|made|decided on|settled on) (?:it|the date|a date|my date|the day|a day|the night) (?:for|on|as) (?:the )?(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|\w+day|next \w+|tomorrow|tonight|end of the \w+)\b)(?=.*\b(?:that is|it is|is|will be) (?:the|my) (?:day|date|night)\b)(?=.*\bnot (?:the|my|for the|for my) (?:\w+ )?${WORK_THING}\b)`)],
  }]],
  // Days with no food and pennies left: "not eaten in two days, i have 40p".
  [/\b(?:eaten|food|eat|ate)\b/, [{
    level: 'crisis',
    reason: 'no food',
    patterns: [new RegExp(String.raw`^(?=.*\b(?:have not|had not|not|did not) (?:eaten|had (?:any )?food|had anything to eat|had a (?:meal|proper meal)|ate) (?:in|for|since) (?:two|three|four|five|2|3|4|5|a couple of|a few|several) days\b)(?=.*\b(?:\d+p|\d+ ?pence|no money|zero money|0 pounds|nothing in (?:my|the) (?:account|bank|purse)|(?:only|just) (?:got|have|have got) (?:\d+|a few|a couple of) (?:p|pence|pounds|quid)|skint|broke|can not afford (?:food|to eat|anything)|no food (?:in|at)|nothing (?:in the|to) (?:fridge|cupboards?|eat))\b)${nowhere('poorly|bug|sick|ill|fasting|fast|ramadan|surgery|operation|diet|dieting|nausea|stomach|food poisoning|vomiting|throwing up|hospital|nerves|nervous')}`)],
  }]],
  // A drunk adult driving with a child: "her dad is drunk and has her in the car and he is driving".
  [new RegExp(String.raw`\b${DRUNK}\b`), [{
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [
      new RegExp(String.raw`^(?=.*\b(?:he|she|they|my (?:ex|partner|husband|wife|boyfriend|girlfriend)|(?:my )?(?:\w+s )?(?:dad|mum|mam|father|mother|stepdad|stepmum)) (?:is |are |s |was |has been |been |got |getting )?(?:really |so |very |absolutely |completely )?${DRUNK}\b)(?=.*\b(?:has|got|took|taken|with|put|strapped) ${CHILD_WORDS}\b(?: \w+){0,3}? in (?:the|his|her|their) (?:car|van|truck)\b)(?=.*\b(?:he|she|they) (?:is |are |s |was |has |have )?(?:driving|drove off|driven off|driving off|behind the wheel|set off|going to drive|wants to drive)\b)${nowhere('years ago|when i was|used to|film|show|lol|haha|got done|banned|court|convicted')}`),
      new RegExp(String.raw`\b(?:drink|drunk) driving (?:with )?${CHILD_WORDS}\b(?: \w+){0,2}? in (?:the )?car\b${nowhere('years ago|when i was|used to|film|show|got done|banned|court|convicted|advert|campaign')}`),
    ],
  }]],
  // Marks on the neck, a partner named: "marks on my neck from sunday, he gets like that".
  [/\b(?:marks|bruises|bruising|fingerprints|finger marks|finger prints|hand ?prints?)\b/, [{
    level: 'crisis',
    reason: 'abuse or violence',
    patterns: [new RegExp(String.raw`^(?=.*\b(?:marks|bruises|bruising|fingerprints|finger marks|finger prints|hand ?prints?) (?:on|round|around|across) (?:my )?(?:neck|throat)\b)(?=.*\b(?:he|she|they|him|partner|husband|wife|boyfriend|girlfriend|ex|fella)\b)${nowhere(NECK_BENIGN)}`)],
  }]],
  // Noise to cover it, with the plan thought out: "the fireworks will cover it. i have thought it all out".
  [/\b(?:cover|drown|mask|hide|muffle)\b/, [{
    level: 'crisis',
    reason: 'a plan to end their life',
    patterns: [new RegExp(String.raw`^(?=.*\b(?:the )?(?:fireworks|music|traffic|storm|thunder|party|bells|trains?|crowd|bonfire night|the telly) (?:will|would|should|can|could|is going to|are going to) (?:cover|drown out|hide|mask|muffle) (?:it(?! (?:up|all|costs?|over)\b)|the (?:bang|shot|gunshot))\b)(?=.*\b(?:thought (?:it )?(?:all )?(?:out|through)|planned|worked (?:it )?(?:all )?out|decided|no one will (?:hear|notice|know)|no one will)\b)`)],
  }]],
  // An accident wished for: "would be easier for everyone if i got hit by a bus" (the bus alone is an idiom).
  [/\b(?:hit|run over|knocked down|knocked over|flattened|killed|mown down) by\b/, [{
    level: 'crisis',
    reason: 'wishes to be dead',
    patterns: [new RegExp(String.raw`\b(?:(?:easier|better|best|simpler|a relief|nicer) (?:for (?:everyone|everybody|all|them|my \w+|the world) )?(?:if|that)|(?:wish|hope|hoping|pray|praying)(?: that)?|(?:would not|do not) (?:mind|care) if) (?:i|me) (?:just )?(?:got|get|was|were|would get|could get|gets) (?:hit|run over|knocked down|knocked over|flattened|killed|mown down) by (?:a|the|some) ${VEHICLE}\b`)],
  }]],
  // A blood-drop emoji "again": self-harm said with one picture.
  [/\bblood drop\b/, [{
    level: 'crisis',
    reason: 'self-harm',
    patterns: [new RegExp(String.raw`^(?=(?:\S+ ){0,5}\S+$)(?=.*\b(?:again|relapsed|relapse|streak|did it|i did)\b)${nowhere('periods?|time of the month|tests?|donat\\w*|donor|nose|nosebleed|gums|dentist|bank|clinic|finger|shaving|paper cut|cooking|injection|jab|vampire|halloween|film|game|moon|type|pressure|sugar|diabet\\w*|tampons?|pads?|cramps|move|reschedule|late|cancel|day off')}`)],
  }]],
  // Hindi/Urdu "sab kuch khatam kar doon", said of themselves: "like me. myself".
  [/\bkhatam kar\b/, [{
    level: 'crisis',
    reason: 'thoughts of suicide',
    patterns: [/^(?=.*\bsab(?: kuch| kuchh)? khatam kar (?:du|doon|dun|deta|deti|dena|dunga|dungi)\b|.*\bkhatam kar (?:du|doon|dun|dunga|dungi) sab(?: kuch| kuchh)?\b)(?=.*\b(?:myself|like me|khud|apne aap|apne ko|zindagi|jaan|mujhe bhi)\b)/],
  }]],
  // Spanish "no voy a estar aqui mucho mas" with the decision made.
  [/\bno voy a estar aqui\b/, [{
    level: 'crisis',
    reason: 'intends to end their life',
    patterns: [new RegExp(String.raw`^(?=.*\bno voy a estar aqui (?:mucho|por mucho) (?:mas|tiempo)\b)(?=.*\b(?:lo decidi|decidido|ya lo se|en este mundo|nadie me va a extranar|no me van a extranar|tengo un plan)\b)${nowhere('mudo|mudar|mudanza|trabajo|contrato|ciudad|pueblo|pais|vacaciones|viaje|moving|move|job|contract|city|town|country|holiday|visa|vuelo|flight|piso|casa')}`)],
  }]],
];

export const THIRTIETH_CONCERN_WHOLE_SETS: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  // "pills to get up, pills to sleep".
  [/\bpills? to\b/, [{
    level: 'concern',
    reason: 'drinking or drugs to cope',
    patterns: [/^(?=.*\bpills? to (?:get up|wake up|get going|get me up|function|keep going|get through the day)\b)(?=.*\bpills? to (?:sleep|get to sleep|knock me out|come down|calm down)\b)/],
  }]],
];
