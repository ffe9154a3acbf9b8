// Writes dist/stages/entities/gazetteer/cities.data.txt: the GeoNames cities the gazetteer keeps,
// read by every process instead of the whole protobuf list (src/stages/entities/gazetteer/cities.ts).
// Run by scripts/prepare.mjs after the build; `node scripts/build-cities.mjs` after a bare `tsc`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'dist', 'stages', 'entities', 'gazetteer');
const { prebuildCities } = await import(pathToFileURL(path.join(dir, 'cities.js')).href);
fs.writeFileSync(path.join(dir, 'cities.data.txt'), prebuildCities());
// the JSON of earlier builds, read by nothing now
fs.rmSync(path.join(dir, 'cities.data.json'), { force: true });
