// npm run bench: throughput and latency measurements of the built code (see src/bench/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBench } from '../dist/bench/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await runBench(root, (s) => process.stdout.write(s), process.argv.slice(2));
