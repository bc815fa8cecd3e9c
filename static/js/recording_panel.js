// The recording editor's "Media file and captions" panel (media_library/recording_panel.py):
// while the file is processed or its speech recognised, reload the panel every ten
// seconds to show the progress; it stops once nothing is under way.
(function () {
  "use strict";
  if (window.hubRecordingPanel) return; // the panel may be rendered more than once
  window.hubRecordingPanel = true;

  function refresh() {
    var panel = document.querySelector("[data-recording-media][data-refresh-url]");
    if (!panel) return;
    fetch(panel.getAttribute("data-refresh-url"), { credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) return;
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("[data-recording-media]");
        if (fresh) panel.replaceWith(fresh);
        if (fresh && fresh.hasAttribute("data-refresh-url")) window.setTimeout(refresh, 10000);
      })
      .catch(function () {
        window.setTimeout(refresh, 30000);
      });
  }

  window.setTimeout(refresh, 10000);
})();
