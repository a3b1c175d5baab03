// afterview: the little the pages need beyond htmx. Everything works without it;
// this keeps the note editor's marks lined up with the text while you type.
(function () {
  "use strict";

  function editorParts() {
    var area = document.getElementById("id_body");
    var backdrop = document.getElementById("backdrop");
    return area && backdrop ? { area: area, backdrop: backdrop } : null;
  }

  function syncScroll() {
    var parts = editorParts();
    if (parts) parts.backdrop.scrollTop = parts.area.scrollTop;
  }

  // While typing, the old marks would sit under the wrong words: show the text
  // plain until the check (debounced, over htmx) answers with fresh marks.
  document.addEventListener("input", function (event) {
    var parts = editorParts();
    if (!parts || event.target !== parts.area) return;
    parts.backdrop.textContent = parts.area.value + "\n ";
    syncScroll();
  });
  document.addEventListener("scroll", function (event) {
    if (event.target && event.target.id === "id_body") syncScroll();
  }, true);

  // After a suggestion is applied the server sends the new text; put the caret
  // right after the replaced words so typing can go on.
  document.addEventListener("htmx:afterSettle", function () {
    var area = document.querySelector("#id_body[data-caret]");
    if (area) {
      var caret = parseInt(area.getAttribute("data-caret"), 10) || 0;
      area.removeAttribute("data-caret");
      area.focus();
      area.setSelectionRange(caret, caret);
    }
    syncScroll();
  });

  // The textarea grows with the note, so the marks never need to scroll.
  function grow() {
    var parts = editorParts();
    if (!parts) return;
    parts.area.style.height = "auto";
    parts.area.style.height = Math.max(parts.area.scrollHeight + 2, 288) + "px";
  }
  document.addEventListener("input", function (event) {
    if (event.target && event.target.id === "id_body") grow();
  });
  document.addEventListener("DOMContentLoaded", grow);
  document.addEventListener("htmx:afterSettle", grow);

  // After a failed save the page comes back with an error summary: take the focus
  // there, so a screen reader reads it and the keyboard starts from it.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      var details = summary.closest("details");
      if (details) details.open = true;
      summary.focus();
    }
  });

  // The note editor: nothing typed is lost by leaving the page before saving.
  var unsaved = false;
  document.addEventListener("input", function (event) {
    if (event.target && event.target.closest && event.target.closest("#note-form")) unsaved = true;
  });
  document.addEventListener("submit", function () { unsaved = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // The first-run page: the time zone starts as the browser's own.
  document.addEventListener("DOMContentLoaded", function () {
    var zone = document.querySelector("#welcome-form #id_tz");
    if (!zone || zone.value) return;
    try {
      zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) { /* an old browser: the field stays empty to be typed in */ }
  });
})();
