// Portineria at a desk (kiosk and mediator pages): forget each person's session.
//
// - Every link and search inside the site replaces the current history entry instead of
//   adding one, so the browser's Back button never shows an earlier person's pages.
// - On a kiosk (`data-kiosk-start` on the frame, the timeouts on its dialog), after `idle` seconds
//   without a touch a dialog asks "still there?"; after `reset` seconds the page goes back
//   to the language screen, clearing any storage.
// - `[data-forget]` links (the mediator's "end of meeting") do the same at once.
// Without JavaScript every page still works; only the forgetting needs it.
(function () {
  "use strict";
  var desk = document.querySelector("[data-desk]");
  if (!desk) return;

  function forget(to) {
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* storage may be off */ }
    location.replace(to);
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest && ev.target.closest("a[href]");
    if (!link || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || link.target) return;
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin || link.getAttribute("href").charAt(0) === "#") return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    if (link.hasAttribute("data-forget")) forget(url.href); else location.replace(url.href);
  }, true);

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if ((form.getAttribute("method") || "get").toLowerCase() !== "get") return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    var url = new URL(form.getAttribute("action") || location.pathname, location.href);
    url.search = new URLSearchParams(new FormData(form)).toString();
    location.replace(url.href);
  }, true);

  var start = desk.getAttribute("data-kiosk-start");
  var dialog = document.getElementById("kiosk-idle");
  if (!start || !dialog) return;
  var idle = Number(dialog.getAttribute("data-kiosk-idle")) * 1000;
  var reset = Number(dialog.getAttribute("data-kiosk-reset")) * 1000;
  if (!idle || !reset) return;

  var last = Date.now();
  function touched() {
    last = Date.now();
    if (dialog.open) dialog.close();
  }
  ["pointerdown", "keydown", "touchstart", "input", "wheel", "scroll"].forEach(function (name) {
    addEventListener(name, touched, { capture: true, passive: true });
  });
  dialog.addEventListener("close", touched);
  setInterval(function () {
    var quiet = Date.now() - last;
    if (quiet >= reset) forget(start);
    else if (quiet >= idle && !dialog.open) dialog.showModal();
  }, 250);
})();
