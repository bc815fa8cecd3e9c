/* The player's own controls (components/player_controls.html): play and pause, 10-second
   jumps, captions and speed, as plain buttons and menus that work by keyboard in every
   browser. They follow the browser's own controls too (a pause there updates the button). */
(function () {
  "use strict";
  var bar = document.querySelector("[data-player-controls]");
  var media = document.querySelector("[data-player] video, [data-player] audio");
  if (!bar || !media) return;
  var toggle = bar.querySelector("[data-action=toggle]");
  var captions = bar.querySelector("[data-control=captions]");
  var speed = bar.querySelector("[data-control=speed]");
  var lang = document.documentElement.lang;

  function showState() {
    toggle.textContent = toggle.getAttribute(media.paused ? "data-label-play" : "data-label-pause");
  }

  function jump(seconds) {
    var end = isFinite(media.duration) ? media.duration : Infinity;
    media.currentTime = Math.min(Math.max(0, media.currentTime + seconds), end);
  }

  bar.addEventListener("click", function (event) {
    var button = event.target.closest("[data-action]");
    if (!button) return;
    var action = button.getAttribute("data-action");
    if (action === "toggle") {
      if (media.paused) {
        var attempt = media.play();
        if (attempt && attempt.catch) attempt.catch(function () {});
      } else {
        media.pause();
      }
    } else {
      jump(action === "back" ? -10 : 10);
    }
  });
  media.addEventListener("play", showState);
  media.addEventListener("pause", showState);

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

  showState();
  bar.hidden = false;
})();
