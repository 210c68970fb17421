'use strict';
// The dead-letter view: dead webhook events and dead messages to customers with source, type,
// error and attempts; staff and owners replay one or all (real, labelled buttons). It reloads by
// itself when the stream reports a new dead letter (or a change of an appointment's messages).
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  let items = [];
  let timer = null;

  function visible() { return !$('view-dead-letters').hidden; }

  function row(letter) {
    const a = window.askpro;
    const cells = [
      a.el('td', { 'data-label': t('time') }, a.time(letter.at, true)),
      a.el('td', { 'data-label': t('source') }, t('source.' + letter.source) + (letter.origin ? ' · ' + letter.origin : '')),
      a.el('td', { 'data-label': t('type') }, letter.type || ''),
      a.el('td', { 'data-label': t('error'), class: 'c-error' }, letter.error || ''),
      a.el('td', { 'data-label': t('attempts') }, String(letter.attempts))
    ];
    const actions = a.el('td', { class: 'c-actions' });
    if (a.canAct()) {
      const button = a.el('button', { type: 'button', class: 'act', 'aria-label': t('replay') + ': ' + (letter.type || '') + ' ' + a.time(letter.at, true) },
        t('replay'));
      button.addEventListener('click', () => replay(letter));
      actions.append(button);
    }
    cells.push(actions);
    return a.el('tr', { 'data-dead-letter-id': letter.id, 'data-source': letter.source }, cells);
  }

  function render() {
    $('dead-letters').querySelector('tbody').replaceChildren(...items.map(row));
    $('dead-letters-empty').hidden = items.length > 0;
    $('replay-all').hidden = !window.askpro.canAct() || items.length === 0;
  }

  async function load() {
    items = (await window.askpro.api('/dashboard/api/dead-letters')).items;
    render();
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(() => { if (visible()) { load().catch(() => {}); } }, 200);
  }

  async function post(path) {
    const response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const answer = await response.json().catch(() => null);
    if (!response.ok) { throw new Error((answer && answer.message) || String(response.status)); }
    return answer;
  }

  async function replay(letter) {
    try {
      await post('/dashboard/api/dead-letters/' + encodeURIComponent(letter.source) + '/' + encodeURIComponent(letter.id) + '/replay');
      $('dead-letters-status').textContent = t('replayed') + (letter.type || letter.id);
    } catch (e) {
      $('dead-letters-status').textContent = t('replayFailed') + ' ' + e.message;
    }
    await load();
  }

  $('replay-all').addEventListener('click', async () => {
    try {
      const answer = await post('/dashboard/api/dead-letters/replay-all');
      $('dead-letters-status').textContent = t('replayed') + answer.replayed;
    } catch (e) {
      $('dead-letters-status').textContent = t('replayFailed') + ' ' + e.message;
    }
    await load();
  });

  window.askpro.onEvent('dead_letter', soon);
  window.askpro.onEvent('appointment', soon);
  document.addEventListener('askpro:view', e => { if (e.detail === 'dead-letters') { load().catch(() => {}); } });
  document.addEventListener('askpro:signed-in', () => { items = []; render(); });
  document.querySelectorAll('button.lang').forEach(b => b.addEventListener('click', render));
})();
