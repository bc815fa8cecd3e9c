// The cue editor (media_library/cue_editor.py): play the recording from a cue, add rows.
// Without JavaScript the form still works: one empty row adds a cue at each save.
(function () {
  "use strict";
  var form = document.querySelector("[data-cue-editor]");
  if (!form) return;
  var player = document.querySelector("[data-cue-player]");
  var rows = form.querySelector("[data-cue-rows]");
  var total = form.querySelector("input[name$='-TOTAL_FORMS']");
  var template = form.querySelector("[data-cue-template]");
  var add = form.querySelector("[data-cue-add]");

  function seconds(text) {
    var parts = (text || "").trim().replace(",", ".").split(":");
    var value = 0;
    for (var i = 0; i < parts.length; i++) value = value * 60 + parseFloat(parts[i] || "0");
    return isNaN(value) ? null : value;
  }

  if (player) {
    form.querySelectorAll("[data-cue-play]").forEach(function (button) {
      button.hidden = false;
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("[data-cue-play]");
      if (!button) return;
      var start = seconds(button.closest("tr").querySelector("input[name$='-start']").value);
      if (start === null) return;
      player.currentTime = start;
      player.play();
    });
  }

  if (add && total && template) {
    add.hidden = false;
    add.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      rows.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      var inputs = rows.lastElementChild.querySelectorAll("input, textarea");
      if (inputs.length) inputs[0].focus();
    });
  }
})();
