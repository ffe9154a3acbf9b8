import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../lexicon/fold.js';
import { extract } from './test-helpers.js';

// The seed article and its hand annotation live outside the project; read at run time only.
const seedDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'seed');
const goldFile = path.join(seedDir, 'gold.json');
const present = fs.existsSync(goldFile);

describe.skipIf(!present)('entities of the seed article', () => {
  it('finds every annotated entity with its type', () => {
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as {
      document: string;
      entities: Record<string, string[]>;
    };
    const doc = extract(fs.readFileSync(path.join(seedDir, gold.document), 'utf8'), 'id');
    const found = new Set(doc.entities.map((e) => `${e.type}:${fold(e.name)}`));
    const missing = Object.entries(gold.entities).flatMap(([type, names]) =>
      names.filter((n) => !found.has(`${type}:${fold(n)}`)).map((n) => `${type}:${n}`),
    );
    expect(missing).toEqual([]);
  });
});
