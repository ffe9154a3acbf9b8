/**
 * Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core. Tests skip,
 * saying why, when the browser or the built app is missing.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WEB_DIST } from './mock-server.js';

export const CHROMIUM = '/usr/bin/chromium';
const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url));

function whySkip(): string | null {
  if (!existsSync(CHROMIUM)) return `browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)`;
  if (!process.env.CORROBORATE_TEST_URL && !existsSync(join(WEB_DIST, 'index.html'))) {
    return 'browser tests skipped: web/dist is not built (npx vite build --config web/vite.config.ts)';
  }
  return null;
}
export const skipReason = whySkip();

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, e) => {
    const path = join(dir, e.name);
    return Math.max(latest, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/** Tests of an old build pass or fail for the wrong reasons: say so instead. */
export function assertFreshBuild(): void {
  if (process.env.CORROBORATE_TEST_URL) return;
  const web = join(WEB_DIST, '..');
  const built = statSync(join(WEB_DIST, 'index.html')).mtimeMs;
  const sources = Math.max(newest(join(web, 'src')), statSync(join(web, 'index.html')).mtimeMs);
  if (sources > built)
    throw new Error('web/dist is older than web/src: run npx vite build --config web/vite.config.ts');
}
if (skipReason) console.warn(skipReason);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'corroborate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors (CSP violations included), page errors and dialogs. */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; bypassCsp?: boolean } = {},
) {
  const page = await browser.context.newPage();
  // axe is injected as an inline script, which the app's CSP forbids: let this one page run it
  if (options.bypassCsp)
    await (await browser.context.newCDPSession(page)).send('Page.setBypassCSP', { enabled: true });
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, problems, dialogs };
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: unknown }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} ${v.targets.join(' ')}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
