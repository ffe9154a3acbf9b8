import type { Stage } from '../../pipeline/stage.js';

export const entitiesStage: Stage = {
  id: 'entities',
  version: 0,
  needsLexicon: true,
  run() {
    // not yet implemented
  },
};
