// The learning loop on a phone (390×844), in Kalimantan Selatan's time zone (WITA, UTC+8): finish
// an attempt, practise the weakest competency from the report, retry the missed items, see the
// progress chart and the study materials, then come back the next day — after local midnight,
// still the same day in UTC — to a due spaced review. And the trainers' group view leaves these
// short attempts out unless included.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, next, position, start } from './helpers.mjs';

const root = new URL('../../', import.meta.url).pathname;

test.use({ timezoneId: 'Asia/Makassar' });

/** Answers every item of the attempt on screen with feedback, varying the choices, and submits. */
async function answerAll(page) {
  let [n, total] = await position(page);
  for (;;) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    await expect(page.locator('.feedback')).toBeVisible();
    if (n === total) break;
    n = await next(page, n);
  }
  await page.getByRole('button', { name: 'Tinjau & kirim' }).click();
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
  await expect(page.getByRole('heading', { name: 'Langkah berikutnya' })).toBeVisible();
  return total;
}

test('from a report to the next thing to study, progress, materials, and a review due the next day', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'a candidate on a phone');
  test.setTimeout(240_000);
  // 10:00 WITA on 1 December.
  await page.clock.install({ time: new Date('2026-12-01T02:00:00Z') });

  // A first practice: twelve items answered, the rest left, then submitted from the item list.
  let [n] = await start(page, 'Mulai latihan');
  while (n <= 12) {
    await answer(page, n);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    n = await next(page, n);
  }
  await page.getByRole('link', { name: 'Daftar soal' }).click();
  await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();

  // The report leads with the next steps.
  const steps = page.locator('section.next-steps');
  await expect(steps.getByRole('heading', { name: 'Langkah berikutnya' })).toBeVisible();
  await expect(steps).toContainText('Kesiapan menurut soal teruji');
  await expect(steps.locator('.weakest li')).toHaveCount(2);
  await expect(page.locator('article.competency').first().getByRole('button', { name: 'Latih kompetensi ini' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bahan belajar kompetensi ini' }).first()).toBeVisible();
  await expectAccessible(page, 'report with next steps');
  const weakest = (await steps.locator('.weakest li strong').first().innerText()).trim();

  // One tap: a practice of the weakest competency, at most ten items, feedback after each.
  await steps.locator('.weakest li').first().getByRole('button', { name: /Latih kompetensi ini/ }).click();
  const [, focusTotal] = await position(page);
  expect(focusTotal).toBeGreaterThan(0);
  expect(focusTotal).toBeLessThanOrEqual(10);
  await expectAccessible(page, 'a focused practice item');
  await answerAll(page);
  await expect(page.locator('dl.who')).toContainText('Latihan kompetensi');
  await expect(steps).toContainText(`dari ${focusTotal} soal dijawab benar sepenuhnya`);
  // Only the competencies its items measured are shown.
  const cards = await page.locator('article.competency').count();
  expect(cards).toBeGreaterThan(0);
  expect(cards).toBeLessThan(7);
  await expect(page.locator('article.competency', { hasText: weakest })).toBeVisible();

  // Retry what was missed in it.
  const retry = steps.getByRole('button', { name: /Ulangi yang keliru \(\d+ soal\)/ });
  await expect(retry).toBeVisible();
  const missed = Number((await retry.innerText()).match(/\((\d+) soal\)/)[1]);
  await retry.click();
  expect(await position(page)).toEqual([1, missed]);
  await answerAll(page);
  await expect(page.locator('dl.who')).toContainText('Ulangi yang keliru');

  // Progress: a chart per competency, the short attempts as hollow dots.
  await page.getByRole('link', { name: 'Riwayat latihan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Perkembangan per kompetensi' })).toBeVisible();
  await expect(page.locator('figure.progress-chart')).toHaveCount(7);
  // Laid out, not squeezed: seven charts one under another on a phone.
  expect((await page.locator('section.progress-by-competency').boundingBox()).height).toBeGreaterThan(7 * 100);
  await expect(page.locator('figure.progress-chart circle.short').first()).toBeAttached();
  await expect(page.locator('figure.progress-chart desc').first()).toContainText('2026-12-01');
  await expectAccessible(page, 'history with progress charts');

  // Study materials: every source, the ones with items to go over first.
  await page.getByRole('link', { name: 'Bahan belajar', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Bahan belajar', level: 1 })).toBeVisible();
  const bank = JSON.parse(readFileSync(`${root}public/banks/kalsel-pilar-sosial.json`, 'utf8'));
  await expect(page.locator('details.source-card')).toHaveCount(bank.sources.length);
  await expect(page.locator('details.source-card').first()).toHaveAttribute('open', '');
  await expect(page.locator('details.source-card').first().locator('.to-study')).toContainText('perlu diulang');
  await expect(page.locator('.citations .outcome.wrong, .citations .outcome.partial').first()).toBeVisible();
  await expectAccessible(page, 'study materials');

  // Today nothing is due yet: a card is due the day after it was answered at the earliest.
  await page.goto('./#/');
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mulai ulasan' })).toHaveCount(0);

  // 00:30 WITA on 2 December (16:30 UTC on the 1st): the items answered wrong are due.
  await page.clock.setSystemTime(new Date('2026-12-01T16:30:00Z'));
  await page.reload();
  const review = page.getByRole('button', { name: 'Mulai ulasan' });
  await expect(review).toBeVisible();
  const due = Number((await page.getByText(/soal yang pernah Anda jawab perlu diulas hari ini/).innerText()).match(/^(\d+)/)[1]);
  expect(due).toBeGreaterThan(0);
  await expectAccessible(page, 'home with a review due');
  await review.click();
  const [, reviewTotal] = await position(page);
  expect(reviewTotal).toBe(Math.min(due, 10));
  await answerAll(page);
  await expect(page.locator('dl.who')).toContainText('Ulasan berkala');

  // Reviewed today: those are no longer due today.
  await page.goto('./#/');
  await expect(page.getByRole('link', { name: 'Mulai latihan', exact: true })).toBeVisible();
  if (due <= 10) {
    await expect(page.getByRole('button', { name: 'Mulai ulasan' })).toHaveCount(0);
  } else {
    await expect(page.getByText(new RegExp(`^${due - 10} soal yang pernah`))).toBeVisible();
  }
  // The history export carries the cards; a reload keeps everything.
  await page.reload();
  const history = await page.evaluate(() => JSON.parse(localStorage.getItem('pilar-siap:history')));
  expect(history.format_version).toBe(2);
  expect(history.results.map((r) => r.mode)).toEqual(['practice', 'focus', 'retry', 'review']);
  expect(Object.keys(history.review['kalsel-pilar-sosial']).length).toBeGreaterThan(12);
});

test('the group view leaves short practice out unless the trainer includes it', async ({ page }, info) => {
  test.skip(info.project.name !== 'projector', 'a trainer at the laptop');
  const dir = info.outputPath('singkat');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(`${root}target/debug/pilar-cli`, ['generate-results', `${root}public/banks/kalsel-pilar-sosial.json`, '6', dir, '3']);
  const files = readdirSync(dir).sort();
  for (const [i, f] of files.slice(0, 2).entries()) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    writeFileSync(`${dir}/${f}`, text.replace('"mode": "practice"', `"mode": "${['focus', 'retry'][i]}"`).replace('"mode": "simulation"', `"mode": "${['focus', 'retry'][i]}"`));
  }
  await page.goto('./pelatih/');
  await page.getByRole('link', { name: 'Buka Kelompok' }).click();
  await page.locator('input[type=file]').first().setInputFiles(files.map((f) => `${dir}/${f}`));
  const group = page.locator('.group').first();
  await expect(page.getByText('2 hasil adalah latihan singkat')).toBeVisible();
  await expect(group.locator('h2')).toContainText('4 peserta');
  await expectAccessible(page, 'group view with short practice left out');
  await page.getByLabel('Sertakan latihan singkat dalam profil kelompok').check();
  await expect(page.locator('.group').first().locator('h2')).toContainText('6 peserta');
});
