import { z } from 'zod';

// Placeholder schema: the entities stage owner defines the real shape.
export const EntitiesLexicon = z.record(z.string(), z.unknown());
export type EntitiesLexicon = z.infer<typeof EntitiesLexicon>;
