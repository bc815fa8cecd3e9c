/* Progressive enhancement only; the site works without it. */
(function () {
    "use strict";
    var d = document;
    d.documentElement.classList.add("js");

    // Search boxes: suggest titles and names (countries, institutions, people, pages) as
    // the visitor types, from /api/search/autocomplete/, in a native <datalist>.
    [].forEach.call(d.querySelectorAll("input[data-suggest]"), function (input) {
        var list = d.getElementById(input.getAttribute("list")), timer, last = "";
        if (!list || !window.fetch) return;
        input.addEventListener("input", function () {
            clearTimeout(timer);
            var q = input.value.trim();
            if (q.length < 2 || q === last) return;
            timer = setTimeout(function () {
                last = q;
                var params = new URLSearchParams({ q: q, lang: input.getAttribute("data-lang") });
                fetch(input.getAttribute("data-suggest") + "?" + params)
                    .then(function (response) { return response.ok ? response.json() : { results: [] }; })
                    .then(function (data) {
                        var seen = {};
                        list.replaceChildren.apply(list, data.results.filter(function (item) {
                            return !seen[item.title] && (seen[item.title] = true);
                        }).map(function (item) {
                            var option = d.createElement("option");
                            option.value = item.title;
                            return option;
                        }));
                    })
                    .catch(function () { /* suggestions are optional */ });
            }, 200);
        });
    });

    // Forms on cached pages carry no CSRF token: fetch one (and its cookie) from the site
    // when the visitor starts using the form, before it is sent. Without it the server
    // shows the form again with a token.
    [].forEach.call(d.querySelectorAll("form[data-csrf-url]"), function (form) {
        var field = form.querySelector("input[name=csrfmiddlewaretoken]"), pending = null, sending;
        if (!window.fetch) return;
        if (!field) {
            field = d.createElement("input");
            field.type = "hidden";
            field.name = "csrfmiddlewaretoken";
            form.prepend(field);
        }
        function token() {
            if (field.value) return Promise.resolve();
            if (!pending) {
                pending = fetch(form.getAttribute("data-csrf-url"), {
                    credentials: "same-origin", headers: { Accept: "application/json" }
                })
                    .then(function (response) { return response.ok ? response.json() : {}; })
                    .then(function (data) { if (data.token) field.value = data.token; })
                    .catch(function () { /* the server asks again */ })
                    .then(function () { pending = null; });
            }
            return pending;
        }
        form.addEventListener("focusin", token);
        form.addEventListener("submit", function (event) {
            if (field.value) return;
            event.preventDefault();
            if (sending) return;
            sending = true;
            token().then(function () { HTMLFormElement.prototype.submit.call(form); });
        });
    });

    // A form sent with mistakes: its summary of errors takes the focus.
    var summary = d.querySelector("[data-error-summary]");
    if (summary) summary.focus();

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
