// The whole-message sets of the rule files written for the hundredth blind split and after, in the
// order they were added (rules.ts reads them after every older set; the order only decides which reason
// an adviser reads first). A new rule file adds its import here and its sets at the end of the list.
import type { RiskPatternGroup } from '../riskPatterns.ts';
import { MINE_DOES_TOO_WHOLE_SETS } from './mineDoesTooPatterns.ts';
import { NO_FUTURE_WHOLE_SETS } from './noFutureCoursesAndSuicideMissionsPatterns.ts';
import { HUNDRED_AND_SEVENTY_EIGHTH_WHOLE_SETS } from './dialectGlassingsSquaredDebtsAndRoleDutiesPatterns.ts';
import { HUNDRED_AND_EIGHTIETH_WHOLE_SETS } from './gradIronyCopingByHarmAndModuleTopicsPatterns.ts';
import { HUNDRED_AND_EIGHTY_THIRD_WHOLE_SETS } from './staffHandsHostelWindowsAndFallenOpposPatterns.ts';
import { HUNDRED_AND_EIGHTY_SEVENTH_WHOLE_SETS } from './roadsideVergesSiteClosuresAndGoldRingsPatterns.ts';
import { HUNDRED_AND_NINETIETH_WHOLE_SETS } from './servicesStoppedDocumentsKeptAndStrandedPatterns.ts';
import { HUNDRED_AND_NINETY_FIFTH_WHOLE_SETS } from './payoutPlansTaraRoundsAndFogRoadsPatterns.ts';
import { HUNDRED_AND_NINETY_SEVENTH_WHOLE_SETS } from './familyPressurePassportsAndPromisesPatterns.ts';
import { HUNDRED_AND_NINETY_NINTH_WHOLE_SETS } from './veteransFirstTrainsForcedVisitsAndTiedHousesPatterns.ts';
import { TWO_HUNDRED_AND_FIRST_WHOLE_SETS } from './studentsBarnBeamsDraftLettersAndQuietFarmsPatterns.ts';
import { TWO_HUNDRED_AND_FIFTH_WHOLE_SETS } from './gigShiftsPitDadsAndSeasonTicketsPatterns.ts';
import { TWO_HUNDRED_AND_NINTH_WHOLE_SETS } from './offSwitchesOpsGoneWrongAndPaidFuneralsPatterns.ts';
import { TWO_HUNDRED_AND_THIRTEENTH_WHOLE_SETS, TWO_HUNDRED_AND_TWELFTH_WHOLE_SETS } from './meteorsJealousyAndLooseEndsPatterns.ts';
import { TWO_HUNDRED_AND_SIXTEENTH_AND_EIGHTEENTH_WHOLE_SETS } from './boxesFromTheTourAndRoofAccessPatterns.ts';
import { TWO_HUNDRED_AND_TWENTY_SECOND_AND_THIRD_WHOLE_SETS } from './searchHistoriesSlipsAndNoCapPatterns.ts';
import { TWO_HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS } from './householdRulesAndPensionCardsPatterns.ts';
import { TWO_HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS } from './seasonsGunKeysAndShedsPatterns.ts';
import { TWO_HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS } from './cleanExitsHidingsAndLiveWiresPatterns.ts';
import { TWO_HUNDRED_AND_THIRTY_FOURTH_AND_SEVENTH_WHOLE_SETS } from './keyWorkerDaysCourtDatesAndBridgesPatterns.ts';
import { TWO_HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS } from './oathsStrapsOldersAndTrapDebtsPatterns.ts';
import { TWO_HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS } from './motorNightsHarbourWalksAndTaenCreditPatterns.ts';
import { FIFTY_SEVENTH_TO_SIXTY_FIRST_WHOLE_SETS } from './indifferentEndingsInnerVoicesAndDoorwaysPatterns.ts';
import { SIXTY_SECOND_WHOLE_SETS } from './methodsAskedDocumentsHeldAndRentForSexPatterns.ts';
import { SIXTY_THIRD_WHOLE_SETS } from './clinicalIdeationAndGrudgesPatterns.ts';
import { HUNDRED_AND_SECOND_WHOLE_SETS } from './exploitationAndControlInSmallDetailsPatterns.ts';
import { HUNDRED_AND_FIRST_WHOLE_SETS } from './plainRiskMisspeltOrSaidInASecondLanguagePatterns.ts';
import { HUNDRED_AND_THIRD_WHOLE_SETS } from './tradesVeteransAndGallowsHumourPatterns.ts';
import { HUNDREDTH_WHOLE_SETS } from './streetSlangNightBusesBladesAndFreshCutsPatterns.ts';
import { HUNDRED_AND_FOURTH_WHOLE_SETS } from './plainMixKeepsakesLoginsAndPapersPatterns.ts';
import { HUNDRED_AND_FIFTH_WHOLE_SETS } from './shortRepliesAfterTheCoachsQuestionsPatterns.ts';
import { HUNDRED_AND_SIXTH_WHOLE_SETS } from './plainMixOldScarsDoneTryingAndWithheldNumbersPatterns.ts';
import { HUNDRED_AND_SEVENTH_WHOLE_SETS } from './parentsCarersAndLongIllnessPatterns.ts';
import { HUNDRED_AND_NINTH_WHOLE_SETS } from './redTeamUnderstatementAndLogisticsPatterns.ts';
import { HUNDRED_AND_EIGHTH_WHOLE_SETS } from './plainMixNeverGettingUpSelfInThirdPersonAndRentRisesPatterns.ts';
import { HUNDRED_AND_ELEVENTH_WHOLE_SETS } from './shortRepliesReadyToGoTracksAndWineForBreakfastPatterns.ts';
import { HUNDRED_AND_TWELFTH_WHOLE_SETS } from './quietWishesStowedSuppliesAndLonelinessPatterns.ts';
import { HUNDRED_AND_FOURTEENTH_WHOLE_SETS } from './plainSpokenControlHomeAndAppetitePatterns.ts';
import { HUNDRED_AND_TENTH_WHOLE_SETS } from './redTeamErrandsAndCoverStoriesPatterns.ts';
import { HUNDRED_AND_THIRTEENTH_WHOLE_SETS } from './prisonRecoveryAndRoughSleepingPatterns.ts';
import { HUNDRED_AND_FIFTEENTH_WHOLE_SETS } from './plainMixFuneralSongsNotesAndSilentCallsPatterns.ts';
import { HUNDRED_AND_SIXTEENTH_WHOLE_SETS } from './plainMixExhaustFumesWifiPasswordsAndTrackSidesPatterns.ts';
import { HUNDRED_AND_SEVENTEENTH_WHOLE_SETS } from './agencyShiftsPalletsTimedGoodbyesAndOverpaymentsPatterns.ts';
import { HUNDRED_AND_TWENTY_SECOND_WHOLE_SETS } from './youngGameOverSofaFavoursAndOrbitJokesPatterns.ts';
import { HUNDRED_AND_TWENTY_FIRST_WHOLE_SETS } from './overFiftiesCheckingOutDoorwaysAndLevelCrossingsPatterns.ts';
import { HUNDRED_AND_EIGHTEENTH_WHOLE_SETS } from './redTeamTrainTimesKnotsAndSofaDeadlinesPatterns.ts';
import { HUNDRED_AND_NINETEENTH_WHOLE_SETS } from './shortRepliesWhoWouldFindMeFreshOnesAndRiverDaysPatterns.ts';
import { HUNDRED_AND_TWENTY_FOURTH_WHOLE_SETS } from './shortRepliesScoresSeaWalksAndBenchNightsPatterns.ts';
import { HUNDRED_AND_TWENTY_THIRD_WHOLE_SETS } from './formsRehomedPetsPackLimitsAndBeGoneGoalsPatterns.ts';
import { HUNDRED_AND_TWENTIETH_WHOLE_SETS } from './plainMixDoorwaysMonthsWorthAndSquaringUpPatterns.ts';
import { HUNDRED_AND_TWENTY_FIFTH_WHOLE_SETS } from './plainMixFireworkCoverGuttedMorningsAndHighFloorsPatterns.ts';
import { HUNDRED_AND_TWENTY_SIXTH_WHOLE_SETS } from './redTeamLettersForAfterSecretTrainsAndSplitLipsPatterns.ts';
import { HUNDRED_AND_TWENTY_EIGHTH_WHOLE_SETS } from './redTeamDeletedWishesFootbridgesAndVillainArcsPatterns.ts';
import { HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS } from './shortRepliesKWordThoughtsCansBeforeNoonAndNoWonderPatterns.ts';
import { HUNDRED_AND_TWENTY_SEVENTH_WHOLE_SETS } from './plainMixPierMorningsSecretGoodbyesAndOwnBurnsPatterns.ts';
import { HUNDRED_AND_THIRTIETH_WHOLE_SETS } from './plainMixOnlyWayOutWrappedArmsAndSoberSessionsPatterns.ts';
import { HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS } from './secondLanguageCarersAndLongIllnessPatterns.ts';
import { HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS } from './recoveryForcesCareLeaversAndPrisonPatterns.ts';
import { HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS } from './understatedPlansFadingBruisesAndCandlesPatterns.ts';
import { HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS } from './youngPeopleSofaSurfingGamingAndCareLeaversPatterns.ts';
import { HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS } from './shortRepliesNailsWatchersRiverMorningsAndDrunkByElevenPatterns.ts';
import { HUNDRED_AND_FORTIETH_WHOLE_SETS } from './appointeesPassportsInsulinAndPainThatTakesMePatterns.ts';
import { HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS } from './redTeamTennerAWeekOldRazorsAndSleepForeverPatterns.ts';
import { HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS } from './midChatExitOptionsTrackSidesAndRehomedCatsPatterns.ts';
import { HUNDRED_AND_THIRTY_FIFTH_WHOLE_SETS } from './overFiftiesLongTradesBereavementAndHillFrostsPatterns.ts';
import { HUNDRED_AND_FORTY_SECOND_WHOLE_SETS } from './weeklyReviewPaybacksScanHopesAndBehindOnEverythingPatterns.ts';
import { HUNDRED_AND_FORTY_FIRST_WHOLE_SETS } from './datedPlansKnifeBlocksBruisedFacesAndBareCupboardsPatterns.ts';
import { HUNDRED_AND_FORTY_THIRD_WHOLE_SETS } from './ipsClientsStashedSleepersGoodbyeTextsAndWarningSignsPatterns.ts';
import { HUNDRED_AND_FORTY_FOURTH_WHOLE_SETS } from './loneParentsBirthdayVideosLabelledFoldersAndSchoolGatesPatterns.ts';
import { HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS } from './furtherEdMeteorsRazorsAndSilentServersPatterns.ts';
import { HUNDRED_AND_FORTY_SIXTH_WHOLE_SETS } from './redundantOfficeVeteransExitStrategiesCleanDesksAndCostLinesPatterns.ts';
import { HUNDRED_AND_FORTY_SEVENTH_WHOLE_SETS } from './plainMixNotComingBackRopeLookingAndUnaskedBirthdaysPatterns.ts';
import { HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS } from './serviceLeaversLaybysPayoutsAndCrewRoomsPatterns.ts';
import { HUNDRED_AND_FORTY_NINTH_WHOLE_SETS } from './coachAnswersTracksClosedFilesAndAnsweredPhonesPatterns.ts';
import { HUNDRED_AND_FIFTIETH_WHOLE_SETS } from './quietVillagesLastRoundsAndPaidFuneralsPatterns.ts';
import { HUNDRED_AND_FIFTY_SECOND_WHOLE_SETS } from './secondLanguageCarersPillowsBalconiesAndCharityShopsPatterns.ts';
import { HUNDRED_AND_FIFTY_FIRST_WHOLE_SETS } from './textSpeakGoodbyesBladesAndScarsPatterns.ts';
import { BARE_PLEAS_WHOLE_SETS } from './barePleasAndConditionalEndingsPatterns.ts';
import { HUNDRED_AND_SIXTY_THIRD_WHOLE_SETS } from './stashesSteppedPlansAndAllowancesPatterns.ts';
import { HUNDRED_AND_SIXTY_FIFTH_WHOLE_SETS } from './glassDoorsUnnettedBridgesAndOneWayDrivesPatterns.ts';
import { NOT_HERE_BY_THEN_WHOLE_SETS } from './notHereByThenAndIfILastPatterns.ts';
import { HUNDRED_AND_SIXTY_EIGHTH_WHOLE_SETS } from './codeWordsCoverStoriesAndSchoolRunsOnlyPatterns.ts';
import { HUNDRED_AND_SEVENTIETH_WHOLE_SETS } from './uninstallMeDraftNotesAndLooksOverMyShoulderPatterns.ts';
import { HUNDRED_AND_SEVENTY_FIRST_WHOLE_SETS } from './voicesPickedCutsAndPowerCardsPatterns.ts';

export const WHOLE_SETS_FROM_THE_HUNDREDTH_SPLIT_ON: readonly (readonly [RegExp, readonly RiskPatternGroup[]])[] = [
  ...HUNDRED_AND_SECOND_WHOLE_SETS,
  ...HUNDRED_AND_FIRST_WHOLE_SETS,
  ...HUNDRED_AND_THIRD_WHOLE_SETS,
  ...HUNDREDTH_WHOLE_SETS,
  ...HUNDRED_AND_FOURTH_WHOLE_SETS,
  ...HUNDRED_AND_FIFTH_WHOLE_SETS,
  ...HUNDRED_AND_SIXTH_WHOLE_SETS,
  ...HUNDRED_AND_SEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_NINTH_WHOLE_SETS,
  ...HUNDRED_AND_EIGHTH_WHOLE_SETS,
  ...HUNDRED_AND_ELEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_TWELFTH_WHOLE_SETS,
  ...HUNDRED_AND_FOURTEENTH_WHOLE_SETS,
  ...HUNDRED_AND_TENTH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTEENTH_WHOLE_SETS,
  ...HUNDRED_AND_FIFTEENTH_WHOLE_SETS,
  ...HUNDRED_AND_SIXTEENTH_WHOLE_SETS,
  ...HUNDRED_AND_SEVENTEENTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_SECOND_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_FIRST_WHOLE_SETS,
  ...HUNDRED_AND_EIGHTEENTH_WHOLE_SETS,
  ...HUNDRED_AND_NINETEENTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_FOURTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_THIRD_WHOLE_SETS,
  ...HUNDRED_AND_TWENTIETH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_FIFTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_SIXTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_EIGHTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS,
  ...HUNDRED_AND_TWENTY_SEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTIETH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_THIRD_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTIETH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_SEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_EIGHTH_WHOLE_SETS,
  ...HUNDRED_AND_THIRTY_FIFTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_SECOND_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_FIRST_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_THIRD_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_FOURTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_SIXTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_SEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS,
  ...HUNDRED_AND_FORTY_NINTH_WHOLE_SETS,
  ...HUNDRED_AND_FIFTIETH_WHOLE_SETS,
  ...HUNDRED_AND_FIFTY_SECOND_WHOLE_SETS,
  ...HUNDRED_AND_FIFTY_FIRST_WHOLE_SETS,
  ...BARE_PLEAS_WHOLE_SETS,
  ...HUNDRED_AND_SIXTY_THIRD_WHOLE_SETS,
  ...HUNDRED_AND_SIXTY_FIFTH_WHOLE_SETS,
  ...NOT_HERE_BY_THEN_WHOLE_SETS,
  ...HUNDRED_AND_SIXTY_EIGHTH_WHOLE_SETS,
  ...HUNDRED_AND_SEVENTIETH_WHOLE_SETS,
  ...HUNDRED_AND_SEVENTY_FIRST_WHOLE_SETS,
  ...MINE_DOES_TOO_WHOLE_SETS,
  ...NO_FUTURE_WHOLE_SETS,
  ...HUNDRED_AND_SEVENTY_EIGHTH_WHOLE_SETS,
  ...HUNDRED_AND_EIGHTIETH_WHOLE_SETS,
  ...HUNDRED_AND_EIGHTY_THIRD_WHOLE_SETS,
  ...HUNDRED_AND_EIGHTY_SEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_NINETIETH_WHOLE_SETS,
  ...HUNDRED_AND_NINETY_FIFTH_WHOLE_SETS,
  ...HUNDRED_AND_NINETY_SEVENTH_WHOLE_SETS,
  ...HUNDRED_AND_NINETY_NINTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_FIRST_WHOLE_SETS,
  ...TWO_HUNDRED_AND_FIFTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_NINTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_TWELFTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_THIRTEENTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_SIXTEENTH_AND_EIGHTEENTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_TWENTY_SECOND_AND_THIRD_WHOLE_SETS,
  ...TWO_HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_THIRTY_FIRST_WHOLE_SETS,
  ...TWO_HUNDRED_AND_THIRTY_FOURTH_AND_SEVENTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_THIRTY_SIXTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_FORTY_FIFTH_WHOLE_SETS,
  ...TWO_HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS,
  ...FIFTY_SEVENTH_TO_SIXTY_FIRST_WHOLE_SETS,
  ...SIXTY_SECOND_WHOLE_SETS,
  ...SIXTY_THIRD_WHOLE_SETS,
];
