'use strict';
// The dashboard: signs in, loads the tenant's views and keeps them current from the SSE stream.
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  const state = { tenant: null, calls: new Map(), appointments: new Map(), events: null, figuresTimer: null, listeners: [] };

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: 'same-origin', headers: { Accept: 'application/json' } }, options));
    if (response.status === 401) { showSignIn(); throw new Error('not signed in'); }
    if (!response.ok) { throw new Error(path + ' answered ' + response.status); }
    return response.status === 204 ? null : response.json();
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) { node.setAttribute(k, v); } });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function time(iso, withDate) {
    if (!iso) { return ''; }
    const options = { hour: '2-digit', minute: '2-digit', timeZone: state.tenant.time_zone };
    if (withDate) { Object.assign(options, { day: '2-digit', month: '2-digit' }); }
    return new Intl.DateTimeFormat(i18n.language(), options).format(new Date(iso));
  }

  function dayLabel(day) {
    const [y, m, d] = day.split('-').map(Number);
    return new Intl.DateTimeFormat(i18n.language(), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  function duration(seconds) {
    if (seconds == null) { return ''; }
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }

  function badge(kind, value) {
    const text = t(kind + '.' + value);
    return text ? el('span', { class: 'badge ' + kind + '-' + value }, text) : '';
  }

  function callRow(call) {
    const booked = call.appointment ? time(call.appointment.start, true) + ' ' + (call.appointment.service || '') : '';
    const cells = [
      ['time', time(call.at, true)], ['caller', call.caller], ['branch', call.branch], ['status', badge('status', call.status)],
      ['duration', duration(call.duration_seconds)], ['summary', call.summary], ['sentiment', call.sentiment ? badge('sentiment', String(call.sentiment).toLowerCase()) : ''],
      ['appointment', booked]
    ];
    const row = el('tr', { 'data-call-id': call.id, tabindex: '0' },
      cells.map(([label, value]) => el('td', { 'data-label': t(label), class: 'c-' + label }, value)));
    row.addEventListener('click', () => openCall(call.id));
    row.addEventListener('keydown', e => { if (e.key === 'Enter') { openCall(call.id); } });
    return row;
  }

  function renderCalls() {
    const body = $('calls').querySelector('tbody');
    const calls = [...state.calls.values()].sort((a, b) => String(b.at).localeCompare(String(a.at)));
    body.replaceChildren(...calls.map(callRow));
    $('calls-empty').hidden = calls.length > 0;
  }

  function renderAppointments() {
    const byDay = new Map();
    [...state.appointments.values()].sort((a, b) => String(a.start).localeCompare(String(b.start))).forEach(a => {
      if (!byDay.has(a.day)) { byDay.set(a.day, new Map()); }
      const staff = a.staff || t('anyStaff');
      const day = byDay.get(a.day);
      if (!day.has(staff)) { day.set(staff, []); }
      day.get(staff).push(a);
    });
    const days = [...byDay.entries()].map(([day, staff]) => el('div', { class: 'day' },
      el('h3', null, dayLabel(day)),
      [...staff.entries()].map(([name, list]) => el('div', { class: 'staff' }, el('h4', null, name),
        el('ul', null, list.map(a => el('li', { 'data-appointment-id': a.id, class: a.needs_attention ? 'attention' : (a.status === 'cancelled' || a.status === 'rescheduled' ? 'final' : '') },
          el('span', { class: 'when' }, time(a.start) + '–' + time(a.end)), ' ',
          el('span', { class: 'what' }, a.service || ''), ' ', el('span', { class: 'who' }, a.customer || ''), ' ',
          badge('status', a.status), ' ', badge('sync', a.sync), ' ', badge('notice', a.notice))))))));
    $('appointments').replaceChildren(...days);
    $('appointments-empty').hidden = state.appointments.size > 0;
  }

  function flash(selector) {
    const node = document.querySelector(selector);
    if (node) { node.classList.add('fresh'); setTimeout(() => node.classList.remove('fresh'), 2000); }
  }

  async function loadFigures() {
    const f = await api('/dashboard/api/figures');
    $('fig-calls').textContent = f.calls;
    $('fig-bookings').textContent = f.bookings;
    $('fig-conversion').textContent = f.conversion_percent + ' %';
    $('fig-failed').textContent = f.failed_webhooks;
    $('fig-failed').parentElement.classList.toggle('alert', f.failed_webhooks > 0);
  }

  function figuresSoon() {
    clearTimeout(state.figuresTimer);
    state.figuresTimer = setTimeout(() => loadFigures().catch(() => {}), 300);
  }

  async function loadAll() {
    const [calls, appointments] = await Promise.all([api('/dashboard/api/calls'), api('/dashboard/api/appointments')]);
    state.calls = new Map(calls.items.map(c => [c.id, c]));
    state.appointments = new Map(appointments.items.map(a => [a.id, a]));
    renderCalls();
    renderAppointments();
    await loadFigures();
  }

  function connect() {
    if (state.events) { state.events.close(); }
    const events = new EventSource('/dashboard/events');
    state.events = events;
    const live = on => { $('live').className = 'live ' + (on ? 'on' : 'off'); $('live').dataset.i18n = on ? 'live' : 'offline'; $('live').textContent = t($('live').dataset.i18n); };
    events.addEventListener('ready', () => { live(true); loadAll().catch(() => {}); emit('ready'); });
    events.addEventListener('call', e => {
      const call = JSON.parse(e.data);
      if (call.at) { state.calls.set(call.id, call); renderCalls(); flash('tr[data-call-id="' + call.id + '"]'); }
      figuresSoon();
      emit('change', { kind: 'call', row: call });
    });
    events.addEventListener('appointment', e => {
      const a = JSON.parse(e.data);
      if (a.start) { state.appointments.set(a.id, a); renderAppointments(); flash('li[data-appointment-id="' + a.id + '"]'); }
      document.dispatchEvent(new CustomEvent('askpro:appointment', { detail: a }));
      api('/dashboard/api/calls').then(c => { state.calls = new Map(c.items.map(x => [x.id, x])); renderCalls(); }).catch(() => {});
      figuresSoon();
      emit('change', { kind: 'appointment', row: a });
    });
    state.listeners.forEach(([name, handler]) => events.addEventListener(name, handler));
    events.addEventListener('signed_out', () => { events.close(); showSignIn(); });
    events.onerror = () => {
      live(false);
      if (events.readyState === EventSource.CLOSED) { api('/dashboard/api/me').then(() => setTimeout(connect, 2000)).catch(() => {}); }
    };
  }

  // One line per timeline entry: time, kind, what happened (codes, never personal data), duration, correlation id.
  function timelineItem(e) {
    let what;
    let attention = false;
    if (e.kind === 'function_call') {
      what = e.function + ' → ' + e.outcome + (e.reason ? ' (' + e.reason + ')' : '') + (e.requested ? ' · ' + e.requested.replace('T', ' ') : '');
      attention = e.outcome === 'error' || e.outcome.startsWith('not_') || e.outcome === 'unavailable';
    } else if (e.kind === 'calendar_request') {
      what = e.provider + ' ' + e.method + ' ' + e.path + ' → ' + (e.http_status || '—') + (e.error ? ' · ' + e.error : '');
      attention = !e.http_status || e.http_status >= 400;
    } else if (e.kind === 'notification') {
      what = e.message + ' · ' + e.channel + ' · ' + e.status + (e.attempts > 1 ? ' ×' + e.attempts : '') + (e.error ? ' · ' + e.error : '');
      attention = e.status === 'dead' || (e.status === 'pending' && e.attempts > 0);
    } else {
      what = e.event_type + ' · ' + e.status + (e.attempts > 1 ? ' ×' + e.attempts : '') + (e.error ? ' · ' + e.error : '');
      attention = e.status === 'failed' || e.status === 'dead';
    }
    const seconds = new Intl.DateTimeFormat(i18n.language(), { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: state.tenant.time_zone })
      .format(new Date(e.at));
    return el('li', { class: attention ? 'attention' : null, 'data-kind': e.kind },
      el('span', { class: 'when' }, seconds), ' ', badge('kind', e.kind), ' ', el('span', { class: 'what' }, what), ' ',
      el('span', { class: 'ms' }, e.duration_ms == null ? '' : e.duration_ms + ' ms'), ' ',
      el('code', { class: 'corr' }, e.correlation_id || ''));
  }

  async function loadTimeline(id) {
    const timeline = await api('/dashboard/api/calls/' + encodeURIComponent(id) + '/timeline');
    $('timeline').replaceChildren(...(timeline.entries.length ? timeline.entries.map(timelineItem)
      : [el('li', { class: 'empty' }, t('noTimeline'))]));
  }

  async function openCall(id) {
    $('timeline').replaceChildren();
    loadTimeline(id).catch(() => {});
    const detail = await api('/dashboard/api/calls/' + encodeURIComponent(id));
    const facts = [
      [t('time'), time(detail.call.at, true)], [t('caller'), detail.call.caller], [t('status'), t('status.' + detail.call.status)],
      [t('duration'), duration(detail.call.duration_seconds)], [t('summary'), detail.call.summary || ''],
      [t('disconnection'), detail.disconnection_reason ? t('disconnection.' + detail.disconnection_reason) : ''],
      [t('successful'), detail.successful == null ? '' : t(detail.successful ? 'yes' : 'no')]
    ];
    $('call-facts').replaceChildren(...facts.filter(f => f[1]).flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
    $('transcript').textContent = detail.transcript || t('noTranscript');
    $('call-detail').showModal();
  }

  async function showDashboard() {
    state.tenant = await api('/dashboard/api/me');
    document.documentElement.dataset.role = state.tenant.role || 'viewer';
    $('company').textContent = state.tenant.company_name;
    $('sign-in').hidden = true;
    $('dashboard').hidden = false;
    $('sign-out').hidden = false;
    connect();
    document.dispatchEvent(new CustomEvent('askpro:signed-in', { detail: state.tenant }));
  }

  function showSignIn() {
    if (state.events) { state.events.close(); state.events = null; }
    $('dashboard').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('company').textContent = '';
    delete document.documentElement.dataset.role;
    document.dispatchEvent(new CustomEvent('askpro:signed-out'));
  }

  // For the views in their own files (users.js, deadletters.js, ...): the signed-in role, helpers,
  // and SSE events by name (attached to every stream this page opens).
  window.askpro = Object.assign(window.askpro || {}, {
    role: () => (state.tenant && state.tenant.role) || null,
    canAct: () => !!state.tenant && (state.tenant.role === 'staff' || state.tenant.role === 'owner'),
    me: () => state.tenant,
    api, el, time,
    onEvent(name, handler) { state.listeners.push([name, handler]); if (state.events) { state.events.addEventListener(name, handler); } }
  });

  $('user-sign-in-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('user-sign-in-error').textContent = '';
    const response = await fetch('/dashboard/session', { method: 'POST', credentials: 'same-origin',
      body: new URLSearchParams({ email: $('email').value, password: $('password').value }) });
    if (response.status === 204) {
      $('password').value = '';
      showDashboard().catch(() => {});
    } else {
      $('user-sign-in-error').textContent = t(response.status === 401 ? 'invalidCredentials' : response.status === 429 ? 'tooManyAttempts' : 'failed');
    }
  });

  $('sign-in-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('sign-in-error').textContent = '';
    const response = await fetch('/dashboard/session', { method: 'POST', credentials: 'same-origin', body: new URLSearchParams({ key: $('key').value }) });
    if (response.status === 204) {
      $('key').value = '';
      showDashboard().catch(() => {});
    } else {
      $('sign-in-error').textContent = t(response.status === 401 ? 'invalidKey' : response.status === 403 ? 'platformKey' : 'failed');
    }
  });

  $('sign-out').addEventListener('click', async () => {
    await fetch('/dashboard/session', { method: 'DELETE', credentials: 'same-origin' });
    showSignIn();
  });

  document.querySelectorAll('button.lang').forEach(b => b.addEventListener('click', () => {
    i18n.use(b.dataset.lang);
    if (state.tenant) { renderCalls(); renderAppointments(); emit('language'); }
  }));

  // The views in the <nav>: one shown at a time; each view script listens for 'askpro:view'.
  document.querySelectorAll('#views button[data-view]').forEach(b => b.addEventListener('click', () => {
    document.querySelectorAll('#views button[data-view]').forEach(o => o.setAttribute('aria-pressed', String(o === b)));
    document.querySelectorAll('#dashboard > .view').forEach(v => { v.hidden = v.id !== 'view-' + b.dataset.view; });
    document.dispatchEvent(new CustomEvent('askpro:view', { detail: b.dataset.view }));
  }));
  // The views in their own files (charts.js, search.js, …) use these helpers and events.
  const emit = (name, detail) => document.dispatchEvent(new CustomEvent('askpro:' + name, { detail }));
  window.AskPro = { api, el, time, duration, badge, callRow, openCall, emit, tenant: () => state.tenant };

  i18n.apply();
  api('/dashboard/api/me').then(() => showDashboard()).catch(() => showSignIn());
})();
