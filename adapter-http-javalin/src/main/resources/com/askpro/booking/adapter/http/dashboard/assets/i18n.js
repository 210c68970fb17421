'use strict';
// Labels in German and English; the browser's language picks one, the DE/EN buttons switch.
window.AskProI18n = (function () {
  const labels = {
    en: {
      offline: 'offline', live: 'live', signOut: 'Sign out', signInTitle: 'Sign in to your dashboard',
      apiKey: "Your company's API key", signIn: 'Sign in', invalidKey: 'This API key is unknown or revoked.',
      platformKey: 'The platform key has no dashboard. Use your company\'s API key.', failed: 'Something went wrong. Please try again.',
      callsToday: 'Calls today', bookingsToday: 'Bookings today', conversion: 'Conversion', failedWebhooks: 'Failed webhooks',
      calls: 'Calls', time: 'Time', caller: 'Caller', branch: 'Branch', status: 'Status', duration: 'Duration',
      summary: 'Summary', sentiment: 'Sentiment', appointment: 'Appointment', noCalls: 'No calls yet.',
      upcoming: 'Upcoming appointments', noAppointments: 'No upcoming appointments.', close: 'Close', callDetail: 'Call',
      transcript: 'Transcript', noTranscript: 'No transcript yet.', anyStaff: 'Any staff', today: 'Today',
      'status.registered': 'registered', 'status.started': 'in progress', 'status.ended': 'ended', 'status.analyzed': 'analysed',
      'status.booked': 'booked', 'status.confirmed': 'confirmed', 'status.cancelled': 'cancelled', 'status.rescheduled': 'rescheduled',
      'sync.pending': 'sync pending', 'sync.conflict': 'needs attention', 'sync.synced': 'in calendar', 'sync.local': '',
      'notice.sent': 'confirmation sent', 'notice.pending': 'message pending', 'notice.failed': 'message failed',
      'notice.reminded': 'reminder sent',
      'sentiment.positive': 'positive', 'sentiment.neutral': 'neutral', 'sentiment.negative': 'negative', 'sentiment.unknown': 'unknown',
      disconnection: 'Ended because', successful: 'Successful', yes: 'yes', no: 'no',
      timeline: 'Timeline', noTimeline: 'Nothing recorded for this call yet.',
      'kind.webhook_event': 'event', 'kind.function_call': 'function', 'kind.calendar_request': 'calendar', 'kind.notification': 'message',
      email: 'Email', password: 'Password', operatorSignIn: 'Operators: sign in with an API key', signInWithKey: 'Sign in with API key',
      invalidCredentials: 'Email or password is wrong.', tooManyAttempts: 'Too many attempts. Please wait a minute.',
      'view.overview': 'Overview', 'view.users': 'Users', 'view.deadLetters': 'Dead letters',
      users: 'Users', name: 'Name', role: 'Role', state: 'State', actions: 'Actions', newUser: 'New user',
      initialPassword: 'Password (at least 10 characters)', createUser: 'Create user', deactivate: 'Deactivate',
      activate: 'Activate', active: 'active', inactive: 'inactive', you: '(you)',
      'role.owner': 'owner', 'role.staff': 'staff', 'role.viewer': 'viewer',
      deadLetters: 'Dead letters', source: 'Source', type: 'Type', error: 'Error', attempts: 'Attempts', replay: 'Replay',
      replayAll: 'Replay all', noDeadLetters: 'No dead letters.', replayed: 'Queued again: ', replayFailed: 'Replay failed.',
      'source.webhook': 'webhook', 'source.notification': 'message'
    },
    de: {
      offline: 'offline', live: 'live', signOut: 'Abmelden', signInTitle: 'Anmelden am Dashboard',
      apiKey: 'API-Schlüssel Ihres Unternehmens', signIn: 'Anmelden', invalidKey: 'Dieser API-Schlüssel ist unbekannt oder widerrufen.',
      platformKey: 'Der Plattform-Schlüssel hat kein Dashboard. Bitte den Schlüssel Ihres Unternehmens verwenden.',
      failed: 'Etwas ist schiefgegangen. Bitte erneut versuchen.',
      callsToday: 'Anrufe heute', bookingsToday: 'Buchungen heute', conversion: 'Quote', failedWebhooks: 'Fehlgeschlagene Webhooks',
      calls: 'Anrufe', time: 'Zeit', caller: 'Anrufer', branch: 'Filiale', status: 'Status', duration: 'Dauer',
      summary: 'Zusammenfassung', sentiment: 'Stimmung', appointment: 'Termin', noCalls: 'Noch keine Anrufe.',
      upcoming: 'Kommende Termine', noAppointments: 'Keine kommenden Termine.', close: 'Schließen', callDetail: 'Anruf',
      transcript: 'Gesprächsverlauf', noTranscript: 'Noch kein Gesprächsverlauf.', anyStaff: 'Beliebige Mitarbeiter', today: 'Heute',
      'status.registered': 'angemeldet', 'status.started': 'läuft', 'status.ended': 'beendet', 'status.analyzed': 'ausgewertet',
      'status.booked': 'gebucht', 'status.confirmed': 'bestätigt', 'status.cancelled': 'storniert', 'status.rescheduled': 'verschoben',
      'sync.pending': 'Sync ausstehend', 'sync.conflict': 'Prüfen!', 'sync.synced': 'im Kalender', 'sync.local': '',
      'notice.sent': 'Bestätigung versandt', 'notice.pending': 'Nachricht ausstehend', 'notice.failed': 'Nachricht fehlgeschlagen',
      'notice.reminded': 'Erinnerung versandt',
      'sentiment.positive': 'positiv', 'sentiment.neutral': 'neutral', 'sentiment.negative': 'negativ', 'sentiment.unknown': 'unbekannt',
      disconnection: 'Beendet weil', successful: 'Erfolgreich', yes: 'ja', no: 'nein',
      timeline: 'Ablauf', noTimeline: 'Zu diesem Anruf ist noch nichts aufgezeichnet.',
      'kind.webhook_event': 'Ereignis', 'kind.function_call': 'Funktion', 'kind.calendar_request': 'Kalender', 'kind.notification': 'Nachricht',
      email: 'E-Mail', password: 'Passwort', operatorSignIn: 'Betreiber: mit API-Schlüssel anmelden', signInWithKey: 'Mit API-Schlüssel anmelden',
      invalidCredentials: 'E-Mail oder Passwort ist falsch.', tooManyAttempts: 'Zu viele Versuche. Bitte eine Minute warten.',
      'view.overview': 'Übersicht', 'view.users': 'Benutzer', 'view.deadLetters': 'Unzustellbare',
      users: 'Benutzer', name: 'Name', role: 'Rolle', state: 'Zustand', actions: 'Aktionen', newUser: 'Neuer Benutzer',
      initialPassword: 'Passwort (mindestens 10 Zeichen)', createUser: 'Benutzer anlegen', deactivate: 'Deaktivieren',
      activate: 'Aktivieren', active: 'aktiv', inactive: 'deaktiviert', you: '(Sie)',
      'role.owner': 'Inhaber', 'role.staff': 'Mitarbeiter', 'role.viewer': 'Betrachter',
      deadLetters: 'Unzustellbare Ereignisse', source: 'Quelle', type: 'Art', error: 'Fehler', attempts: 'Versuche',
      replay: 'Erneut verarbeiten', replayAll: 'Alle erneut verarbeiten', noDeadLetters: 'Keine unzustellbaren Ereignisse.',
      replayed: 'Wieder eingereiht: ', replayFailed: 'Erneute Verarbeitung fehlgeschlagen.',
      'source.webhook': 'Webhook', 'source.notification': 'Nachricht'
    }
  };
  let current = localStorage.getItem('askpro.lang')
    || ((navigator.languages || [navigator.language || 'en']).some(l => String(l).toLowerCase().startsWith('de')) ? 'de' : 'en');

  function t(key) {
    const table = labels[current];
    if (Object.prototype.hasOwnProperty.call(table, key)) { return table[key]; }
    // a key ending in * labels every value with that prefix (e.g. disconnection.error_llm_websocket_*)
    const wildcard = Object.keys(table).find(k => k.endsWith('*') && key.startsWith(k.slice(0, -1)));
    return wildcard ? table[wildcard] : key.replace(/^[a-z]+\./, '');
  }

  // A view adds its own labels: add({ en: {...}, de: {...} }).
  function add(tables) {
    Object.entries(tables).forEach(([language, table]) => Object.assign(labels[language] || (labels[language] = {}), table));
  }

  function apply() {
    document.documentElement.lang = current;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
    document.querySelectorAll('button.lang').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === current)));
  }

  function use(language) {
    current = labels[language] ? language : 'en';
    localStorage.setItem('askpro.lang', current);
    apply();
  }

  return { t, apply, use, add, language: () => current };
})();
