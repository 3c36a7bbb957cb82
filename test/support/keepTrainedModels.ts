// Vitest global set-up: train the models once and keep them on disk (src/trainedModels.ts), before
// test files run side by side and could each train them at once.
import { loadTrainedModels } from '../../src/trainedModels.ts';

export default function keepTrainedModels(): void {
  loadTrainedModels();
}
