import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ProcessBench {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  exitCode: number | null;
}

// preloaded into the measured process: reports its own peak RSS and CPU time as it exits
const HOOK = `process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write('\\n@bench ' + JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 }) + '\\n');
});\n`;

/**
 * One whole `corroborate` process (start-up, reading, extraction, JSON written to /dev/null):
 * wall time, CPU time and peak RSS. Best of `rounds` runs.
 */
export function benchProcess(root: string, args: string[], rounds = 3): ProcessBench {
  const hook = path.join(os.tmpdir(), `corroborate-bench-hook-${process.pid}.cjs`);
  fs.writeFileSync(hook, HOOK);
  try {
    let best: ProcessBench | null = null;
    for (let r = 0; r < rounds; r++) {
      const t0 = process.hrtime.bigint();
      const p = spawnSync(process.execPath, ['-r', hook, path.join(root, 'bin', 'corroborate.js'), ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /@bench (\{.*\})/.exec(p.stderr ?? '');
      const u = m ? (JSON.parse(m[1]!) as { maxRSS: number; cpu: number }) : { maxRSS: 0, cpu: 0 };
      const run = { seconds, cpuSeconds: u.cpu, peakRssMb: u.maxRSS / 1024, exitCode: p.status };
      if (!best || run.seconds < best.seconds) best = run;
    }
    return best!;
  } finally {
    fs.rmSync(hook, { force: true });
  }
}

/**
 * A quote-dense English text of about `bytes`: a quotation, a reported statement or an
 * according-to every ~70 characters, each with a figure or a date: the worst case for memory.
 */
export function quoteDenseText(bytes: number): string {
  const names = ['Minister Alan Brook', 'Sarah Lee', 'the spokesperson', 'Governor Tom Hale', 'police'];
  const out: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const who = names[n % names.length]!;
    const s =
      n % 3 === 0
        ? `“We will not step back from plan number ${n},” ${who} said on Monday. Prices rose ${n % 90} percent on May 3, 2024.`
        : n % 3 === 1
          ? `${who} told reporters that the ${n} trucks had arrived in Kyiv.`
          : `According to ${who}, at least ${n} people were hurt.`;
    out.push(n % 8 === 7 ? `${s}\n` : s);
    size += Buffer.byteLength(s) + 1;
  }
  return out.join('\n');
}
