// Browser end-to-end test of `dossier serve` in Debian's headless chromium, driven by
// playwright-core: search, open an incident, follow a figure to its sentence, open an
// entity, the network renders, and a hostile report's <script> / onerror never run.
// Usage: node tests/e2e/browser.test.mjs DOSSIER_BINARY STORE SCREENSHOT_DIR
// (STORE built by tests/e2e/run.sh). Exits 0 when every check passes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [binary, store, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

// Starts `dossier serve` on a free port; resolves with [process, base URL].
function startServer() {
  const server = spawn(binary, ['serve', '--db', store, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve([server, m[1]]);
    });
    server.on('exit', (code) => reject(new Error(`dossier serve exited ${code}: ${err}`)));
  });
}

async function run(page, base) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });

  await page.goto(`${base}/`);
  await page.keyboard.press('/');
  check(await page.evaluate(() => document.activeElement.id === 'q'), '"/" focuses the search box');
  await page.keyboard.type('Zaventem');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.hits mark');
  check((await page.locator('.hits mark').first().textContent()) === 'Zaventem', 'search highlights the match');
  await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });

  await page.goto(`${base}/timeline`);
  const incident = page.locator('.timeline li:has(.meta:has-text("killed")) a').first();
  await incident.click();
  await page.waitForSelector('svg.chart circle.point');
  check(await page.locator('svg.chart circle.point').count() > 0, 'incident page draws the figure chart');
  await page.screenshot({ path: join(shots, 'incident.png') });
  await page.locator('table.claims a').first().click();
  await page.waitForSelector('mark#figure');
  check(await page.evaluate(() => document.activeElement.id === 'figure'), 'figure link opens its sentence, focused');
  check((await page.locator('mark#figure').textContent()).length > 10, 'the sentence is marked');
  await page.screenshot({ path: join(shots, 'sentence.png') });

  await page.locator('article.text a.mention').first().click();
  await page.waitForSelector('text=Names and why they were joined');
  check(page.url().includes('/entities/'), 'a mention opens its entity');
  await page.screenshot({ path: join(shots, 'entity.png'), fullPage: true });
  await page.locator('a:has-text("network")').first().click();
  await page.waitForSelector('svg.network a.node');
  check(await page.locator('svg.network a.node').count() > 1, 'the network renders its nodes');
  await page.screenshot({ path: join(shots, 'network.png') });

  await page.goto(`${base}/map`);
  await page.waitForSelector('svg.map a.incident circle');
  check(await page.locator('svg.map a.incident').count() > 0, 'the map places incidents');
  check(await page.evaluate(async () => (await fetch('/assets/world.svg')).ok), 'the world outline is served locally');
  await page.screenshot({ path: join(shots, 'map.png') });

  await page.goto(`${base}/search?q=militants%20market`);
  await page.locator('.hits a').first().click();
  await page.waitForSelector('article.text');
  const text = await page.locator('article.text').textContent();
  check(text.includes('<script>window.__pwned = 1;</script>'), 'a <script> in a report shows as text');
  check(text.includes('onerror="window.__pwned = 2"'), 'an onerror attribute shows as text');
  check(await page.evaluate(() => window.__pwned === undefined), 'no injected script ran');
  check(await page.locator('article.text script, article.text img').count() === 0, 'no element was injected');
  await page.screenshot({ path: join(shots, 'hostile.png') });
  check(errors.length === 0, `no page errors or dialogs (${errors.join('; ')})`);
}

const [server, base] = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
let context;
try {
  // A fresh profile directory (playwright passes it as --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  await run(page, base);
} finally {
  if (context) await context.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
