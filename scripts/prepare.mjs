// Runs after `npm install`: compiles the TypeScript, prebuilds the city gazetteer, builds the web app and links the package's own bin into
// node_modules/.bin so `node_modules/.bin/corroborate` works inside the checkout too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!fs.existsSync(tsc)) {
  // installed as a dependency without dev tools: the published package ships dist/
  process.exit(0);
}
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

// the kept GeoNames cities as JSON beside the compiled gazetteer: every process reads that
// instead of decoding the whole protobuf list (see src/stages/entities/gazetteer/cities.ts)
await import('./build-cities.mjs');

// the web app, served by `corroborate serve` from web/dist
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (fs.existsSync(vite))
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', path.join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );

const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'corroborate');
fs.mkdirSync(binDir, { recursive: true });
try {
  fs.unlinkSync(link);
} catch {
  // no previous link
}
fs.symlinkSync(path.relative(binDir, path.join(root, 'bin', 'corroborate.js')), link);
