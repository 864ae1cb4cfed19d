// The review step of the online ballot without a round trip: when the voter has filled in who votes and chosen at
// least one project, "Go to the review" opens a dialog that lists the chosen projects by pool (from the ballot's own
// labels) with "Change" (back to the ballot) and "Cast" (the form sent once, with action=cast; the server checks
// everything again and shows the ballot with its errors when something is wrong). Otherwise, and without
// JavaScript, the form is sent as before and the server shows its review page.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var button = event.submitter;
  var dialog = form.querySelector('dialog.vote-review');
  if (!dialog || !button || button.value !== 'review' || typeof dialog.showModal !== 'function') {
    return;
  }
  var chosen = form.querySelectorAll('fieldset[data-pool] input[name=choices]:checked');
  var resident = form.querySelector('input[name=resident][type=checkbox]');
  if (chosen.length === 0 || !form.elements.pesel.value.trim() || !form.elements.birthDate.value
      || (resident && !resident.checked)) {
    return;
  }
  event.preventDefault();
  var list = dialog.querySelector('.vote-review-choices');
  list.replaceChildren();
  var pools = new Map();
  chosen.forEach(function (input) {
    var pool = input.closest('fieldset[data-pool]').dataset.pool;
    if (!pools.has(pool)) {
      var heading = document.createElement('h3');
      heading.textContent = pool;
      var items = document.createElement('ul');
      list.append(heading, items);
      pools.set(pool, items);
    }
    var item = document.createElement('li');
    item.textContent = form.querySelector('label[for="' + input.id + '"]').textContent;
    pools.get(pool).append(item);
  });
  dialog.showModal();
});
document.addEventListener('click', function (event) {
  if (event.target.matches('dialog.vote-review [data-change]')) {
    event.target.closest('dialog').close();
  }
});
