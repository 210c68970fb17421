// Browser test of the insights and search views: the charts render with the data of a new call and
// a booking (live, without reload), plain-language labels for every Retell disconnection reason,
// search by phone (national form, masked in the result) and by name, and "load more" past the
// first page. Configured like dashboard.test.mjs (BASE_URL, DEMO_KEY, OTHER_KEY, RETELL_KEY,
// DEMO_NUMBER, OTHER_NUMBER, SCREENSHOT_DIR, CHROMIUM).
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

// Every reason of /work/shared/reference/retell.md (error_llm_websocket_* with the variants Retell sends).
const REASONS = ['user_hangup', 'agent_hangup', 'call_transfer', 'voicemail_reached', 'ivr_reached', 'inactivity',
  'max_duration_reached', 'concurrency_limit_reached', 'no_valid_payment', 'scam_detected', 'dial_busy', 'dial_failed',
  'dial_no_answer', 'invalid_destination', 'marked_as_spam', 'user_declined', 'error_llm_websocket_open_error',
  'error_llm_websocket_lost_connection', 'error_llm_websocket_runtime_error', 'error_llm_websocket_corrupt_payload',
  'error_no_audio_received', 'error_asr', 'error_retell', 'error_unknown', 'registered_call_timeout', 'transfer_bridged',
  'transfer_cancelled', 'manual_stopped', 'call_take_over', 'error_inbound_webhook', 'machine_detected'];

async function signed(path, body) {
  const text = JSON.stringify(body);
  const ts = Date.now();
  const digest = createHmac('sha256', env('RETELL_KEY')).update(text + String(ts), 'utf8').digest('hex');
  const response = await fetch(BASE + path, { method: 'POST', body: text,
    headers: { 'Content-Type': 'application/json', 'X-Retell-Signature': `v=${ts},d=${digest}` } });
  assert.ok(response.ok, `${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

function call(id, from, ended) {
  const start = Date.now() - 60_000;
  const c = { call_id: id, call_type: 'phone_call', direction: 'inbound', from_number: from, to_number: env('DEMO_NUMBER'),
    agent_id: 'agent_browser_test', call_status: ended ? 'ended' : 'ongoing', start_timestamp: start };
  if (ended) {
    Object.assign(c, { end_timestamp: start + 30_000, duration_ms: 30_000, disconnection_reason: 'user_hangup', transcript: 'Agent: Hallo!' });
  }
  return c;
}

async function signIn(browser, key, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', e => { throw e; });
  page.on('console', m => { if (m.type() === 'error') { console.log('  browser console: ' + m.text()); } });
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

// Fills in the search and waits until its answers (not an earlier search's) are shown.
async function searchFor(page, q) {
  await page.locator('#search-q').fill(q);
  await page.locator('#search-form button[type=submit]').click();
  await page.locator('#view-search:not([data-busy])').waitFor({ timeout: 10_000 });
}

const total = (page, id) => page.locator('#' + id).getAttribute('data-total').then(v => (v == null ? -1 : Number(v)));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync']
});
try {
  const demo = await signIn(browser, env('DEMO_KEY'), { viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const other = await signIn(browser, env('OTHER_KEY'), { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const caller = '+49151666' + String(Math.floor(Math.random() * 90_000) + 10_000);
  const national = '0' + caller.slice(3, 6) + ' ' + caller.slice(6);
  const callId = 'insights_' + randomUUID();

  await step('the charts render from the jar\'s uPlot without CSP violations', async () => {
    const violations = [];
    demo.on('console', m => { if (/Content Security Policy/i.test(m.text())) { violations.push(m.text()); } });
    await demo.locator('#views button[data-view=insights]').click();
    for (const id of ['chart-hours', 'chart-bookings', 'chart-conversion']) {
      await demo.locator(`#${id} canvas`).first().waitFor({ timeout: 10_000 });
    }
    assert.equal(await demo.locator('[data-i18n=chartHours]').textContent(), 'Anrufe pro Stunde heute');
    assert.equal(await demo.locator('#chart-hours .u-legend').count(), 1);
    assert.deepEqual(violations, []);
  });

  await step('a new call and a booking show in the charts live, without reload', async () => {
    const callsBefore = await total(demo, 'chart-hours');
    const bookingsBefore = await total(demo, 'chart-bookings');
    await signed('/webhooks/retell', { event: 'call_started', call: call(callId, caller, false) });
    const ongoing = call(callId, caller, false);
    const day = new Date(Date.now() + 2 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) { day.setUTCDate(day.getUTCDate() + 1); }
    const date = day.toISOString().slice(0, 10);
    const check = await signed('/webhooks/retell/functions', { name: 'check_availability', call: ongoing,
      args: { service: 'Haarschnitt', date, time: '14:00' } });
    const slot = check.available ? { date, time: '14:00' }
      : { date: check.alternatives[0].start.slice(0, 10), time: check.alternatives[0].start.slice(11, 16) };
    const booking = await signed('/webhooks/retell/functions', { name: 'book_appointment', call: ongoing,
      args: Object.assign({ service: 'Haarschnitt', customer_name: 'Ines Einblick' }, slot) });
    assert.equal(booking.booked, true, JSON.stringify(booking));
    await signed('/webhooks/retell', { event: 'call_ended', call: call(callId, caller, true) });
    await demo.waitForFunction(([c, b]) => Number(document.getElementById('chart-hours').dataset.total) > c
      && Number(document.getElementById('chart-bookings').dataset.total) > b, [callsBefore, bookingsBefore], { timeout: 10_000 });
    assert.ok(await demo.locator('#chart-hours canvas').count() >= 1);
    assert.match(await demo.locator('#conversion-total').textContent(), /Anrufen haben in den letzten 30 Tagen einen Termin gebucht/);
    assert.equal(await demo.evaluate(() => performance.getEntriesByType('navigation').length), 1);
    // the figure cards stayed live meanwhile
    assert.ok(Number(await demo.locator('#fig-calls').textContent()) >= 1);
    await demo.screenshot({ path: `${SHOTS}/dashboard-insights.png`, fullPage: true });
  });

  await step('the other tenant\'s charts do not count it', async () => {
    await other.locator('#views button[data-view=insights]').click();
    await other.locator('#chart-bookings canvas').first().waitFor({ timeout: 10_000 });
    assert.equal(await total(other, 'chart-bookings'), 0);
  });

  await step('every Retell disconnection reason has a plain-language label in German and English', async () => {
    const labels = await demo.evaluate(reasons => {
      const out = {};
      for (const lang of ['de', 'en']) {
        window.AskProI18n.use(lang);
        out[lang] = reasons.map(r => window.AskProI18n.t('disconnection.' + r));
        out[lang + '_unknown'] = window.AskProI18n.t('disconnection.some_new_reason');
      }
      window.AskProI18n.use('de');
      return out;
    }, REASONS);
    REASONS.forEach((r, i) => {
      assert.notEqual(labels.de[i], r, `no German label for ${r}`);
      assert.notEqual(labels.en[i], r, `no English label for ${r}`);
      assert.notEqual(labels.de[i], labels.en[i], `German and English label of ${r} are the same`);
    });
    assert.equal(labels.de[0], 'Anrufer hat aufgelegt');
    assert.equal(labels.en[0], 'Caller hung up');
    assert.equal(labels.de_unknown, 'some_new_reason');
    assert.equal(labels.en_unknown, 'some_new_reason');
  });

  await step('search by the whole number in national form finds the call (in full for an owner) and its appointment', async () => {
    await demo.locator('#views button[data-view=search]').click();
    await searchFor(demo, national);
    const row = demo.locator('#search-calls tbody tr', { hasText: caller.slice(-3) });
    await row.first().waitFor({ timeout: 5_000 });
    assert.equal(await demo.locator('#search-calls tbody tr').count(), 1);
    // the demo key signs in as owner, who sees callers' numbers in full (viewers get them masked, InsightsHttpTest)
    assert.match(await demo.locator('#view-search').textContent(), new RegExp(caller.replace('+', '\\+')));
    await demo.locator('#search-appointments tbody tr', { hasText: 'Haarschnitt' }).first().waitFor({ timeout: 5_000 });
    assert.equal(await demo.locator('#search-appointments tbody tr').count(), 1);
    await row.first().click();
    await demo.locator('#call-detail[open]').waitFor({ timeout: 5_000 });
    assert.match(await demo.locator('#call-facts').textContent(), /Anrufer hat aufgelegt/);
    await demo.locator('#call-detail button.close').click();
    await demo.screenshot({ path: `${SHOTS}/dashboard-search.png`, fullPage: true });
  });

  await step('search by name finds the appointment; the other tenant finds nothing', async () => {
    await searchFor(demo, 'ines einblick');
    await demo.locator('#search-appointments tbody tr', { hasText: 'Ines Einblick' }).first().waitFor({ timeout: 5_000 });
    await other.locator('#views button[data-view=search]').click();
    await searchFor(other, caller);
    await other.locator('#search-calls-empty:not([hidden])').waitFor({ timeout: 5_000 });
    assert.equal(await other.locator('#search-calls tbody tr').count(), 0);
    assert.equal(await other.locator('#search-appointments tbody tr').count(), 0);
  });

  await step('a partial number is refused with a message', async () => {
    await searchFor(demo, '0151');
    await demo.locator('#search-error:not(:empty)').waitFor({ timeout: 5_000 });
    assert.match(await demo.locator('#search-error').textContent(), /whole number/);
  });

  await step('"load more" pages past the first 50 calls without repeating one', async () => {
    const before = Number(await demo.locator('#fig-calls').textContent());
    for (let i = 0; i < 55; i++) {
      await signed('/webhooks/retell', { event: 'call_ended', call: call('insights_many_' + randomUUID(), '+4915155' + String(500000 + i), true) });
    }
    // webhooks are processed after their 2xx: wait until the live figure card counts all 55
    await demo.waitForFunction(n => Number(document.getElementById('fig-calls').textContent) >= n, before + 55, { timeout: 60_000 });
    await searchFor(demo, '');
    await demo.locator('#search-calls-more:not([hidden])').waitFor({ timeout: 5_000 });
    assert.equal(await demo.locator('#search-calls tbody tr').count(), 50);
    await demo.locator('#search-calls-more').click();
    await demo.waitForFunction(() => document.querySelectorAll('#search-calls tbody tr').length > 50, null, { timeout: 5_000 });
    const ids = await demo.locator('#search-calls tbody tr').evaluateAll(rows => rows.map(r => r.dataset.callId));
    assert.ok(ids.length >= 57, `only ${ids.length} calls after loading more`);
    assert.equal(new Set(ids).size, ids.length, 'a call was listed twice');
  });

  await step('phone width: insights and search fit a 390 px screen', async () => {
    await demo.setViewportSize({ width: 390, height: 844 });
    await demo.locator('#views button[data-view=insights]').click();
    // reloaded on opening: the hour chart counts every call of today, as the live figure card does
    await demo.waitForFunction(() => document.getElementById('chart-hours').dataset.total === document.getElementById('fig-calls').textContent
      && Number(document.getElementById('fig-calls').textContent) >= 57, null, { timeout: 15_000 });
    await demo.waitForFunction(() => document.querySelector('#chart-hours canvas').getBoundingClientRect().right <= window.innerWidth,
      null, { timeout: 5_000 }); // the charts redraw for the new width
    const overflow = await demo.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the insights view is ${overflow} px wider than a phone screen`);
    await demo.screenshot({ path: `${SHOTS}/dashboard-insights-phone.png`, fullPage: true });
    await demo.locator('#views button[data-view=search]').click();
    const searchOverflow = await demo.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(searchOverflow <= 0, `the search view is ${searchOverflow} px wider than a phone screen`);
  });
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
