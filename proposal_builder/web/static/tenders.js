// Tender intake: refuse a file above the upload limit before sending it, so nothing typed is lost.
// The server refuses it too (HTTP 413); this only spares the round trip. No inline script (CSP).
(function () {
  "use strict";
  var form = document.querySelector("form.intake[data-max-bytes]");
  if (!form) { return; }
  var limit = parseInt(form.getAttribute("data-max-bytes"), 10);
  var input = form.querySelector("input[type=file]");
  var message = form.querySelector(".size-error");
  if (!limit || !input || !message) { return; }

  function tooLarge() {
    var file = input.files && input.files[0];
    return file && file.size > limit;
  }

  function check() {
    var megabytes = Math.round(limit / (1024 * 1024));
    message.textContent = "Het bestand is groter dan " + megabytes + " MB en wordt niet gelezen. " +
      "Upload een kleiner bestand of plak de tekst in het tekstvak.";
    message.hidden = !tooLarge();
  }

  input.addEventListener("change", check);
  form.addEventListener("submit", function (event) {
    if (tooLarge()) {
      event.preventDefault();
      check();
      input.focus();
    }
  });
}());
