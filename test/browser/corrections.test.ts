import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer as startApi, type RunningApi } from '../../src/api/server.js';
import { Ledger } from '../../src/services/ledger.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { assertFreshBuild, launch, openPage, skipReason, type Browser } from './support/browser.js';
import { BROWSER_TIMEOUT } from './support/harness.js';
import { addFixtureArticles } from './support/real-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'test-token';

interface Served {
  api: RunningApi;
  store: SqliteStore;
}

/** The real server over a ledger file that outlives it, so a re-run can happen in between. */
async function serve(db: string): Promise<Served> {
  const store = new SqliteStore(db);
  return { api: await startApi({ ledger: new Ledger(store), port: 0, token: TOKEN }), store };
}
const stop = async (s: Served) => {
  await s.api.close();
  await s.store.close();
};

describe.skipIf(skipReason !== null)(
  "the analyst's hand in the browser",
  { timeout: BROWSER_TIMEOUT * 3 },
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-hand-'));
    const db = path.join(dir, 'ledger.db');
    let browser: Browser;
    let served: Served;

    beforeAll(async () => {
      assertFreshBuild();
      const store = new SqliteStore(db);
      const ledger = new Ledger(store);
      await addFixtureArticles(ledger);
      await store.close();
      served = await serve(db);
      browser = await launch();
    }, BROWSER_TIMEOUT);
    afterAll(async () => {
      await browser?.close();
      if (served) await stop(served);
      fs.rmSync(dir, { recursive: true, force: true });
    }, BROWSER_TIMEOUT);

    it('keeps a stance, a move to a new claim and a verdict through a re-read after a lexicon change', async () => {
      const claims = (await (await fetch(`${served.api.url}/api/claims?limit=50`)).json()) as {
        claims: Array<{ id: number; statements: number }>;
      };
      const claimId = claims.claims.find((c) => c.statements >= 3)!.id;
      const { page, problems } = await openPage(browser);
      await page.goto(`${served.api.url}/claims/${claimId}`);
      const editors = page.locator('.statement-editor');
      await editors.first().waitFor();
      const first = editors.nth(0);
      const second = editors.nth(1);
      const firstText = (await first.locator('.content').textContent())!;
      const secondText = (await second.locator('.content').textContent())!;
      await page.fill('#analyst-token', TOKEN);
      await page.fill('#analyst-by', 'ana');

      // keyboard only: pick the stance in the select and press Enter on Save
      const stance = first.locator('select[name=stance]');
      const was = await stance.inputValue();
      const to = was === 'hedge' ? 'question' : 'hedge';
      await stance.focus();
      await stance.selectOption(to);
      await first.getByRole('button', { name: 'Save' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('.statement-editor.corrected').count()).toBe(1);

      await page.locator('.statement-editor').nth(1).locator('input[id^=st-move-]').fill('new');
      await page.locator('.statement-editor').nth(1).locator('input[id^=st-move-]').press('Enter');
      await expect.poll(() => page.locator('.history-item').count()).toBe(2);

      await expect.poll(() => page.locator('#verdict-rating option').count()).toBeGreaterThan(1);
      await page.selectOption('#verdict-rating', 'mostly false');
      await page.selectOption('#verdict-status', 'review');
      await page.fill('#verdict-note', 'the count is disputed');
      await page.getByRole('button', { name: 'Give verdict' }).click();
      await expect
        .poll(() => page.locator('.current-verdict').textContent())
        .toMatch(/mostly false \(review\) by ana/);

      // a lexicon change: one more language folder changes the pipeline version, so every article is stale
      const health = (await (await fetch(`${served.api.url}/api/health`)).json()) as { articles: number };
      await stop(served);
      const lex = path.join(dir, 'lexicons', 'zz');
      fs.mkdirSync(lex, { recursive: true });
      fs.writeFileSync(
        path.join(lex, 'meta.json'),
        JSON.stringify({
          code: 'zz',
          name: 'Test',
          decimalSeparator: '.',
          thousandsSeparator: ',',
          functionWords: ['zq'],
        }),
      );
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'test/support/cli-entry.ts'), 'reprocess', '--db', db, '--json'],
        { cwd: root, env: { ...process.env, CORROBORATE_LEXICON_PATH: path.join(dir, 'lexicons') } },
      );
      expect(JSON.parse(stdout).reprocessed).toBe(health.articles);
      served = await serve(db);

      await page.goto(`${served.api.url}/claims/${claimId}`);
      await page.locator('.statement-editor').first().waitFor();
      const kept = page.locator('.statement-editor', { hasText: firstText.slice(0, 40) });
      expect(await kept.getAttribute('class')).toMatch(/corrected/);
      expect(await kept.locator('select[name=stance]').inputValue()).toBe(to);
      expect(await page.locator('.statement-editor', { hasText: secondText.slice(0, 40) }).count()).toBe(0);
      expect(await page.locator('.current-verdict').textContent()).toMatch(/mostly false \(review\) by ana/);
      await expect.poll(() => page.locator('.history-item').count()).toBe(3);
      expect(await page.locator('.history-item').allTextContents()).toEqual([
        expect.stringMatching(/ana — stance: .* → /),
        expect.stringMatching(/ana — move: /),
        expect.stringMatching(/ana — verdict: /),
      ]);
      // the claims list filtered by verdict finds the claim
      await page.goto(`${served.api.url}/?verdict=mostly%20false`);
      await expect.poll(() => page.locator('.reviewed-list li').count()).toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
