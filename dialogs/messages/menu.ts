import type { ChoiceOption } from '../../src/domain/answers.ts';

export type MenuChoice = 'my-plan' | 'set-goal' | 'review' | 'update-profile' | 'talk-to-adviser';

export const menuChoices: ChoiceOption<MenuChoice>[] = [
  { value: 'my-plan', label: 'My plan', synonyms: ['show my plan', 'see my plan', 'plan', 'view plan'] },
  { value: 'set-goal', label: 'Set a goal', synonyms: ['new goal', 'add a goal', 'goal', 'set goal', 'make a goal'] },
  { value: 'review', label: 'Review my plan', synonyms: ['review', 'check my plan', 'how am i doing'] },
  { value: 'update-profile', label: 'Update my profile', synonyms: ['profile', 'update profile', 'change my profile', 'my profile'] },
  { value: 'talk-to-adviser', label: 'Talk to my adviser', synonyms: ['adviser', 'advisor', 'talk to my advisor'] },
];

export const menuQuestion = 'What would you like to do?';
export const menuAgainQuestion = 'What would you like to do next?';
