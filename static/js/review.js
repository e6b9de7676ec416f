// Keys for the review queue (templates/timeline/review_queue.html). They act only while
// keyboard focus is inside an event of the list, so they never take a key from a screen
// reader or a form field elsewhere; every key has a button or link that works without them.
(function () {
  "use strict";

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue .queue-item"));
  }

  function pending() {
    return items().filter(function (item) { return !item.classList.contains("queue-item--done"); });
  }

  function move(from, step) {
    var all = items();
    var next = all[all.indexOf(from) + step];
    if (next) next.focus();
  }

  // The item whose verdict was sent: after htmx swaps in its note, the next open one gets focus.
  var sentFrom = null;

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var item = event.target.closest && event.target.closest("#queue .queue-item");
    if (!item) return;
    var tag = event.target.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && event.target.type !== "checkbox")) return;
    var key = event.key.toLowerCase();
    if (key === "j" || key === "k") {
      event.preventDefault();
      move(item, key === "j" ? 1 : -1);
      return;
    }
    var control = item.querySelector('[data-key="' + key + '"]');
    if (!control) return;
    event.preventDefault();
    if (key === "v" || key === "r") sentFrom = item;
    control.click();
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var item = event.detail.elt.closest && event.detail.elt.closest("#queue .queue-item");
    if (item) sentFrom = item;
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!sentFrom) return;
    var before = sentFrom;
    sentFrom = null;
    var open = pending();
    // The swapped note has the item's id; focus the first open item after it.
    var note = document.getElementById(before.id) || before;
    var all = items();
    var position = all.indexOf(note);
    for (var i = 0; i < open.length; i++) {
      if (all.indexOf(open[i]) > position) { open[i].focus(); return; }
    }
    if (open.length) open[open.length - 1].focus();
  });

  // Clicking an item (not its links or buttons) makes it the one the keys act on.
  document.addEventListener("click", function (event) {
    var item = event.target.closest && event.target.closest("#queue .queue-item");
    if (item && !event.target.closest("a, button, input, label")) item.focus();
  });
})();
