// Links and forms marked data-busy lead to pages that take a moment (the checks page counts the
// draft's pages with LibreOffice): say so at once, so nobody clicks twice. No inline script (CSP).
(function () {
  "use strict";

  function show(text) {
    var note = document.getElementById("busy-note");
    if (!note) {
      note = document.createElement("p");
      note.id = "busy-note";
      note.className = "flash busy";
      note.setAttribute("role", "status");
      document.querySelector("main").prepend(note);
    }
    note.textContent = text;
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-busy]");
    if (link && !event.defaultPrevented && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      show(link.getAttribute("data-busy"));
    }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-busy]");
    if (form && !event.defaultPrevented) { show(form.getAttribute("data-busy")); }
  });
  // Coming back with the browser's back button must not show a stale note.
  window.addEventListener("pageshow", function () {
    var note = document.getElementById("busy-note");
    if (note) { note.remove(); }
  });
}());
