import { describe, expect, it } from 'vitest';
import { openPage, screenshot, skipReason } from './support/browser.js';
import { apiGet, BROWSER_TIMEOUT, useBrowser } from './support/harness.js';

interface Claim {
  id: number;
  label: string;
  figures: Array<{ date: string | null }>;
  places: Array<{ type: string; coordinates: unknown }>;
  statements: Array<{ id: number; articleId: number }>;
}

describe.skipIf(skipReason !== null)('claims in the browser', { timeout: BROWSER_TIMEOUT }, () => {
  const env = useBrowser();
  const topClaim = async () =>
    (await apiGet<{ claims: Array<{ id: number }> }>(env.server(), '/claims?limit=1')).claims[0]!.id;

  it('lists claims with their stance counts and independent sources', async () => {
    const { page, problems } = await openPage(env.browser());
    await page.goto(`${env.server().url}/`);
    const cards = page.locator('.claim-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.claim-card .badge-assert').first().textContent()).toMatch(/\d/);
    expect(await page.locator('.claim-card .independence').first().textContent()).toMatch(
      /\d+ independent sources? out of \d+ statements?/,
    );
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'claims-list');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters the list through the URL and pages through it', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(`${env.server().url}/`);
    await page.getByLabel('Words').fill('troops');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\?q=troops$/);
    await expect.poll(() => page.locator('.claim-card').count()).toBeGreaterThan(0);
    await page.goto(`${env.server().url}/?limit=1`);
    await page.locator('.claim-card').first().waitFor();
    expect(await page.locator('.claim-card').count()).toBe(1);
    await page.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL(/offset=1/);
    await page.selectOption('#f-stance', 'deny');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/stance=deny/);
    expect(page.url()).not.toMatch(/offset=/);
    await page.locator('.result-count').waitFor();
    const denyCounts = await page.locator('.claim-card .badge-deny').allTextContents();
    expect(denyCounts.every((t) => !/\b0$/.test(t.trim()))).toBe(true);
    await page.close();
  });

  it('shows a claim with its timeline, map, source graph and grouped statements', async () => {
    const { page, problems } = await openPage(env.browser());
    await page.goto(`${env.server().url}/`);
    await page.locator('.claim-card a').first().click();
    await page.waitForURL(/\/claims\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const { claim } = await apiGet<{ claim: Claim }>(env.server(), `/claims/${id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(claim.label);
    const dated = claim.figures.filter((f) => f.date).length;
    expect(await page.locator('svg.timeline a.point').count()).toBe(dated);
    if (dated > 0)
      expect(await page.locator('svg.timeline .point-label').first().textContent()).toMatch(/\d/);
    await page.locator('svg.world-map').waitFor();
    expect(await page.locator('svg.world-map path.country').count()).toBeGreaterThan(100);
    const marked = await page.locator('svg.world-map .involved a, svg.world-map a.place').count();
    expect(marked).toBeGreaterThan(0);
    expect(await page.locator('svg.source-graph .node').count()).toBeGreaterThan(0);
    expect(await page.locator('.affiliation-group').count()).toBeGreaterThan(0);
    await screenshot(page, 'claim-page');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tells the speaker and date of a chart point when it gets keyboard focus', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(`${env.server().url}/claims/${await topClaim()}`);
    const point = page.locator('svg.timeline a.point').first();
    await point.waitFor();
    await point.focus();
    const tip = page.locator('.timeline-chart .chart-tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe(await point.getAttribute('aria-label'));
    expect(await tip.textContent()).toMatch(/\d.* · .+ · .*\d{4}/);
    await page.close();
  });

  it('takes a statement to its highlighted span in the article', async () => {
    const { page, problems } = await openPage(env.browser());
    await page.goto(`${env.server().url}/claims/${await topClaim()}`);
    const link = page.locator('.statements-panel a.span-link').last();
    const href = (await link.getAttribute('href')) ?? '';
    const statementId = /#s(\d+)$/.exec(href)?.[1];
    expect(statementId).toBeTruthy();
    await link.click();
    await page.waitForURL(new RegExp(`/articles/\\d+#s${statementId}$`));
    const target = page.locator(`#s${statementId}`);
    await target.waitFor();
    await expect.poll(() => target.getAttribute('class')).toMatch(/is-target/);
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y >= 0 && box.y < viewport.height).toBe(true);
    expect(await target.locator('.hl-content').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForURL(/\/claims\/\d+$/);
    await page.locator('.statements-panel').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens deep links directly and switches the interface to Indonesian', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(`${env.server().url}/claims/${await topClaim()}`);
    await page.locator('svg.timeline').waitFor();
    await page.selectOption('#lang-select', 'id');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('id');
    await expect.poll(() => page.locator('#statements-heading').textContent()).toBe('Siapa mengatakan apa');
    await page.goto(`${env.server().url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Klaim');
    await page.selectOption('#lang-select', 'en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Claims');
    await page.close();
  });
});
