import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const c = await b.newContext({
  baseURL: 'http://127.0.0.1:4711',
  viewport: { width: 1400, height: 1200 },
});
await c.addCookies([{ name: 'saqme_lang', value: 'en', url: 'http://127.0.0.1:4711' }]);
const p = await c.newPage();
p.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
p.on('response', (r) => {
  if (!r.url().includes('_app')) console.log('resp', r.status(), r.url());
});
await p.goto('/login');
await p.fill('#username', 'central.analyst');
await p.fill('#password', 'saqme-demo-2026');
await Promise.all([
  p.waitForURL('http://127.0.0.1:4711/'),
  p.click('#login-form button[type=submit]'),
]);
await p.goto('/design');
await p.evaluate(() => localStorage.clear());
await p.reload();
await p.waitForSelector('[data-element-id="Task_Decide"]');
await p.click('button.try-toggle');
await p.waitForTimeout(3000);
console.log(
  await p
    .locator('.try')
    .innerHTML()
    .catch((e) => String(e)),
);
await p.screenshot({ path: '/tmp/try.png' });
await b.close();
