/* The player's menus (components/player_controls.html): captions and speed, as plain
   menus that work by keyboard in every browser, following the browser's own controls
   (captions or a speed chosen there show in the menus). Play, pause and seeking are the
   browser's own controls. */
(function () {
  "use strict";
  var bar = document.querySelector("[data-player-controls]");
  var media = document.querySelector("[data-player] video, [data-player] audio");
  if (!bar || !media) return;
  var captions = bar.querySelector("[data-control=captions]");
  var speed = bar.querySelector("[data-control=speed]");
  var lang = document.documentElement.lang;

  function showingTrack() {
    for (var i = 0; i < media.textTracks.length; i++) {
      if (media.textTracks[i].mode === "showing") return media.textTracks[i].language;
    }
    return "";
  }
  if (captions) {
    captions.addEventListener("change", function () {
      for (var i = 0; i < media.textTracks.length; i++) {
        var track = media.textTracks[i];
        track.mode = track.language === captions.value ? "showing" : "disabled";
      }
    });
    media.textTracks.addEventListener("change", function () { captions.value = showingTrack(); });
    captions.value = showingTrack();
  }

  [].forEach.call(speed.options, function (option) {
    option.textContent = Number(option.value).toLocaleString(lang) + "×";
  });
  speed.addEventListener("change", function () { media.playbackRate = Number(speed.value); });
  media.addEventListener("ratechange", function () {
    var value = String(media.playbackRate);
    if ([].some.call(speed.options, function (o) { return o.value === value; })) speed.value = value;
  });

  bar.hidden = false;
})();
