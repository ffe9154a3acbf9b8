import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, screenshot, skipReason } from './support/browser.js';
import { apiGet, BROWSER_TIMEOUT, useBrowser } from './support/harness.js';

describe.skipIf(skipReason !== null)('accessibility and small screens', { timeout: BROWSER_TIMEOUT }, () => {
  const env = useBrowser();
  const pages = async () => {
    const { claims } = await apiGet<{ claims: Array<{ id: number }> }>(env.server(), '/claims?limit=1');
    const { articles } = await apiGet<{ articles: Array<{ id: number; statements: number }> }>(
      env.server(),
      '/articles',
    );
    return {
      'claims list': '/',
      'claim page': `/claims/${claims[0]!.id}`,
      'article page': `/articles/${articles.find((a) => a.statements > 0)!.id}`,
    };
  };
  const ready = '.claim-card, svg.world-map, .article-text';

  for (const name of ['claims list', 'claim page', 'article page'] as const) {
    it(`has no serious or critical axe violations on the ${name}`, async () => {
      const { page } = await openPage(env.browser(), { bypassCsp: true });
      await page.goto(env.server().url + (await pages())[name]);
      await page.locator(ready).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page, problems } = await openPage(env.browser(), { width: 360, height: 740 });
    for (const [name, path] of Object.entries(await pages())) {
      await page.goto(env.server().url + path);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await screenshot(page, `phone-${name.replace(/ /g, '-')}`);
    }
    expect(await page.getByRole('link', { name: 'Add article' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the keyboard reach the skip link, navigation and chart points', async () => {
    const { page } = await openPage(env.browser());
    await page.goto(env.server().url + (await pages())['claim page']);
    await page.locator('svg.timeline a.point').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(
          () => document.activeElement?.getAttribute('class') ?? document.activeElement?.tagName ?? '',
        ),
      );
    }
    expect([...reached].some((c) => c.includes('point'))).toBe(true);
    await page.close();
  });
});
