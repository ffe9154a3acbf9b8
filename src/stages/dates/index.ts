import type { Stage } from '../../pipeline/stage.js';

export const datesStage: Stage = {
  id: 'dates',
  version: 0,
  needsLexicon: true,
  run() {
    // not yet implemented
  },
};
