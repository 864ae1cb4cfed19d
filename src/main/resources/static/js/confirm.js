// Asks before a destructive action: a form whose submit button (or the form itself) carries
// data-confirm="question" is sent only after the person confirms the question in the browser's
// own dialog (keyboard and screen-reader friendly). Without JavaScript the form is sent as before.
// Loaded as a file (the Content-Security-Policy allows no inline script).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var button = event.submitter;
  var question = (button && button.dataset && button.dataset.confirm) || (form.dataset && form.dataset.confirm);
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
