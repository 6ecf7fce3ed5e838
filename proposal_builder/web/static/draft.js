// While the draft is being made in the background, ask every second and a half whether it is
// done, then reload the page to show the checks. No inline script (CSP); without JavaScript the
// page refreshes itself (<noscript> meta refresh).
(function () {
  "use strict";

  var progress = document.getElementById("draft-progress");
  if (!progress) { return; }
  var url = progress.getAttribute("data-status");
  var delay = 1500;

  function ask() {
    fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : {state: "unknown"}; })
      .then(function (status) {
        if (status.state === "queued" || status.state === "running") {
          window.setTimeout(ask, delay);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(ask, delay * 2); });
  }
  window.setTimeout(ask, delay);
}());
