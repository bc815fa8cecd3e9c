/* "Upload a recording" (media_library.resumable): sends the chosen file in pieces with
   tus-js-client, shows progress and time left, pauses and resumes, and finds an earlier
   upload of the same file (after a closed tab or a lost connection) to go on from it. */
(function () {
  "use strict";

  var form = document.getElementById("recording-upload");
  if (!form || !window.tus) {
    return;
  }
  var messages = JSON.parse(document.getElementById("upload-messages").textContent);
  var el = function (id) {
    return document.getElementById(id);
  };
  var fileInput = el("upload-file");
  var startButton = el("upload-start");
  var pauseButton = el("upload-pause");
  var resumeButton = el("upload-resume");
  var progress = el("upload-progress");
  var status = el("upload-status");
  var announce = el("upload-announce");
  var error = el("upload-error");
  var upload = null;
  var session = null; // {time, bytes}: where this run started, for the speed
  var lastShown = 0;

  function fill(text, values) {
    return text
      .replace(/%\((\w+)\)s/g, function (match, key) {
        return values[key];
      })
      .replace(/%%/g, "%");
  }

  function say(text) {
    status.textContent = text;
    announce.textContent = text;
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = !text; // no empty alert (and its icon) on the page
  }

  function csrfToken() {
    // The cookie is HttpOnly (hub/settings/security.py): the form carries the token.
    return form.elements.csrfmiddlewaretoken.value;
  }

  function size(bytes) {
    var units = ["B", "KB", "MB", "GB", "TB"];
    var unit = 0;
    while (bytes >= 1024 && unit < units.length - 1) {
      bytes /= 1024;
      unit += 1;
    }
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined, {
      maximumFractionDigits: unit > 1 ? 1 : 0,
    });
    return number.format(bytes) + " " + units[unit];
  }

  function duration(seconds) {
    seconds = Math.max(1, Math.round(seconds));
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    if (h) {
      return fill(messages.hours, { h: h, m: m });
    }
    if (m) {
      return fill(messages.minutes, { m: m, s: s });
    }
    return fill(messages.seconds, { s: s });
  }

  function setState(running) {
    startButton.hidden = upload !== null;
    pauseButton.hidden = !running;
    resumeButton.hidden = running || upload === null;
    fileInput.disabled = upload !== null;
  }

  function showProgress(sent, total) {
    var percent = total ? Math.floor((sent / total) * 100) : 0;
    progress.value = percent;
    var text = fill(messages.sent, { sent: size(sent), total: size(total), percent: percent });
    var now = Date.now();
    if (session && now - session.time > 2000 && sent > session.bytes) {
      var speed = (sent - session.bytes) / ((now - session.time) / 1000);
      text += " " + fill(messages.left, { time: duration((total - sent) / speed) });
    }
    status.textContent = text;
    progress.setAttribute("aria-valuetext", text);
    // Screen readers hear it every ten seconds or so, not at each piece.
    if (now - lastShown > 10000 || sent === total) {
      announce.textContent = text;
      lastShown = now;
    }
  }

  function reason(err) {
    var response = err && err.originalResponse;
    // The server's own refusals are plain text (a proxy's error page is not).
    var type = response ? response.getHeader("Content-Type") || "" : "";
    if (type.indexOf("text/plain") === 0 && response.getBody()) {
      return response.getBody();
    }
    return navigator.onLine === false ? messages.offline : messages.lost;
  }

  function finished() {
    setState(false);
    resumeButton.hidden = true;
    say(messages.checking);
    askOutcome();
  }

  function askOutcome() {
    fetch(upload.url, {
      headers: { "Tus-Resumable": "1.0.0", Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (outcome) {
        if (outcome.status === "finishing") {
          // The last piece went in by another request (sent just before a pause): the
          // server is still checking the file.
          window.setTimeout(askOutcome, 1000);
          return;
        }
        var media = outcome.result && outcome.result.media;
        if (!media) {
          throw new Error(outcome.result && outcome.result.error);
        }
        var done = fill(messages.done, { title: media.title });
        status.textContent = "";
        announce.textContent = done;
        el("upload-done").textContent = done;
        el("upload-edit-link").href = media.edit_url;
        el("upload-page-link").href = media.new_page_url;
        el("upload-page-link").hidden = !media.new_page_url;
        el("upload-result").hidden = false;
        el("upload-edit-link").focus();
      })
      .catch(function (err) {
        showError(fill(messages.failed, { reason: err.message || messages.lost }));
      });
  }

  function begin() {
    session = { time: Date.now(), bytes: null };
    showError("");
    setState(true);
    upload.start();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = fileInput.files[0];
    if (!file) {
      showError(messages.choose);
      fileInput.focus();
      return;
    }
    var field = function (name) {
      var input = form.elements[name];
      return input ? input.value : "";
    };
    upload = new window.tus.Upload(file, {
      endpoint: form.dataset.endpoint,
      chunkSize: Number(form.dataset.chunkSize),
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      headers: { "X-CSRFToken": csrfToken() },
      metadata: {
        filename: file.name,
        filetype: file.type,
        title: field("title"),
        language: field("language"),
        recorded_on: field("recorded_on"),
        collection: field("collection"),
      },
      removeFingerprintOnSuccess: true,
      onProgress: function (sent, total) {
        if (session.bytes === null) {
          session = { time: Date.now(), bytes: sent };
        }
        showProgress(sent, total);
      },
      onSuccess: finished,
      onError: function (err) {
        setState(false);
        showError(fill(messages.failed, { reason: reason(err) }));
        var code = err.originalResponse ? err.originalResponse.getStatus() : 0;
        if (code >= 400 && code < 500 && code !== 409 && code !== 423) {
          upload = null; // refused: choose another file
          setState(false);
        }
      },
    });
    form.querySelector(".hub-upload__progress").hidden = false;
    say(messages.starting);
    upload.findPreviousUploads().then(function (previous) {
      if (previous.length) {
        upload.resumeFromPreviousUpload(previous[0]);
        el("upload-notice").textContent = messages.resuming;
      }
      begin();
    });
  });

  pauseButton.addEventListener("click", function () {
    upload.abort();
    setState(false);
    say(messages.paused);
    resumeButton.focus();
  });

  resumeButton.addEventListener("click", function () {
    begin();
    pauseButton.focus();
  });

  // Back online after a lost connection: go on without waiting for a click.
  window.addEventListener("online", function () {
    if (upload && !resumeButton.hidden && !error.hidden) {
      begin();
    }
  });
})();
