import { describe, expect, it } from 'vitest';
import { openPage, skipReason } from './support/browser.js';
import { apiGet, BROWSER_TIMEOUT, useBrowser } from './support/harness.js';

const TEXT = [
  'Kyiv weighs in on troop reports',
  '',
  "KYIV — Ukraine's military intelligence said on Friday that thousands of North Korean soldiers had been sent to Russia.",
].join('\n');

interface Summary {
  id: number;
  statements: number;
  stances: Record<string, number>;
}

describe.skipIf(skipReason !== null)('adding an article in the browser', { timeout: BROWSER_TIMEOUT }, () => {
  const env = useBrowser();

  it('explains a refused token and an unreadable address', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(`${env.server().url}/add`);
    await page.getByLabel('Access token').fill('wrong-token');
    await page.getByLabel('Article text').fill(TEXT);
    await page.getByRole('button', { name: 'Add article' }).click();
    const alert = page.locator('.add-result [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/access token is missing or wrong.*unauthorized.*401/s);

    await page.getByLabel('Access token').fill(env.server().token);
    await page.getByLabel('Article text').fill('');
    await page.getByLabel('Web address (URL)').fill('https://example.invalid/story');
    await page.getByRole('button', { name: 'Add article' }).click();
    // a host that does not resolve is the upstream's failure: 502, with the reason
    await expect.poll(() => alert.textContent()).toMatch(/no such host.*\(HTTP 502\)/s);
    await page.close();
  });

  it('adds a pasted article and the claim it confirms counts one more statement', async () => {
    const { page, problems } = await openPage(env.browser());
    const before = await apiGet<{ claims: Summary[] }>(env.server(), '/claims?limit=500');
    await page.goto(`${env.server().url}/add`);
    const forget = page.getByRole('button', { name: 'Forget the token' });
    await page.evaluate(() => sessionStorage.removeItem('corroborate.token'));
    await page.reload();
    await page.getByLabel('Access token').waitFor();
    expect(await forget.isVisible()).toBe(false);
    await page.getByLabel('Access token').fill(env.server().token);
    await page.getByLabel('Article text').fill(TEXT);
    await page.getByLabel('Title (optional)').fill('Ukraine: North Korean soldiers training near the border');
    await page.getByLabel('Language (optional)').selectOption('en');
    await page.getByLabel('Publication date (optional)').fill('2024-11-01');
    await page.getByRole('button', { name: 'Add article' }).click();
    const result = page.locator('.result-box');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Article #\d+ was added/);
    expect(await page.evaluate(() => sessionStorage.getItem('corroborate.token'))).toBe(env.server().token);
    expect(await forget.isVisible()).toBe(true);

    const claimLink = result.locator('a[href^="/claims/"]').first();
    const claimId = Number(((await claimLink.getAttribute('href')) ?? '').split('/').pop());
    const old = before.claims.find((c) => c.id === claimId)!;
    await claimLink.click();
    await page.waitForURL(new RegExp(`/claims/${claimId}$`));
    await expect
      .poll(() => page.locator('.page-header .independence').textContent())
      .toContain(`${old.statements + 1} statements`);
    expect(await page.locator('.page-header .badge-assert').textContent()).toContain(
      String(old.stances.assert! + 1),
    );

    await page.getByRole('link', { name: 'Add article' }).click();
    await page.getByLabel('Access token').waitFor();
    expect(await page.locator('#add-token-hint').textContent()).toMatch(/saved/);
    expect(problems.filter((p) => !/401|422/.test(p))).toEqual([]);
    await page.close();
  });
});
