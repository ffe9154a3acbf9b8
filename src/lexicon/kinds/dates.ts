import { z } from 'zod';

// Placeholder schema: the dates stage owner defines the real shape.
export const DatesLexicon = z.record(z.string(), z.unknown());
export type DatesLexicon = z.infer<typeof DatesLexicon>;
