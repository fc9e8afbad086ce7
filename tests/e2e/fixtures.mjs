// Shared test set-up: every test fails on a page error or console error (a wasm start-up failure
// otherwise only shows as a time-out) — except errors a test expects and names with
// `test.use({ expectedErrors: [/.../] })` — and can check a page with axe-core.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  expectedErrors: [[], { option: true }],
  page: async ({ page, expectedErrors }, use) => {
    const problems = [];
    const expected = (text) => expectedErrors.some((re) => re.test(text));
    page.on('pageerror', (e) => {
      if (!expected(e.message)) problems.push(`pageerror: ${e.message}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !expected(m.text())) problems.push(`console: ${m.text()}`);
    });
    await use(page);
    expect(problems, 'no page or console errors').toEqual([]);
  },
});

export { expect };

/** No axe-core violations on the page as it is now. */
export async function expectAccessible(page, what) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe-core on ${what}`).toEqual([]);
}
