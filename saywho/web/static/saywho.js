// saywho: the little behaviour the pages need. No dependencies, nothing fetched.
(function () {
  "use strict";

  // Light up every piece of one statement (text marks and its side-list entry) together.
  function setActive(ids) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    ids.forEach(function (id) {
      document.querySelectorAll('mark.hl[data-a~="' + CSS.escape(id) + '"], .statement[data-a="' + CSS.escape(id) + '"]')
        .forEach(function (el) { el.classList.add("active"); });
    });
  }
  function idsOf(el) { return (el.getAttribute("data-a") || "").split(/\s+/).filter(Boolean); }

  document.addEventListener("focusin", function (e) {
    var mark = e.target.closest && e.target.closest("mark.hl[data-a]");
    if (mark) setActive(idsOf(mark));
  });
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("mark.hl[data-a], .statement[data-a]");
    if (el) setActive(idsOf(el));
  });
  document.addEventListener("click", function (e) {
    var jump = e.target.closest && e.target.closest("a.jump[data-a], a.on-statement[data-a]");
    if (jump) {
      var first = document.getElementById("st-" + jump.getAttribute("data-a"));
      if (first) { e.preventDefault(); first.scrollIntoView({ block: "center", behavior: "smooth" }); first.focus({ preventScroll: true }); }
    }
  });

  // Review forms: turn the text selected in the article into START-END offsets.
  function offsetOf(node, offset) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var piece = el && el.closest("[data-o]");
    return piece ? parseInt(piece.getAttribute("data-o"), 10) + (node.nodeType === 3 ? offset : 0) : null;
  }
  var lastSelection = "";
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    var range = sel.getRangeAt(0);
    var text = document.getElementById("story-text");
    if (!text || !text.contains(range.commonAncestorContainer)) return;
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start !== null && end !== null && end > start) lastSelection = start + "-" + end;
  });
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button.use-selection");
    if (!button) return;
    var input = button.parentElement.querySelector("input");
    if (!lastSelection) { input.placeholder = "select words in the article first"; return; }
    input.value = input.value ? input.value + ", " + lastSelection : lastSelection;
  });
})();
