/* The recording player, enhanced: seek from chapters and transcript, follow the current
   cue, start at ?t=, keep the "share this moment" link current, count the play. Without
   this file every link still works (?t= reloads the page at that moment). */
(function () {
  "use strict";
  var root = document.querySelector("[data-player]");
  if (!root) return;
  var media = root.querySelector("video, audio");
  if (!media) return;
  var cues = Array.prototype.slice.call(document.querySelectorAll(".transcript__cue"));
  var shareLink = document.querySelector("[data-share-link]");
  var shareInput = document.getElementById("share-t");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var current = null;

  function seek(seconds, play) {
    media.currentTime = seconds;
    if (play) {
      var attempt = media.play();
      if (attempt && attempt.catch) attempt.catch(function () {});
    }
  }

  var start = parseFloat(root.getAttribute("data-start") || "0");
  if (start > 0) {
    media.addEventListener("loadedmetadata", function () {
      if (media.currentTime < start - 1) media.currentTime = start;
    }, { once: true });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-seek]") : null;
    if (!link) return;
    event.preventDefault();
    seek(parseFloat(link.getAttribute("data-seek")), true);
    media.focus({ preventScroll: true });
  });

  function shareUrl(seconds) {
    if (!shareLink) return;
    var base = shareLink.href.split("?")[0];
    var url = seconds > 0 ? base + "?t=" + seconds : base;
    shareLink.href = url;
    shareLink.textContent = url;
    if (shareInput && document.activeElement !== shareInput) shareInput.value = seconds;
  }

  media.addEventListener("timeupdate", function () {
    var time = media.currentTime;
    var active = null;
    for (var i = 0; i < cues.length; i++) {
      var from = parseFloat(cues[i].getAttribute("data-start"));
      var to = parseFloat(cues[i].getAttribute("data-end"));
      if (time >= from && time < to) { active = cues[i]; break; }
    }
    if (active !== current) {
      if (current) { current.classList.remove("is-current"); current.removeAttribute("aria-current"); }
      if (active) {
        active.classList.add("is-current");
        active.setAttribute("aria-current", "true");
        var list = active.parentElement;
        if (list && list.scrollHeight > list.clientHeight) {
          list.scrollTo({ top: active.offsetTop - list.offsetTop - 40, behavior: reduceMotion ? "auto" : "smooth" });
        }
      }
      current = active;
    }
  });

  /* One play per page view, told to the site when playback first starts: a POST with the
     page's number and nothing else (hub.stats keeps daily totals, no visitor data). */
  var countUrl = root.getAttribute("data-count-url");
  var pageId = root.getAttribute("data-page");
  if (countUrl && pageId) {
    media.addEventListener("playing", function () {
      var body = new URLSearchParams({ page: pageId });
      if (navigator.sendBeacon && navigator.sendBeacon(countUrl, body)) return;
      if (window.fetch) {
        fetch(countUrl, { method: "POST", body: body, keepalive: true })
          .catch(function () {});
      }
    }, { once: true });
  }

  media.addEventListener("pause", function () { shareUrl(Math.floor(media.currentTime)); });
  media.addEventListener("seeked", function () { shareUrl(Math.floor(media.currentTime)); });
})();
