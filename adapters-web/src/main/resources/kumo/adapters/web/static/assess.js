// kumo quick assessment: keeps the verdict panel up to date while the form is filled in.
// Without this script the form still works: its submit button renders the same page with the panel.
// The panel comes from the server as an HTML fragment (escaped there); this script only places it.
(function () {
  'use strict';
  var form = document.getElementById('quick-form');
  var result = document.getElementById('result');
  var live = document.getElementById('result-live');
  if (!form || !result || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute('data-panel');
  var timer = null;
  var sequence = 0;

  function clearFieldErrors() {
    var holders = form.querySelectorAll('.field-error');
    for (var i = 0; i < holders.length; i++) {
      holders[i].textContent = '';
      holders[i].hidden = true;
    }
    var invalid = form.querySelectorAll('[aria-invalid]');
    for (var j = 0; j < invalid.length; j++) {
      invalid[j].removeAttribute('aria-invalid');
    }
  }

  function showFieldErrors() {
    var items = result.querySelectorAll('[data-field-error]');
    for (var i = 0; i < items.length; i++) {
      var field = items[i].getAttribute('data-field-error');
      var holder = document.getElementById('error-' + field);
      var control = document.getElementById(field);
      if (holder) {
        if (holder.textContent) {
          holder.appendChild(document.createElement('br'));
        }
        holder.appendChild(document.createTextNode(items[i].textContent));
        holder.hidden = false;
      }
      if (control && control.tagName !== 'FIELDSET') {
        control.setAttribute('aria-invalid', 'true');
      }
    }
  }

  function announce() {
    var verdict = result.querySelector('.verdict-name');
    var error = result.querySelector('.panel-errors .error-message');
    live.textContent = verdict ? verdict.textContent : (error ? error.textContent : '');
  }

  function update() {
    var mine = ++sequence;
    result.setAttribute('aria-busy', 'true');
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: new URLSearchParams(new FormData(form)).toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.status !== 200 && response.status !== 422) {
        throw new Error('panel ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      if (mine !== sequence) {
        return; // a later change is already on its way
      }
      result.innerHTML = html;
      clearFieldErrors();
      showFieldErrors();
      announce();
      result.removeAttribute('aria-busy');
    }).catch(function () {
      result.removeAttribute('aria-busy');
    });
  }

  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(update, 300);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
}());
