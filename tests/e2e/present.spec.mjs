// Mode Presentasi at the projector: a trainer sets up five questions, then runs the whole session
// with the keys a presentation clicker sends — counts of raised cards typed in, answers revealed,
// the screen blanked and back, a reload in the middle — ends on the summary, exports the session
// record and brings it back. At both projector sizes no text is below the floor and nothing
// leaves the screen; a second test walks every question of the bundled bank.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.mjs';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const SESSION = ['data-pg-04', 'hukum-bs-01', 'kinerja-sjt-01', 'hukum-diri-01', 'wawancara-kegiatan'];

/** What is wrong with the presenting screen now: text under the floor, anything off screen. */
async function screenProblems(page) {
  return page.evaluate(() => {
    const floor = Math.max(32, 0.025 * innerWidth) - 0.5;
    const problems = [];
    const root = document.querySelector('.present');
    const skip = (el) => el.closest('.help-panel, .sr-only, .blank');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || skip(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < floor) problems.push(`${size}px < ${floor}px: "${n.textContent.trim().slice(0, 40)}"`);
    }
    for (const el of root.querySelectorAll('input')) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < floor) problems.push(`${el.id} field ${size}px`);
    }
    const slide = document.getElementById('slide');
    if (slide.scrollHeight > slide.clientHeight + 1) problems.push(`slide overflows: ${slide.scrollHeight} > ${slide.clientHeight}`);
    for (const el of root.querySelectorAll('*')) {
      if (skip(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.bottom > innerHeight + 1 || r.right > innerWidth + 1 || r.left < -1 || r.top < -1)) {
        problems.push(`off screen: ${el.className || el.tagName} ${Math.round(r.right)}×${Math.round(r.bottom)}`);
      }
    }
    return problems;
  });
}

async function expectFits(page, what) {
  expect(await screenProblems(page), what).toEqual([]);
}

const where = (page) => page.locator('.present-bar .where');

/** The screen now, to see when it changes. */
const screen = (page) => page.evaluate(() => {
  const slide = document.getElementById('slide');
  const bar = document.querySelector('.present-bar .where');
  return slide && bar ? `${bar.innerText}|${slide.innerText}` : 'summary';
});

/** PageDown, then waits for the next screen; false once past the last one (the summary). */
async function advance(page) {
  const before = await screen(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => screen(page)).not.toBe(before);
  return (await screen(page)) !== 'summary';
}

/** PageUp, then waits for the screen before. */
async function back(page) {
  const before = await screen(page);
  await page.keyboard.press('PageUp');
  await expect.poll(() => screen(page)).not.toBe(before);
}

/** Opens the set-up page and waits for the bundled bank. */
async function setup(page) {
  await page.goto('./pelatih/#/presentasi');
  await expect(page.getByRole('heading', { name: 'Mode Presentasi' })).toBeVisible();
  await expect(page.locator('.pick-list li').first()).toBeVisible();
}

/** Types `n` cards for answer `digit` the way a presenter does: the number key, the count, Enter. */
async function count(page, digit, n) {
  await page.keyboard.press(String(digit));
  await expect(page.locator(`#count-${digit}`)).toBeFocused();
  await page.keyboard.type(String(n));
  await page.keyboard.press('Enter');
  await expect(page.locator(`#count-${digit}`)).not.toBeFocused();
}

for (const size of SIZES) {
  test(`a whole session by clicker keys at ${size.width}×${size.height}`, async ({ page }, info) => {
    test.skip(info.project.name !== 'projector', 'projector sizes only');
    await page.setViewportSize(size);
    await setup(page);
    await expectAccessible(page, 'session set-up');
    for (const id of SESSION) await page.getByRole('checkbox', { name: new RegExp(`^${id} `) }).check();
    await expect(page.getByText(/^5 soal dipilih/)).toBeVisible();
    await page.getByLabel(/Detik per soal/).fill('45');
    await page.getByLabel('Nama sesi').fill('Bimtek Banjarbaru');
    await page.getByRole('button', { name: 'Presentasikan', exact: true }).click();

    // 1: single choice. The room raises cards; the presenter types the counts.
    await expect(where(page)).toHaveText('Soal 1 dari 5');
    await expect(page.locator('.clock')).toHaveText(/^00:4\d$/);
    await expectFits(page, 'question 1');
    await expectAccessible(page, 'presenting a question');
    await count(page, 1, 30);
    await count(page, 2, 8);
    await count(page, 3, 2);
    const bar = await page.locator('.answer .tally-bar').first().evaluate((e) => e.style.width);
    expect(bar).toBe('75%');
    // Blank and back.
    await page.keyboard.press('b');
    await expect(page.locator('.blank.on')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.blank.on')).toHaveCount(0);
    await expect(where(page)).toHaveText('Soal 1 dari 5');
    await page.keyboard.press('.');
    await expect(page.locator('.blank.on')).toBeVisible();
    await page.keyboard.press('PageDown'); // any key brings the screen back and does nothing else
    await expect(page.locator('.blank.on')).toHaveCount(0);
    await expect(where(page)).toHaveText('Soal 1 dari 5');
    // Next reveals: the right answer, the room's result, the explanation and the source.
    await page.keyboard.press('PageDown');
    await expect(where(page)).toHaveText('Soal 1 dari 5 · jawaban');
    await expect(page.locator('.key-line')).toContainText('Jawaban yang tepat');
    await expect(page.locator('.room')).toHaveText(/^Ruangan: \d+% benar \(40 kartu\)$/);
    await expect(page.locator('.slide .source')).toContainText('Sumber');
    await expectFits(page, 'answer 1');
    await expectAccessible(page, 'presenting an answer');
    // Full screen and back, the session untouched.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expect(where(page)).toHaveText('Soal 1 dari 5 · jawaban');
    // The pointer hides after two seconds still; nothing on screen moves for longer than 200 ms.
    await page.mouse.move(200, 200);
    await expect(page.locator('.present.idle')).toHaveCount(0);
    await expect(page.locator('.present.idle')).toHaveCount(1, { timeout: 5000 });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.slide')).cursor)).toBe('none');
    await page.mouse.move(300, 300);
    await expect(page.locator('.present.idle')).toHaveCount(0);
    const slow = await page.evaluate(() => [...document.querySelectorAll('.present, .present *')]
      .flatMap((el) => {
        const cs = getComputedStyle(el);
        const ms = (v) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 1 : 1000)));
        const longest = Math.max(ms(cs.transitionDuration) + ms(cs.transitionDelay), ms(cs.animationDuration));
        return longest > 200 ? [`${el.className}: ${longest} ms`] : [];
      }));
    expect(slow).toEqual([]);

    // 2: true/false; R reveals and hides, the timer pauses with T.
    await page.keyboard.press(' ');
    await expect(where(page)).toHaveText('Soal 2 dari 5');
    await expect(page.locator('.answer')).toHaveText([/A\s*Benar/, /B\s*Salah/]);
    await page.keyboard.press('t');
    await expect(page.locator('.clock.paused')).toBeVisible();
    const paused = await page.locator('.clock').innerText();
    await page.waitForTimeout(1200);
    await expect(page.locator('.clock')).toHaveText(paused);
    await page.keyboard.press('t');
    await expect(page.locator('.clock.paused')).toHaveCount(0);
    await count(page, 1, 5);
    await count(page, 2, 15);
    await page.keyboard.press('r');
    await expect(where(page)).toHaveText('Soal 2 dari 5 · jawaban');
    await page.keyboard.press('r');
    await expect(where(page)).toHaveText('Soal 2 dari 5');
    await page.keyboard.press('ArrowRight');
    await expectFits(page, 'answer 2');
    await page.keyboard.press('ArrowRight');

    // 3: a long scenario: the story has a screen of its own when it and the options would not
    // fit together at the floor size.
    await expect(where(page)).toHaveText('Soal 3 dari 5');
    await expect(page.locator('.slide .scenario')).toBeVisible();
    await expectFits(page, 'scenario');
    if (!(await page.locator('.slide .answer').count())) await advance(page);
    await expect(where(page)).toHaveText('Soal 3 dari 5');
    await expect(page.locator('.slide .answer')).toHaveCount(4);
    await expectFits(page, 'scenario options');
    await count(page, 1, 20);
    await count(page, 4, 10);

    // The laptop restarts: the same screen comes back with the counts kept.
    await page.reload();
    await expect(where(page)).toHaveText('Soal 3 dari 5');
    await expect(page.locator('#count-1')).toHaveValue('20');
    await expect(page.locator('#count-4')).toHaveValue('10');
    while ((await where(page).innerText()) !== 'Soal 2 dari 5 · jawaban') await back(page);
    await expect(page.locator('.room')).toHaveText(/\(20 kartu\)/);
    do await advance(page); while (!(await page.locator('.key-line').count()));
    await expect(where(page)).toHaveText('Soal 3 dari 5 · jawaban');
    await expect(page.locator('.key-line')).toContainText('Pilihan terbaik');
    await expect(page.locator('.room')).toHaveText(/\(30 kartu\)/);
    await expectFits(page, 'answer 3');

    // 4: a can-do statement: the room's distribution over 1–5 (the long answer of 3 may take
    // a second screen first).
    for (let i = 0; i < 3 && !(await where(page).innerText()).startsWith('Soal 4'); i++) await advance(page);
    await expect(where(page)).toHaveText('Soal 4 dari 5');
    await expect(page.locator('.slide .answer')).toHaveCount(5);
    await count(page, 4, 12);
    await count(page, 5, 8);
    await page.keyboard.press('PageDown');
    await expect(page.locator('.room')).toHaveText('Rata-rata ruangan: 4,4 dari 5 (20 kartu)');
    await expectFits(page, 'answer 4');

    // 5: an open answer: the guiding questions, then the model answer and the rubric.
    await page.keyboard.press('PageDown');
    await expect(where(page)).toHaveText('Soal 5 dari 5');
    await expect(page.locator('.slide .guide').first()).toBeVisible();
    await expectFits(page, 'open question');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Tombol & pengaturan' })).toBeVisible();
    await expectAccessible(page, 'help panel');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // The dark and light themes and the text size are remembered.
    await expect(page.locator('.present.dark')).toBeVisible();
    await page.keyboard.press('d');
    await expect(page.locator('.present.light')).toBeVisible();
    await expectAccessible(page, 'light theme');
    let model = false;
    while (await advance(page)) {
      await expectFits(page, await where(page).innerText());
      model ||= (await page.locator('.slide .model').count()) > 0;
    }
    expect(model, 'the model answer was shown').toBe(true);

    // Past the last screen: the summary.
    await expect(page.getByRole('heading', { name: 'Ringkasan sesi' })).toBeVisible();
    await expect(page.locator('.session-items tbody tr')).toHaveCount(5);
    // Option B is right: 8 of 40 cards, so the room needs to see it again.
    await expect(page.locator('.session-items tbody tr').nth(0)).toContainText('20%');
    await expect(page.locator('.revisit li').first()).toContainText('UU 8/2022');
    await expect(page.locator('.session-items tbody tr').nth(1)).toContainText('20');
    await expect(page.locator('.radar svg')).toBeVisible();
    await expectAccessible(page, 'session summary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh catatan sesi (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sesi-bimtek-banjarbaru.json');
    const record = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(record.format).toBe('pilar-siap/session');
    expect(record.items).toEqual(SESSION);
    expect(record.tallies['data-pg-04'].slice(0, 3)).toEqual([30, 8, 2]);
    expect(record.revealed).toContain('wawancara-kegiatan');

    // Another day: the record comes back and the session continues where it was.
    await page.evaluate(() => localStorage.removeItem('pilar-siap:session:current'));
    await setup(page);
    await page.locator('input[type=file]').setInputFiles(await download.path());
    await expect(where(page)).toHaveText(/^Soal 5 dari 5/);
    await expect(page.locator('.present.light')).toBeVisible();
    for (let i = 0; i < 12 && (await where(page).innerText()) !== 'Soal 3 dari 5'; i++) await back(page);
    await expect(where(page)).toHaveText('Soal 3 dari 5');
    await expect(page.locator('#count-1')).toHaveValue('20');

    // Answer cards for the room: A to E, one per A4 page.
    await page.goto('./pelatih/#/presentasi/kartu');
    await expect(page.locator('.answer-card .big')).toHaveText(['A', 'B', 'C', 'D', 'E']);
    await expectAccessible(page, 'answer cards');
    const pdf = info.outputPath('cards.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const pdfInfo = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(pdfInfo).toMatch(/Pages:\s+5\n/);
    expect(pdfInfo).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const letters = execFileSync('pdftotext', ['-f', '3', '-l', '3', pdf, '-'], { encoding: 'utf8' });
    expect(letters.trim().split(/\s+/)).toEqual(['C', '3']);
  });
}

test('every question of the bundled bank fits the projector', async ({ page }, info) => {
  test.skip(info.project.name !== 'projector', 'projector sizes only');
  test.setTimeout(600_000);
  await setup(page);
  const total = JSON.parse(readFileSync(new URL('../../public/banks/kalsel-pilar-sosial.json', import.meta.url), 'utf8')).items.length;
  await page.getByLabel('Jumlah soal').fill(String(total));
  await page.getByRole('button', { name: 'Undi soal' }).click();
  await expect(page.getByText(new RegExp(`^${total} soal dipilih`))).toBeVisible();
  await page.getByRole('button', { name: 'Presentasikan', exact: true }).click();
  await expect(where(page)).toHaveText(`Soal 1 dari ${total}`);
  let screens = 0;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect(where(page)).toHaveText(`Soal 1 dari ${total}`);
    let more = true;
    for (let n = 0; n < total * 5 && more; n++) {
      if (await page.locator('#count-1').count()) await count(page, 1, 7);
      await expectFits(page, `${await where(page).innerText()} at ${size.width}`);
      screens++;
      more = await advance(page);
    }
    await expect(page.getByRole('heading', { name: 'Ringkasan sesi' })).toBeVisible();
    // Back to the first screen for the next size.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('pilar-siap:session:current'));
      s.position = 0;
      s.slide = 0;
      localStorage.setItem('pilar-siap:session:current', JSON.stringify(s));
      location.hash = '#/presentasi/tampil';
    });
  }
  console.log(`presentation: ${total} questions, ${screens} screens checked at ${SIZES.map((s) => `${s.width}×${s.height}`).join(' and ')}`);
});
