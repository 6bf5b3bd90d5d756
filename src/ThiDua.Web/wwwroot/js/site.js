// Confirm before destructive actions: any form or button with data-confirm asks first.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var message = (event.submitter && event.submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Print buttons.
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-print]");
  if (target) {
    event.preventDefault();
    window.print();
  }
});
// "/" focuses the search box, as in many office tools.
document.addEventListener("keydown", function (event) {
  if (event.key === "/" && !/input|textarea|select/i.test(document.activeElement.tagName)) {
    var box = document.getElementById("td-search-box");
    if (box) { event.preventDefault(); box.focus(); }
  }
});
