import { z } from 'zod';

// Placeholder schema: the numbers stage owner defines the real shape.
export const NumbersLexicon = z.record(z.string(), z.unknown());
export type NumbersLexicon = z.infer<typeof NumbersLexicon>;
