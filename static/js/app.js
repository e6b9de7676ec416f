// Small enhancements on top of htmx; every page works without this file.
(function () {
  "use strict";
  var lastBefore = null;

  // "Load more" replaces its own link with the next page: remember where the list ended,
  // then move keyboard focus to the first new event so keyboard and screen-reader users
  // carry on where the new content starts instead of being thrown back to the top.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var link = event.detail.elt;
    if (link && link.closest && link.closest(".more")) {
      var events = document.querySelectorAll(".event");
      lastBefore = events.length ? events[events.length - 1] : null;
    }
  });

  // Screen readers hear that the list changed after a filter update (a polite live
  // region outside the swapped content; its text comes translated from the page).
  document.addEventListener("htmx:afterSwap", function (event) {
    var status = document.getElementById("results-status");
    if (status && event.detail.target && event.detail.target.id === "results") {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = status.dataset.updated; }, 50);
    }
  });

  // The language form returns to the page as it is now, filters set by htmx included.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains("language-switch")) {
      form.querySelector("[name=next]").value = window.location.pathname + window.location.search;
    }
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!lastBefore) return;
    var all = Array.prototype.slice.call(document.querySelectorAll(".event"));
    var next = all[all.indexOf(lastBefore) + 1];
    lastBefore = null;
    var link = next && next.querySelector(".event__title a");
    if (link) link.focus();
  });
})();
