import type { Stage } from '../../pipeline/stage.js';

export const statementsStage: Stage = {
  id: 'statements',
  version: 0,
  needsLexicon: true,
  run() {
    // not yet implemented
  },
};
