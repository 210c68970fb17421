'use strict';
// The users view (owners only; the server refuses everyone else): list, create, deactivate and
// reactivate the company's dashboard users with real, labelled buttons.
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  let users = [];

  async function send(method, path, body) {
    const response = await fetch(path, { method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
    const answer = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) { throw Object.assign(new Error((answer && answer.message) || String(response.status)), { answer }); }
    return answer;
  }

  function row(user) {
    const el = window.askpro.el;
    const me = window.askpro.me();
    const self = me && me.user && me.user.id === user.id;
    const toggle = el('button', { type: 'button', class: 'act', 'data-user-id': user.id,
      'aria-label': t(user.active ? 'deactivate' : 'activate') + ': ' + user.name }, t(user.active ? 'deactivate' : 'activate'));
    toggle.addEventListener('click', () => setActive(user, !user.active));
    return el('tr', { 'data-user-id': user.id, class: user.active ? null : 'inactive' },
      el('td', { 'data-label': t('name') }, user.name + (self ? ' ' + t('you') : '')),
      el('td', { 'data-label': t('email') }, user.email),
      el('td', { 'data-label': t('role') }, t('role.' + user.role)),
      el('td', { 'data-label': t('state') }, t(user.active ? 'active' : 'inactive')),
      el('td', { class: 'c-actions' }, self ? '' : toggle));
  }

  function render() {
    $('users').querySelector('tbody').replaceChildren(...users.map(row));
  }

  async function load() {
    if (window.askpro.role() !== 'owner') { return; }
    users = (await window.askpro.api('/dashboard/api/users')).items;
    render();
  }

  async function setActive(user, active) {
    try {
      await send('PATCH', '/dashboard/api/users/' + encodeURIComponent(user.id), { active });
      await load();
    } catch (e) {
      $('user-create-error').textContent = e.message;
    }
  }

  $('user-create').addEventListener('submit', async e => {
    e.preventDefault();
    $('user-create-error').textContent = '';
    const body = { name: $('new-user-name').value, email: $('new-user-email').value, role: $('new-user-role').value,
      password: $('new-user-password').value };
    try {
      await send('POST', '/dashboard/api/users', body);
      $('user-create').reset();
      await load();
    } catch (err) {
      $('user-create-error').textContent = err.message;
    }
  });

  document.addEventListener('askpro:view', e => { if (e.detail === 'users') { load().catch(() => {}); } });
  document.addEventListener('askpro:signed-in', () => {
    users = [];
    render();
    if (window.askpro.role() !== 'owner' && !$('view-users').hidden) { document.querySelector('#views button[data-view="overview"]').click(); }
  });
  document.querySelectorAll('button.lang').forEach(b => b.addEventListener('click', render));
})();
