/* Find in the transcript (components/transcript_find.html): mark the matches, accents and
   case aside as the site's search folds them ("defensoria" finds "Defensoría"), say how
   many, move between them with Enter, Shift+Enter or the buttons; Esc clears. Typing only
   marks and scrolls. A move also seeks the player to the match's cue without starting it:
   a playing recording plays on from there, a paused one stays paused (and the share link
   takes the new ?t=). A match lies within one text of a cue, never in its timecode. */
(function () {
  "use strict";
  var box = document.querySelector("[data-transcript-find]");
  var list = document.querySelector(".transcript__list");
  if (!box || !list || !"".normalize) return;
  var media = document.querySelector("[data-player] video, [data-player] audio");
  var input = box.querySelector("input");
  var buttons = box.querySelectorAll("[data-find]");
  var status = box.querySelector("[role=status]");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var marks = [];
  var at = -1;
  var searched = "";
  var timer = null;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function label(name, values) {
    return status.getAttribute("data-label-" + name).replace(/\{(\w+)\}/g, function (all, key) {
      return values[key].toLocaleString(document.documentElement.lang);
    });
  }

  function clear() {
    marks.forEach(function (mark) {
      var parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    });
    marks = [];
    at = -1;
  }

  // Wrap the matches of `needle` in one text node; `folded` maps back to the text by `from`.
  function markText(node, needle) {
    var text = node.nodeValue, folded = "", from = [];
    if (fold(text).indexOf(needle) < 0) return;
    for (var i = 0; i < text.length; i++) {
      var piece = fold(text[i]);
      folded += piece;
      for (var j = 0; j < piece.length; j++) from.push(i);
    }
    from.push(text.length);
    var found = folded.indexOf(needle);
    var fragment = document.createDocumentFragment(), done = 0;
    while (found >= 0) {
      var start = from[found], end = Math.max(from[found + needle.length], start + 1);
      if (start >= done) {
        fragment.appendChild(document.createTextNode(text.slice(done, start)));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(start, end);
        fragment.appendChild(mark);
        marks.push(mark);
        done = end;
      }
      found = folded.indexOf(needle, found + needle.length);
    }
    fragment.appendChild(document.createTextNode(text.slice(done)));
    node.parentNode.replaceChild(fragment, node);
  }

  function scrollTo(mark) {
    if (list.scrollHeight > list.clientHeight) {
      list.scrollTo({ top: mark.offsetTop - list.offsetTop - 40, behavior: reduceMotion ? "auto" : "smooth" });
    }
  }

  function find() {
    clearTimeout(timer);
    clear();
    searched = input.value;
    var needle = fold(searched.trim());
    if (needle) {
      var walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT, {
        acceptNode: function (node) {
          return node.parentNode.closest(".timecode") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
      });
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      nodes.forEach(function (node) { markText(node, needle); });
    }
    var count = marks.length;
    status.textContent = !needle ? "" : count === 0 ? label("none", {}) :
      label(count === 1 ? "one" : "many", { count: count });
    buttons.forEach(function (button) { button.disabled = count === 0; });
    if (count) scrollTo(marks[0]);
  }

  function move(step) {
    if (input.value !== searched) find();
    if (!marks.length) return;
    if (at >= 0) marks[at].classList.remove("is-current");
    at = at < 0 && step < 0 ? marks.length - 1 : (at + step + marks.length) % marks.length;
    var mark = marks[at];
    mark.classList.add("is-current");
    status.textContent = label("at", { current: at + 1, total: marks.length });
    scrollTo(mark);
    var cue = mark.closest(".transcript__cue");
    if (media && cue) media.currentTime = parseFloat(cue.getAttribute("data-start"));
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(find, 150);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target === input) {
      event.preventDefault();
      move(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape" && input.value) {
      event.preventDefault();
      input.value = "";
      find();
      input.focus();
    }
  });
  box.addEventListener("click", function (event) {
    var button = event.target.closest("[data-find]");
    if (button) move(parseInt(button.getAttribute("data-find"), 10));
  });
  box.hidden = false;
})();
