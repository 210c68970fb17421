'use strict';
// The calendar view: a branch's day or week, one column per staff member, their working time as
// free background, appointments as blocks, a line for now; reloads on every appointment update.
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  i18n.add({
    en: {
      'view.overview': 'Overview', 'view.calendar': 'Calendar', 'cal.day': 'Day', 'cal.week': 'Week',
      'cal.previous': 'Previous', 'cal.next': 'Next', 'cal.closed': 'Closed', 'cal.noStaff': 'No staff',
      'cal.service': 'Service', 'cal.staff': 'Staff', 'cal.date': 'Date', 'cal.customerName': 'Customer name',
      'cal.phone': 'Phone', 'cal.customer': 'Customer', 'cal.free': 'free', 'cal.now': 'now', 'cal.loaded': 'Calendar updated',
      'status.arrived': 'arrived', 'status.no_show': 'no-show'
    },
    de: {
      'view.overview': 'Übersicht', 'view.calendar': 'Kalender', 'cal.day': 'Tag', 'cal.week': 'Woche',
      'cal.previous': 'Zurück', 'cal.next': 'Weiter', 'cal.closed': 'Geschlossen', 'cal.noStaff': 'Ohne Mitarbeiter',
      'cal.service': 'Leistung', 'cal.staff': 'Mitarbeiter', 'cal.date': 'Datum', 'cal.customerName': 'Name des Kunden',
      'cal.phone': 'Telefon', 'cal.customer': 'Kunde', 'cal.free': 'frei', 'cal.now': 'jetzt', 'cal.loaded': 'Kalender aktualisiert',
      'status.arrived': 'erschienen', 'status.no_show': 'nicht erschienen'
    }
  });
  const PX_PER_MIN = 1.6;
  const state = { data: null, branch: null, from: null, days: 1, active: false, timer: null };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    // styles through the CSSOM: the page's CSP allows no inline style attributes
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'style') { Object.assign(node.style, v); } else if (v !== null && v !== undefined && v !== false) { node.setAttribute(k, v); }
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  const px = mins => (mins * PX_PER_MIN) + 'px';
  const minutes = hhmm => { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; };
  const zone = () => (state.data ? state.data.time_zone : undefined);

  function localParts(iso) {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone(), year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
    const get = type => parts.find(p => p.type === type).value;
    return { date: get('year') + '-' + get('month') + '-' + get('day'), minute: Number(get('hour')) * 60 + Number(get('minute')) };
  }

  function clock(iso) {
    return new Intl.DateTimeFormat(i18n.language(), { hour: '2-digit', minute: '2-digit', timeZone: zone() }).format(new Date(iso));
  }

  function dayTitle(day) {
    const [y, m, d] = day.split('-').map(Number);
    return new Intl.DateTimeFormat(i18n.language(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  function addDays(day, n) {
    const [y, m, d] = day.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
  }

  function monday(day) {
    const [y, m, d] = day.split('-').map(Number);
    const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
    return addDays(day, -weekday);
  }

  async function load() {
    const query = new URLSearchParams({ days: String(state.days) });
    if (state.branch) { query.set('branch', state.branch); }
    if (state.from) { query.set('from', state.from); }
    const response = await fetch('/dashboard/api/calendar?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) { throw new Error('calendar answered ' + response.status); }
    state.data = await response.json();
    state.branch = state.data.branch.id;
    if (!state.from) { state.from = state.data.days[0].date; }
    render();
  }

  function reloadSoon() {
    if (!state.active) { return; }
    clearTimeout(state.timer);
    state.timer = setTimeout(() => load().catch(() => {}), 200);
  }

  function range(data) {
    let from = 24 * 60;
    let to = 0;
    data.days.forEach(day => {
      day.opening.forEach(i => { from = Math.min(from, minutes(i.from)); to = Math.max(to, minutes(i.to)); });
      day.columns.forEach(c => c.appointments.forEach(a => {
        const s = localParts(a.start);
        const e = localParts(a.end);
        if (s.date === day.date) { from = Math.min(from, s.minute); }
        if (e.date === day.date) { to = Math.max(to, e.minute); }
      }));
    });
    if (from >= to) { from = 8 * 60; to = 18 * 60; }
    return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
  }

  function block(a, day, hours) {
    const s = localParts(a.start);
    const e = localParts(a.end);
    const top = (s.date === day.date ? s.minute : hours.from) - hours.from;
    const bottom = (e.date === day.date ? e.minute : hours.to) - hours.from;
    const status = a.attendance || a.status;
    const classes = ['cal-appt', 'st-' + status, a.needs_attention ? 'attention' : ''].join(' ').trim();
    const label = clock(a.start) + '–' + clock(a.end) + ' ' + (a.service || '') + ', ' + (a.customer || '') + ', ' + t('status.' + status)
      + (a.needs_attention ? ', ' + t('sync.conflict') : '');
    const node = el('button', { type: 'button', class: classes, 'data-appointment-id': a.id, 'aria-label': label,
      style: { top: px(top), height: px(Math.max(15, bottom - top)) } },
      el('span', { class: 'when' }, clock(a.start) + '–' + clock(a.end)), ' ',
      el('span', { class: 'what' }, a.service || ''), ' ', el('span', { class: 'who' }, a.customer || ''),
      a.needs_attention ? el('span', { class: 'badge sync-conflict' }, t('sync.conflict')) : '',
      a.attendance ? el('span', { class: 'badge st-badge' }, t('status.' + a.attendance)) : '');
    node.addEventListener('click', () => window.AskProActions && window.AskProActions.open(a.id));
    return node;
  }

  function column(col, day, hours, isToday, nowMinute) {
    const height = (hours.to - hours.from) * PX_PER_MIN;
    const body = el('div', { class: 'cal-body', style: { height: height + 'px' } });
    col.working.forEach(i => body.append(el('div', { class: 'cal-free', 'aria-hidden': 'true',
      style: { top: px(minutes(i.from) - hours.from), height: px(minutes(i.to) - minutes(i.from)) } },
      el('span', null, i.from + '–' + i.to + ' ' + t('cal.free')))));
    col.appointments.forEach(a => body.append(block(a, day, hours)));
    if (isToday && nowMinute >= hours.from && nowMinute <= hours.to) {
      body.append(el('div', { class: 'cal-now', role: 'img', 'aria-label': t('cal.now'), style: { top: px(nowMinute - hours.from) } }));
    }
    return el('div', { class: 'cal-col', 'data-staff-id': col.staff_id || '', role: 'group', 'aria-label': col.name || t('cal.noStaff') },
      el('h4', { class: 'cal-col-head' }, col.name || t('cal.noStaff')), body);
  }

  function render() {
    const data = state.data;
    if (!data) { return; }
    $('cal-branch').replaceChildren(...data.branches.map(b => el('option', { value: b.id, selected: b.id === data.branch.id ? 'selected' : null }, b.name)));
    $('cal-day').setAttribute('aria-pressed', String(state.days === 1));
    $('cal-week').setAttribute('aria-pressed', String(state.days === 7));
    const last = data.days[data.days.length - 1].date;
    $('cal-label').textContent = data.days.length === 1 ? dayTitle(data.days[0].date) : dayTitle(data.days[0].date) + ' – ' + dayTitle(last);
    $('cal-book').hidden = !(window.askpro?.canAct?.() ?? true);
    const hours = range(data);
    const now = localParts(data.now);
    const scale = el('div', { class: 'cal-scale', 'aria-hidden': 'true' }, el('h3', null, '\u00a0'), el('h4', { class: 'cal-col-head' }, ''),
      el('div', { class: 'cal-body', style: { height: px(hours.to - hours.from) } },
        Array.from({ length: (hours.to - hours.from) / 60 }, (_, i) => el('span', { class: 'cal-hour', style: { top: px(i * 60) } },
          String(hours.from / 60 + i).padStart(2, '0') + ':00'))));
    const days = data.days.map(day => el('section', { class: 'cal-day' + (day.date === data.today ? ' today' : ''), 'data-date': day.date, 'aria-label': dayTitle(day.date) },
      el('h3', null, dayTitle(day.date), day.opening.length ? '' : ' · ' + t('cal.closed')),
      el('div', { class: 'cal-cols' }, day.columns.map(c => column(c, day, hours, day.date === now.date, now.minute)))));
    $('cal-grid').replaceChildren(el('div', { class: 'cal-track' }, scale, days));
    $('cal-status').textContent = t('cal.loaded');
  }

  function show() {
    state.active = true;
    load().catch(() => {});
  }

  document.addEventListener('askpro:view', e => { state.active = e.detail === 'calendar'; if (state.active) { show(); } });
  document.addEventListener('askpro:appointment', reloadSoon);
  $('cal-branch').addEventListener('change', () => { state.branch = $('cal-branch').value; load().catch(() => {}); });
  $('cal-day').addEventListener('click', () => { state.days = 1; load().catch(() => {}); });
  $('cal-week').addEventListener('click', () => { state.days = 7; state.from = monday(state.from || state.data.today); load().catch(() => {}); });
  $('cal-today').addEventListener('click', () => { state.from = state.days === 7 ? monday(state.data.today) : state.data.today; load().catch(() => {}); });
  $('cal-prev').addEventListener('click', () => { state.from = addDays(state.from, -state.days); load().catch(() => {}); });
  $('cal-next').addEventListener('click', () => { state.from = addDays(state.from, state.days); load().catch(() => {}); });
  $('cal-book').addEventListener('click', () => window.AskProActions && window.AskProActions.book());
  document.querySelectorAll('button.lang').forEach(b => b.addEventListener('click', () => setTimeout(render, 0)));
  window.AskProCalendar = { reload: () => load(), data: () => state.data, goTo: day => { state.from = day; return load(); } };
})();
