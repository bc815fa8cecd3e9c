/* Progressive enhancement only; the site works without it. */
(function () {
    "use strict";
    var d = document;
    d.documentElement.classList.add("js");

    // Phones: the main navigation scrolls sideways; show the current section.
    var list = d.querySelector(".site-nav__list");
    var cur = list && list.querySelector("[aria-current]");
    if (cur && list.scrollWidth > list.clientWidth) {
        var a = cur.getBoundingClientRect(), b = list.getBoundingClientRect();
        list.scrollLeft += a.left - b.left - (b.width - a.width) / 2;
    }

    // Print closed <details> (transcripts, notes) open; close them afterwards.
    var opened = [];
    addEventListener("beforeprint", function () {
        opened = [].filter.call(d.querySelectorAll("details:not([open])"), function (el) {
            return (el.open = true);
        });
    });
    addEventListener("afterprint", function () {
        opened.forEach(function (el) { el.open = false; });
    });
})();
