import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // vitest leaves a core free by default: on a 2-core machine that is one test file at a time
    // (npm test took 200 s); most files wait on child processes, servers or the disk, so every
    // core runs one (127 s)
    maxWorkers: os.availableParallelism(),
    // tests load lexicons of their own folders: their validated copies go to a scratch cache,
    // never the user's ~/.cache/corroborate
    env: {
      CORROBORATE_CACHE_DIR:
        process.env.CORROBORATE_CACHE_DIR ?? path.join(os.tmpdir(), 'corroborate-test-cache'),
    },
  },
});
