// Simulation: a countdown stored as a deadline survives a reload, warns at 5 and 1 minute, gives
// no feedback on the way, and submits itself at zero. The browser clock is driven by the test.
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';
import { answer, next, position, start } from './helpers.mjs';

// The bundled bank's countdown, set from its reading load.
const MINUTES = JSON.parse(readFileSync(new URL('../../public/banks/kalsel-pilar-sosial.json', import.meta.url), 'utf8')).simulation_minutes;

test('the simulation timer survives a reload, warns, and submits at zero', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-07-01T08:00:00Z') });
  let [n, total] = await start(page, 'Mulai simulasi');
  expect(total).toBeGreaterThan(30);
  const timer = page.getByRole('timer');
  // The page clock keeps running in real time between steps: allow for the seconds a step takes.
  await expect(timer).toHaveText(new RegExp(`^(${MINUTES}:00|${MINUTES - 1}:[45]\\d)$`));
  await expectAccessible(page, 'simulation item');

  // No feedback in a simulation: answer and go on.
  for (let i = 0; i < 3; i++) {
    await answer(page, n);
    await expect(page.getByRole('button', { name: 'Periksa jawaban' })).toHaveCount(0);
    n = await next(page, n);
  }

  await page.clock.fastForward(`${MINUTES - 5}:30`);
  await expect(page.getByRole('alert')).toContainText('kurang dari 5 menit');
  await expect(timer).toHaveText(/^04:[0-3]\d$/);

  // A reload does not restart the clock: the deadline is stored, not a counter.
  await page.reload();
  expect(await position(page)).toEqual([n, total]);
  await expect(page.getByRole('timer')).toHaveText(/^04:[0-3]\d$/);
  await expect(page.getByText(`3 dari ${total} terjawab`)).toBeVisible();

  await page.clock.fastForward('03:45');
  await expect(page.getByRole('alert')).toContainText('kurang dari 1 menit');
  await expectAccessible(page, 'simulation with a warning');

  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { name: 'Profil kompetensi Anda' })).toBeVisible();
  await expect(page.getByText('Waktu simulasi habis')).toBeVisible();
  await expect(page.locator('.item-review details')).toHaveCount(total);
  await expect(page.locator('.item-review .review.bad').first()).toBeAttached();
  await expectAccessible(page, 'report after time ran out');
});
