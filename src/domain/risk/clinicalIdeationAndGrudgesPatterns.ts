// Read from the two-hundred-and-sixty-third split (burnt-out nurses, teachers, social and care
// workers; parents worried about money), measured once fresh and then read. Kinds the models had left
// short, said in general forms, not as the lines were written: their own state put in a clinician's
// words ("passive ideation", "active ideation"); thinking about hurting the person who wronged them;
// not caring if they went to sleep and that was it.
// Normalised words ("i am", "do not", "would not"); the gates shut on stories, others' words, and
// on the same words used of training or of the people they cared for.
import { pattern } from '../riskPatterns.ts';
import { group, SOMEONE_ELSE_OR_A_STORY, unless } from './wholeMessageSets.ts';

// "i would describe my current state as passive to active ideation"; "im having active suicidal ideation again".
const IDEATION_OF_MY_OWN = [
  pattern`\b(?:my (?:current |own )?(?:state|thoughts?|mood|head|mind)|i am|i have been|i m|i would describe|i would call (?:it|this)|i am experiencing|i have|having)\b(?: \w+){0,6} (?:passive|active)(?: (?:to|or|and|into|becoming) (?:passive|active))? (?:suicidal )?ideation\b`,
  pattern`\b(?:i am|i have been|i m|im) (?:having|experiencing|back to|getting) (?:some |more |real |daily |constant )?(?:passive |active )?suicidal (?:ideation|thoughts)\b`,
];
const IDEATION_EVERYDAY = String.raw`\b(?:training|course|trained|module|research|assessing|assessment|assess|qualification|degree|lecture|exam|essay|dissertation|safeguarding course|cpd|policy|procedure)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "i sit outside my old ward and think about hurting the sister who bullied me out".
const HURTING_WHO_WRONGED_ME = [
  pattern`\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) about (?:hurting|harming|attacking|battering|killing|stabbing|running over) (?:the|my|that|this|him|her|them|those)\b(?: \w+){0,4} (?:who|that|for what|after what)\b`,
];
const HURTING_EVERYDAY = String.raw`\b(?:never|would not|wouldnt|not going to|no intention|could not|couldnt|feelings|in the game|game|gaming)\b|${SOMEONE_ELSE_OR_A_STORY}`;

// "wouldnt care if i went to sleep and that was it lol".
const ASLEEP_AND_THAT_WAS_IT = [
  pattern`\b(?:would not|wouldnt|do not|dont|would not really|would not even) (?:care|mind|be bothered|be fussed)\b(?: \w+){0,2} if i (?:just )?(?:went to sleep|fell asleep|go to sleep|nodded off|closed my eyes) and (?:that was it|that was that|never woke up|did not wake up|didnt wake up|did not wake|stayed asleep)\b`,
];
const ASLEEP_EVERYDAY = String.raw`\b(?:alarm|lie in|lie-in|nap|weekend|day off|holiday)\b|${SOMEONE_ELSE_OR_A_STORY}`;

export const SIXTY_THIRD_WHOLE_SETS = [
  [unless(String.raw`\bideation\b|\bsuicidal (?:ideation|thoughts)\b`, IDEATION_EVERYDAY), [group('crisis', 'thoughts of suicide', IDEATION_OF_MY_OWN)]],
  [unless(String.raw`\babout (?:hurting|harming|attacking|battering|killing|stabbing|running over)\b`, HURTING_EVERYDAY), [group('crisis', 'harm to someone else', HURTING_WHO_WRONGED_ME)]],
  [unless(String.raw`\bthat was (?:it|that)\b|\bwake\b|\bwoke up\b|\bstayed asleep\b`, ASLEEP_EVERYDAY), [group('crisis', 'wishes to be dead', ASLEEP_AND_THAT_WAS_IT)]],
] as const;
