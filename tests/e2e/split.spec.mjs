// The candidates' app is a wasm split into chunks (scripts/split-wasm.sh): a first visit fetches
// the home page's part, then the bank and the part that reads it and answers (profile, questions,
// review); once the visitor touches the page, the report's and the history's while idle. A page
// whose part cannot be fetched says so and opens with "Coba lagi"; so does the bank when the part
// that reads it cannot be.
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, start } from './helpers.mjs';

test('the other pages\' chunks are fetched once the visitor touches the page, without opening them', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  expect(fetched).toContain('main_bg.wasm');
  await expect(page.getByRole('heading', { name: /^Bank soal:/ })).toBeVisible();
  expect(fetched).toContain('split_answering.wasm');
  const pages = ['split_report.wasm', 'split_history.wasm'];
  await page.waitForTimeout(500);
  expect(pages.filter((p) => fetched.includes(p))).toEqual([]);
  await page.getByText('Pilar Siap').first().dispatchEvent('pointerdown');
  await expect.poll(() => pages.filter((p) => fetched.includes(p))).toEqual(pages);
  // Opening a page then fetches nothing more.
  const before = fetched.length;
  await page.goto('./#/riwayat');
  await expect(page.getByRole('heading', { name: 'Riwayat latihan' })).toBeVisible();
  expect(fetched.slice(before).filter((f) => f.endsWith('.wasm'))).toEqual([]);
});

test('an attempt in progress keeps its place on the home page until it is read: no start link meanwhile', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  await start(page, 'Mulai latihan');
  await answer(page, 1);
  // The chunk that reads the saved attempt is held back: the home page must not offer to start.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/split_answering\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Membuka latihan Anda yang belum selesai' })).toBeVisible();
  await expectAccessible(page, 'home while the attempt is read');
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toHaveCount(0);
  release();
  await expect(page.getByRole('link', { name: 'Lanjutkan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toHaveCount(0);
});

test.describe('a page whose chunk cannot be fetched', () => {
  test.use({ expectedErrors: [/Failed to load resource|fetch|split/i] });

  test('says so instead of failing, and opens with "Coba lagi"', async ({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'once is enough');
    let blocked = true;
    await page.route(/split_history\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('./#/riwayat');
    await expect(page.getByRole('alert')).toContainText('belum termuat');
    await expectAccessible(page, 'a page not loaded');
    blocked = false;
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByRole('heading', { name: 'Riwayat latihan' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the bank says it could not be loaded, and loads with "Coba lagi"', async ({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'once is enough');
    let blocked = true;
    await page.route(/split_answering\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('./');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
    await expectAccessible(page, 'a bank not loaded');
    blocked = false;
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByRole('heading', { name: /^Bank soal:/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
