import type { Stage } from '../../pipeline/stage.js';

export const figuresStage: Stage = {
  id: 'figures',
  version: 0,
  needsLexicon: true,
  run() {
    // not yet implemented
  },
};
