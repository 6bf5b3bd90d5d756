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
// Imports: while the file is uploaded and checked, show what the server reports (rows read so far).
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (event.defaultPrevented || !form.hasAttribute("data-import-progress")) { return; }
  var id = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now());
  var field = form.querySelector("input[name=progressId]");
  if (field) { field.value = id; }
  var panel = document.getElementById("td-import-progress");
  if (!panel) { return; }
  panel.hidden = false;
  var text = panel.querySelector("[data-progress-text]");
  form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
  var poll = function () {
    fetch("/api/v1/organisation/import/progress/" + encodeURIComponent(id), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (p && text) { text.textContent = p.stage + ": " + p.rows.toLocaleString("vi-VN") + " " + (panel.getAttribute("data-rows") || "dòng"); }
        window.setTimeout(poll, 700);
      })
      .catch(function () { window.setTimeout(poll, 1500); });
  };
  window.setTimeout(poll, 500);
});

// Award decisions: beside a typed awardee code, the name and unit from the picker's suggestions (before saving).
document.addEventListener("input", function (event) {
  var input = event.target;
  if (!input.matches || !input.matches("input[list=td-awardees]")) return;
  var cell = input.closest("tr") && input.closest("tr").querySelector("[data-awardee-name]");
  if (!cell) return;
  var code = input.value.trim().toUpperCase();
  var option = Array.prototype.find.call(document.querySelectorAll("#td-awardees option"), function (o) { return o.value.toUpperCase() === code; });
  cell.textContent = option ? option.textContent.split(" · ")[0] : "";
});
