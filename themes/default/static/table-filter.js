/* Filter bar and column sorting for the tables marked data-filter="列名 …" and data-sort.
   Without JavaScript the whole table shows and the pre-built pages narrow it; with it, a
   select per named column narrows the rows in place and the choice is kept in the
   address (?党派=民建), so a narrowed view can be shared. A name "党派=party" reads the
   rows' data-party instead of a column (values the table does not show, e.g. the
   contactees' 党派 of a record); a row may hold several values separated by 、 and is
   kept when one of them is chosen. Headers sort on click. No library, nothing from the
   internet. */
(function () {
  function text(cell) { return cell ? cell.textContent.replace(/\s+/g, "") : ""; }
  function number(value) { var n = parseFloat(value); return isNaN(n) ? null : n; }

  function filterBar(table, headers, rows) {
    var names = (table.getAttribute("data-filter") || "").split(/\s+/), params = new URLSearchParams(window.location.search);
    var bar = document.createElement("div"), count = document.createElement("p"), selects = [];
    bar.className = "filter-bar no-print";
    bar.setAttribute("role", "search");
    count.className = "muted";
    count.setAttribute("aria-live", "polite");
    names.forEach(function (entry) {
      var parts = entry.split("="), name = parts[0], attribute = parts[1], index = -1;
      headers.forEach(function (header, i) { if (text(header) === name) { index = i; } });
      if (!name || (index < 0 && !attribute)) { return; }
      function valuesOf(row) {
        var value = attribute ? (row.getAttribute("data-" + attribute) || "").replace(/\s+/g, "") : text(row.cells[index]);
        return attribute ? value.split("、").filter(function (v) { return v; }) : (value ? [value] : []);
      }
      var seen = {}, values = [];
      rows.forEach(function (row) { valuesOf(row).forEach(function (v) { if (!seen[v]) { seen[v] = true; values.push(v); } }); });
      if (!values.length) { return; }
      if (attribute) { values.sort(function (a, b) { return a.localeCompare(b, "zh-Hans-CN"); }); }
      var label = document.createElement("label"), select = document.createElement("select");
      label.textContent = name + " ";
      select.appendChild(new Option("全部", ""));
      values.forEach(function (v) { select.appendChild(new Option(v, v)); });
      select.value = seen[params.get(name)] ? params.get(name) : "";
      select.addEventListener("change", apply);
      label.appendChild(select);
      bar.appendChild(label);
      selects.push({ name: name, values: valuesOf, select: select });
    });
    function apply() {
      var shown = 0, query = new URLSearchParams();
      rows.forEach(function (row) {
        var keep = selects.every(function (s) { return !s.select.value || s.values(row).indexOf(s.select.value) >= 0; });
        row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      selects.forEach(function (s) { if (s.select.value) { query.set(s.name, s.select.value); } });
      count.textContent = "显示 " + shown + " / " + rows.length + " 行";
      var q = query.toString();
      window.history.replaceState(null, "", q ? "?" + q : window.location.pathname);
    }
    if (!selects.length) { return; }
    bar.appendChild(count);
    var box = table.closest(".table-scroll") || table;
    box.parentNode.insertBefore(bar, box);
    apply();
  }

  function sorting(table, headers, rows) {
    var body = table.tBodies[0];
    headers.forEach(function (header, index) {
      var button = document.createElement("button"), ascending = true;
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = header.classList.contains("num");
        rows.sort(function (a, b) {
          var x = text(a.cells[index]), y = text(b.cells[index]), order;
          if (numeric && number(x) !== null && number(y) !== null) { order = number(x) - number(y); }
          else { order = x.localeCompare(y, "zh-Hans-CN"); }
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        ascending = !ascending;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var tables = document.querySelectorAll("table[data-filter], table[data-sort]");
    Array.prototype.forEach.call(tables, function (table) {
      if (!table.tHead || !table.tBodies.length) { return; }
      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      if (table.hasAttribute("data-filter")) { filterBar(table, headers, rows); }
      if (table.hasAttribute("data-sort")) { sorting(table, headers, rows); }
    });
  });
})();
