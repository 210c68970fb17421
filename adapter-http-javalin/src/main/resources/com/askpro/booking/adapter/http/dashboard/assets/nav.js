'use strict';
// The views of the dashboard: each button of <nav id="views"> with data-view="x" shows the elements
// with data-view-panel="x" and hides the other panels; an 'askpro:view' event names the view shown.
// A view adds itself with one button and its panels (index.html), nothing here changes.
(function () {
  let current = 'overview';

  function show(view) {
    current = view;
    document.querySelectorAll('[data-view-panel]').forEach(p => { p.hidden = p.dataset.viewPanel !== view; });
    document.querySelectorAll('#views button[data-view]').forEach(b => {
      if (b.dataset.view === view) { b.setAttribute('aria-current', 'page'); } else { b.removeAttribute('aria-current'); }
    });
    document.dispatchEvent(new CustomEvent('askpro:view', { detail: { view } }));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('#views button[data-view]').forEach(b => b.addEventListener('click', () => show(b.dataset.view)));
  });

  window.AskProViews = { show, current: () => current };
})();
