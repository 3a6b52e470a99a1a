/*
 * The activity form: only the group of fields of the type chosen is shown (delegation, event, agreement, project,
 * award). The other groups are hidden and disabled, so what was typed into them stays in the page but is not sent.
 * Without this script every group is shown and the server refuses fields of another type, each under its field.
 */
(function () {
  'use strict';

  function start() {
    var form = document.getElementById('activity-form');
    var type = form && form.querySelector('select[name="type"]');
    if (!type) { return; }
    var groups = Array.prototype.slice.call(form.querySelectorAll('fieldset[data-types]'));

    function apply() {
      groups.forEach(function (group) {
        var applies = group.getAttribute('data-types').split(' ').indexOf(type.value) >= 0;
        // a group the server found an error in stays, so that the error can be seen and put right
        var shown = applies || group.querySelector('.has-error') !== null;
        group.hidden = !shown;
        group.disabled = !shown;
      });
    }

    type.addEventListener('change', apply);
    apply();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
