// Competitions: progressive enhancement of the offer form; the form works the same without this file.
// The form autosaves through htmx (hx-post on #offer-form). Once the offeror submits the form with a button
// (Save or Submit), the page is leaving: pending and later autosaves are cancelled, so an autosave never races
// the real submission.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.id === 'offer-form') {
      form.setAttribute('data-leaving', 'true');
      if (window.htmx) {
        window.htmx.trigger(form, 'htmx:abort');
      }
    }
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.target;
    if (form && form.id === 'offer-form' && form.getAttribute('data-leaving') === 'true') {
      event.preventDefault();
    }
  });
})();
