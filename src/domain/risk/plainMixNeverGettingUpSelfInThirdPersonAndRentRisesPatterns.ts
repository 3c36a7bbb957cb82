// A fourteenth plain mix: risk said in passing, in the middle of ordinary news. Lying on the bed after a
// bad interview wishing I'd never get up again; the client as a stranger in their own question ("would
// anyone hire a fifty year old who keeps thinking about offing himself"); a short reply to the coach's
// question about goals, "don't really see one"; the rent going up and no way we can stay. The same words
// fill everyday messages (wishing I'd never get up for the early shift again, a comfy bed on a day off;
// a care job supporting people who tried to end their lives; the apply button, "don't see one"; the
// office rent going up and the firm moving), so each set rests on the words that carry the risk together
// and shuts on the everyday uses, on someone else's trouble and on fiction.
// Crisis: wishing I'd never get up again; would anyone hire someone who keeps thinking about killing himself.
// Concern: my goal, my future, the point? Don't really see one; the rent went up, no way we can stay.
// Look-alikes of our own are in test/domain/riskHundredAndEighthForms.test.ts. Normalised words ("id" for
// "I'd", "well" for "we'll", "can not" for "can't", "do not" for "don't", "no one" for "nobody", "do not know" for "dunno").
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

const FICTION = String.raw`film|movie|book|novel|series|episode|character|soap|song|lyrics|documentary|podcast|poem|storyline|script|play|sims|minecraft|gta|fortnite|roblox|zelda|pokemon|anime|manga|fanfic|game|gaming`;
/** Someone else's trouble, said of them. */
const THIRD = String.raw`\b(?:my (?:mum|mom|dad|mother|father|brother|sister|friend|son|daughter|nan|gran|grandad|uncle|aunt|auntie|cousin|neighbour|flatmate|colleague|kid|kids|boy|girl|client|patient|student|husband|wife|partner)s?|a friend|(?:he|she|they|hes|shes|theyre)) (?:says|said|keeps saying|told me|texted|messaged|posted|wrote)\b|\bone of the other\b`;

// --- Crisis: lay on the bed wishing I'd never get up again ---------------------------------------------
const NEVER_GET_UP = pattern`\b(?:wish|wishing|wished|wishes|hoping|hope|hoped|praying|pray|prayed)(?: that)? (?:i would|id|i could|i might|i will|ill|i) (?:just |honestly |literally |really )?(?:(?:close|shut) my eyes and |lie here and |lay here and |lie there and |lay there and |stay (?:in bed|here|there|under the covers) and |go to (?:sleep|bed) and )?never (?:get up|get out of bed|get out of this bed|open my eyes|come round)(?: again| ever again| ever)\b`;
const NEVER_GET_UP_OUT = String.raw`\b(?:cosy|cozy|comfy|comfortable|duvet|mattress|pillows?|lie in|lay in|weekend|day off|days off|holiday|lottery|retire\w*|alarm|early|shift|shifts|night shift|\d+ ?am|(?:four|five|six|seven) ?oclock|hangover|hungover|toilet|loo|wee|${FICTION})\b|${THIRD}`;

// --- Crisis: would anyone hire someone who keeps thinking about killing himself ------------------------
const ENDING = String.raw`(?:offing|topping|killing|ending|off|top|kill|end|hanging|hang|doing) (?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?life|him in|her in|it all)`;
const THINKING = String.raw`(?:\w+ ){0,2}?(?:thinks? about|thinking about|thought about|talks? about|talking about|dreams? about|wants? to|wanting to|has tried to|have tried to|tried to|tries to|is trying to|is going to|plans to|planning to|would rather)`;
const SELF_AS_STRANGER = pattern`(?:\b(?:who would|who is going to|who will|who wants to|no one would|no one will|no one wants to|no one is going to|would anyone|will anyone|does anyone|anyone going to|no (?:\w+ ){0,2}?(?:would|will|wants to|is going to)|they will not|they would not|they are not going to) (?:ever )?(?:want to )?(?:hire|employ|take on|want|give a job to|give work to|interview|pick|choose|date|trust|have)\b(?: \w+){0,6}? (?:who|that)|\b(?:someone|somebody|a \w+|an \w+|a \d+ year old|people) like me (?:who|that)) ${THINKING} ${ENDING}\b`;
const SELF_AS_STRANGER_OUT = String.raw`\b(?:support\w*|cared for|care for|caring|care work|care home|carer|worked with|work with|working with|looked after|look after|counsell\w*|therap\w*|nurse|nursing|ward|client|clients|patient|patients|resident|residents|service users?|students?|pupils?|course|training|module|samaritans|helpline|volunteer\w*|police|prison|lost (?:a|my|his|her)|bereave\w*|${FICTION})\b|${THIRD}`;

// --- Concern: my goal, my future? don't really see one ---------------------------------------------------
const NO_GOAL_SEEN = pattern`^(?=.*\b(?:goal|goals|future|purpose|point|aim|aims|dream|dreams|ambition|ambitions|way forward|direction|something to aim for|something to look forward to|light at the end of the tunnel)\b)(?=.*\b(?:do not|can not|cannot|could not|never) (?:really |even |honestly |actually |particularly |properly )?see (?:one|any|a future|any future|the point|any point|much point|much of one)(?: for me| at all| any more| anymore| honestly| to be honest| really| right now| at the moment| these days| lately| now)* ?$)`;
const NO_GOAL_SEEN_OUT = String.raw`\b(?:button|link|tab|page|website|site|form|box|option|field|email|inbox|advert|ad|ads|listing|listings|vacanc\w*|posted|list|app|portal|screen|menu|slot|slots|dropdown|drop down|upload|attachment|file|icon|tick|section|column|row|category|filter|search|results|bus|train|parking|space|meeting point|charging|pick up|drop off|plug|socket|map|match|football|scored|score|team|league|keeper|penalty|pitch|net|${FICTION}|${LAUGH})\b|${THIRD}`;

// --- Concern: the rent went up, no way we can stay ----------------------------------------------------------
const RENT_RISE = pattern`^(?=.*\b(?:rent|rents|landlord|landlords|letting agent|letting agents|service charge|mortgage|mortgage rate|housing association)\b)(?=.*\b(?:went up|gone up|going up|goes up|go up|put up|putting up|puts up|(?:put|putting|puts) (?:it|the rent|our rent|my rent|the rents) up|increased|increasing|increase|increases|rise|rising|risen|rose|hiked|hike|doubled|jumped|up by|up (?:another )?\d+)\b)(?=.*\b(?:no way (?:we|i) (?:can|could|will be able to) (?:stay|keep|afford|manage|pay|carry on)|(?:we|i) (?:can not|cannot|could not|will not be able to) (?:afford to |possibly |really )?(?:stay|keep (?:the|this|our|my) (?:flat|house|place|home)|keep paying|carry on paying)|(?:(?:we|i) (?:will|are going to|am going to|are gonna|am gonna|might|may|would|will probably)|well|ill|well probably|ill probably) (?:have|need) to (?:move|leave|find somewhere|give notice|hand in (?:our|my) notice)|(?:we|i) (?:have|need|have got|got) to (?:move out|leave|find somewhere cheaper|find somewhere else)|(?:we|i) (?:are|am|will be|are getting|am getting) (?:priced|pushed|forced) out)\b)`;
const RENT_RISE_OUT = String.raw`\b(?:office|company|business|shop|unit|premises|studio|stall|garage|storage|lock up|allotment|gym|relocat\w*|employer|firm|bought|buying|buy|mortgage offer|moving in with|found a (?:new )?(?:place|flat|house)|got a (?:new )?(?:place|flat|house)|new place|new flat|new house|new job|job offer|for work|closer to|nearer|excited|can not wait|looking forward|parking|fares|their landlord|his landlord|her landlord|their rent|his rent|her rent|${FICTION}|${LAUGH})\b|${THIRD}`;

export const HUNDRED_AND_EIGHTH_WHOLE_SETS = [
  [unless(String.raw`\bnever (?:get up|get out of|open my eyes|come round)\b`, NEVER_GET_UP_OUT), [group('crisis', 'wishes to be dead', [NEVER_GET_UP])]],
  [unless(String.raw`\b(?:himself|herself|themselves|themself|(?:his|her|their) (?:own )?life|(?:him|her) in|it all)\b`, SELF_AS_STRANGER_OUT), [group('crisis', 'thoughts of suicide', [SELF_AS_STRANGER])]],
  [unless(String.raw`\bsee (?:one|any|a future|any future|the point|any point|much point|much of one)\b`, NO_GOAL_SEEN_OUT), [group('concern', 'hopelessness', [NO_GOAL_SEEN])]],
  [unless(String.raw`\b(?:rent|rents|landlords?|letting agents?|service charge|mortgage|housing association)\b`, RENT_RISE_OUT), [group('concern', 'may lose their home', [RENT_RISE])]],
] as const;
