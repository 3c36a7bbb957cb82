// The explicit rules: high-precision phrases, read clause by clause on normalised text with
// everyday idioms blanked out. A phrase with "not" or "never" just before it ("i am not
// suicidal") is heard as a denial: a crisis phrase denied is still concern, a concern phrase
// denied counts for nothing. A threat to someone else with "lol" or a laughing emoji is a joke,
// unless the client says they mean it ("not joking", "i mean it") or takes the laugh back ("lol. nah
// actually", "jokes aside"). Jokes never lower a risk to the client themselves.
import { CONCERN_GROUPS, CRISIS_GROUPS, IDIOMS, JOKE_MARKERS, type RiskPatternGroup } from '../riskPatterns.ts';
import { INDIRECT_CONCERN_GROUPS } from './indirectConcernPatterns.ts';
import { INDIRECT_CRISIS_GROUPS } from './indirectCrisisPatterns.ts';
import { GENERAL_CONCERN_GROUPS, GENERAL_CRISIS_GROUPS } from './generalCrisisPatterns.ts';
import { INDIRECT_SPEECH_CONCERN_GROUPS, INDIRECT_SPEECH_CRISIS_GROUPS, SPOKEN_WHOLE_GATE, SPOKEN_WHOLE_MESSAGE_GROUPS } from './indirectSpeechPatterns.ts';
import { COVER_CONCERN_GROUPS, COVER_CRISIS_GROUPS, COVER_IDIOMS, COVER_TOPIC_GATE, COVER_TOPIC_PHRASES, COVER_TOPIC_UNLESS, COVER_WHOLE_GATE, COVER_WHOLE_MESSAGE_GROUPS } from './everydayCoverPatterns.ts';
import { normaliseForMatching } from './normalise.ts';
import { groupsScreen, wholeSetsReader } from './screenedRules.ts';
import { laughTakenBack } from './laughTakenBack.ts';
import { ACQUIRING_CONCERN_GROUPS, ACQUIRING_CRISIS_GROUPS, ACQUIRING_WHOLE_GATE, ACQUIRING_WHOLE_MESSAGE_GROUPS } from './acquiringAndQuietPreparationPatterns.ts';
import { VEILED_CONCERN_GROUPS, VEILED_CRISIS_GROUPS, VEILED_IDIOMS, VEILED_TOPIC_GATE, VEILED_TOPIC_PHRASES, VEILED_TOPIC_UNLESS, VEILED_WHOLE_GATE, VEILED_WHOLE_MESSAGE_GROUPS } from './veiledAndDeadlinePatterns.ts';
import { ENVY_CRISIS_GROUPS, OTHERS_PAST_TOPIC_GATE, OTHERS_PAST_TOPIC_PHRASES, OTHERS_PAST_TOPIC_UNLESS } from './envyOfTheDeadAndOthersPastPatterns.ts';
import { HIGH_PLACES_CONCERN_GROUPS, HIGH_PLACES_CRISIS_GROUPS, HIGH_PLACES_IDIOMS, HIGH_PLACES_TOPIC_GATE, HIGH_PLACES_TOPIC_PHRASES, HIGH_PLACES_TOPIC_UNLESS, HIGH_PLACES_WHOLE_GATE, HIGH_PLACES_WHOLE_MESSAGE_GROUPS } from './highPlacesKeepsakesAndDenialsPatterns.ts';
import { EXITS_CONCERN_GROUPS, EXITS_CRISIS_GROUPS, EXITS_TOPIC_SETS, EXITS_WHOLE_SETS, LAUGHING } from './exitsCoverStoriesAndOthersTroublesPatterns.ts';
import { SABOTAGE_CONCERN_GROUPS, SABOTAGE_CRISIS_GROUPS, SABOTAGE_IDIOMS, SABOTAGE_TOPIC_SETS, SABOTAGE_WHOLE_SETS } from './ligaturesSabotageAndOthersNewsPatterns.ts';
import { COACH_TOPIC_SETS } from './coachQuestionsPatterns.ts';
import { COACH_ANSWER_TOPIC_SETS } from './everydayAnswersToTheCoachPatterns.ts';
import { NO_FUTURE_READING_TOPIC_SETS } from './noFutureCoursesAndSuicideMissionsPatterns.ts';
import { HUNDRED_AND_SEVENTY_EIGHTH_READING_TOPIC_SETS } from './dialectGlassingsSquaredDebtsAndRoleDutiesPatterns.ts';
import { COPYING_WHAT_WAS_SEEN, HUNDRED_AND_EIGHTIETH_READING_TOPIC_SETS } from './gradIronyCopingByHarmAndModuleTopicsPatterns.ts';
import { REVENGE_CONCERN_GROUPS, REVENGE_CRISIS_GROUPS, REVENGE_IDIOMS, REVENGE_WHOLE_SETS } from './revengeHouseRulesAndWeightPatterns.ts';
import { AILMENTS_TOPIC_SETS } from './ailmentsStagesAndNeighboursPatterns.ts';
import { REST_CONCERN_GROUPS, REST_CRISIS_GROUPS, REST_WHOLE_SETS } from './otherThingPermanentRestAndChildrenPatterns.ts';
import { GOODBYES_TOPIC_SETS } from './workGoodbyesAndLibraryTabletsPatterns.ts';
import { PLAIN_CONCERN_GROUPS, PLAIN_CRISIS_GROUPS, PLAIN_IDIOMS, TOPIC_GATE, TOPIC_PHRASES, WHOLE_MESSAGE_CRISIS_GROUPS, WHOLE_MESSAGE_GATE } from './plainSpeechPatterns.ts';
import { THIRTIETH_CONCERN_GROUPS, THIRTIETH_CONCERN_WHOLE_SETS, THIRTIETH_CRISIS_GROUPS, THIRTIETH_WHOLE_SETS } from './gameExitsOtherTonguesAndNeckMarksPatterns.ts';
import { THIRTIETH_TOPIC_SETS } from './othersAttemptsGameChatAndStoriesPatterns.ts';
import { THIRTY_FIRST_CRISIS_GROUPS, THIRTY_FIRST_TOPIC_SETS, THIRTY_FIRST_WHOLE_SETS } from './othersHarmWorkTopicsAndVoicesPatterns.ts';
import { QUIET_CONCERN_GROUPS, QUIET_CRISIS_GROUPS, QUIET_IDIOMS, QUIET_TOPIC_GATE, QUIET_TOPIC_PHRASES, QUIET_WHOLE_GATE, QUIET_WHOLE_MESSAGE_GROUPS } from './quietSignalsPatterns.ts';
import { THIRTY_FOURTH_CONCERN_GROUPS, THIRTY_FOURTH_CRISIS_GROUPS, THIRTY_FOURTH_TOPIC_SETS, THIRTY_FOURTH_WHOLE_SETS } from './otherTonguesMoneyStrainAndShopTalkPatterns.ts';
import { FUTURE_ABSENCE_WHOLE_SETS } from './futureAbsencePatterns.ts';
import { CROSSINGS_CONCERN_GROUPS, CROSSINGS_CRISIS_GROUPS, CROSSINGS_TOPIC_SETS, CROSSINGS_WHOLE_SETS } from './crossingsHonourAndUnderstatementPatterns.ts';
import { THIRTY_FIFTH_CONCERN_WHOLE_SETS, THIRTY_FIFTH_WHOLE_SETS } from './echoedWishesCovertGoodbyesAndMoneyStrainPatterns.ts';
import { THIRTY_SIXTH_WHOLE_SETS } from './hiddenCutsWearyOfLivingAndQuietStrainPatterns.ts';
import { THIRTY_SEVENTH_WHOLE_SETS } from './hitByBusStockpileCuttingHelpsAndSetbackLowPatterns.ts';
import { THIRTY_EIGHTH_WHOLE_SETS } from './methodPlansHomeBlowsAndRelapsePatterns.ts';
import { THIRTY_NINTH_WHOLE_SETS } from './dropDeadRopeGivingAwayAndTrashCryingPatterns.ts';
import { FORTIETH_WHOLE_SETS } from './deathEuphemismsRoutineThreatsAndQuietStrainPatterns.ts';
import { FORTY_FIRST_WHOLE_SETS } from './veteransQuarriesAndAffairsPatterns.ts';
import { FORTY_SECOND_WHOLE_SETS } from './literalPlansBodyHarmAndPowerPatterns.ts';
import { FORTY_FOURTH_WHOLE_SETS } from './translatedIdiomsDocumentsAndBondagePatterns.ts';
import { FORTY_THIRD_WHOLE_SETS } from './youthSlangGroomingAndSofaSurfingPatterns.ts';
import { FORTY_SIXTH_WHOLE_SETS } from './parentsCustodyAndExhaustionPatterns.ts';
import { FORTY_FIFTH_WHOLE_SETS } from './careWorkKnowledgeAndShiftTalkPatterns.ts';
import { FORTY_EIGHTH_WHOLE_SETS } from './memeSpeakTerseEndingsAndDraftsPatterns.ts';
import { FORTY_SEVENTH_WHOLE_SETS } from './dialectsPatoisAndHidingsPatterns.ts';
import { FIFTIETH_WHOLE_SETS } from './faithGriefAndAfterlifeWordsPatterns.ts';
import { FORTY_NINTH_WHOLE_SETS } from './illnessTreatmentAndEndOfLifeWordsPatterns.ts';
import { FIFTY_SECOND_WHOLE_SETS } from './datingTrackingAndSextortionPatterns.ts';
import { FIFTY_FIRST_WHOLE_SETS } from './corporateEuphemismAndStatusLossPatterns.ts';
import { FIFTY_FIFTH_WHOLE_SETS } from './plainGoodbyesPetsAndHomeHarmsPatterns.ts';
import { FIFTY_FOURTH_WHOLE_SETS } from './shiftGigCareAndNewToEnglishPatterns.ts';
import { FIFTY_THIRD_WHOLE_SETS } from './newParentsRegretsAndHiddenStrainPatterns.ts';
import { FIFTY_SEVENTH_WHOLE_SETS } from './coachStepAnswersPatterns.ts';
import { FIFTY_SIXTH_WHOLE_SETS } from './ladderRungsPlainAndBuriedPatterns.ts';
import { FIFTY_EIGHTH_WHOLE_SETS } from './mobilityAidsCarersAndFlatStatementsPatterns.ts';
import { FIFTY_NINTH_WHOLE_SETS } from './lendersVoicesCurfewsAndHiddenBetsPatterns.ts';
import { SIXTIETH_WHOLE_SETS } from './offhandAsidesHiddenMarksAndEmptyCupboardsPatterns.ts';
import { SIXTY_FIRST_WHOLE_SETS } from './heldByFamilyOrAgentAndSofaNightsPatterns.ts';
import { SIXTY_FIFTH_WHOLE_SETS } from './goodInningsFormalLettersAndQuietHousesPatterns.ts';
import { SIXTY_SECOND_WHOLE_SETS } from './goneAfterADayLastOfTheFoodAndStreetLoansPatterns.ts';
import { SIXTY_FOURTH_WHOLE_SETS } from './workHarassmentPartnersAtWorkAndWageStrainPatterns.ts';
import { SIXTY_THIRD_WHOLE_SETS } from './siteBanterCabNightsAndLaughedOffWishesPatterns.ts';
import { SIXTY_NINTH_WHOLE_SETS } from './darkPlacesFreshScarsAndMilkMoneyPatterns.ts';
import { THIRTY_THIRD_CONCERN_GROUPS, THIRTY_THIRD_CONCERN_WHOLE_SETS, THIRTY_THIRD_CRISIS_GROUPS, THIRTY_THIRD_IDIOMS, THIRTY_THIRD_TOPIC_SETS, THIRTY_THIRD_WHOLE_SETS } from './edgeVisitsLyingDenialsAndGoingWithoutPatterns.ts';
import { SIXTY_SIXTH_WHOLE_SETS } from './datesSetPetNotesAndMorningVodkaPatterns.ts';
import { SIXTY_EIGHTH_WHOLE_SETS } from './crackedPhoneLedgesHellToPayAndBayLeafsPatterns.ts';
import { SIXTY_SEVENTH_WHOLE_SETS } from './bodyRoutinesKnotsAndMeterCreditPatterns.ts';
import { SEVENTY_THIRD_WHOLE_SETS } from './askedAsQuestionsSentencesAndSofasPatterns.ts';
import { SEVENTY_SECOND_WHOLE_SETS } from './logisticsBusesBoxesAndEnvelopesPatterns.ts';
import { SEVENTIETH_WHOLE_SETS } from './quietGoingsSofaNightsAndShotNervesPatterns.ts';
import { SEVENTY_FIRST_WHOLE_SETS } from './stepAnswersBusStopsAndKettleSteamPatterns.ts';
import { SEVENTY_FOURTH_WHOLE_SETS } from './reviewRepliesStairwellsAndReasonsToStayPatterns.ts';
import { SEVENTY_FIFTH_WHOLE_SETS } from './politeQuestionsOvensBridgesAndPensionCardsPatterns.ts';
import { SEVENTY_SIXTH_WHOLE_SETS } from './youngSlangSofasAndGroupChatsPatterns.ts';
import { SEVENTY_SEVENTH_WHOLE_SETS } from './secondLanguageCleanMonthsAndSanctionsPatterns.ts';
import { EIGHTIETH_WHOLE_SETS } from './coverStoriesTempersAndTiedCottagesPatterns.ts';
import { SEVENTY_EIGHTH_WHOLE_SETS } from './plainMixFreshScarsAndDoorShutPatterns.ts';
import { SEVENTY_NINTH_WHOLE_SETS } from './farmsSeaAndStoppingPlacesPatterns.ts';
import { EIGHTY_FIRST_WHOLE_SETS } from './pastAttemptsAnniversariesAndSpringTriggersPatterns.ts';
import { EIGHTY_FIFTH_WHOLE_SETS } from './debtCodedControlAndPlainThreatsPatterns.ts';
import { EIGHTY_FOURTH_WHOLE_SETS } from './taskAnswersFragmentsAndFormFieldsPatterns.ts';
import { EIGHTY_THIRD_WHOLE_SETS } from './longCareersAffairsAndLateLossesPatterns.ts';
import { EIGHTY_SECOND_WHOLE_SETS } from './carersNightShiftsAndWardVisitsPatterns.ts';
import { EIGHTY_SEVENTH_WHOLE_SETS } from './ownRiskBesideOthersStoriesPatterns.ts';
import { EIGHTY_NINTH_WHOLE_SETS } from './longWeeklyUpdatesQuietClausesPatterns.ts';
import { EIGHTY_EIGHTH_WHOLE_SETS } from './gallowsHumourAndLaughedOffPlansPatterns.ts';
import { EIGHTY_SIXTH_WHOLE_SETS } from './plainMixPastAttemptsAndTonightQuestionsPatterns.ts';
import { NINETIETH_WHOLE_SETS } from './plainMixBareIntentAndSeriousThreatsPatterns.ts';
import { NINETY_FIRST_WHOLE_SETS } from './soundSpellingAndSecondLanguagePatterns.ts';
import { NINETY_SECOND_WHOLE_SETS } from './metaphorImageryAndCoachStepAnswersPatterns.ts';
import { NINETY_THIRD_WHOLE_SETS } from './alarmingJobsAndHobbiesPatterns.ts';
import { NINETY_FOURTH_WHOLE_SETS } from './plainMixCurtainCallsKeptBurnsAndWrungNecksPatterns.ts';
import { NINETY_FIFTH_WHOLE_SETS } from './coachStepRepliesAndReviewsPatterns.ts';
import { NINETY_SIXTH_WHOLE_SETS } from './sidewaysSafeguardingPatterns.ts';
import { NINETY_SEVENTH_WHOLE_SETS } from './terseCrisisDatesPlacesAndGiveawaysPatterns.ts';
import { NINETY_EIGHTH_WHOLE_SETS } from './plainMixTrainTimesTimedOutingsAndCatalogueDebtPatterns.ts';
import { NINETY_NINTH_WHOLE_SETS } from './olderFormalUnderstatementsPatterns.ts';
import { WHOLE_SETS_FROM_THE_HUNDREDTH_SPLIT_ON } from './wholeSetsFromTheHundredthSplitOn.ts';

export const HARM_TO_OTHERS = 'harm to someone else';
export const JOKED_HARM = 'joked about hurting someone';

export type RuleFindings = {
  crisis: Set<string>;
  concern: Set<string>;
  /** A crisis phrase was found, and every time it was denied. */
  deniedCrisis: boolean;
  /** A concern phrase was found and denied ("i am not feeling hopeless"), and nothing else. */
  deniedConcern: boolean;
  /** Laughter or "jk" with no "not joking" or "i mean it". */
  joking: boolean;
  /** An everyday idiom was found ("this deadline is killing me"). */
  idiom: boolean;
  /** The whole message, normalised, idioms blanked: what the classifier reads. */
  text: string;
};

type CompiledGroup = {
  group: RiskPatternGroup;
  /** Any of the group's patterns: most messages match none, and one search rules them all out. */
  any: RegExp;
  patterns: { once: RegExp; everywhere: RegExp }[];
};

function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((matcher) => `(?:${matcher.source})`).join('|'));
}

function compile(group: RiskPatternGroup): CompiledGroup {
  return {
    group,
    any: anyOf(group.patterns),
    patterns: group.patterns.map((matcher) => ({ once: new RegExp(matcher.source), everywhere: new RegExp(matcher.source, 'g') })),
  };
}
export const CRISIS_RULES = [...CRISIS_GROUPS, ...INDIRECT_CRISIS_GROUPS, ...GENERAL_CRISIS_GROUPS, ...PLAIN_CRISIS_GROUPS, ...INDIRECT_SPEECH_CRISIS_GROUPS, ...QUIET_CRISIS_GROUPS, ...COVER_CRISIS_GROUPS, ...VEILED_CRISIS_GROUPS, ...ACQUIRING_CRISIS_GROUPS, ...ENVY_CRISIS_GROUPS, ...HIGH_PLACES_CRISIS_GROUPS, ...EXITS_CRISIS_GROUPS, ...SABOTAGE_CRISIS_GROUPS, ...REVENGE_CRISIS_GROUPS, ...REST_CRISIS_GROUPS, ...CROSSINGS_CRISIS_GROUPS, ...THIRTIETH_CRISIS_GROUPS, ...THIRTY_FIRST_CRISIS_GROUPS, ...THIRTY_THIRD_CRISIS_GROUPS, ...THIRTY_FOURTH_CRISIS_GROUPS].map(compile);
export const CONCERN_RULES = [...CONCERN_GROUPS, ...INDIRECT_CONCERN_GROUPS, ...GENERAL_CONCERN_GROUPS, ...PLAIN_CONCERN_GROUPS, ...INDIRECT_SPEECH_CONCERN_GROUPS, ...QUIET_CONCERN_GROUPS, ...COVER_CONCERN_GROUPS, ...VEILED_CONCERN_GROUPS, ...ACQUIRING_CONCERN_GROUPS, ...HIGH_PLACES_CONCERN_GROUPS, ...EXITS_CONCERN_GROUPS, ...SABOTAGE_CONCERN_GROUPS, ...REVENGE_CONCERN_GROUPS, ...REST_CONCERN_GROUPS, ...CROSSINGS_CONCERN_GROUPS, ...THIRTIETH_CONCERN_GROUPS, ...THIRTY_THIRD_CONCERN_GROUPS, ...THIRTY_FOURTH_CONCERN_GROUPS].map(compile);
const ALL_IDIOMS = [...IDIOMS, ...PLAIN_IDIOMS, ...QUIET_IDIOMS, ...COVER_IDIOMS, ...VEILED_IDIOMS, ...HIGH_PLACES_IDIOMS, ...SABOTAGE_IDIOMS, ...REVENGE_IDIOMS, ...THIRTY_THIRD_IDIOMS];
const IDIOMS_EVERYWHERE = ALL_IDIOMS.map((idiom) => new RegExp(idiom.source, 'g'));
const ANY_IDIOM = anyOf(ALL_IDIOMS);
// A course or a topic of work ("a suicide prevention course") says nothing of the client: it is
// read as the word "course", with no idiom mark, so the rest of the message is read as it is. Each
// set of topics has a gate, and some have words in the whole message that say the topic is the
// client's own too; they are read in this order.
const TOPIC_SETS = [[TOPIC_GATE, TOPIC_PHRASES, null], [QUIET_TOPIC_GATE, QUIET_TOPIC_PHRASES, null], [COVER_TOPIC_GATE, COVER_TOPIC_PHRASES, COVER_TOPIC_UNLESS],
  [VEILED_TOPIC_GATE, VEILED_TOPIC_PHRASES, VEILED_TOPIC_UNLESS], [OTHERS_PAST_TOPIC_GATE, OTHERS_PAST_TOPIC_PHRASES, OTHERS_PAST_TOPIC_UNLESS],
  [HIGH_PLACES_TOPIC_GATE, HIGH_PLACES_TOPIC_PHRASES, HIGH_PLACES_TOPIC_UNLESS], ...EXITS_TOPIC_SETS, ...COACH_TOPIC_SETS, ...SABOTAGE_TOPIC_SETS, ...AILMENTS_TOPIC_SETS, ...GOODBYES_TOPIC_SETS, ...CROSSINGS_TOPIC_SETS, ...THIRTIETH_TOPIC_SETS, ...THIRTY_FIRST_TOPIC_SETS, ...THIRTY_THIRD_TOPIC_SETS, ...THIRTY_FOURTH_TOPIC_SETS] as const;
type CompiledTopics = { gate: RegExp; unless: RegExp | null; phrases: RegExp[] };
const compileTopics = (sets: readonly (readonly [RegExp, readonly RegExp[], RegExp | null])[]): CompiledTopics[] =>
  sets.map(([gate, phrases, unless]) => ({ gate, unless, phrases: phrases.map((topic) => new RegExp(topic.source, 'g')) }));
const TOPICS_EVERYWHERE = compileTopics(TOPIC_SETS);
// Everyday answers to the coach's questions are read as a topic when a message is read, not in the
// text the model trains on: training messages hold some of them ("i was a carer for my mum"), and
// a change to the training text moves the model's reading of every split.
const TOPICS_WHEN_READING = [...TOPICS_EVERYWHERE, ...compileTopics([...COACH_ANSWER_TOPIC_SETS, ...NO_FUTURE_READING_TOPIC_SETS, ...HUNDRED_AND_SEVENTY_EIGHTH_READING_TOPIC_SETS, ...HUNDRED_AND_EIGHTIETH_READING_TOPIC_SETS])];
// Forms said across clauses ("tried at christmas but my sister found me"), each set behind a gate.
export const WHOLE_MESSAGE_SETS = [[WHOLE_MESSAGE_GATE, WHOLE_MESSAGE_CRISIS_GROUPS], [SPOKEN_WHOLE_GATE, SPOKEN_WHOLE_MESSAGE_GROUPS], [QUIET_WHOLE_GATE, QUIET_WHOLE_MESSAGE_GROUPS],
  [COVER_WHOLE_GATE, COVER_WHOLE_MESSAGE_GROUPS], [VEILED_WHOLE_GATE, VEILED_WHOLE_MESSAGE_GROUPS], [ACQUIRING_WHOLE_GATE, ACQUIRING_WHOLE_MESSAGE_GROUPS],
  [HIGH_PLACES_WHOLE_GATE, HIGH_PLACES_WHOLE_MESSAGE_GROUPS], ...EXITS_WHOLE_SETS, ...SABOTAGE_WHOLE_SETS, ...REVENGE_WHOLE_SETS, ...REST_WHOLE_SETS, ...CROSSINGS_WHOLE_SETS, ...THIRTIETH_WHOLE_SETS, ...THIRTIETH_CONCERN_WHOLE_SETS, ...THIRTY_FIRST_WHOLE_SETS, ...THIRTY_THIRD_WHOLE_SETS, ...THIRTY_THIRD_CONCERN_WHOLE_SETS, ...THIRTY_FOURTH_WHOLE_SETS, ...FUTURE_ABSENCE_WHOLE_SETS, ...THIRTY_FIFTH_WHOLE_SETS, ...THIRTY_FIFTH_CONCERN_WHOLE_SETS, ...THIRTY_SIXTH_WHOLE_SETS, ...THIRTY_SEVENTH_WHOLE_SETS, ...THIRTY_EIGHTH_WHOLE_SETS, ...THIRTY_NINTH_WHOLE_SETS, ...FORTIETH_WHOLE_SETS, ...FORTY_FIRST_WHOLE_SETS, ...FORTY_SECOND_WHOLE_SETS, ...FORTY_FOURTH_WHOLE_SETS, ...FORTY_THIRD_WHOLE_SETS, ...FORTY_SIXTH_WHOLE_SETS, ...FORTY_FIFTH_WHOLE_SETS, ...FORTY_SEVENTH_WHOLE_SETS, ...FORTY_EIGHTH_WHOLE_SETS, ...FORTY_NINTH_WHOLE_SETS, ...FIFTIETH_WHOLE_SETS, ...FIFTY_FIRST_WHOLE_SETS, ...FIFTY_SECOND_WHOLE_SETS, ...FIFTY_THIRD_WHOLE_SETS, ...FIFTY_FOURTH_WHOLE_SETS, ...FIFTY_FIFTH_WHOLE_SETS, ...FIFTY_SIXTH_WHOLE_SETS, ...FIFTY_SEVENTH_WHOLE_SETS, ...FIFTY_EIGHTH_WHOLE_SETS, ...FIFTY_NINTH_WHOLE_SETS, ...SIXTIETH_WHOLE_SETS, ...SIXTY_FIRST_WHOLE_SETS, ...SIXTY_FIFTH_WHOLE_SETS, ...SIXTY_SECOND_WHOLE_SETS, ...SIXTY_FOURTH_WHOLE_SETS, ...SIXTY_THIRD_WHOLE_SETS, ...SIXTY_NINTH_WHOLE_SETS, ...SIXTY_SIXTH_WHOLE_SETS, ...SIXTY_EIGHTH_WHOLE_SETS, ...SIXTY_SEVENTH_WHOLE_SETS, ...SEVENTY_THIRD_WHOLE_SETS, ...SEVENTY_SECOND_WHOLE_SETS, ...SEVENTIETH_WHOLE_SETS, ...SEVENTY_FIRST_WHOLE_SETS, ...SEVENTY_FOURTH_WHOLE_SETS, ...SEVENTY_FIFTH_WHOLE_SETS, ...SEVENTY_SIXTH_WHOLE_SETS, ...SEVENTY_SEVENTH_WHOLE_SETS, ...EIGHTIETH_WHOLE_SETS, ...SEVENTY_EIGHTH_WHOLE_SETS, ...SEVENTY_NINTH_WHOLE_SETS, ...EIGHTY_FIRST_WHOLE_SETS, ...EIGHTY_FIFTH_WHOLE_SETS, ...EIGHTY_FOURTH_WHOLE_SETS, ...EIGHTY_THIRD_WHOLE_SETS, ...EIGHTY_SECOND_WHOLE_SETS, ...EIGHTY_SEVENTH_WHOLE_SETS, ...EIGHTY_NINTH_WHOLE_SETS, ...EIGHTY_EIGHTH_WHOLE_SETS, ...EIGHTY_SIXTH_WHOLE_SETS, ...NINETIETH_WHOLE_SETS, ...NINETY_SECOND_WHOLE_SETS, ...NINETY_FIRST_WHOLE_SETS, ...NINETY_THIRD_WHOLE_SETS, ...NINETY_SIXTH_WHOLE_SETS, ...NINETY_FIFTH_WHOLE_SETS, ...NINETY_SEVENTH_WHOLE_SETS, ...NINETY_FOURTH_WHOLE_SETS, ...NINETY_NINTH_WHOLE_SETS, ...NINETY_EIGHTH_WHOLE_SETS, ...WHOLE_SETS_FROM_THE_HUNDREDTH_SPLIT_ON] as const;

const WHOLE_SETS = wholeSetsReader(WHOLE_MESSAGE_SETS);
const CRISIS_SCREEN = groupsScreen(CRISIS_RULES.map(({ group }) => group));
const CONCERN_SCREEN = groupsScreen(CONCERN_RULES.map(({ group }) => group));

export function applyRules(message: string): RuleFindings {
  const whole = normaliseForMatching(message);
  const joking = (JOKE_MARKERS.test(whole) || LAUGHING.test(message)) && !laughTakenBack(whole);
  const clauses = clausesOf(message, whole, TOPICS_WHEN_READING);
  const crisis = new Set<string>();
  const concern = new Set<string>();
  let denied = false;
  let deniedConcern = false;

  for (const clause of clauses) {
    for (const index of CRISIS_SCREEN.candidates(clause)) {
      const compiled = CRISIS_RULES[index]!;
      const { reason } = compiled.group;
      const found = findInClause(clause, compiled);
      if (found === 'said') {
        if (reason === HARM_TO_OTHERS && joking) concern.add(JOKED_HARM);
        else crisis.add(reason);
      } else if (found === 'said not') {
        denied = true;
        concern.add(`${reason} (said not)`);
      }
    }
    for (const index of CONCERN_SCREEN.candidates(clause)) {
      const compiled = CONCERN_RULES[index]!;
      const found = findInClause(clause, compiled);
      if (found === 'said') concern.add(compiled.group.reason);
      else if (found === 'said not') deniedConcern = true;
    }
  }
  for (const { level, reason } of WHOLE_SETS(whole)) {
    if (level === 'concern') concern.add(reason);
    else if (reason === HARM_TO_OTHERS && joking) concern.add(JOKED_HARM);
    else crisis.add(reason);
  }
  const text = clauses.join(' ');
  const deniedOnly = deniedConcern && !denied && crisis.size === 0 && concern.size === 0;
  return { crisis, concern, deniedCrisis: denied && crisis.size === 0, deniedConcern: deniedOnly, joking, idiom: IDIOM_MARK.test(text), text };
}

/**
 * The text the classifier reads, as applyRules gives it, without looking for any finding: training
 * needs only this, and the findings cost most of a message's reading.
 */
export function classifierText(message: string): string {
  return clausesOf(message, normaliseForMatching(message), TOPICS_EVERYWHERE).join(' ');
}

// A clause said again adds nothing: a pasted wall of one sentence is read as that sentence, once.
function clausesOf(message: string, whole: string, topics: readonly CompiledTopics[]): string[] {
  return [...new Set(splitIntoClauses(message).map((clause) => blankIdioms(readTopics(normaliseForMatching(clause), whole, topics))))];
}

type ClauseFinding = 'said' | 'said not' | null;

function findInClause(clause: string, { any, patterns }: CompiledGroup): ClauseFinding {
  if (!any.test(clause)) return null;
  let negatedOnly = false;
  for (const { once, everywhere } of patterns) {
    // Setting up matchAll costs more than the search itself, and most patterns find nothing.
    if (!once.test(clause)) continue;
    for (const match of clause.matchAll(everywhere)) {
      if (!isNegated(clause, match.index) || notYet(clause, match.index + match[0].length)) return 'said';
      negatedOnly = true;
    }
  }
  return negatedOnly ? 'said not' : null;
}

const NEGATIONS = new Set(['not', 'never', 'nor']);
// Words that may stand between a negation and what it negates: "not really going to", "never ever".
const BRIDGING_WORDS = new Set([
  'i', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'going', 'to', 'ever', 'really', 'actually', 'even', 'just', 'want',
  'have', 'has', 'had', 'about', 'think', 'thinking', 'thought', 'thoughts', 'plan', 'plans',
  'planning', 'intend', 'intention', 'of', 'that', 'feel', 'feeling', 'felt', 'any', 'so', 'at', 'all',
]);
const BRIDGE_LIMIT = 4;
const PLANNING = new Set(['planning', 'plan', 'plans', 'planned', 'intend', 'intending', 'keen']);
const STRUGGLES = new Set(['hard', 'try', 'trying', 'tried', 'struggle', 'struggling', 'how']);

/** True when a negation comes just before the match: "i am not suicidal", "i would never ever". */
function isNegated(clause: string, matchStart: number): boolean {
  const before = clause.slice(0, matchStart).trim().split(' ').filter(Boolean).reverse();
  let next: string | undefined;
  for (const [index, word] of before.slice(0, BRIDGE_LIMIT + 1).entries()) {
    // "hard not to think about it", "trying not to" are struggles, not denials.
    if (NEGATIONS.has(word)) return !STRUGGLES.has(before[index + 1] ?? '');
    // "no plans to", "no suicidal thoughts"; but "no i want to die" is an answer, not a negation.
    if (word === 'no' && next !== 'i') return true;
    // "not planning on hurting myself": "on" after a word of planning bridges as "to" does.
    if (!BRIDGING_WORDS.has(word) && !(word === 'on' && PLANNING.has(before[index + 1] ?? ''))) return false;
    next = word;
  }
  return false;
}

// "not bought the rope yet": a step still to come, not a denial ("not yet bought" is no denial
// already, as "yet" does not bridge).
// "not suicidal, yet i feel low" is the other yet: a "but" before a new clause.
// "not bought the rope yet for the climbing wall": a "for" after it names an everyday purpose.
const YET_AFTER = /^(?: \w+){0,4}? yet\b(?! (?:i|im|it|its|we|you|he|she|they|there|still|somehow|again|my|the|for)\b)/;

function notYet(clause: string, matchEnd: number): boolean {
  return YET_AFTER.test(clause.slice(matchEnd));
}

function splitIntoClauses(text: string): string[] {
  return text.split(/[.!?;:\n]+|,|\s[-\u2013\u2014]\s|\bbut\b/i).filter((clause) => clause.trim().length > 0);
}

const IDIOM_MARK = /\bidiom\b/;

// The whole message is searched for a set's own words only once a clause has passed its gate:
// most messages pass no gate, and the gates are cheaper than those searches.
function readTopics(clause: string, whole: string, topics: readonly CompiledTopics[]): string {
  return topics.reduce((text, { gate, phrases, unless }) => (gate.test(text) && !unless?.test(whole) && !COPYING_WHAT_WAS_SEEN.test(whole) ? phrases.reduce((t, topic) => t.replace(topic, 'course'), text) : text), clause);
}

function blankIdioms(clause: string): string {
  if (!ANY_IDIOM.test(clause)) return clause.replace(/\s+/g, ' ').trim();
  return IDIOMS_EVERYWHERE.reduce((text, idiom) => text.replace(idiom, ' idiom '), clause)
    .replace(/\s+/g, ' ')
    .trim();
}
