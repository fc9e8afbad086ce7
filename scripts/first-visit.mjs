// A candidate's first visit, in a real browser (Chromium at phone size, nothing cached, no
// service worker): home, the bank, profile, one question answered, the report. At each step, the
// files fetched so far, the bytes sent for them (compressed, as served) and the time since
// navigation.
// What was fetched by the time the home page's start link works is the first load — whatever
// the app splits or defers, the browser's own requests say what a first screen costs.
// Used by the size budget (scripts/sizes.mjs) and, over a slow network, by `make bench`.
import { chromium } from 'playwright-core';
import { kb } from './first-load.mjs';

/** DevTools' "Slow 4G": 562.5 ms round trip, 1.44 Mbps down, 675 kbps up. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (0.675 * 1024 * 1024) / 8 };
const WAIT = { timeout: 120_000 };

async function open(chrome, flags, slow) {
  const browser = await chromium.launch({ executablePath: chrome, args: flags });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, serviceWorkers: 'block' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const fetched = { bytes: 0, requests: [] };
  const finished = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    fetched.requests.push({ id: e.requestId, url: e.request.url, at: e.wallTime * 1000 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    fetched.bytes += e.encodedDataLength;
    finished.set(e.requestId, e.encodedDataLength);
  });
  fetched.sentFor = (ids) => ids.reduce((sum, id) => sum + (finished.get(id) ?? 0), 0);
  fetched.urls = () => fetched.requests.map((r) => r.url);
  return { browser, page, fetched };
}

/**
 * Our candidate's first visit at `url`; resolves to one row per step: { step, ms, bytes, files }
 * with `files` every address requested so far. `slow` applies Slow 4G and a CPU 4× slower.
 */
export async function candidateVisit(url, { chrome = '/usr/bin/chromium', flags = [], slow = false } = {}) {
  const { browser, page, fetched } = await open(chrome, flags, slow);
  const rows = [];
  const mark = async (step) => rows.push({ step, ms: await page.evaluate(() => performance.now()), bytes: fetched.bytes, files: fetched.urls() });
  // The moment the app puts the start link in the page (the static shell has none): what was
  // requested by then is the first load, whatever the app fetches a moment later when idle.
  await page.addInitScript(() => {
    new MutationObserver((_, seen) => {
      if ([...document.querySelectorAll('main a')].some((a) => a.textContent.trim() === 'Mulai latihan')) {
        window.homeUsableAt = performance.timeOrigin + performance.now();
        seen.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  try {
    await page.goto(url, { waitUntil: 'commit', ...WAIT });
    const start = page.getByRole('link', { name: 'Mulai latihan', exact: true });
    await start.waitFor(WAIT);
    await page.waitForFunction(() => window.homeUsableAt);
    const at = await page.evaluate(() => window.homeUsableAt);
    const before = fetched.requests.filter((r) => r.at <= at);
    rows.push({ step: 'home usable (start link shown)', ms: at - (await page.evaluate(() => performance.timeOrigin)), bytes: fetched.sentFor(before.map((r) => r.id)), files: before.map((r) => r.url) });
    await page.getByRole('heading', { name: /^Bank soal:/ }).waitFor(WAIT);
    await mark('bank read (home page whole)');
    await start.click();
    await page.getByLabel('Nama').waitFor(WAIT);
    await mark('profile form shown');
    await page.getByLabel('Nama').fill('Siti Rahmah');
    await page.getByText('Pekerja Sosial Masyarakat').click();
    await page.getByLabel('Kabupaten/kota').selectOption('banjar');
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.locator('fieldset.item').waitFor(WAIT);
    await mark('first item shown');
    await page.locator('fieldset.item label').first().click();
    await page.getByRole('link', { name: 'Daftar soal' }).click();
    await page.getByRole('button', { name: 'Kirim & lihat hasil' }).click();
    await page.getByRole('heading', { name: 'Profil kompetensi Anda' }).waitFor(WAIT);
    await mark('report shown');
  } finally {
    await browser.close();
  }
  return rows;
}

/** The SurveyJS comparison page's first visit, to its first question. */
export async function surveyVisit(url, { chrome = '/usr/bin/chromium', flags = [], slow = false } = {}) {
  const { browser, page, fetched } = await open(chrome, flags, slow);
  try {
    await page.goto(url, { waitUntil: 'commit', ...WAIT });
    await page.locator('.sd-question').first().waitFor(WAIT);
    return [{ step: 'first question shown', ms: await page.evaluate(() => performance.now()), bytes: fetched.bytes, files: fetched.urls() }];
  } finally {
    await browser.close();
  }
}

/** The files of `row` below the site at `url`, as paths relative to it (the page as index.html). */
export function filesOf(row, url) {
  const paths = row.files.filter((f) => f.startsWith(url)).map((f) => decodeURIComponent(new URL(f).pathname).slice(new URL(url).pathname.length) || 'index.html');
  return [...new Set(paths.map((p) => (p.endsWith('/') ? `${p}index.html` : p)))];
}

export function printVisit(name, rows) {
  console.log(`  ${name}`);
  for (const r of rows) console.log(`    ${r.step.padEnd(34)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${kb(r.bytes)} KB sent (${r.files.length} requests)`);
}
