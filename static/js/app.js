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

  document.addEventListener("htmx:afterSettle", function () {
    if (!lastBefore) return;
    var all = Array.prototype.slice.call(document.querySelectorAll(".event"));
    var next = all[all.indexOf(lastBefore) + 1];
    lastBefore = null;
    var link = next && next.querySelector(".event__title a");
    if (link) link.focus();
  });
})();
