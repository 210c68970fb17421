'use strict';
// The search view: calls and appointments by phone number or name, or (empty) all of them newest
// first, 50 at a time with "load more" (a cursor, beyond the overview's 100 calls and 7 days).
// The query travels in a POST body, never in a URL. Callers are masked by the server as in the overview.
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  const lists = {
    calls: { path: '/dashboard/api/search/calls', cursor: null, body: () => $('search-calls').querySelector('tbody') },
    appointments: { path: '/dashboard/api/search/appointments', cursor: null, body: () => $('search-appointments').querySelector('tbody') }
  };
  let query = '';
  let searched = false;
  let generation = 0; // answers of an earlier search that arrive late are dropped

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 422) { const e = new Error(answer.message || 'invalid'); e.invalid = true; throw e; }
    if (!response.ok) { throw new Error(path + ' answered ' + response.status); }
    return answer;
  }

  function appointmentRow(a) {
    const A = window.AskPro;
    const cells = [['time', A.time(a.start, true)], ['service', a.service], ['customer', a.customer], ['staffMember', a.staff],
      ['branch', a.branch], ['status', A.badge('status', a.status)]];
    return A.el('tr', { 'data-appointment-id': a.id }, cells.map(([label, value]) => A.el('td', { 'data-label': t(label), class: 'c-' + label }, value)));
  }

  async function page(kind, more) {
    const list = lists[kind];
    const asked = generation;
    const answer = await post(list.path, { q: query, cursor: more ? list.cursor : null });
    if (asked !== generation) { return; }
    const rows = answer.items.map(kind === 'calls' ? window.AskPro.callRow : appointmentRow);
    if (more) { list.body().append(...rows); } else { list.body().replaceChildren(...rows); }
    list.cursor = answer.next_cursor || null;
    $('search-' + kind + '-more').hidden = !list.cursor;
    $('search-' + kind + '-empty').hidden = list.body().children.length > 0;
  }

  async function run() {
    $('search-error').textContent = '';
    query = $('search-q').value.trim();
    searched = true;
    const asked = ++generation;
    $('view-search').dataset.busy = 'true'; // until this search's answers are shown (tests wait for it)
    try {
      await Promise.all([page('calls', false), page('appointments', false)]);
    } catch (e) {
      if (!e.invalid || asked !== generation) { throw e; }
      $('search-error').textContent = e.message;
      Object.keys(lists).forEach(kind => { lists[kind].body().replaceChildren(); $('search-' + kind + '-more').hidden = true; });
    } finally {
      if (asked === generation) { delete $('view-search').dataset.busy; }
    }
  }

  $('search-form').addEventListener('submit', e => { e.preventDefault(); run().catch(() => {}); });
  Object.keys(lists).forEach(kind => $('search-' + kind + '-more').addEventListener('click', () => page(kind, true).catch(() => {})));
  document.addEventListener('askpro:view', e => { if (e.detail === 'search' && !searched) { run().catch(() => {}); } });
  document.addEventListener('askpro:language', () => { if (searched && !$('view-search').hidden) { run().catch(() => {}); } });
})();
