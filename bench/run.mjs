// `make bench` (not part of `make test`): against the release build in dist/ and a SurveyJS page
// built from the same bank, both served compressed on 127.0.0.1 in the same run:
//   1. first-load sizes (gzip and brotli) of both, and their ratio;
//   2. Lighthouse 12 (mobile, simulated throttling) on both: the four category scores and LCP,
//      TBT, CLS — the median of RUNS runs by LCP;
//   3. a first visit over Slow 4G with the CPU slowed 4×: time and bytes fetched at each step
//      to our report (the split wasm's chunks included), and to SurveyJS's first question;
//   4. ours: from a click to the next frame painted with the CPU slowed 4× (DevTools Protocol),
//      50 answer clicks and 50 item changes, median and worst.
// Figures are printed, never asserted: a benchmark, not a test.
import { readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { kb, measure, printSizes } from '../scripts/first-load.mjs';
import { candidateVisit, filesOf, printVisit, surveyVisit } from '../scripts/first-visit.mjs';
import { serve } from '../scripts/serve.mjs';
import { buildSurveyPage } from './surveyjs.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.LH_RUNS ?? 3);
const dist = new URL('../dist/', import.meta.url);

// 1. Sizes: ours as fetched by a first visit until the home page works (scripts/first-visit.mjs).
const survey = buildSurveyPage(new URL('banks/kalsel-pilar-sosial.json', dist).pathname);
const sites = { 'Pilar Siap': await serve(dist.pathname), SurveyJS: await serve(survey.root) };
const ours = measure(dist, filesOf((await candidateVisit(sites['Pilar Siap'].url, { chrome: CHROME }))[0], sites['Pilar Siap'].url));
const theirs = measure(new URL(`file://${survey.root}`), survey.files);
printSizes('Pilar Siap first load:', ours);
printSizes('SurveyJS page first load:', theirs);
const pkg = readdirSync(dist).find((f) => f.startsWith('pkg-'));
if (pkg) printSizes('Pilar Siap split wasm, every piece:', measure(new URL(`${pkg}/`, dist), readdirSync(new URL(`${pkg}/`, dist))));

// 2. Lighthouse, the same settings for both, one browser per run.
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const score = (c) => Math.round((lhr.categories[c].score ?? 0) * 100);
    const audit = (a) => lhr.audits[a].numericValue;
    const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
    return {
      perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'),
      lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'),
      fcp: audit('first-contentful-paint'), bytes: audit('total-byte-weight'),
      failed: failed.map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

const lh = {};
for (const [name, site] of Object.entries(sites)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(site.url));
  runs.sort((a, b) => a.lcp - b.lcp);
  lh[name] = runs[Math.floor(runs.length / 2)];
}
console.log(`\nLighthouse 12, mobile, simulated throttling (median of ${RUNS} runs by LCP):`);
console.log('                 perf  a11y  b-p   seo    LCP ms   FCP ms   TBT ms    CLS   transferred KB');
for (const [name, r] of Object.entries(lh)) {
  console.log(`  ${name.padEnd(14)} ${String(r.perf).padStart(4)}  ${String(r.a11y).padStart(4)}  ${String(r.bp).padStart(4)}  ${String(r.seo).padStart(4)}  ${r.lcp.toFixed(0).padStart(7)}  ${r.fcp.toFixed(0).padStart(7)}  ${r.tbt.toFixed(0).padStart(7)}  ${r.cls.toFixed(3).padStart(6)}  ${kb(r.bytes)}`);
  if (r.failed.length) console.log(`    audits below full marks: ${r.failed.join(', ')}`);
}
const a = lh['Pilar Siap'];
const b = lh.SurveyJS;
console.log(`\nSurveyJS / Pilar Siap: first load ${(theirs.total.gz / ours.total.gz).toFixed(1)}× (gzip), ${(theirs.total.br / ours.total.br).toFixed(1)}× (brotli) the bytes; LCP ${(b.lcp / a.lcp).toFixed(2)}×.`);
console.log('Goals: ≥ 5× fewer bytes, half the LCP; ours 100/100/100/100, LCP ≤ 1500 ms.');

// 3. A first visit over Slow 4G.
console.log('\nFirst visit over Slow 4G (562.5 ms round trip, 1.44 Mbps), CPU 4× slower, phone, no service worker:');
const slow = { chrome: CHROME, flags: FLAGS.filter((f) => f !== '--headless=new'), slow: true };
printVisit('Pilar Siap', await candidateVisit(sites['Pilar Siap'].url, slow));
printVisit('SurveyJS', await surveyVisit(sites.SurveyJS.url, slow));

// 4. Click to paint, CPU 4× slower, phone viewport, simulation mode (no feedback step).
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => f !== '--headless=new') });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, serviceWorkers: 'block' });
const cdp = await page.context().newCDPSession(page);
await page.goto(sites['Pilar Siap'].url);
await page.getByRole('link', { name: 'Mulai simulasi', exact: true }).click();
await page.getByLabel('Nama').fill('Siti Rahmah');
await page.getByText('Pekerja Sosial Masyarakat').click();
await page.getByLabel('Kabupaten/kota').selectOption('banjar');
await page.getByRole('button', { name: 'Mulai' }).click();
await page.locator('fieldset.item').waitFor();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
// Armed before each click: resolves with the time from the click event to the end of the frame
// painted after it (rAF, then a task): for an answer, the frame after the click's task; for an
// item change, the frame after the heading names the new item. 5 s without that counts as missed.
await page.evaluate(() => {
  // The first click only: a label passes its click on to its input in the same task.
  addEventListener('click', (e) => (window.clickedAt ??= e.timeStamp), true);
  window.arm = (what) => {
    window.clickedAt = null;
    const heading = () => document.querySelector('main h1')?.textContent;
    const before = heading();
    // The app's own work: from the click to the end of its task (handlers, effects, saving).
    addEventListener('click', () => {
      const after = new MessageChannel();
      after.port1.onmessage = () => (window.worked = performance.now() - window.clickedAt);
      after.port2.postMessage(0);
    }, { once: true });
    window.painted = new Promise((done) => {
      const painted = () => requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => done([performance.now() - window.clickedAt, window.worked]);
        after.port2.postMessage(0);
      });
      // A choice shows itself (a checked box needs no change to the page's elements): the frame
      // after the click's task, in which the app saved and re-rendered.
      if (what === 'answer') return addEventListener('click', painted, { once: true });
      // Not the simulation clock, which changes every second; for an item change, the heading.
      const seen = new MutationObserver((records) => {
        const node = (r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement);
        if (records.every((r) => node(r)?.closest('.countdown')) || heading() === before) return;
        seen.disconnect();
        painted();
      });
      setTimeout(() => done([NaN, NaN]), 5000);
      seen.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    });
  };
});
const timings = { answer: [], item: [] };
const work = { answer: [], item: [] };
// Answer clicks on choices only: clicking into an open answer's text box changes nothing to see.
async function timed(kind, locator) {
  await page.evaluate((k) => window.arm(k), kind);
  await locator.click();
  const [paint, worked] = await page.evaluate(() => window.painted);
  timings[kind].push(paint);
  work[kind].push(worked);
}
const total = Number((await page.locator('main h1').innerText()).match(/dari (\d+)/)[1]);
let forward = true;
for (let i = 0, n = 1; timings.answer.length < 50 || timings.item.length < 50; i++) {
  // A choice not already chosen, so that the click changes something (on the way back too).
  const options = page.locator('fieldset.item label:is(.option, .likert-point):not(:has(input:checked))');
  const count = await options.count();
  if (count && timings.answer.length < 50) await timed('answer', options.nth(i % count));
  if (timings.item.length === 50) continue;
  if (forward && n === total) forward = false;
  if (!forward && n === 1) forward = true;
  await timed('item', page.getByRole('button', { name: forward ? 'Berikutnya' : 'Sebelumnya' }));
  n += forward ? 1 : -1;
}
await browser.close();
for (const s of Object.values(sites)) s.close();

const stats = (xs) => {
  const missed = xs.filter(Number.isNaN).length;
  const s = xs.filter((x) => !Number.isNaN(x)).sort((p, q) => p - q);
  if (missed) console.log(`  (${missed} clicks showed no change within 5 s and are left out)`);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, worst ${s[s.length - 1].toFixed(1)} ms (${s.length} clicks)`;
};
console.log('\nClick to next frame painted, CPU 4× slower, phone viewport (goal: median within 16 ms).');
console.log('"Painted" waits for the next frame (0–16.7 ms at 60 Hz); "app work" is the click\'s task alone.');
console.log(`  answer click → answer shown:    painted ${stats(timings.answer)}`);
console.log(`                                  app work ${stats(work.answer)}`);
console.log(`  "Berikutnya" → next item shown: painted ${stats(timings.item)}`);
console.log(`                                  app work ${stats(work.item)}`);
