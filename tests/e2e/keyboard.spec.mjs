// Every item kind answered with the keyboard alone: letters and digits choose, Enter checks and
// goes on, the arrows move, and the open answer is written, revealed and rated by keyboard.
import { test, expect } from './fixtures.mjs';
import { kind, position, start } from './helpers.mjs';

test('each item kind is answered by keyboard alone', async ({ page }) => {
  // Code 2029 draws every kind for Karang Taruna, with an open answer before the last item (tests/attempt.rs checks it).
  let [n, total] = await start(page, 'Mulai latihan', { role: 'Karang Taruna', region: 'tanah-laut', code: 2029 });
  const done = new Set();
  let answered = 0;
  while (done.size < 6 && n <= total) {
    const k = await kind(page);
    const item = page.locator('fieldset.item');
    if (k === 'open') {
      await item.locator('textarea').focus();
      await page.keyboard.type('Kami mendata pemuda dan lansia bersama desa.');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /Lihat jawaban model/ })).toBeFocused();
      await page.keyboard.press('Enter');
      const criteria = page.locator('fieldset.criterion');
      await expect(criteria.first()).toBeVisible();
      for (let i = 0; i < (await criteria.count()); i++) {
        await criteria.nth(i).locator('input').first().focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowDown');
      }
    } else if (k === 'likert') {
      await page.keyboard.press('4');
      await expect(item.locator('input[value="4"]')).toBeChecked();
    } else if (k === 'multiple') {
      await page.keyboard.press('a');
      await page.keyboard.press('c');
      await expect(item.locator('input:checked')).toHaveCount(2);
    } else if (k === 'true_false') {
      await page.keyboard.press('b');
      await expect(item.locator('input[value=false]')).toBeChecked();
    } else {
      await page.keyboard.press('2');
      await expect(item.locator('input:checked')).toHaveCount(1);
    }
    answered += 1;
    await expect(page.getByText(`${answered} dari ${total} terjawab`)).toBeVisible();
    // Enter checks (practice), then Enter goes on — unless the focus is on a control.
    await page.locator('h1').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback')).toBeFocused();
    done.add(k);
    await page.keyboard.press('ArrowRight');
    if (n === total) break;
    await expect(page.locator('h1')).toHaveText(new RegExp(`^Soal ${n + 1} dari`));
    await expect(page.locator('h1')).toBeFocused();
    n += 1;
  }
  expect([...done].sort()).toEqual(['likert', 'multiple', 'open', 'single', 'situational', 'true_false']);
  // The arrows go back too.
  await page.keyboard.press('ArrowLeft');
  expect((await position(page))[0]).toBe(n - 1);
});
