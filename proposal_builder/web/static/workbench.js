// Workbench conveniences; the page works without them.
// Enter in a goal's search box runs that goal's search, not the form's first button (save).
document.addEventListener("keydown", function (event) {
  var box = event.target;
  if (event.key !== "Enter" || !box.matches || !box.matches(".wb-search input[type=search]")) return;
  var button = box.closest(".wb-search").querySelector("[data-search-button]");
  if (button) { event.preventDefault(); button.click(); }
});
