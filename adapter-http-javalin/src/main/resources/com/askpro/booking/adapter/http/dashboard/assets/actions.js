'use strict';
// Staff actions in the calendar: book a walk-in or phone booking, and on one appointment move,
// cancel (with a reason), confirm, arrived, no-show; each a labelled button, results announced
// in an aria-live region, refusals with the alternatives the booking rules offer.
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  i18n.add({
    en: {
      'act.book': 'Book', 'act.move': 'Move', 'act.cancel': 'Cancel', 'act.confirm': 'Confirm', 'act.arrived': 'Arrived',
      'act.no_show': 'No-show', 'act.rebook': 'Rebook', 'act.bookTitle': 'Book an appointment', 'act.moveSubmit': 'Move here',
      'act.cancelSubmit': 'Cancel appointment', 'act.reason': 'Reason', 'act.trail': 'History', 'act.anyStaff': 'Anyone free',
      'act.done.book': 'Booked.', 'act.done.move': 'Moved.', 'act.done.cancel': 'Cancelled.', 'act.done.confirm': 'Confirmed.',
      'act.done.arrived': 'Marked as arrived.', 'act.done.no_show': 'Marked as no-show.',
      'act.refused': 'Not possible', 'act.alternatives': 'Free instead:', 'act.invalid': 'Please check this field:',
      'act.conflict': 'The calendar (Cal.com) answered:', 'act.noTrail': 'No staff actions yet.',
      'act.trail.book': 'booked', 'act.trail.move': 'moved', 'act.trail.cancel': 'cancelled', 'act.trail.confirm': 'confirmed',
      'act.trail.arrived': 'arrived', 'act.trail.no_show': 'no-show',
      'refused.slot_taken': 'This time is already taken.', 'refused.outside_hours': 'Outside the opening hours.', 'refused.too_soon': 'Too soon to book.', 'refused.beyond_window': 'Too far ahead.',
      'refused.closed': 'The branch is closed that day.', 'refused.in_past': 'This time is in the past.',
      'refused.customer_already_booked': 'The customer already has an appointment at that time.',
      'refused.not_started': 'A no-show can only be marked once the appointment has started.',
      'refused.not_today': 'A customer can only arrive on the day of the appointment.', 'refused.busy': 'Busy, please try again.'
    },
    de: {
      'act.book': 'Buchen', 'act.move': 'Verschieben', 'act.cancel': 'Stornieren', 'act.confirm': 'Bestätigen', 'act.arrived': 'Erschienen',
      'act.no_show': 'Nicht erschienen', 'act.rebook': 'Neu buchen', 'act.bookTitle': 'Termin buchen', 'act.moveSubmit': 'Hierhin verschieben',
      'act.cancelSubmit': 'Termin stornieren', 'act.reason': 'Grund', 'act.trail': 'Verlauf', 'act.anyStaff': 'Wer frei ist',
      'act.done.book': 'Gebucht.', 'act.done.move': 'Verschoben.', 'act.done.cancel': 'Storniert.', 'act.done.confirm': 'Bestätigt.',
      'act.done.arrived': 'Als erschienen markiert.', 'act.done.no_show': 'Als nicht erschienen markiert.',
      'act.refused': 'Nicht möglich', 'act.alternatives': 'Stattdessen frei:', 'act.invalid': 'Bitte dieses Feld prüfen:',
      'act.conflict': 'Der Kalender (Cal.com) meldete:', 'act.noTrail': 'Noch keine Aktionen.',
      'act.trail.book': 'gebucht', 'act.trail.move': 'verschoben', 'act.trail.cancel': 'storniert', 'act.trail.confirm': 'bestätigt',
      'act.trail.arrived': 'erschienen', 'act.trail.no_show': 'nicht erschienen',
      'refused.slot_taken': 'Diese Zeit ist schon vergeben.', 'refused.outside_hours': 'Außerhalb der Öffnungszeiten.', 'refused.too_soon': 'Zu kurzfristig.', 'refused.beyond_window': 'Zu weit im Voraus.',
      'refused.closed': 'Die Filiale hat an diesem Tag geschlossen.', 'refused.in_past': 'Diese Zeit liegt in der Vergangenheit.',
      'refused.customer_already_booked': 'Der Kunde hat zu dieser Zeit schon einen Termin.',
      'refused.not_started': 'Nicht erschienen erst ab Beginn des Termins.',
      'refused.not_today': 'Erscheinen erst am Tag des Termins.', 'refused.busy': 'Gerade beschäftigt, bitte erneut versuchen.'
    }
  });
  const state = { current: null };
  const calendar = () => (window.AskProCalendar ? window.AskProCalendar.data() : null);
  const canAct = () => (window.askpro?.canAct?.() ?? true);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) { node.setAttribute(k, v); } });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function local(iso) {
    const zone = calendar() ? calendar().time_zone : undefined;
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
    const get = type => parts.find(p => p.type === type).value;
    return { date: get('year') + '-' + get('month') + '-' + get('day'), time: get('hour') + ':' + get('minute') };
  }

  function when(iso) {
    const zone = calendar() ? calendar().time_zone : undefined;
    return new Intl.DateTimeFormat(i18n.language(), { weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: zone })
      .format(new Date(iso));
  }

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body || {}) });
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    return { status: response.status, json };
  }

  function explain(result, target, alternatives, pick) {
    alternatives.replaceChildren();
    if (result.status === 409) {
      const code = result.json && result.json.error;
      const text = t('refused.' + code);
      target.textContent = t('act.refused') + ': ' + (text !== code ? text : (result.json.message || code));
      const offered = (result.json.alternatives || []).slice(0, 6);
      if (offered.length) {
        alternatives.append(el('span', null, t('act.alternatives') + ' '));
        offered.forEach(a => {
          const b = el('button', { type: 'button', class: 'alternative' }, when(a.start) + (a.staff ? ' · ' + a.staff : ''));
          b.addEventListener('click', () => pick(a));
          alternatives.append(b);
        });
      }
    } else if (result.status === 422) {
      target.textContent = t('act.invalid') + ' ' + (result.json ? result.json.field : '');
    } else if (result.status === 404) {
      target.textContent = t('act.refused');
    } else {
      target.textContent = t('failed');
    }
  }

  // Booking: a walk-in or a phone booking, through the same rules as a caller's.
  function book() {
    const data = calendar();
    if (!data) { return; }
    $('bk-service').replaceChildren(...data.services.map(s => el('option', { value: s.name }, s.name + ' (' + s.minutes + ' min)')));
    const staff = new Map();
    data.days.forEach(d => d.columns.forEach(c => { if (c.staff_id) { staff.set(c.staff_id, c.name); } }));
    $('bk-staff').replaceChildren(el('option', { value: '' }, t('act.anyStaff')), ...[...staff.values()].map(n => el('option', { value: n }, n)));
    $('bk-date').value = data.days[0].date;
    $('booking-result').textContent = '';
    $('booking-alternatives').replaceChildren();
    $('booking-dialog').showModal();
    $('bk-service').focus();
  }

  $('booking-form').addEventListener('submit', async e => {
    e.preventDefault();
    const data = calendar();
    $('booking-result').textContent = '…';
    const result = await post('/dashboard/api/calendar/bookings', {
      branch: data.branch.id, service: $('bk-service').value, staff: $('bk-staff').value || null,
      date: $('bk-date').value, time: $('bk-time').value, customer_name: $('bk-name').value, phone: $('bk-phone').value
    });
    if (result.status === 201) {
      $('booking-result').textContent = t('act.done.book') + ' ' + when(result.json.appointment.start)
        + (result.json.appointment.staff ? ' · ' + result.json.appointment.staff : '');
      $('booking-alternatives').replaceChildren();
      $('booking-result').dataset.appointmentId = result.json.appointment.id;
      window.AskProCalendar.reload().catch(() => {});
    } else {
      explain(result, $('booking-result'), $('booking-alternatives'), a => {
        const l = local(a.start);
        $('bk-date').value = l.date;
        $('bk-time').value = l.time;
        if (a.staff) { $('bk-staff').value = a.staff; }
        $('bk-time').focus();
      });
    }
  });

  // One appointment: its facts, what the calendar sync answered, the actions and the history.
  function actionButtons(a) {
    const buttons = [];
    const add = (action, handler) => {
      const b = el('button', { type: 'button', 'data-action': action }, t('act.' + action));
      b.addEventListener('click', handler);
      buttons.push(b);
    };
    if (!canAct() || a.status === 'cancelled' || a.status === 'rescheduled') { return buttons; }
    if (a.needs_attention) { add('rebook', () => openForm('move-form', 'mv-date')); }
    if (!a.attendance) { add('move', () => openForm('move-form', 'mv-date')); }
    if (a.attendance !== 'arrived') { add('cancel', () => openForm('cancel-form', 'cn-reason')); }
    if (!a.attendance && a.status === 'booked') { add('confirm', () => act('confirm')); }
    if (a.attendance !== 'arrived') { add('arrived', () => act('arrived')); }
    if (!a.attendance) { add('no_show', () => act('no-show')); }
    return buttons;
  }

  function openForm(id, focus) {
    $('move-form').hidden = id !== 'move-form';
    $('cancel-form').hidden = id !== 'cancel-form';
    $(focus).focus();
  }

  function render(detail) {
    const a = detail.appointment;
    state.current = a;
    const l = local(a.start);
    const facts = [[t('time'), when(a.start) + '–' + local(a.end).time], [t('cal.service'), a.service], [t('cal.staff'), a.staff],
      [t('cal.customer'), a.customer], [t('branch'), detail.branch.name], [t('status'), t('status.' + (a.attendance || a.status))]];
    $('appointment-facts').replaceChildren(...facts.filter(f => f[1]).flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
    $('appointment-conflict').hidden = !a.needs_attention;
    $('appointment-conflict').textContent = a.needs_attention ? t('act.conflict') + ' ' + (a.reason || '') : '';
    $('appointment-actions').replaceChildren(...actionButtons(a));
    $('move-form').hidden = true;
    $('cancel-form').hidden = true;
    $('mv-date').value = l.date;
    $('mv-time').value = l.time;
    $('cn-reason').value = '';
    $('appointment-trail').replaceChildren(...(detail.actions.length ? detail.actions.map(x => el('li', { 'data-action': x.action },
      el('span', { class: 'when' }, when(x.at)), ' ', t('act.trail.' + x.action), ' · ', el('code', null, x.actor),
      x.details ? el('span', { class: 'trail-details' }, ' · ' + x.details) : '')) : [el('li', { class: 'empty' }, t('act.noTrail'))]));
    $('appointment-dialog').dataset.appointmentId = a.id;
  }

  async function open(id) {
    const response = await fetch('/dashboard/api/calendar/appointments/' + encodeURIComponent(id), { credentials: 'same-origin' });
    if (!response.ok) { return; }
    render(await response.json());
    $('appointment-result').textContent = '';
    $('move-alternatives').replaceChildren();
    if (!$('appointment-dialog').open) { $('appointment-dialog').showModal(); }
  }

  async function act(action, body) {
    const a = state.current;
    const code = action === 'no-show' ? 'no_show' : action;
    const result = await post('/dashboard/api/calendar/appointments/' + encodeURIComponent(a.id) + '/' + action, body);
    if (result.status === 200) {
      render(result.json);
      $('appointment-result').textContent = t('act.done.' + code);
      $('move-alternatives').replaceChildren();
      window.AskProCalendar.reload().catch(() => {});
      const first = $('appointment-actions').querySelector('button');
      (first || $('appointment-dialog').querySelector('.close-dialog')).focus();
    } else {
      explain(result, $('appointment-result'), $('move-alternatives'), alt => {
        const l = local(alt.start);
        $('mv-date').value = l.date;
        $('mv-time').value = l.time;
        openForm('move-form', 'mv-time');
      });
    }
  }

  $('move-form').addEventListener('submit', e => { e.preventDefault(); act('move', { date: $('mv-date').value, time: $('mv-time').value }); });
  $('cancel-form').addEventListener('submit', e => { e.preventDefault(); act('cancel', { reason: $('cn-reason').value }); });
  document.querySelectorAll('dialog .close-dialog').forEach(b => b.addEventListener('click', () => b.closest('dialog').close()));
  window.AskProActions = { book, open };
})();
