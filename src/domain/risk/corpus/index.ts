// The generated training modules, as labelled messages. Add a new writer's files here.
import { RISK_CATEGORIES, type LabelledMessage, type RiskCategory } from '../riskCategories.ts';
import { WRITERA_1 } from './writerA1.ts';
import { WRITERA_2 } from './writerA2.ts';
import { WRITERB_1 } from './writerB1.ts';
import { WRITERB_2 } from './writerB2.ts';
import { WRITERC_1 } from './writerC1.ts';
import { WRITERC_2 } from './writerC2.ts';
import { WRITERC_3 } from './writerC3.ts';
import { WRITERD_1 } from './writerD1.ts';
import { WRITERD_2 } from './writerD2.ts';
import { WRITERD_3 } from './writerD3.ts';
import { WRITERE_1 } from './writerE1.ts';
import { WRITERE_2 } from './writerE2.ts';
import { WRITERE_3 } from './writerE3.ts';
import { WRITERF_1 } from './writerF1.ts';
import { WRITERF_2 } from './writerF2.ts';
import { WRITERF_3 } from './writerF3.ts';
import { WRITERG_1 } from './writerG1.ts';
import { WRITERG_2 } from './writerG2.ts';
import { WRITERG_3 } from './writerG3.ts';
import { WRITERH_1 } from './writerH1.ts';
import { WRITERH_2 } from './writerH2.ts';
import { WRITERH_3 } from './writerH3.ts';
import { WRITERH_4 } from './writerH4.ts';
import { WRITERH_5 } from './writerH5.ts';
import { WRITERI_1 } from './writerI1.ts';
import { WRITERI_2 } from './writerI2.ts';
import { WRITERK_1 } from './writerK1.ts';
import { WRITERK_2 } from './writerK2.ts';
import { WRITERL_1 } from './writerL1.ts';
import { WRITERL_2 } from './writerL2.ts';
import { WRITERM_1 } from './writerM1.ts';
import { WRITERM_2 } from './writerM2.ts';
import { WRITERN_1 } from './writerN1.ts';
import { WRITERO_1 } from './writerO1.ts';
import { WRITERO_2 } from './writerO2.ts';
import { WRITERP_1 } from './writerP1.ts';
import { WRITERP_2 } from './writerP2.ts';
import { WRITERQ_1 } from './writerQ1.ts';
import { WRITERQ_2 } from './writerQ2.ts';
import { WRITERR_1 } from './writerR1.ts';
import { WRITERR_2 } from './writerR2.ts';
import { WRITERR_3 } from './writerR3.ts';
import { WRITERS_1 } from './writerS1.ts';
import { WRITERS_2 } from './writerS2.ts';
import { WRITERT_1 } from './writerT1.ts';
import { WRITERT_2 } from './writerT2.ts';
import { WRITERU_1 } from './writerU1.ts';
import { WRITERU_2 } from './writerU2.ts';
import { WRITERU_3 } from './writerU3.ts';
import { WRITERV_1 } from './writerV1.ts';
import { WRITERV_2 } from './writerV2.ts';
import { WRITERW_1 } from './writerW1.ts';
import { WRITERW_2 } from './writerW2.ts';
import { WRITERX_1 } from './writerX1.ts';
import { WRITERX_2 } from './writerX2.ts';
import { WRITERX_3 } from './writerX3.ts';
import { WRITERY_1 } from './writerY1.ts';
import { WRITERY_2 } from './writerY2.ts';
import { WRITERZ_1 } from './writerZ1.ts';
import { WRITERZ_2 } from './writerZ2.ts';
import { INDIRECTLADDER_1 } from './indirectLadder1.ts';
import { SAFEGUARDINGINDIRECT_1 } from './safeguardingIndirect1.ts';
import { METHODQUESTIONS_1 } from './methodQuestions1.ts';
import { THIRDPERSONJOKES_1 } from './thirdPersonJokes1.ts';
import { HEDGEDANSWERS_1 } from './hedgedAnswers1.ts';
import { HEDGEDANSWERS_2 } from './hedgedAnswers2.ts';
import { BENEFITQUESTIONS_1 } from './benefitQuestions1.ts';

const PARTS: readonly (readonly (readonly [RiskCategory, string])[])[] = [
  WRITERA_1, WRITERA_2, WRITERB_1, WRITERB_2, WRITERC_1, WRITERC_2,
  WRITERC_3, WRITERD_1, WRITERD_2, WRITERD_3, WRITERE_1, WRITERE_2,
  WRITERE_3, WRITERF_1, WRITERF_2, WRITERF_3, WRITERG_1, WRITERG_2,
  WRITERG_3, WRITERH_1, WRITERH_2, WRITERH_3, WRITERH_4, WRITERH_5,
  WRITERI_1, WRITERI_2, WRITERK_1, WRITERK_2, WRITERL_1, WRITERL_2,
  WRITERM_1, WRITERM_2, WRITERN_1, WRITERO_1, WRITERO_2, WRITERP_1,
  WRITERP_2, WRITERQ_1, WRITERQ_2, WRITERR_1, WRITERR_2, WRITERR_3, WRITERS_1, WRITERS_2, WRITERT_1, WRITERT_2,
  WRITERU_1, WRITERU_2, WRITERU_3, WRITERV_1, WRITERV_2, WRITERW_1, WRITERW_2,
  WRITERX_1, WRITERX_2, WRITERX_3, WRITERY_1, WRITERY_2, WRITERZ_1, WRITERZ_2,
  INDIRECTLADDER_1, SAFEGUARDINGINDIRECT_1, METHODQUESTIONS_1, THIRDPERSONJOKES_1, HEDGEDANSWERS_1, HEDGEDANSWERS_2, BENEFITQUESTIONS_1,
];

export const WRITTEN_TRAINING: readonly LabelledMessage[] = PARTS.flat().map(([category, text]) => ({
  category,
  text,
  level: RISK_CATEGORIES[category].level,
}));
