// The words of job news, kept in one place for the one reader (jobNews.ts): the shapes of "I've got
// a job", and the look-alikes that are a step towards one, or someone else's, or not paid work.

// Phone spellings and slips, as typed: "gt a jb", "i got da job", "startd work 2day", "im staring work monday".
export const SPELLINGS: readonly [RegExp, string][] = [
  [/\b(?:jb|jobb+|joob)\b/g, 'job'],
  [/\bgt\b/g, 'got'],
  [/\bgotta (?=(?:a|new)\b)/g, 'got '],
  [/\bgotta job\b/g, 'got a job'],
  [/\b(?:da|thr|teh|tha)\b/g, 'the'],
  [/\b(?:startd|strated|statred|startted)\b/g, 'started'],
  [/\bstartin\b/g, 'starting'],
  // "stared at my cv" is looking; "stared my new job" is a slip for started.
  [/\bstared (?=(?:work|working|my|a|an|new|the new|on)\b)/g, 'started '],
  [/\bstaring (?=(?:work|working|my|a|an|new|the new|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b)/g, 'starting '],
  [/\bbegining\b/g, 'beginning'],
  [/\boffer(?:d|ded)\b/g, 'offered'],
  [/\b(?:workin|wrkin|wrking|wrkn)\b/g, 'working'],
  [/\bwrk\b/g, 'work'],
  [/\b(?:gon+a|gunna)\b/g, 'going to'],
  [/\b(?:2mo+ro+w?|2morrow|tmrw|tmr|tomoz|tomorow|tommorow|tommorrow)\b/g, 'tomorrow'],
  [/\b2day\b/g, 'today'],
  [/\bwiv\b/g, 'with'],
  [/\b(?:thru|thro)\b/g, 'through'],
  [/\bwot\b/g, 'what'],
  [/\bjs?t\b|\bjus\b/g, 'just'],
  [/\biv\b/g, 'ive'],
  [/\bemployd\b/g, 'employed'],
];

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
// When work begins: "monday", "next week", "on the 3rd", "in 2 weeks".
const WHEN = String.raw`(?:${DAY}|tomorrow|today|tonight|asap|next (?:week|month|${DAY})|this (?:week|${DAY})|on (?:the )?\d+\w*|on ${DAY}|the \d+\w*|in (?:a|an|\d+|one|two|three|four|a couple of|a few) (?:days?|weeks?))`;
// The kind of job between "a" and "job": "a part time", "a new weekend", "my first" (no small words).
const KIND = String.raw`(?:(?!(?:to|for|in|on|at|of|with|and|or|but|not|no|my|the|a|an|job|work|interview|course)\b)[a-z]+ ){0,3}`;
const A = String.raw`(?:a|an|the|that|this|my|some)`;

// After these the words are about the job hunt, not a job had: "job interview", "job centre", "work experience".
export const NOT_A_JOB_AFTER = /^ (?:search\w*|hunt\w*|seek\w*|interviews?|fairs?|adverts?|ads?|alerts?|applications?|apply|forms?|packs?|lists?|listings?|centre|center|club|coach|experience|placement|trial|boards?|sites?|ideas?|help|advice|support|allowance|course|programme|program|scheme|training|done|finished|sorted|clothes|boots|shoes|to (?:do|fix|sort|finish|apply)|i (?:want|could|can|like|might|would|fancy|saw|found)|that (?:i|looks)|online|on (?:indeed|facebook|gumtree|linkedin|the (?:internet|website|app))|as a volunteer|for free|on (?:at|round|in) (?:home|the house|my house))\b/;

/**
 * A shape of job news; `toMe` when it names the client itself ("they offered me the job"), and
 * `fromThem` when it is another's yes, the one who said it caught first ("costa said yes").
 */
export type NewsShape = { pattern: RegExp; toMe?: true; bare?: true; fromThem?: true };

// Each shape says the client has paid work. `bare` ones have no word of a job in them ("i start
// monday", "started at lidl"), so a course or volunteering named anywhere in the message unsays them.
export const NEWS_SHAPES: readonly NewsShape[] = [
  // "got a job at tesco", "been offered a job", "i have a new job", "bagged myself a job at primark".
  { pattern: new RegExp(String.raw`\b(?:got|gotten|landed|bagged|secured|found|have|have got|been given|got given|been offered|got offered|offered|accepted|took|got accepted for|accepted for|been accepted for) (?:myself )?${A} ${KIND}(?:job|role|position|apprenticeship)\b`, 'g') },
  { pattern: /\b(?:accepted|offered|been offered|secured) (?:a|the) (?:[a-z]+ )?post\b/g },
  // "got work at the warehouse", "found work at last", "i have found employment".
  { pattern: /\b(?:got|found|secured|have got|have found|commenced|in) (?:some |paid )?(?:work|employment)\b(?! (?:on (?:my|it|this|that|the (?:cv|house|garden))|towards|out|through|with (?:my |a |the )?(?:adviser|advisor|mentor|coach|job centre)))/g },
  // "started a new role", "i start my new job at primark", "commenced a post".
  { pattern: new RegExp(String.raw`\b(?:started|starting|start|begun|began|beginning|begin|commenced|commencing) (?:a|an|my|the|this|that) ${KIND}(?:job|role|position|post|apprenticeship)\b`, 'g') },
  // "i have started working", "startd work 2day"; not working on a cv, working out, or towards a course.
  { pattern: new RegExp(String.raw`\b(?:started|starting|start|begun|began|beginning|begin) (?:work|working|employment)\b(?! (?:on (?!${DAY}|the \d|\d)|out(?! of)|towards|through|to find|hard|with (?:my|a|an|the)? ?(?:adviser|advisor|mentor|coach|job centre)))`, 'g') },
  // "i start monday", "they want me to start on monday", "i was successful and start next week".
  { pattern: new RegExp(String.raw`\b(?:start|starting|begin|beginning) (?:work |working )?(?:on )?${WHEN}\b`, 'g'), bare: true },
  // "started at lidl yesterday", "starting at the warehouse next week": not a course, a gym or the library.
  { pattern: /\b(?:started|starting|start|begun|began) (?:work |working )?(?:at|with|for) (?!(?:the |my |a |an )?(?:new )?(?:college|course|school|uni|university|sixth form|gym|training|volunteering|food ?bank|charity|library|job ?centre|jobcentre|doctors?|gp|dentist|physio|counsell\w*|therapist|mentor|adviser|advisor|work coach|home|night school|slimming world|weight watchers|it|that|this|last|least|first|once|about|around|the (?:beginning|start|bottom|top))\b|\d)/g, bare: true },
  // "im working now", "i'm back working at the factory", "ive been working at the pub since monday".
  { pattern: /(?:^|\b(?:im|i am|ive been|i have been|been|now|back) )(?:now |back |still )?working (?:now|again|full time|part time|at (?!it)|for (?!free|(?:a |the )?charity)|in |as (?!a volunteer)|nights|days|shifts|there|\d+ hours)/g, bare: true },
  // "im back in work", "went back to work this week", "back at work!!".
  { pattern: /\b(?:(?:im|i am|now|im now|i am now|im back|back) in work|back (?:at|to) work|back in work)\b(?! (?:scheme|programme|course|interview|meeting|plan|support))/g },
  // "i have job now thank you", "I have job in factory now", "i find job in hotel": no "a" before
  // the job, as people new to English often say it (play-testing reviews, round twenty-eight).
  { pattern: /\b(?:have|have got|got|find|found|finded) (?:new )?(?:job(?= (?:now|in|at|as|with|for|thank|thanks|ty|start|starting)\b|$)|work now)/g },
  // "got hired at mcdonalds", "been taken on permanent", "been took on at the factory", "they took me on".
  { pattern: /\b(?:got|been|was|were|get) (?:hired|taken on|took on)\b(?! for (?:a )?(?:work )?(?:placement|trial|experience))/g },
  { pattern: /\b(?:hired|took|taken|take|takes) me(?: on)?\b/g, toMe: true },
  // "im employed now", "ive gone self employed", "started my own cleaning business".
  { pattern: /\b(?:im|i am|now|officially|gone|went|going|become|became) (?:self )?employed\b/g },
  { pattern: /\b(?:started|set up|opened) (?:my own|a) (?:[a-z]+ )?business\b/g },
  // "they offered me the job", "the agency got me a job", "theyve given me shifts".
  { pattern: new RegExp(String.raw`\b(?:offered|gave|given|got|found) me (?:${A} )?${KIND}(?:job|position|role|post|shifts?|work)\b`, 'g'), toMe: true },
  // "my job starts monday", "my contract starts on the 1st", "been at my new job a week now", "new job!!".
  { pattern: /\b(?:my|the|new|this) (?:new )?(?:job|role|contract|position) (?:starts|begins|started)\b/g },
  { pattern: /\b(?:at|for|to|in|into|started|starting|start|from) my new (?:job|role)\b/g },
  { pattern: /^(?:a |my )?new job\b/g },
  // "got some shifts through the agency", "picked up a few shifts at the warehouse" (play-testing
  // reviews, round twenty-seven: not heard as work). Bare: "volunteer shifts" and a trial shift are not paid work.
  { pattern: /\b(?:got|getting|been given|given|picked up|landed|booked|have got|doing|done|working) (?:some |a few |a couple of |more |regular |extra |loads of |lots of |\d+ |two |three |four |five )?(?:(?:paid|agency|warehouse|bar|night|day|weekend|evening|morning|cleaning|care) )?shifts\b/g, bare: true },
  // "got 2 days work next week at the warehouse": a few days' paid work is work too.
  { pattern: /\b(?:got|been given|picked up|landed|have got|doing) (?:\d+|a few|some|a couple of|two|three|four|five) (?:days?|weeks?|nights?) (?:paid |temp |agency )?(?:work|working)\b/g, bare: true },
  // "did my first shift at costa", "my first day is tomorrow at the hotel".
  { pattern: /\bfirst (?:shift|(?:day|week) at (?:my |the )?(?:new )?(?:job|work)|day (?:is )?(?:at|today|tomorrow|on))/g, bare: true },
  // "signed my contract today", "got a zero hours contract at the warehouse": not a phone's.
  { pattern: /\b(?:signed|got|been given|have) (?:my|the|a|an) (?:(?:new|zero hours?|permanent|temp|temporary|fixed term|full time|part time|work|job|employment) )?contract\b/g },
  // "im a cleaner now 16 hours", "im a barista now at costa": a job said as who they are now.
  { pattern: /^(?:im|i am)(?: now)? (?:a|an) (?:[a-z]+ )?(?!(?:member|loser|mother|father|brother|sister|user|winner|beginner|smoker|quitter|volunteer|sufferer|pensioner|worrier|partner|customer|owner|leaver|seeker|claimant|applicant|learner|student|carer for)\b)[a-z]*(?:er|or|ist|ista|ant|ian|man|woman|guard|chef|cook|nurse) now\b/g, bare: true },
  // "doing 20 hours a week at morrisons now".
  { pattern: /\b(?:doing|working|got|do) \d+ (?:hours|hrs)(?: a (?:week|wk)| per week| a day)?(?: now)? (?:at|for|with|in) /g, bare: true },
  // "job offer from costa", "got a job offer off greggs today", "had a job offer!!" (play-testing:
  // not heard). Not "no job offer yet", and not one that fell through (TAKEN_BACK).
  { pattern: /\b(?<!\b(?:no|any) )job offer(?:s)?\b(?= (?:from|off|at|with|for|today|yesterday|this|just|now)\b|[!.]*$)/g },
  // "costa offered me a job" is heard above; "tesco want me to start next week" says the news too.
  { pattern: new RegExp(String.raw`^(?:[a-z&]+ ){1,3}(?:want|wants|wanted|asked|have asked|has asked) me to start(?: work| working)?(?: (?:on )?${WHEN}| at| with)\b`, 'g'), toMe: true },
  // "i got the job", "got it!! start monday", "they rang to say i got it".
  { pattern: /\b(?:got|landed) the job\b/g },
  // Not "got it moved to friday", "got it wrong": something done, not a job had.
  { pattern: /(?:^|\b(?:i|ive|just|and|then) )got it\b(?! (?:wrong|right|done|sorted|thanks|now|back|fixed|mixed|working|covered|from|off|in|out|up|down|to|for|on|by|all|\w+ed)\b)/g },
  // "costa said yes!!", "tesco have said yes", "they rang and said yes": whose yes it was is
  // checked (jobNewsSaidYes.ts); "said yes to the extension", "said yes, interview friday" is a yes to something else.
  { pattern: /\b([a-z&]+) (?:have |has |just |finally |only |actually )*(?:said|say|says|sed|came back (?:with|and said)|got back (?:to me )?(?:with|and said)|(?:rang|called|phoned|emailed|texted|messaged)(?: me)?(?: back)? (?:and said|to say|saying)) (?:a |its a )?(?:yes+|yas+|yeah)\b(?! (?:to (?!me\b)|for|about|on|if|ill|i will|i can|you can|we can)\b)/g, fromThem: true },
];

// "i got it" is a job only beside word of one: "they rang to say i got it", "i got it, i start monday",
// "i got it!! the costa job"; not the job centre or the job search. An interview is one only before
// it: "had the interview and got it", not "got it, the interview is friday" (WORD_OF_A_JOB_BEFORE).
export const GOT_IT = /\bgot it\b/;
export const WORD_OF_A_JOB = /\b(?:job(?! ?cent(?:re|er)\b| (?:search|hunt|club|fair|advert|site|application)s?\b)|jobs|start|starting|shift|shifts|hired|offer|offered|employ\w*|heard back|they (?:rang|called|phoned|said|told|emailed|texted)|(?:rang|called|phoned|emailed|texted) (?:me|back|and said|to say))\b/;
export const WORD_OF_A_JOB_BEFORE = /\binterview/;

// Said before the news, these make it a wish, a question or a "no": "if i got a job", "hope i got
// it", "i havent got a job yet", "thinking about going self employed".
export const WISH_OR_NOT = /\b(?:if|when|once|until|till|hope|hoping|hopefully|waiting|awaiting|wish|want|wanted|wanna|need|needs|would|wouldnt|can|could|might|may|should|trying|try|tried|looking|havent|have not|hasnt|didnt|did not|dont|doesnt|not|never|cant|cannot|wont|nobody|no one|apply|applying|applied|how|thinking|love|like|ready|whether|what if)\b/;
// Said anywhere before the news in its part of the message: "if i get it i start monday".
export const CONDITION = /\b(?:if|unless)\b/;
// The news starts afresh after these: "not sure if ill like it but i got the job".
export const FRESH_START = /\b(?:but|and|so|because|cos|then|anyway)\b/g;
// Not a wish of the client's: "cant wait to start", "they want me to start monday".
export const NOT_A_WISH = /\b(?:cant|cannot|can not) wait(?: to)?\b|\b(?:want|wants|need|needs|wanted) me\b/g;

// The one whose news it is, when said just before it: "my mate got a job" is not the client's.
export const SOMEONE_ELSE = /^(?:he|she|hes|shes|they|theyve|theyre|you|youve|mate|mates|friend|friends|pal|son|sons|daughter|daughters|kid|kids|child|children|partner|wife|husband|hubby|brother|bro|sister|sis|mum|mam|mom|dad|uncle|aunt|auntie|cousin|nan|nana|gran|grandad|grandma|boyfriend|bf|girlfriend|gf|fiance|fiancee|someone|somebody|everyone|everybody|anyone|nobody|people|neighbour|neighbor|colleague|flatmate|housemate|lad|missus|nephew|niece)$/;
export const THE_CLIENT = /^(?:i|ive|im|id|ill|me|myself)$/;

// A course, volunteering, medicine or the job hunt named anywhere unsays a bare shape: "i start on
// tuesday, its a course", "im applying for a new job starting next month".
export const NOT_PAID_WORK = /\b(?:apply\w*|applied|course|college|uni|university|sixth form|class|classes|lessons?|volunteer\w*|unpaid|meds|medication|tablets|gym|diet|placement|work experience|trial shift|work trial|cv|job search|job hunt\w*|looking for)\b/;

// Said of the news anywhere in the message, it is news no more: "job offer fell through", "they
// withdrew the offer", "got the job but then they pulled it".
export const TAKEN_BACK = /\b(?:fell through|fallen through|falls through|withdr[ae]wn?|withdrew|pulled (?:it|the offer|out)|took (?:it|the offer) back|taken back|rescinded|cancelled|canceled|changed their minds?)\b/;

// Back at their own job after time off ill: "i go back to work next week after being sick". Glad
// news, but no new job (play-testing reviews, round twenty-seven: it had been read as one).
export const BACK_AFTER_TIME_OFF = /\b(?:after|since|from) (?:being |been |my |a |the |some |time )?(?:off )?(?:sick|ill|poorly|unwell|illness|sickness|sick leave|injury|surgery|operation|op|hospital|covid|maternity|paternity|time off)\b|\b(?:been|was|off) (?:off )?(?:sick|ill|poorly|unwell)\b|\bsick (?:leave|note)\b|\bfit note\b|\bphased return\b/;
