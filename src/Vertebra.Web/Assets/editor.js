// Live preview for the article editor. The page works without it: the Preview button does the same on the server.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  if (!form) { return; }
  var body = document.getElementById("ed-body");
  var preview = document.getElementById(body.dataset.preview);
  var grade = document.getElementById(body.dataset.grade);
  var timer = null;
  function update() {
    var data = new FormData();
    data.append("body", body.value);
    var token = form.querySelector("input[name='__RequestVerificationToken']");
    if (token) { data.append("__RequestVerificationToken", token.value); }
    fetch("/editor/preview", { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) {
        if (!result) { return; }
        preview.innerHTML = result.html; // already sanitised on the server
        grade.textContent = "Reading grade " + result.grade + " (aim for " + result.target + " or below).";
        grade.className = "grade " + (result.grade > result.target ? "grade-high" : "grade-ok");
      })
      .catch(function () { /* the server-side Preview button still works */ });
  }
  body.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  });
})();
