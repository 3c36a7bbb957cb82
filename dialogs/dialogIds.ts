// Dialog ids in one place, so dialogs can start each other without importing each other.
export const DialogIds = {
  main: 'main',
  onboarding: 'onboarding',
  selfAssessment: 'selfAssessment',
  locusOfControl: 'locusOfControl',
  smartGoal: 'smartGoal',
  myPlan: 'myPlan',
  review: 'review',
  jobSearch: 'jobSearch',
  inWork: 'inWork',
  changeStep: 'changeStep',
  adviserCommands: 'adviserCommands',
} as const;
