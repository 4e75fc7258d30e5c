/* 适老化: text size (大/中/小) and high contrast, remembered across pages in localStorage.
   It runs here, before anything is drawn, so a page never flashes at the wrong size.
   Without JavaScript the page keeps the default size and the controls stay hidden. */
(function () {
  var root = document.documentElement, sizes = ["small", "medium", "large"];
  function load(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { window.localStorage.setItem(key, value); } catch (e) {} }
  var size = load("tx-size"), contrast = load("tx-contrast") === "on";
  if (sizes.indexOf(size) < 0) { size = "medium"; }
  function apply() {
    for (var i = 0; i < sizes.length; i++) {
      root.classList.toggle("tx-size-" + sizes[i], sizes[i] === size && size !== "medium");
    }
    root.classList.toggle("tx-contrast", contrast);
    var buttons = document.querySelectorAll("[data-tx-size], [data-tx-contrast]");
    for (var j = 0; j < buttons.length; j++) {
      var b = buttons[j], on = b.hasAttribute("data-tx-size") ? b.getAttribute("data-tx-size") === size : contrast;
      b.setAttribute("aria-pressed", on ? "true" : "false");
    }
  }
  root.classList.add("tx-js");
  apply();
  document.addEventListener("DOMContentLoaded", function () {
    var tools = document.getElementById("tx-tools");
    if (tools) { tools.hidden = false; }
    apply();
  });
  document.addEventListener("click", function (event) {
    var b = event.target.closest ? event.target.closest("[data-tx-size], [data-tx-contrast]") : null;
    if (!b) { return; }
    if (b.hasAttribute("data-tx-size")) { size = b.getAttribute("data-tx-size"); save("tx-size", size); }
    else { contrast = !contrast; save("tx-contrast", contrast ? "on" : "off"); }
    apply();
  });
})();
