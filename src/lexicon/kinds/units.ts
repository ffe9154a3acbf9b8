import { z } from 'zod';

// Placeholder schema: the units stage owner defines the real shape.
export const UnitsLexicon = z.record(z.string(), z.unknown());
export type UnitsLexicon = z.infer<typeof UnitsLexicon>;
