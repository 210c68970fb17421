// Browser test of the calendar view and the staff actions (headless Chromium, German labels):
// a booking made by phone (signed function call) shows in its staff column; a walk-in booked with
// the "Buchen" button is then refused to a phone caller; moving and cancelling through the
// appointment dialog; keyboard use; the phone layout (390 px) without page overflow; screenshots.
// Configured by environment (set by DashboardBrowserIT): BASE_URL, DEMO_KEY, RETELL_KEY,
// DEMO_NUMBER, SCREENSHOT_DIR; CHROMIUM (default /usr/bin/chromium).
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

function ongoingCall(id, from) {
  return { call_id: id, call_type: 'phone_call', direction: 'inbound', from_number: from, to_number: env('DEMO_NUMBER'),
    agent_id: 'agent_calendar_test', call_status: 'ongoing', start_timestamp: Date.now() - 30_000 };
}

let page;
async function step(name, body) {
  try {
    // a failed step may leave a dialog open: every step starts without one
    if (page) { await page.evaluate(() => document.querySelectorAll('dialog[open]').forEach(d => d.close())); }
    await body();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e && e.stack || e).split('\n').join('\n  ')}`);
  }
}

// Berlin's date, n weekdays (Mon–Fri) after today.
function berlinWeekday(n) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const day = new Date(today + 'T12:00:00Z');
  let left = n;
  while (left > 0 || [0, 6].includes(day.getUTCDay())) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (![0, 6].includes(day.getUTCDay())) { left--; }
  }
  return { date: day.toISOString().slice(0, 10), offset: Math.round((day - new Date(today + 'T12:00:00Z')) / 86_400_000) };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync']
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  page = await context.newPage();
  page.on('pageerror', e => { console.log('page error: ' + e); });
  await page.goto(BASE + '/');
  await page.locator('#key').fill(env('DEMO_KEY'));
  await page.locator('#sign-in-form button[type=submit]').click();
  await page.locator('#live.on').waitFor({ timeout: 10_000 });

  const target = berlinWeekday(3);
  const calendar = page.locator('#cal-grid');
  const view = page.locator('#view-calendar');
  const bk = page.locator('#booking-dialog');
  let phoneAppointment;
  let walkIn;

  await step('the calendar view opens from the views nav with one column per staff member', async () => {
    await page.getByRole('button', { name: 'Kalender' }).click();
    await page.locator('#view-calendar:not([hidden]) .cal-col').first().waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('#view-overview').isHidden(), true);
    for (let i = 0; i < target.offset; i++) {
      await page.getByRole('button', { name: 'Weiter' }).click();
    }
    await page.locator(`.cal-day[data-date="${target.date}"]`).waitFor({ timeout: 5_000 });
    const heads = await page.locator('.cal-col-head').allTextContents();
    assert.deepEqual(heads.filter(h => h).sort(), ['Anna', 'Ben']);
    assert.ok(await page.locator('.cal-free').count() >= 2, 'working time is shown');
  });

  await step('a booking made by phone appears in its staff column, live', async () => {
    const call = ongoingCall('calendar_' + randomUUID(), '+4915166600111');
    const booking = await signed('/webhooks/retell/functions', { name: 'book_appointment', call,
      args: { service: 'Haarschnitt', date: target.date, time: '12:00', staff: 'Ben', customer_name: 'Erika Telefon' } });
    assert.equal(booking.booked, true, JSON.stringify(booking));
    phoneAppointment = booking.appointment_id;
    const block = page.locator(`.cal-col:has(h4:text-is("Ben")) .cal-appt[data-appointment-id="${phoneAppointment}"]`);
    await block.waitFor({ timeout: 5_000 });
    assert.match(await block.textContent(), /Haarschnitt/);
    assert.match(await block.textContent(), /Erika Telefon/);
    const box = await block.boundingBox();
    const free = await page.locator('.cal-col:has(h4:text-is("Ben")) .cal-free').first().boundingBox();
    assert.ok(box.height >= 30, `a 30-minute block is ${box.height} px high`);
    assert.ok(free.height > 8 * box.height, `the working time (09–18) is ${free.height} px high`);
    assert.ok(box.y > free.y + 2 * box.height, 'the 12:00 block sits below the start of the working time');
    const noon = await page.locator('.cal-hour', { hasText: '12:00' }).boundingBox();
    assert.ok(Math.abs(box.y - (noon.y + noon.height / 2)) < 6, `the 12:00 block (y ${box.y}) is level with the 12:00 mark (y ${noon.y})`);
  });

  await step('a walk-in booked with "Buchen" is then refused to a phone caller, with alternatives', async () => {
    await view.getByRole('button', { name: 'Buchen', exact: true }).click();
    await page.locator('#booking-dialog[open]').waitFor({ timeout: 5_000 });
    await bk.getByLabel('Leistung').selectOption('Haarschnitt');
    await bk.getByLabel('Mitarbeiter').selectOption('Anna');
    await bk.getByLabel('Datum').fill(target.date);
    await bk.getByLabel('Zeit').fill('15:00');
    await bk.getByLabel('Name des Kunden').fill('Walter Laufkunde');
    await bk.getByLabel('Telefon').fill('+49 151 22233344');
    await bk.getByRole('button', { name: 'Buchen', exact: true }).click();
    await page.locator('#booking-result', { hasText: 'Gebucht.' }).waitFor({ timeout: 10_000 });
    walkIn = await page.locator('#booking-result').getAttribute('data-appointment-id');
    await page.screenshot({ path: `${SHOTS}/calendar-booking.png` });
    await page.locator('#booking-dialog .close-dialog').click();
    await calendar.locator(`.cal-col:has(h4:text-is("Anna")) .cal-appt[data-appointment-id="${walkIn}"]`).waitFor({ timeout: 5_000 });

    const call = ongoingCall('calendar_' + randomUUID(), '+4915166600222');
    const check = await signed('/webhooks/retell/functions', { name: 'check_availability', call,
      args: { service: 'Haarschnitt', date: target.date, time: '15:00', staff: 'Anna' } });
    assert.equal(check.available, false, JSON.stringify(check));
    const refused = await signed('/webhooks/retell/functions', { name: 'book_appointment', call,
      args: { service: 'Haarschnitt', date: target.date, time: '15:00', staff: 'Anna', customer_name: 'Zweiter Anrufer' } });
    assert.equal(refused.booked, false, JSON.stringify(refused));

    // and the same time again in the dashboard: refused, with alternatives to pick
    await view.getByRole('button', { name: 'Buchen', exact: true }).click();
    await bk.getByLabel('Mitarbeiter').selectOption('Anna');
    await bk.getByLabel('Datum').fill(target.date);
    await bk.getByLabel('Zeit').fill('15:00');
    await bk.getByLabel('Name des Kunden').fill('Doppelt Gebucht');
    await bk.getByLabel('Telefon').fill('+49 151 55566677');
    await bk.getByRole('button', { name: 'Buchen', exact: true }).click();
    await page.locator('#booking-result', { hasText: 'schon vergeben' }).waitFor({ timeout: 10_000 });
    assert.ok(await page.locator('#booking-alternatives button.alternative').count() > 0, 'alternatives offered');
    await page.locator('#booking-dialog .close-dialog').click();
  });

  await step('moving and cancelling through the appointment dialog, each audited', async () => {
    await calendar.locator(`.cal-appt[data-appointment-id="${walkIn}"]`).click();
    const dialog = page.locator('#appointment-dialog[open]');
    await dialog.waitFor({ timeout: 5_000 });
    for (const label of ['Verschieben', 'Stornieren', 'Bestätigen', 'Erschienen', 'Nicht erschienen']) {
      assert.equal(await dialog.getByRole('button', { name: label, exact: true }).count(), 1, label);
    }
    await dialog.getByRole('button', { name: 'Verschieben', exact: true }).click();
    await dialog.getByLabel('Zeit').fill('16:00');
    await dialog.getByRole('button', { name: 'Hierhin verschieben' }).click();
    await page.locator('#appointment-result', { hasText: 'Verschoben.' }).waitFor({ timeout: 10_000 });
    const moved = await page.locator('#appointment-dialog').getAttribute('data-appointment-id');
    assert.notEqual(moved, walkIn);
    await calendar.locator(`.cal-appt[data-appointment-id="${moved}"]`).waitFor({ timeout: 5_000 });
    assert.equal(await calendar.locator(`.cal-appt[data-appointment-id="${walkIn}"]`).count(), 0);
    assert.match(await page.locator('#appointment-trail').textContent(), /verschoben/);
    await page.screenshot({ path: `${SHOTS}/calendar-actions.png` });

    await dialog.getByRole('button', { name: 'Stornieren', exact: true }).click();
    await dialog.getByLabel('Grund').fill('Kunde hat abgesagt');
    await dialog.getByRole('button', { name: 'Termin stornieren' }).click();
    await page.locator('#appointment-result', { hasText: 'Storniert.' }).waitFor({ timeout: 10_000 });
    assert.match(await page.locator('#appointment-trail').textContent(), /storniert.*Kunde hat abgesagt/);
    await page.locator('#appointment-dialog .close-dialog').last().click();
    await page.waitForFunction(id => !document.querySelector(`.cal-appt[data-appointment-id="${id}"]`), moved, { timeout: 5_000 });
  });

  await step('the keyboard opens an appointment and the dialog takes the focus', async () => {
    await calendar.locator(`.cal-appt[data-appointment-id="${phoneAppointment}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('#appointment-dialog[open]').waitFor({ timeout: 5_000 });
    assert.equal(await page.evaluate(() => document.getElementById('appointment-dialog').contains(document.activeElement)), true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('appointment-dialog').open, null, { timeout: 5_000 });
  });

  await step('screenshots: day and week', async () => {
    await page.locator('#cal-grid').screenshot({ path: `${SHOTS}/calendar-day-grid.png` });
    await page.screenshot({ path: `${SHOTS}/calendar.png`, fullPage: true });
    await page.getByRole('button', { name: 'Woche' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.cal-day').length === 7, null, { timeout: 5_000 });
    assert.ok(await calendar.locator(`.cal-appt[data-appointment-id="${phoneAppointment}"]`).count() === 1);
    await page.screenshot({ path: `${SHOTS}/calendar-week.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tag', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('.cal-day').length === 1, null, { timeout: 5_000 });
  });

  await step('today shows a line for now exactly when now is within the shown hours', async () => {
    await view.getByRole('button', { name: 'Heute' }).click();
    await page.waitForFunction(() => window.AskProCalendar.data().days[0].date === window.AskProCalendar.data().today, null, { timeout: 5_000 });
    const expected = await page.evaluate(() => {
      const data = window.AskProCalendar.data();
      const mins = s => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
      const opening = data.days[0].opening;
      const from = opening.length ? Math.floor(Math.min(...opening.map(i => mins(i.from))) / 60) * 60 : 8 * 60;
      const to = opening.length ? Math.ceil(Math.max(...opening.map(i => mins(i.to))) / 60) * 60 : 18 * 60;
      const hm = new Intl.DateTimeFormat('en-GB', { timeZone: data.time_zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .format(new Date(data.now));
      const now = mins(hm);
      return now >= from && now <= to ? document.querySelectorAll('.cal-col').length : 0;
    });
    assert.equal(await page.locator('.cal-now').count(), expected);
  });

  await step('the phone layout: 390 px without page overflow, the columns scroll sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(`.cal-day[data-date]`).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than a phone screen`);
    const grid = await page.evaluate(() => { const g = document.getElementById('cal-grid'); return { scroll: g.scrollWidth, client: g.clientWidth }; });
    assert.ok(grid.client <= 390, `grid is ${grid.client} px wide`);
    await view.getByRole('button', { name: 'Buchen', exact: true }).waitFor();
    await page.screenshot({ path: `${SHOTS}/calendar-phone.png`, fullPage: true });
  });
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
