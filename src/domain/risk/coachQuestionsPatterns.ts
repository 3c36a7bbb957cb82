// What clients ask and tell the coach itself: what a word means, how the chat works, whether a
// person reads it, how benefits change with work, good news about a job, and how it felt when it
// went well ("i feel relieved" had read as thoughts of suicide). The trained model had seen these
// subjects mostly inside disclosures ("who reads these messages, he checks my phone"), so alone it
// read "what does measurable mean" as intent and "how does this work exactly?" as a plan, and a
// client asking about their goal got the crisis contacts. Each phrase is read as "course" (a topic
// that says nothing of the client), so the rest of the message is still read as it is; and none of
// it is read so when the message has words of harm, an ending or danger anywhere in it.
import { oneOf, pattern } from '../riskPatterns.ts';

// Any of these anywhere, and the message is read as written.
const UNLESS = pattern`\b(?:die|died|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my|me|this)|ending|over soon|goodbye|bye|gone|not be here|not here|anymore|any more|hurt\w*|harm\w*|cut\w*|pills?|tablets|overdose|rope|hang\w*|bridge|jump\w*|hit\w*|punch\w*|scared|afraid|frightened|threat\w*|control\w*|checks|watching|tracks?|lets? me|allowed|tonight|streets?|nowhere|no food|no money|no gas|no electric|decided|decision|made up my mind|mind made up|my mind up|mind is made up|sorted|affairs|ready|peace|soon|plans?|planned|letters?|last|finally|enough|do it|go through with|hopeless|worthless|pointless|no point|burden|better off|drink\w*|drunk|numb|alone|lonely|sleep|eat\w*|crying|cry)\b`;

const READS = oneOf('reads?', 'sees?', 'can see', 'will see', 'will read', 'looks? at', 'gets? to see', 'has access to');
const READ = oneOf('read', 'see', 'look at', 'get to see', 'have access to');
const WRITING = oneOf('these messages', 'my messages', 'this chat', 'my chat', 'my answers', 'these answers', 'this', 'what i write', 'what i say', 'what i type', 'my plan');
const BOT = oneOf('bot', 'robot', 'chat ?bot', 'computer', 'machine', 'ai', 'real person', 'real human', 'human', 'person', 'someone real', 'anyone real');
const PEOPLE = oneOf('person', 'human', 'anyone', 'someone', 'somebody', 'staff', 'adviser', 'advisor', 'work coach', 'people');
const ADVISER = oneOf('adviser', 'advisor', 'work coach', 'coach', 'person', 'human', 'someone real', 'someone human', 'somebody real', 'woman', 'man', 'lady', 'bloke', 'guy', 'same person');

const PHRASES = [
  // What a word or a step means, and what to do here.
  pattern`\bwhat (?:does|do|is|are) (?:a |an |the |my |this |that )?(?:\w+ ){0,3}(?:even |actually |exactly )?(?:mean|stand for)\b`,
  pattern`\bwhat (?:is|are) (?:a |an |the )?(?:smart goal|smart|measurable|achievable|realistic|action plan|action item|step|review|check in|barrier)s?\b`,
  pattern`\bhow (?:does|do|will|would) (?:this|it|that|the (?:chat|bot|plan|review|app|step|goal|reminder)s?) (?:work|go)(?: exactly| then| now)?\b`,
  pattern`\bwhat (?:am i|are we|do i|should i) (?:meant|supposed|expected|going) to (?:be )?(?:do|doing|say|saying|write|put|type|answer)\b`,
  pattern`\bhow many of what\b`,
  pattern`\bwhat is the (?:point|purpose|idea|aim) of this (?:chat|bot|app|conversation|plan|step|goal|thing here)\b`,
  // Whether a person reads it, and who.
  pattern`\bwho (?:actually |really |else |exactly )?${READS} ${WRITING}\b`,
  pattern`\b(?:will|does|do|can|would) (?:a |an |the |my |any )?(?:real |actual )?${PEOPLE} (?:ever )?${READ} ${WRITING}\b`,
  pattern`\b(?:are|is) (?:my|these|the) (?:messages|answers|chats?|plan|notes) (?:private|confidential|secret|safe|kept|shared|seen|read)\b`,
  pattern`\b(?:is|are) (?:this|it|you|that) (?:a |an |the )?(?:real |actual )?${BOT}(?: again| or not| or a ${BOT})?\b`,
  pattern`\b(?:am i|are we|are you) (?:talking|speaking|chatting|typing|writing) (?:to|with|into) (?:a |an |the )?(?:real |actual )?(?:${BOT}|void)\b`,
  pattern`\bis (?:there )?(?:a |an )?(?:real |actual )?(?:person|human|anyone|someone|somebody)(?: real)? (?:reading|on the other end|there|behind this|at the other end)\b`,
  // How an appointment happens, asked.
  pattern`\b(?:is|will) (?:it|the (?:appointment|interview|meeting|course|session|review)) (?:be )?(?:in person|face to face|online|on the phone|by phone|over the phone|on teams|on zoom)(?: or (?:in person|face to face|online|on the phone|by phone|over the phone|on teams|on zoom))?\b`,
  // Asking for a person instead of the bot.
  pattern`\b(?:talk|speak|chat) (?:to|with) (?:a |an |the |my )?(?:real |actual |proper )?${ADVISER}\b`,
  pattern`\bi (?:want|need|would like|d like|would rather) to see (?:someone|somebody|a person|a human|my adviser|my advisor|my work coach|the same person)\b`,
  pattern`\b(?:put me through|pass this|send this|hand me over) to (?:a |an |my )?(?:someone|somebody|a person|human|real person|adviser|advisor)(?: real| human)?\b`,
  // How pay and benefits meet.
  pattern`\b(?:work allowance|taper(?: rate)?|assessment period|earnings limit|permitted work)\b`,
  pattern`\b(?:\d+ ?p|pence|\d+ per ?cent) (?:for|in|off|of) (?:every|each) (?:pound|\u00a3 ?1)\b`,
  pattern`\bhow much (?:do|will|would) (?:they|you|it) (?:take|knock|stop) off (?:for|of) (?:every|each)\b`,
  // How it felt, when it went well: the answer to "How did it feel?" in a review.
  pattern`\bi (?:feel|felt|am feeling|have been feeling) (?:so much |so |really |a lot |much |a bit )?(?:relieved|strong|stronger|lighter|better|good|great|positive|proud|confident|happy|calmer|like myself again|like me again|more like myself)(?: today| now| again| this week| after that)?\b`,
  // How pay and benefits meet, asked about work.
  pattern`\b(?:be |am i |i be )?worse off (?:if|when|once|working|in work|on|taking|by taking)\b`,
  // Good news about a job.
  pattern`\b(?:good|great|brilliant) news\b`,
  pattern`\b(?:taken on|kept me on|kept on|placed me|took me on)(?: permanently| full time| part time| after (?:the|my) trial| for good)?\b`,
  pattern`\bi (?:am|have been) (?:employed|hired|taken on) again\b`,
];

export const COACH_TOPIC_SETS: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[] = [
  [/\b(?:mean|stand for|what|how|who|read|see|is it|will it|bot|robot|computer|machine|ai|human|person|someone|somebody|talk|speak|chat|through|allowance|taper|assessment|earnings|permitted|pound|news|taken|kept|placed|took|employed|hired|private|confidential|feel|felt|feeling|worse)\b/, PHRASES, UNLESS],
];
