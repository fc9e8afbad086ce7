// The release build's Content-Security-Policy (scripts/csp.mjs): scripts only from this site and
// Trunk's loader by hash, nothing from elsewhere. Every other spec fails on a console error,
// which is how Chromium reports a violation, so a violation anywhere in the app fails the run;
// here the policy itself is read, and an injected script is refused.
import { test as plain } from '@playwright/test';
import { test, expect } from './fixtures.mjs';

const PAGES = ['./', './pelatih/'];

test('each page carries a strict policy, and the app runs under it', async ({ page }) => {
  for (const address of PAGES) {
    await page.goto(address);
    await expect(page.locator('main h1')).not.toHaveText('');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(directives['script-src'].filter((s) => s.startsWith("'sha256-"))).toHaveLength(1);
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['script-src']).not.toContain("'unsafe-eval'");
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:/);
  }
});

plain('a script injected into the page is refused and reported', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const reported = new Promise((ok) => addEventListener('securitypolicyviolation', (e) => ok(e.violatedDirective), { once: true }));
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return { directive: await reported, ran: window.injected === true };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});
