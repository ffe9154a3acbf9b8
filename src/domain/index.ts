export * from './span.js';
export * from './entity.js';
export * from './figure.js';
export * from './date-ref.js';
export * from './statement.js';
export * from './text.js';
export type { Doc, LanguageGuess } from './document.js';
export * from './errors.js';
