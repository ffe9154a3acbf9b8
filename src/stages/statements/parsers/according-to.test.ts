import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/extract.js';

const statements = (text: string, lang: string) =>
  runPipeline(text, { published: '2024-10-25', lang }).statements;

describe('according-to markers before their clause', () => {
  it('keeps the source before the comma and reads a plural noun after it as the clause subject', () => {
    const [s] = statements('Secondo la regione, i pazienti in attesa erano 64.', 'it');
    expect(s!.speaker.name).toBe('regione');
    expect(s!.content).toBe('i pazienti in attesa erano 64');
  });

  it('still takes a named apposition closed by a comma as the source', () => {
    const [s] = statements('Secondo il portavoce, Mario Rossi, i letti erano 64.', 'it');
    expect(s!.speaker.name).toBe('Mario Rossi');
  });

  it('reads no source in a preposition that doubles as "according to" when no comma sets it off', () => {
    const text = 'A prefeitura abriu duas tendas de hidratação para pacientes com suspeita de dengue.';
    expect(statements(text, 'pt')).toHaveLength(0);
  });
});
