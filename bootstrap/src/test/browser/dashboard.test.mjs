// Browser test of the live dashboard: two tenants sign in in headless Chromium; a signed Retell
// call_ended and a booking through the function endpoint appear for the first tenant without
// reload (the call within 1 s of the webhook's 2xx), and the second tenant's browser sees neither.
// Configured by environment (set by DashboardBrowserIT): BASE_URL, DEMO_KEY, OTHER_KEY,
// RETELL_KEY, DEMO_NUMBER, OTHER_NUMBER, SCREENSHOT_DIR; CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const env = name => { const v = process.env[name]; if (!v) { throw new Error(`${name} is not set`); } return v; };
const BASE = env('BASE_URL');
const SHOTS = env('SCREENSHOT_DIR');
mkdirSync(SHOTS, { recursive: true });
let passed = 0;
let failed = 0;

async function signed(path, body) {
  const text = JSON.stringify(body);
  const ts = Date.now();
  const digest = createHmac('sha256', env('RETELL_KEY')).update(text + String(ts), 'utf8').digest('hex');
  const response = await fetch(BASE + path, { method: 'POST', body: text,
    headers: { 'Content-Type': 'application/json', 'X-Retell-Signature': `v=${ts},d=${digest}` } });
  assert.ok(response.ok, `${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

function call(id, from, to, ended) {
  const start = Date.now() - 60_000;
  const c = { call_id: id, call_type: 'phone_call', direction: 'inbound', from_number: from, to_number: to,
    agent_id: 'agent_browser_test', call_status: ended ? 'ended' : 'ongoing', start_timestamp: start };
  if (ended) {
    Object.assign(c, { end_timestamp: start + 42_000, duration_ms: 42_000, disconnection_reason: 'user_hangup',
      transcript: 'Agent: Demo Salon, guten Tag!\nUser: Ich hätte gern einen Termin.' });
  }
  return c;
}

async function signIn(browser, key, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', e => { throw e; });
  await page.goto(BASE + '/');
  await page.locator('#key').fill(key);
  await page.locator('#sign-in-form button[type=submit]').click();
  await page.locator('#live.on').waitFor({ timeout: 10_000 });
  return page;
}

async function step(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e && e.stack || e).split('\n').join('\n  ')}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync']
});
try {
  const demo = await signIn(browser, env('DEMO_KEY'), { viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const other = await signIn(browser, env('OTHER_KEY'), { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const demoCallId = 'browser_' + randomUUID();
  let appointmentId;

  await step('a wrong key is refused on the sign-in form', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(BASE + '/');
    await page.locator('#key').fill('not-a-key');
    await page.locator('#sign-in-form button[type=submit]').click();
    await page.locator('#sign-in-error:not(:empty)').waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('#dashboard').isHidden(), true);
    await context.close();
  });

  await step('labels follow the browser language', async () => {
    assert.equal(await demo.locator('[data-i18n=calls]').textContent(), 'Anrufe');
    assert.equal(await other.locator('[data-i18n=calls]').textContent(), 'Calls');
  });

  // Also the warm-up of a freshly started JVM: the first event processed loads the classes of the whole path.
  await step('the other tenant\'s call appears in its own browser only', async () => {
    await signed('/webhooks/retell', { event: 'call_started', call: call('browser_warm_' + randomUUID(), '+4915188800789',
      env('OTHER_NUMBER'), false) });
    await other.locator('#calls tbody tr', { hasText: '789' }).first().waitFor({ timeout: 10_000 });
    assert.equal(await demo.locator('#calls tbody tr', { hasText: '789' }).count(), 0);
  });

  await step('a signed call_ended appears in the tenant\'s browser within 1 s, without reload', async () => {
    const before = await demo.locator('#calls tbody tr').count();
    await signed('/webhooks/retell', { event: 'call_ended', call: call(demoCallId, '+4915177700123', env('DEMO_NUMBER'), true) });
    const acknowledged = Date.now();
    await demo.locator('#calls tbody tr', { hasText: '123' }).first().waitFor({ timeout: 1_000 });
    console.log(`  call row visible ${Date.now() - acknowledged} ms after the webhook's 2xx`);
    assert.equal(await demo.locator('#calls tbody tr').count(), before + 1);
    assert.equal(await demo.evaluate(() => performance.getEntriesByType('navigation').length), 1);
  });

  await step('a booking through the function endpoint appears in the appointments', async () => {
    const ongoing = call(demoCallId, '+4915177700123', env('DEMO_NUMBER'), false);
    const day = new Date(Date.now() + 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) { day.setUTCDate(day.getUTCDate() + 1); }
    const date = day.toISOString().slice(0, 10);
    const check = await signed('/webhooks/retell/functions', { name: 'check_availability', call: ongoing,
      args: { service: 'Haarschnitt', date, time: '11:00' } });
    const slot = check.available ? { date, time: '11:00' }
      : { date: check.alternatives[0].start.slice(0, 10), time: check.alternatives[0].start.slice(11, 16) };
    const booking = await signed('/webhooks/retell/functions', { name: 'book_appointment', call: ongoing,
      args: Object.assign({ service: 'Haarschnitt', customer_name: 'Erika Browser' }, slot) });
    assert.equal(booking.booked, true, JSON.stringify(booking));
    appointmentId = booking.appointment_id;
    await demo.locator(`li[data-appointment-id="${appointmentId}"]`).waitFor({ timeout: 5_000 });
    assert.match(await demo.locator(`li[data-appointment-id="${appointmentId}"]`).textContent(), /Haarschnitt/);
  });

  await step('the other tenant\'s browser sees neither the call nor the appointment', async () => {
    const otherCall = 'browser_other_' + randomUUID();
    await signed('/webhooks/retell', { event: 'call_ended', call: call(otherCall, '+4915188800456', env('OTHER_NUMBER'), true) });
    await other.locator('#calls tbody tr', { hasText: '456' }).first().waitFor({ timeout: 5_000 });
    assert.equal(await other.locator('#calls tbody tr', { hasText: '123' }).count(), 0);
    assert.equal(await other.locator(`li[data-appointment-id="${appointmentId}"]`).count(), 0);
    assert.equal(await demo.locator('#calls tbody tr', { hasText: '456' }).count(), 0);
  });

  await step('the call detail shows the transcript and the timeline', async () => {
    await demo.locator('#calls tbody tr', { hasText: '123' }).first().click();
    await demo.locator('#call-detail[open]').waitFor({ timeout: 5_000 });
    assert.match(await demo.locator('#transcript').textContent(), /guten Tag/);
    const booked = demo.locator('#timeline li[data-kind="function_call"]', { hasText: 'book_appointment' });
    await booked.first().waitFor({ timeout: 5_000 });
    assert.match(await booked.first().textContent(), /booked/);
    assert.ok(await demo.locator('#timeline li[data-kind="webhook_event"]', { hasText: 'call_ended' }).count() >= 1);
    assert.doesNotMatch(await demo.locator('#timeline').textContent(), /Erika Browser/);
    await demo.screenshot({ path: `${SHOTS}/dashboard-call-detail.png` });
    await demo.locator('#call-detail button.close').click();
  });

  await step('screenshots: desktop and phone width', async () => {
    await demo.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });
    await demo.setViewportSize({ width: 390, height: 844 });
    await demo.screenshot({ path: `${SHOTS}/dashboard-phone.png`, fullPage: true });
    const overflow = await demo.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than a phone screen`);
  });

  await step('signing out returns to the sign-in form', async () => {
    await demo.locator('#sign-out').click();
    await demo.locator('#sign-in').waitFor({ timeout: 5_000 });
    await demo.reload();
    await demo.locator('#sign-in').waitFor({ timeout: 5_000 });
  });
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
