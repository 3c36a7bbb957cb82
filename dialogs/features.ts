// Every conversation the main dialog can start.
import type { Dialog } from 'botbuilder-dialogs';
import type { CoachServices } from '../src/services.ts';
import { OnboardingDialog } from './onboardingDialog.ts';
import { SelfAssessmentDialog } from './selfAssessmentDialog.ts';
import { LocusOfControlDialog } from './locusOfControlDialog.ts';
import { SmartGoalDialog } from './smartGoalDialog.ts';
import { MyPlanDialog } from './myPlanDialog.ts';
import { ReviewDialog } from './reviewDialog.ts';
import { DataRightsDialog } from './dataRightsDialog.ts';
import { JobSearchDialog } from './jobSearchDialog.ts';
import { InWorkDialog } from './inWorkDialog.ts';
import { ChangeStepDialog } from './changeStepDialog.ts';

export function createFeatureDialogs(services: CoachServices): Dialog[] {
  return [
    new OnboardingDialog(services),
    new SelfAssessmentDialog(services),
    new LocusOfControlDialog(services),
    new SmartGoalDialog(services),
    new MyPlanDialog(services),
    new ReviewDialog(services),
    new DataRightsDialog(services),
    new JobSearchDialog(services),
    new InWorkDialog(services),
    new ChangeStepDialog(services),
  ];
}
