'use strict';
// The insights view: calls per hour today, bookings per day and conversion per day over 30 days,
// drawn with uPlot (served from our jar under /dashboard/vendor/uplot/). Data: GET /dashboard/api/insights,
// reloaded when a call or an appointment changes (the dashboard's live stream) while the view is open.
(function () {
  const i18n = window.AskProI18n;
  const t = i18n.t;
  const $ = id => document.getElementById(id);
  const state = { data: null, plots: [], timer: null, stale: true };
  const visible = () => !$('view-insights').hidden;

  function bars() {
    return window.uPlot.paths.bars({ size: [0.7, 40], gap: 1 });
  }

  function plot(target, labels, series, options) {
    const width = Math.max(240, target.clientWidth || target.parentElement.clientWidth - 32);
    const opts = {
      width, height: 220, legend: { show: true }, cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] },
        y: { range: (u, min, max) => [0, options.max || Math.max(2, Math.ceil(max * 1.15))] } },
      axes: [
        { incrs: options.incrs, space: options.space || 28,
          values: (u, splits) => splits.map(v => (Number.isInteger(v) && labels[v] !== undefined ? labels[v] : '')) },
        { incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000], values: (u, splits) => splits.map(v => (Number.isInteger(v) ? String(v) : '')) }
      ],
      series: [{ label: options.x, value: (u, v) => (v == null ? '' : labels[v]) }].concat(series)
    };
    const data = [labels.map((_, i) => i)].concat(series.map(s => s.data));
    target.replaceChildren();
    state.plots.push(new window.uPlot(opts, data, target));
  }

  function render() {
    const d = state.data;
    if (!d || !visible() || !window.uPlot) { return; }
    state.plots.forEach(p => p.destroy());
    state.plots = [];
    const hours = d.hours.map(h => h.label.slice(0, 2));
    const callsToday = d.hours.reduce((sum, h) => sum + h.calls, 0);
    plot($('chart-hours'), hours, [
      { label: t('seriesCalls'), data: d.hours.map(h => h.calls), stroke: '#2563eb', fill: 'rgba(37,99,235,0.35)', paths: bars(), points: { show: false } },
      { label: t('seriesBooked'), data: d.hours.map(h => h.booked), stroke: '#16a34a', fill: 'rgba(22,163,74,0.45)', paths: bars(), points: { show: false } }
    ], { incrs: [1, 2, 3, 4, 6, 12], x: t('hour') });
    const days = d.days.map(x => x.day.slice(8, 10) + '.' + x.day.slice(5, 7) + '.');
    plot($('chart-bookings'), days, [
      { label: t('seriesBookings'), data: d.days.map(x => x.bookings), stroke: '#7c3aed', fill: 'rgba(124,58,237,0.4)', paths: bars(), points: { show: false } }
    ], { incrs: [1, 2, 5, 7, 10, 15], space: 52, x: t('day') });
    plot($('chart-conversion'), days, [
      { label: t('seriesConversion'), data: d.days.map(x => (x.calls ? x.conversion_percent : null)), stroke: '#ea580c', width: 2,
        spanGaps: false, points: { show: true, size: 5 } }
    ], { incrs: [1, 2, 5, 7, 10, 15], space: 52, max: 100, x: t('day') });
    $('chart-hours').dataset.total = String(callsToday);
    $('chart-hours').setAttribute('aria-label', i18n.format('summaryHours', { calls: callsToday }));
    $('chart-bookings').dataset.total = String(d.bookings);
    $('chart-bookings').setAttribute('aria-label', i18n.format('summaryBookings', { bookings: d.bookings }));
    $('chart-conversion').dataset.total = String(d.conversion_percent);
    const total = i18n.format('conversionTotal', { booked: d.booked, calls: d.calls, percent: d.conversion_percent });
    $('chart-conversion').setAttribute('aria-label', total);
    $('conversion-total').textContent = total;
  }

  async function load() {
    state.stale = false;
    state.data = await window.AskPro.api('/dashboard/api/insights');
    render();
  }

  function soon() {
    if (!visible()) { state.stale = true; return; }
    clearTimeout(state.timer);
    state.timer = setTimeout(() => load().catch(() => {}), 400);
  }

  document.addEventListener('askpro:view', e => { if (e.detail === 'insights') { load().catch(() => {}); } });
  document.addEventListener('askpro:change', soon);
  document.addEventListener('askpro:ready', () => { if (visible()) { soon(); } else { state.stale = true; } });
  document.addEventListener('askpro:language', render);
  let resizing = null;
  window.addEventListener('resize', () => { clearTimeout(resizing); resizing = setTimeout(render, 200); });
})();
