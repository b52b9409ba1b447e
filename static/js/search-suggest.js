/* Suggestions under the search fields as you type (progressive enhancement: without this script,
   or with JavaScript off, the forms work as they are).

   Asks the same origin only (`data-suggest` on the form: /<lang>/search/suggest/), sends no
   cookie, and builds the list with textContent, never HTML. */
(function () {
    "use strict";
    if (!window.fetch || !document.querySelectorAll) {
        return;
    }
    var counter = 0;

    function enhance(form) {
        var input = form.querySelector("input[name=q]");
        if (!input) {
            return;
        }
        counter += 1;
        var listId = "search-suggestions-" + counter;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggestions";
        list.hidden = true;
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.appendChild(list);
        form.appendChild(status);
        input.setAttribute("aria-describedby", listId);
        var timer = null;
        var latest = 0;

        function clear() {
            list.hidden = true;
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
        }

        function show(results) {
            clear();
            results.forEach(function (result) {
                var item = document.createElement("li");
                var link = document.createElement("a");
                link.href = result.url;
                link.textContent = result.title;
                item.appendChild(link);
                list.appendChild(item);
            });
            list.hidden = results.length === 0;
            status.textContent = results.length ? list.getAttribute("data-count") + " " + results.length : "";
        }

        list.setAttribute("data-count", form.getAttribute("data-suggest-count") || "");
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var text = input.value.trim();
            if (text.length < 2) {
                clear();
                status.textContent = "";
                return;
            }
            timer = window.setTimeout(function () {
                var asked = ++latest;
                var url = form.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text);
                fetch(url, {credentials: "omit", headers: {"Accept": "application/json"}})
                    .then(function (response) { return response.ok ? response.json() : {results: []}; })
                    .then(function (data) {
                        if (asked === latest) {
                            show(data.results || []);
                        }
                    })
                    .catch(clear);
            }, 250);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "Escape") {
                clear();
            } else if (event.key === "ArrowDown" && !list.hidden && list.firstChild) {
                event.preventDefault();
                list.firstChild.firstChild.focus();
            }
        });
        list.addEventListener("keydown", function (event) {
            var item = event.target.parentNode;
            if (event.key === "ArrowDown" && item.nextSibling) {
                event.preventDefault();
                item.nextSibling.firstChild.focus();
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                (item.previousSibling ? item.previousSibling.firstChild : input).focus();
            } else if (event.key === "Escape") {
                clear();
                input.focus();
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        Array.prototype.forEach.call(document.querySelectorAll("form[data-suggest]"), enhance);
    });
}());
