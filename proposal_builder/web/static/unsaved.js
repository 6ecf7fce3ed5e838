// Forms marked data-unsaved warn before their changes are lost: following a link, submitting another
// form on the page (each form saves only its own fields) or closing the tab asks first.
// Submitting the changed form itself saves it and asks nothing. No inline script (CSP).
(function () {
  "use strict";
  var QUESTION = "U hebt wijzigingen die nog niet zijn opgeslagen. Als u doorgaat, gaan ze verloren.\n\n" +
    "Kies Annuleren en sla eerst op, of OK om door te gaan zonder op te slaan.";
  var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-unsaved]"));
  if (!forms.length) { return; }

  function state(form) {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "submit" || el.type === "button" || el.type === "file") { return; }
      parts.push(el.name + "=" + ((el.type === "checkbox" || el.type === "radio") ? el.checked : el.value));
    });
    return parts.join("\u0000");
  }

  var saved = forms.map(state);
  var leaving = false;

  function changedForms(except) {
    return forms.filter(function (form, i) { return form !== except && state(form) !== saved[i]; });
  }

  function mayLeave(except) {
    if (leaving || !changedForms(except).length) { return true; }
    return window.confirm(QUESTION);
  }

  // Capture phase: decided before busy.js shows its "one moment" note for the same click or submit.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.defaultPrevented || link.target === "_blank" || link.hasAttribute("download")) { return; }
    if (event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var url = new URL(link.href, window.location.href);
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) { return; }
    if (mayLeave(null)) { leaving = true; } else { event.preventDefault(); }
  }, true);

  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) { return; }
    if (mayLeave(event.target)) { leaving = true; } else { event.preventDefault(); }
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (!leaving && changedForms(null).length) { event.preventDefault(); event.returnValue = ""; }
  });
  // Back to this page from the browser's history: it may leave again after a new change.
  window.addEventListener("pageshow", function () { leaving = false; });
}());
