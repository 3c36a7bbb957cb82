// Young people in further education or out of it, 18 to 24: the risk said as gallows humour and gaming slang,
// often with a laugh on the end that does not make it a joke. Praying for a meteor, only for me; hoping a bus
// takes me out on the way to the interview; wishing I wasn't taking up any space at all; no goals, want me to
// stop; the suicide ("sewer slide") arc loading; back on the razors, day 1 again; fresh cuts, so the outfit is
// hoodie only; saw a post about hanging methods and didn't scroll past; gave my clothes to the charity shop
// and told mum I was decluttering; grandad slaps me about if I don't do what he says; my stepdad had me by
// the throat against the fridge; mum makes me hand over all my wages and gives me a tenner back; heating and
// lights off and we've got nothing. And, for concern: my discord is silent, used to be busy; everyone forgot
// about me after school; woke up sad, went to bed sad; whoever designed this form needs launching off a cliff.
// The same words fill everyday messages (a meteor in a film, the bus that takes me out to town, taking up
// space in the wardrobe, a character's arc, razors for shaving, a fresh cut at the barber's, hanging methods
// for pictures, a clear out before moving, play fighting and rugby, handing over board money, turning the
// lights off, the server being down, forgetting about me at the chippy, the team losing, kicking someone out
// of the flat), so each set rests on the words that carry the risk together and shuts on the everyday uses,
// on someone else's trouble and on stories. A laugh shuts the abuse, power and concern sets; it does not
// shut the client's own wish to die, suicide, self-harm or preparation (a joke never lowers a risk to the
// client, and this population laughs as it says it), nor the joked harm (the joke is the finding).
// Crisis: hope, pray or wish a bus, car, lorry, train, meteor or asteroid hits me, takes me out, runs me over
// or lands on me, or a meteor only (just) for me (takes me out to, of town, a date shut it); wish I wasn't
// taking up any space, room, air or oxygen (boxes, stuff, the spare room, storage shut it); (I) want me /
// myself to stop (existing), said by the client (they, you, mum, the coach want me to stop shut it);
// suicide, kill myself, unalive or self delete with arc, era, speedrun, loading, dlc, side quest (a
// character, a show, a squad, sprints shut it); back on or to the razors, blades or sharpeners, or a razor
// or blade with day 1 / 0 again (shaving, skates, scooters, a barber shut it); fresh, new, more or deep
// cuts with a hoodie, sleeves, covering or hiding them, or on an arm, wrist or thigh (a haircut, meat,
// budget cuts, cooking, a cat, a fall shut it); hanging, noose or ligature methods, guides or tutorials, or
// how to tie a noose (pictures, curtains, plants, history, an essay, a report shut it); gave my clothes,
// stuff or things away (to a charity shop) and told them I was decluttering or having a clear out, or they
// think I am (a move, selling, outgrown, a clothes swap shut it); a relative slaps, hits, punches, kicks,
// batters or chokes me (about) (play fighting, rugby, hit me up, hit me back shut it); someone had, pinned,
// slammed or held me by the throat, neck or hair, or against the wall, fridge, door or floor (sports, a
// hug, a photo shut it); makes me hand over all my wages, money or UC and gives me a tenner or lets me keep
// a bit (saving for me, my own asking, gambling help shut it); heating, lights, electric or gas off or cut
// off with we've got nothing, no food, no money or no credit (turning them off, a power cut, the street,
// nothing on or planned shut it).
// Concern: my discord, group chat, server, phone or DMs silent, dead, dry or empty with used to be, anymore
// or nobody (on silent, muted, the server down, a battery shut it); everyone, all my friends or my mates
// forgot about me, dropped or ditched me (at the chippy, on read, in the photo, a laugh shut it); woke up
// sad, empty or numb and went to bed the same, or sad as my standard or default (the team, a film shut it);
// whoever made it, the person who, he, she or my boss needs launching, yeeting, slapping, shooting or a
// kicking (kicking out, chucking out, throwing out shut it).
// Left: "I'm doing it Monday morning before my appointment, easier that way" (the same words answer the
// coach's "when will you do the CV?"). Look-alikes of our own are in
// test/domain/riskHundredAndFortyFifthForms.test.ts. Normalised words ("i am" for "I'm", "i have" for "I've",
// "do not" for "don't", "was not" for "wasn't", "kill myself" for "kms", "suicide" for "sewer slide", "self
// harm" for "sh"; "weve" stays as typed).
import { pattern } from '../riskPatterns.ts';
import { group, LAUGH, SOMEONE_ELSE_SAID, STORIES_AND_GAMES, unless, SOMEONE_ELSE_OR_A_STORY as ELSE } from './wholeMessageSets.ts';

/** Stories only: abuse sets keep "he says", which is how an abuser's orders are told. */
const STORIES = String.raw`\b(?:${STORIES_AND_GAMES})\b`;
/** The people at home a young person names. */
const KIN = String.raw`(?:mum|mam|mom|mother|dad|father|stepdad|step dad|stepmum|step mum|grandad|granddad|grandpa|nan|nana|gran|granny|grandma|uncle|auntie|aunt|brother|big brother|older brother|sister|big sister|cousin|boyfriend|girlfriend|bf|gf|partner|fella|ex|mums boyfriend|mums fella|dads girlfriend|foster (?:mum|dad|carer)|carer)`;

// --- Crisis: praying for a meteor, only for me; hope a bus takes me out on the way -------------------------------------------
const HOPE = String.raw`(?:pray|praying|prayed|hope|hoping|hoped|wish|wishing|manifesting|manifest|waiting|begging|rooting|asking)`;
const STRIKER = String.raw`(?:meteor|meteorite|asteroid|comet|lightning bolt|bolt of lightning|lightning|sinkhole|piano|anvil|bus|lorry|truck|van|car|train|tram|plane)`;
const STRIKES_ME = String.raw`(?:hits? me|hitting me|takes? me out|taking me out|runs? me over|running me over|knocks? me (?:over|down|out)|flattens? me|lands? on me|lands? on my head|ends? me|finish(?:es)? me off|wipes? me out|gets? me|squashes me|falls? on me)\b(?! (?:to|of|for|with|on a date|shopping|clubbing|drinking|dinner|lunch|tea|at|from|home|there)\b)`;
const STRUCK_WISH = pattern`\b${HOPE}(?: that)? (?:for )?(?:a|an|the|some|one|that) (?:\w+ )?${STRIKER} (?:(?:would|will|might|could|just|finally|actually|to|would just|will just|just finally|comes and|comes along and) )*${STRIKES_ME}|\b${HOPE} for (?:a|an|the|some) (?:\w+ )?${STRIKER}\b(?: \w+){0,5}? (?:(?:but |like |tbh |honestly )*(?:only|just|specifically|purely|solely) (?:for|on|at) me|with my name on it)\b`;
const STRUCK_WISH_OUT = String.raw`\b(?:(?:he|she|they|my \w+) (?:hopes|wishes|prays|is praying|keeps praying)|film|movie|series|episode|character|anime|book|novel|lyrics|dinosaurs?)\b`;

// --- Crisis: wish I wasn't taking up any space at all -----------------------------------------------------------------------
const NOT_TAKING_SPACE = pattern`\b(?:wish|wishing|would rather|rather|want) (?:that )?(?:i|id) (?:was not|were not|was never|did not|was no longer|could stop|would stop|did not have to keep|could just stop|was just not|was not even|were not even) (?:\w+ )?(?:taking up|take up) (?:any )?(?:space|room|air|oxygen)\b|\b(?:i|me) (?:should not even be|should not be|do not deserve to be|do not deserve to keep|want to stop|need to stop) taking up (?:any )?(?:space|room|air|oxygen)\b`;
const NOT_TAKING_SPACE_OUT = String.raw`\b(?:boxes|stuff|things|clothes|bags?|suitcases?|furniture|bikes?|storage|wardrobe|cupboard|loft|garage|desk|sofa|spare room|box room|parking|seats?|memory|gb|files|photos|phone storage|(?:he|she|they|my \w+) (?:wishes|says|said|wants))\b`;

// --- Crisis: no goals, just want it to stop, want me to stop -------------------------------------------------------------------
const WANT_ME_STOP = pattern`(?<!\b(?:they|you|he|she|mum|mam|mom|dad|boss|coach|people|everyone|who|would|do|does|did|teacher|teachers|tutor|manager|nan|gran|partner|girlfriend|boyfriend|ex|landlord|neighbour|neighbours|parents|family|friends|mates|doctor|gp|they all|not|never) )(?<!\b(?:they|you|he|she|people|everyone|teachers|parents) (?:just|all|really|probably|clearly|obviously|would|might) )\bwant (?:me|myself) to (?:just )?(?:stop|end|be over|switch off|disappear|vanish|not exist|not be here|go away)(?= (?:existing|being here|being alive|breathing|for good|for ever|forever|completely|already|permanently)\b|$)`;
const WANT_ME_STOP_OUT = String.raw`\b(?:messag\w*|texting|emails?|applying|asking|spamming|talking|singing|gaming|playing|smoking|vaping|drinking|(?:he|she|they|my \w+) (?:wants|want|wanted|would want))\b|${ELSE}`;

// --- Crisis: sewer slide arc loading --------------------------------------------------------------------------------------------
const SUICIDE_WORD = String.raw`(?:suicide|suicidal|kill myself|killing myself|unalive|unaliving|unalive myself|self delete|self deleting|self deletion|end it all|ending it all|ending it)`;
const SLANG_ARC = pattern`(?<!\b(?:his|her|their|the|a|characters|character|villains|heros|protagonists|shows|mains) )\b${SUICIDE_WORD} (?:arc|era|mode|speedrun|speed run|any|dlc|side quest|sidequest|update|patch|tutorial|unlocked|pending|incoming|loading|loaded|starter pack|final boss|saga|chapter|phase)\b`;
const SLANG_ARC_OUT = String.raw`\b(?:squad|prevention|awareness|hotline|helpline|samaritans|charity|callers?|bomber|bombing|drills?|sprints?|shuttles?|doors|mission|fanfic|anime|manga|character|series|episode|film|movie|book|novel|show|storyline|lyrics|albums?|songs?|listening|bands?|tracks?|playlists?|spotify|gigs?|concerts?|tour|(?:he|she|they|my \w+) (?:says|said|posted|keeps saying|is in))\b`;

// --- Crisis: back on the razors, day 1 again; fresh cuts, hoodie only -------------------------------------------------------------
const BLADE = String.raw`(?:razors?|razor blades?|blades?|sharpeners?|sharpener blades?|self harm)`;
const BACK_ON_BLADES = pattern`\bback (?:on|to) (?:the |my |using the |using my )?${BLADE}\b|^(?=.*\b(?:razors?|razor blades?|blades?|sharpeners?)\b)(?=.*\b(?:(?:back to|reset to|on|its|it is) )?day (?:1|one|0|zero) (?:again|of being clean|clean)\b)`;
const BACK_ON_BLADES_OUT = String.raw`\b(?:shav\w*|beard|legs|armpits?|barber\w*|hair\w*|clippers?|trim\w*|fade|skat\w*|rink|ice|hockey|scooters?|rollerblad\w*|mower|lawn|fan|blender|smoothie|rotor|turbine|wind|bikes?|gym|diet|vap\w*|smok\w*|(?:he|she|they|my \w+) (?:is|was|has been|went|is back))\b|${ELSE}`;
const FRESH_CUTS = pattern`^(?=.*\b(?:fresh|new|more|deep|deeper|raw|open|bleeding) cuts\b)(?=.*\b(?:hoodies?|hoody|long sleeves?|sleeves|jumper|cover (?:them|it|up|my arms)|covering (?:them|it|up)|hide (?:them|it)|hiding (?:them|it)|on my (?:arms?|wrists?|thighs?|legs?|stomach|hips?)|my (?:arms?|wrists?|thighs?)|plasters|bandages?|steri strips|no one (?:sees|can see|notices)|nobody (?:sees|notices)|in (?:june|july|august|summer|this heat|a heatwave))\b)`;
const FRESH_CUTS_OUT = String.raw`\b(?:haircuts?|hair|barber\w*|fade|trim|garms|meat|butcher|steaks?|lamb|pork|beef|deli|joint|flowers?|florist|bouquet|grass|lawn|hedge|budget|funding|council|government|cuts (?:to|in|from|across)|paper cuts?|cardboard|chef|kitchen|cooking|veg\w*|gardening|brambles|roses|thorns|cats?|kittens?|dogs?|pupp\w*|shaving|glass|fell|fall|tripped|bike|skateboard|football|rugby|boxing|film|movie|director|editor|edit|remix|(?:he|she|they|my \w+) (?:has|had|got|is covering))\b|${SOMEONE_ELSE_SAID}`;

// --- Crisis: saw a post about hanging methods ----------------------------------------------------------------------------------
const HANGING_METHODS = pattern`\b(?:hanging|noose|ligature|overdose) (?:methods?|techniques?|tutorials?|guides?|instructions)\b|\bhow to (?:tie|make) a noose\b|\bmethods? (?:of|for) (?:hanging|overdosing)\b|\bnoose (?:knots?|tutorial)\b`;
const HANGING_METHODS_OUT = String.raw`\b(?:pictures?|picture|frames?|art|artwork|mirrors?|curtains?|blinds|wallpaper|shelves|shelf|plants?|baskets?|clothes|washing|laundry|drying|coats?|tv|decorat\w*|brackets?|nails?|hooks?|command strips?|posters?|prints?|lights?|fairy|lanterns?|hammocks?|tapestr\w*|gallery|museum|exhibition|history|medieval|executions?|historical|essay|coursework|assignment|lecture|criminology|law|gcse|a level|true crime|documentary|podcast|news|reported|reporting|report it|flagged|moderat\w*|sailing|climbing|scouts|fishing|boats?|(?:he|she|they|my \w+) (?:was|has been|is) (?:looking|searching|reading))\b|${ELSE}`;

// --- Crisis: gave my clothes to the charity shop, told mum I was decluttering ----------------------------------------------------
const GAVE_AWAY = String.raw`(?:gave|given|give|giving|donated|donating|dropped|took|taken|bagged up|cleared) (?:away |off |out |up )?(?:all |most )?(?:of )?(?:my |the )?(?:\w+ )?(?:clothes|stuff|things|belongings|games|books|trainers|shoes|records|vinyls?|console|xbox|ps5|playstation|pc|switch|guitar|collection|possessions|jewellery|room|wardrobe)\b`;
const COVER = String.raw`(?:decluttering|having a (?:clear out|clearout|sort out|declutter|big clear out)|clearing (?:out|space|up)|going minimal\w*|being minimal\w*|spring cleaning|making (?:space|room)|sorting (?:my room|my stuff|it) out)`;
const GAVE_AWAY_COVER = pattern`^(?=.*\b${GAVE_AWAY})(?=.*\b(?:(?:told|tell|telling|said to|saying to) (?:\w+ ){0,2}?(?:that )?(?:i was|i am|it was|it is|its|i was just|i am just|it was just) (?:just )?${COVER}|(?:she|he|they|mum|mam|mom|dad|nan|everyone|people) (?:thinks?|reckons?|believes?) (?:that )?(?:i am|it is|i was|its) (?:just )?${COVER})\b)`;
const GAVE_AWAY_COVER_OUT = String.raw`\b(?:mov\w*|new (?:flat|place|house|room|wardrobe|clothes|furniture)|uni|halls|student|baby|nursery|weight|too small|too big|do not fit|did not fit|grew out|outgrown|sell|selling|sold|vinted|depop|ebay|marketplace|car boot|money|cash|quid|redecorat\w*|paint\w*|clothes swap|swap shop|made (?:\d+|a)|(?:he|she|they|my \w+) (?:gave|gives|is giving|donated))\b|${ELSE}`;

// --- Crisis: grandad slaps me about if I don't do what he says -------------------------------------------------------------------
const STRIKE = String.raw`(?:slaps?|slapped|smacks?|smacked|hits?|punch(?:es|ed)?|kicks?|kicked|beats?|batters?|battered|thumps?|thumped|belts?|belted|wallops?|walloped|chokes?|choked|strangles?|strangled|throttles?|throttled|headbutts?|headbutted|knocks?|knocked|clouts?|clouted|leathers?|leathered)`;
const KIN_HITS = pattern`\b(?:my )?${KIN} (?:\w+ ){0,2}?${STRIKE} me\b(?! (?:at (?!home\b|night\b|the weekends?\b)|to it|hands down|every time at|up|back|out|off|over|with (?:the|a|his|her|that|this|some|loads|questions)|in (?:the )?(?:game|match)|out (?:cold )?(?:with|at) (?:the|his|her) (?:news|story|joke)|for six)\b)`;
const KIN_HITS_OUT = String.raw`\b(?:fifa|darts|pool|chess|snooker|cards|poker|monopoly|scrabble|tennis|badminton|ping pong|table tennis|golf|bowling|races?|racing|cod|warzone|mario kart|smash bros|uno|arm wrestl\w*|play ?fight\w*|messing|mucking|wrestl\w*|boxing|sparr\w*|pillows?|snowballs?|tag|football|rugby|training|gym|tickl\w*|nerf|water (?:guns?|balloons?)|balls?|dodgeball|frisbee|hit me up|hits me up|hit me back|hits me back|hit me with|knocks? me (?:out|up) (?:a|some)|(?:he|she|they|my \w+) (?:hits|slaps|punches|kicks) (?:her|him|them|my)|${LAUGH})\b|${STORIES}`;

// --- Crisis: had me by the throat against the fridge -------------------------------------------------------------------------------
const PINNED = pattern`\b(?:${KIN}|he|she|they|someone|some guy|a guy|a bloke|a lad)\b(?: \w+){0,10}? (?:had|got|grabbed|grabs|held|holds|holding|pinned|pins|pinning|pushed|pushes|slammed|slams|shoved|shoves|threw|throws|dragged|drags|choked|chokes|strangled|strangles|has|slamming|shoving) me (?:up )?(?:by (?:the|my) (?:throat|neck|hair|collar)|(?:up )?(?:against|into) (?:the |a )?(?:wall|fridge|door|floor|table|counter|worktop|wardrobe|radiator|cupboard|bed|car|stairs|sofa|window|ground|banister|freezer|cooker|sink|kitchen wall|bathroom door))\b`;
const PINNED_OUT = String.raw`\b(?:wrestl\w*|rugby|judo|bjj|jiu|mma|sparr\w*|boxing|tackl\w*|play ?fight\w*|physio|massage|dentist|doctor|nurse|cpr|danc\w*|salsa|hug|hugged|hugging|cuddl\w*|kiss\w*|photos?|pic|selfie|measur\w*|height chart|pillows?|nerf|tag|${LAUGH})\b|${STORIES}`;

// --- Crisis: mum makes me hand over all my wages and gives me a tenner back ------------------------------------------------------
const MONEY = String.raw`(?:wages|pay|money|uc|universal credit|benefits|student loan|loan|bursary|ema|pip|pay packet|salary|earnings|card|bank card|payslip|wage)`;
const HAND_OVER = String.raw`(?:makes|made|forces|forced|has|gets|got|expects|expected) me (?:to )?(?:hand|give|pay|transfer|send|sign) (?:over |across |her |him |them )?(?:all |every penny of |most of |all of |the whole of )?my ${MONEY}\b|\b(?:takes|took|keeps|kept|has|controls|gets) (?:all|every penny|most) (?:of )?my ${MONEY}\b(?! into account)`;
const SMALL_BACK = String.raw`(?:gives|give|gave|lets|let|allows|leaves|left) me (?:have |keep |with )?(?:a |just |only |like )?(?:tenner|fiver|\d+|twenty|ten|five|fifteen|nothing|pocket money|an allowance|allowance|a bit|a little|bits|scraps|enough for)|(?:i (?:get|only get|am left with|keep|only keep|have)|back) (?:a |just |only |like )?(?:tenner|fiver|\d+ (?:quid|pound|pounds|a week)|twenty quid|ten quid|nothing)|(?:a|per) week back`;
const WAGES_TAKEN = pattern`^(?=.*\b(?:${HAND_OVER}))(?=.*\b(?:${SMALL_BACK})\b)`;
const WAGES_TAKEN_OUT = String.raw`\b(?:into account|universal credit (?:takes|took|counts)|uc (?:takes|took|counts)|the dwp|dwp|tax code|tax credits|hmrc|student finance|the system|sav\w*|put(?:s|ting)? it (?:away|aside|by)|budget\w*|i asked|my idea|my choice|agreed|we agreed|gambl\w*|betting|addiction|so i do not (?:spend|gamble|waste|blow)|board|rent|bills|(?:he|she|they|my \w+) (?:makes|made) (?:him|her|them)|${LAUGH})\b|${ELSE}`;

// --- Crisis: heating and lights off, we've got nothing ---------------------------------------------------------------------------
const UTILITY = String.raw`(?:heating|lights|electrics|electric|electricity|power|gas|leccy|meter|hot water)`;
const UTILITY_OFF = String.raw`${UTILITY}(?: and (?:the )?${UTILITY})? (?:are |is |have |has |both |all )?(?:been |gone |now |still )?(?:off|cut off|out|gone|run out|ran out|dead)\b`;
const NO_MEANS = String.raw`(?:(?:we|i) (?:have|have got|got|have literally got|have literally) (?:nothing|no food|no money|no credit|nowt|zero|fuck all|nothing left)|weve (?:got )?(?:nothing|no food|no money|no credit|nowt)|ive (?:got )?(?:nothing|no food|no money|no credit|nowt)|nothing (?:to eat|left|in the (?:cupboards?|fridge)|for the (?:meter|baby|kids))|no (?:food|money|credit|emergency credit) (?:left|at all|for|till|until|in)|(?:can not|cannot) afford (?:to eat|food|anything))`;
const POWER_NOTHING = pattern`^(?=.*\b${UTILITY_OFF})(?=.*\b${NO_MEANS}\b)`;
const POWER_NOTHING_OUT = String.raw`\b(?:(?:i|we|you|mum|mam|dad|he|she|they) (?:turn|turned|switch|switched|turning|switching|put|keep|kept|leave|left) (?:the |all the )?(?:heating|lights|electric|gas|power)|turn(?:ed)? (?:the )?(?:heating|lights) off|power cut|outage|storm|whole (?:street|road|estate|area|block)|engineer|back on|came back|fixed|got nothing (?:on|planned|booked|to do|to lose|to wear)|nothing (?:on|planned|to lose|to wear)|lights out (?:at|by)|bed ?time|sleep\w*|${LAUGH})\b|${ELSE}`;

// --- Concern: my discord is silent, used to be busy ------------------------------------------------------------------------------
const QUIET_CHANNEL = String.raw`(?:discords?|group chats?|groupchat|gc|gcs|servers?|chats?|phone|dms|inbox|snaps?|snapchats?|whatsapps?|notifications|messages|texts|insta|socials?|teamspeak|party chat)`;
const SILENT_CHATS = pattern`^(?=.*(?<!\b(?:his|her|their|hes|shes) )\b(?:my |the |our )?${QUIET_CHANNEL}(?: \w+){0,2}? (?:is|are|has been|have been|went|gone|has gone|have gone|stays|stay|been|is just|is always|is so|is completely|is totally) (?:so |completely |totally |dead |proper |just |always )?(?:silent|dead|quiet|dry|empty|a ghost town|crickets)\b)(?=.*\b(?:used to be|used to|anymore|any more|no one|nobody|noone|these days|since (?:school|college|sixth form|i left|leaving|we left)|for (?:days|weeks|months|ages)|lately)\b)`;
const SILENT_CHATS_OUT = String.raw`\b(?:on silent|mute\w*|do not disturb|dnd|outage|down for|is down|was down|went down|broken|bug|glitch|update|wifi|signal|battery|charger|charg\w*|died|maintenance|exams?|revision|holiday|summer|christmas|(?:everyone|they|all) (?:is|are) (?:away|on holiday|at work|busy|revising)|${LAUGH})\b|${ELSE}`;

// --- Concern: everyone forgot about me after school --------------------------------------------------------------------------------
const FORGOT_ME = pattern`\b(?:everyone|everybody|all my (?:friends|mates|pals)|my (?:friends|mates|pals)|they all|people|the lads|the girls|my old (?:friends|mates|crew|group|squad))\b (?:just |all |kind of |basically |completely |have all |has all |pretty much )?(?:forgot|forgets|forgotten|has forgotten|have forgotten|dropped|ditched|moved on from|moved on without|forgot all) (?:about )?me\b(?! (?:a|an|the|some|at|in|on|off|out|behind at|to|for|until|till|with|outside|when i|by)\b)`;
const FORGOT_ME_OUT = String.raw`\b(?:chippy|order|food|round|drinks|rota|register|lift|carpool|photos?|pics?|on read|queue|quiz|team|sweepstake|${LAUGH})\b|${ELSE}`;

// --- Concern: woke up sad, went to bed sad, standard ---------------------------------------------------------------------------------
const FEEL = String.raw`(?:sad|empty|numb|miserable|depressed|low|crying|in tears|hopeless|lonely|alone|hating myself|heavy|flat|down|dead inside|like shit|like crap)`;
const SAD_BOOKENDS = pattern`\bwoke up (?:feeling )?(?:so |really |proper )?${FEEL}\b.*\b(?:went to bed|going to bed|go to bed|fell asleep|falling asleep|go to sleep|went to sleep|going to sleep|slept) (?:feeling )?(?:so |really |proper |still )?${FEEL}\b|\b(?:sad|empty|numb|low|miserable|depressed) (?:is|as) (?:my |the )?(?:standard|default|normal|baseline|factory setting|default setting|resting state)\b`;
const SAD_BOOKENDS_OUT = String.raw`\b(?:team|match|lost (?:the|to)|result|final|cup|league|season|finale|ending|news|hangover|hungover|cold|flu|ill|poorly|migraine|headache|${LAUGH})\b|${ELSE}`;

// --- Concern: whoever designed this form needs launching off a cliff -----------------------------------------------------------------
const HARMED_SUBJECT = String.raw`(?:whoever|who ever|the (?:person|people|guy|bloke|man|woman|lad|idiot|genius|clown|muppet|numpty|developer|developers|dev|devs|designer|designers) (?:who|that)|(?:he|she|they|my (?:boss|manager|supervisor|work coach|landlord|teacher|tutor|lecturer|ex|flatmate|neighbour|brother|sister|mate|friend)|that (?:guy|bloke|woman|lad|girl|receptionist|manager|teacher|tutor|security guard|bus driver))\b)`;
const HARM_JOKE = String.raw`(?:launch(?:ing|ed)?|yeet(?:ing|ed)?|drop ?kick(?:ing|ed)?|slap(?:ping|ped)|punch(?:ing|ed)|shoot(?:ing)?|strangl(?:ing|ed)|throttl(?:ing|ed)|batter(?:ing|ed)|deck(?:ing|ed)|smack(?:ing|ed)|lamp(?:ing|ed)|spark(?:ing|ed) out|knocking out|a slap|a punch|a smack|a kicking|a beating|a battering|a clip round the ear|a good slap|a good hiding|fir(?:ing|ed) into the sun|throw(?:ing|n)? (?:off|into|in) (?:a|the) (?:cliff|sea|sun|volcano|bin|river|canal|lake)|chuck(?:ing|ed)? (?:off|into|in) (?:a|the) (?:cliff|sea|sun|volcano|river|canal|lake)|kick(?:ing|ed)? (?:in the|into next week|into the sun)|push(?:ing|ed)? (?:off|down) (?:a|the) (?:cliff|stairs))`;
const JOKED_HARM = pattern`\b${HARMED_SUBJECT}(?: \w+){0,8}? (?:needs|deserves|wants|should be|should get|needs to be|needs to get|deserve|need|ought to be) (?:\w+ )?${HARM_JOKE}\b(?! out\b)`;
const JOKED_HARM_OUT = String.raw`\b(?:(?:kick|kicked|kicking|chuck|chucked|chucking|throw|thrown|throwing|boot|booted|booting) (?:him|her|them)? ?out|shot (?:at|of)|a shot|jab|vaccin\w*|injection|photo ?shoot|shoot(?:ing)? (?:a|the|some) (?:video|film|photos?|hoops|pool)|shooting (?:star|range)|launch(?:ing|ed)? (?:a|the|his|her|their|its) (?:app|product|business|game|site|website|channel|brand|campaign|career|album|single)|the launch|rocket|satellite|firework|drone|kite)\b`;

export const HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS = [
  [unless(String.raw`\b${STRIKER}\b`, STRUCK_WISH_OUT), [group('crisis', 'wishes to be dead', [STRUCK_WISH])]],
  [unless(String.raw`\btak(?:e|ing) up\b`, NOT_TAKING_SPACE_OUT), [group('crisis', 'wishes to be dead', [NOT_TAKING_SPACE])]],
  [unless(String.raw`\bwant (?:me|myself) to\b`, WANT_ME_STOP_OUT), [group('crisis', 'wishes to be dead', [WANT_ME_STOP])]],
  [unless(String.raw`\b${SUICIDE_WORD}\b`, SLANG_ARC_OUT), [group('crisis', 'thoughts of suicide', [SLANG_ARC])]],
  [unless(String.raw`\b(?:razors?|blades?|sharpeners?|self harm)\b`, BACK_ON_BLADES_OUT), [group('crisis', 'self-harm', [BACK_ON_BLADES])]],
  [unless(String.raw`\bcuts\b`, FRESH_CUTS_OUT), [group('crisis', 'self-harm', [FRESH_CUTS])]],
  [unless(String.raw`\b(?:hanging|noose|ligature|overdose|overdosing)\b`, HANGING_METHODS_OUT), [group('crisis', 'thinking about a way to end their life', [HANGING_METHODS])]],
  [unless(String.raw`\b${COVER}\b`, GAVE_AWAY_COVER_OUT), [group('crisis', 'preparing to end their life, or a past attempt', [GAVE_AWAY_COVER])]],
  [unless(String.raw`\b${STRIKE} me\b`, KIN_HITS_OUT), [group('crisis', 'abuse or violence', [KIN_HITS])]],
  [unless(String.raw`\bme (?:up )?(?:by (?:the|my)|against|into)\b`, PINNED_OUT), [group('crisis', 'abuse or violence', [PINNED])]],
  [unless(String.raw`\bmy ${MONEY}\b`, WAGES_TAKEN_OUT), [group('crisis', 'coercive control', [WAGES_TAKEN])]],
  [unless(String.raw`\b${UTILITY}\b`, POWER_NOTHING_OUT), [group('crisis', 'no safe place, food or power tonight', [POWER_NOTHING])]],
  [unless(String.raw`\b(?:silent|dead|quiet|dry|empty|a ghost town|crickets)\b`, SILENT_CHATS_OUT), [group('concern', 'feels alone', [SILENT_CHATS])]],
  [unless(String.raw`\b(?:forgot|forgets|forgotten|dropped|ditched|moved on)\b`, FORGOT_ME_OUT), [group('concern', 'feels alone', [FORGOT_ME])]],
  [unless(String.raw`\b(?:woke up|standard|default|normal|baseline|factory setting|resting state)\b`, SAD_BOOKENDS_OUT), [group('concern', 'low mood', [SAD_BOOKENDS])]],
  [unless(String.raw`\b(?:needs|deserves|wants|should be|should get|deserve|need|ought to be)\b`, JOKED_HARM_OUT), [group('concern', 'joked about hurting someone', [JOKED_HARM])]],
] as const;
