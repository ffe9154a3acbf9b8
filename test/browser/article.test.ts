import { describe, expect, it } from 'vitest';
import { openPage, screenshot, skipReason } from './support/browser.js';
import { apiGet, BROWSER_TIMEOUT, useBrowser } from './support/harness.js';
import type { RunningServer } from './support/server.js';

const SCRIPT_ARTICLE = [
  'City website defaced with <script>alert(1)</script>',
  '',
  "JAKARTA — The city's communications office said on Monday that attackers had planted the code <script>alert(1)</script> and <img src=x onerror=alert(2)> on its public website.",
  '',
  '"No personal data was taken," spokesperson Rina Wijaya said.',
].join('\n');

async function post(server: RunningServer, body: unknown): Promise<{ article: { id: number } }> {
  const response = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as { article: { id: number } };
}

describe.skipIf(skipReason !== null)('article page in the browser', { timeout: BROWSER_TIMEOUT }, () => {
  const env = useBrowser();
  const articleWithStatements = async () => {
    const { articles } = await apiGet<{
      articles: Array<{ id: number; statements: number; language: string }>;
    }>(env.server(), '/articles');
    return (
      articles.find((a) => a.statements > 0 && a.language === 'id') ?? articles.find((a) => a.statements > 0)!
    );
  };

  it('highlights speakers, cues, contents, figures and dates, with a legend', async () => {
    const { page, problems } = await openPage(env.browser());
    const article = await articleWithStatements();
    await page.goto(`${env.server().url}/articles/${article.id}`);
    await page.locator('.article-text').waitFor();
    for (const kind of ['speaker', 'cue', 'content']) {
      expect(await page.locator(`.article-text .hl-${kind}`).count(), kind).toBeGreaterThan(0);
    }
    expect(await page.locator('.legend li').count()).toBe(6);
    const { article: data } = await apiGet<{ article: { text: string } }>(
      env.server(),
      `/articles/${article.id}`,
    );
    expect(await page.locator('.article-text').textContent()).toBe(data.text);
    await screenshot(page, 'article-page');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the rule behind a highlight on keyboard focus and on hover', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(`${env.server().url}/articles/${(await articleWithStatements()).id}`);
    const content = page.locator('.article-text .hl-content').first();
    await content.waitFor();
    await content.focus();
    const tip = page.locator('.article-text-wrap .chart-tip');
    await tip.waitFor({ state: 'visible' });
    const rule = (await content.getAttribute('data-rule')) ?? '';
    expect(rule).not.toBe('');
    expect(await tip.textContent()).toContain(rule);
    expect(await tip.textContent()).toMatch(/stance rule: \S+/);
    expect(await content.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    const speaker = page.locator('.article-text .hl-speaker').first();
    await speaker.hover();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain((await speaker.getAttribute('data-rule')) ?? '?');
    await page.close();
  });

  it('shows <script> in an article as text and runs nothing', async () => {
    const { page, problems, dialogs } = await openPage(env.browser());
    const { article } = await post(env.server(), {
      text: SCRIPT_ARTICLE,
      title: 'City website defaced with <script>alert(1)</script>',
      language: 'en',
      published: '2024-11-04',
    });
    await page.goto(`${env.server().url}/articles/${article.id}`);
    await page.locator('.article-text').waitFor();
    // the ledger keeps the first copy of a text it already holds, whitespace aside
    await expect
      .poll(async () => (await page.locator('.article-text').textContent())?.trim())
      .toBe(SCRIPT_ARTICLE);
    expect(await page.locator('h1').textContent()).toBe(
      'City website defaced with <script>alert(1)</script>',
    );
    expect(await page.locator('main script, main img').count()).toBe(0);
    await expect.poll(() => page.getByText('<img src=x onerror=alert(2)>').first().isVisible()).toBe(true);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves to another statement of the same article without reloading it', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(`${env.server().url}/articles/${(await articleWithStatements()).id}`);
    const links = page.locator('.article-side a.span-link');
    await links.first().waitFor();
    const count = await links.count();
    const last = links.nth(count - 1);
    const id = /#s(\d+)$/.exec((await last.getAttribute('href')) ?? '')?.[1];
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await last.click();
    await expect.poll(() => page.locator(`#s${id}`).getAttribute('class')).toMatch(/is-target/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.locator('.stmt.is-target[id]').count()).toBe(1);
    await page.close();
  });
});
