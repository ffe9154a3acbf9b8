export { STAGES, pipelineVersion } from './stages.js';
export { runPipeline, newDoc } from './extract.js';
export type { Stage, StageContext, ExtractOptions } from './stage.js';
