import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText } from '../../services/extract.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { formatStatements } from '../table.js';

export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples');

export const demoCommand: Command = {
  name: 'demo',
  summary: 'show the statements of the built-in sample articles',
  usage: 'corroborate demo [--json]',
  options: { json: {} },
  async run(_p, options, io) {
    const files = fs.existsSync(SAMPLES_DIR)
      ? fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort()
      : [];
    const results = files.map((f) => ({ file: f, result: extractText(fs.readFileSync(path.join(SAMPLES_DIR, f), 'utf8')) }));
    if (options.json) printJson(io, results);
    else for (const r of results) io.out(`\n=== ${r.file}\n${formatStatements(r.result)}`);
    return 0;
  },
};
