export { fold } from './fold.js';
export { tokenize, phraseNorms } from './tokenize.js';
export { PhraseSet, phraseSet, type PhraseMatch } from './phrase-set.js';
export {
  loadLexicon,
  loadShared,
  supportedLanguages,
  isSupported,
  parseLexiconFile,
  LEXICON_ROOT,
  type Lexicon,
} from './load.js';
export type { LexiconData, LexiconKind } from './kinds/index.js';
