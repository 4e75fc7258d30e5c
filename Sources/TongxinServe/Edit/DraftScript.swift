import Foundation
import Tongxin

/// Keeps what a person types into an editing form (`form.record`) in this browser's
/// localStorage until the save has gone through, and offers it back when the form is
/// opened again. A clerk's 记录单 must survive what the server cannot keep: a restart
/// (sessions live in memory, so everyone is signed out), a session that ended while the
/// form was open (the save is refused with "please sign in"), a closed tab or a crash.
///
/// The draft is keyed by the form's action and file, and records the file version the
/// form was opened on: restored over a newer version, the form gets the old version back,
/// so the save is refused as stale (with both texts shown) instead of overwriting the
/// other person's change. It is dropped when a save succeeds (the editor redirects with
/// `saved=`), and is not offered while it equals what the form shows. An enhancement: without JavaScript
/// or localStorage the forms work as before.
enum DraftScript {
    static var javascript: String {
        let words = [
            "found": L("edit.draft.found", "{when}"), "older": L("edit.draft.older"), "restore": L("edit.draft.restore"),
            "discard": L("edit.draft.discard"), "restored": L("edit.draft.restored"), "partly": L("edit.draft.partly", "{count}"),
        ]
        let json = (try? JSONSerialization.data(withJSONObject: words, options: [.sortedKeys])).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return """
            (function () {
              var words = \(json.replacingOccurrences(of: "</", with: "<\\/"));
              var prefix = "tongxin-draft:";
              var store;
              try { store = window.localStorage; store.getItem(prefix); } catch (e) { return; }
              function field(form, name) { var input = form.querySelector("input[type=hidden][name='" + name + "']"); return input ? input.value : ""; }
              function keyOf(form) { return prefix + form.getAttribute("action") + "|" + field(form, "path"); }
              function kept(element) {
                return element.name && !element.disabled && ["hidden", "file", "password", "submit", "button", "reset"].indexOf(element.type) < 0;
              }
              function valuesOf(form) {
                var values = [];
                Array.prototype.forEach.call(form.elements, function (element) {
                  if (!kept(element)) return;
                  if (element.type === "checkbox" || element.type === "radio") values.push([element.name, element.value, element.checked]);
                  else if (element.multiple) values.push([element.name, Array.prototype.filter.call(element.options, function (o) { return o.selected; }).map(function (o) { return o.value; }), true]);
                  else values.push([element.name, element.value, true]);
                });
                return values;
              }
              function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
              // Every value of the draft is in the form as shown (a data form sent back
              // by 添加一行 has one more blank row): nothing to offer.
              function covered(draft, shown) {
                var all = {};
                shown.forEach(function (entry) { all[JSON.stringify(entry)] = true; });
                return draft.every(function (entry) { return all[JSON.stringify(entry)]; });
              }
              function put(form, values) {
                var missing = 0, used = {};
                values.forEach(function (entry) {
                  var name = entry[0], value = entry[1], on = entry[2];
                  var candidates = Array.prototype.filter.call(form.elements, function (element) { return element.name === name && kept(element); });
                  var element = candidates.filter(function (c) { return (c.type !== "checkbox" && c.type !== "radio") || c.value === value; })[used[name] || 0];
                  if (!element) { missing += 1; return; }
                  if (element.type === "checkbox" || element.type === "radio") { element.checked = on; return; }
                  used[name] = (used[name] || 0) + 1;
                  if (element.multiple) Array.prototype.forEach.call(element.options, function (o) { o.selected = value.indexOf(o.value) >= 0; });
                  else element.value = value;
                });
                return missing;
              }
              function when(time) {
                var d = new Date(time), two = function (n) { return (n < 10 ? "0" : "") + n; };
                return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + " " + two(d.getHours()) + ":" + two(d.getMinutes());
              }
              function button(text, action) {
                var b = document.createElement("button"); b.type = "button"; b.textContent = text; b.addEventListener("click", action); return b;
              }
              function offer(form, key, draft) {
                var box = document.createElement("div"), text = document.createElement("p");
                box.className = "notice draft"; box.setAttribute("role", "status");
                text.textContent = words.found.replace("{when}", when(draft.time)) + (draft.version !== field(form, "version") ? " " + words.older : "");
                box.appendChild(text);
                box.appendChild(button(words.restore, function () {
                  var missing = put(form, draft.values);
                  var version = form.querySelector("input[type=hidden][name=version]");
                  if (version) version.value = draft.version;
                  text.textContent = missing ? words.partly.replace("{count}", missing) : words.restored;
                  box.querySelectorAll("button").forEach(function (b) { b.remove(); });
                }));
                box.appendChild(button(words.discard, function () { store.removeItem(key); box.remove(); }));
                form.parentNode.insertBefore(box, form);
              }
              if (/[?&]saved=/.test(window.location.search)) {
                var sent = window.sessionStorage.getItem(prefix + "sent");
                if (sent) { store.removeItem(sent); window.sessionStorage.removeItem(prefix + "sent"); }
              }
              document.querySelectorAll("form.record").forEach(function (form) {
                var key = keyOf(form), opened = valuesOf(form), version = field(form, "version");
                var draft = null;
                try { draft = JSON.parse(store.getItem(key) || "null"); } catch (e) { draft = null; }
                // The same as the form shows (a form sent back with its errors, or saved
                // elsewhere): nothing to offer; it goes when a save succeeds.
                if (draft && !covered(draft.values, opened)) offer(form, key, draft);
                function keep() {
                  var values = valuesOf(form);
                  if (same(values, opened)) return;
                  try { store.setItem(key, JSON.stringify({ values: values, version: version, time: Date.now() })); } catch (e) { /* full: the form still posts */ }
                }
                form.addEventListener("input", keep);
                form.addEventListener("change", keep);
                form.addEventListener("submit", function () { keep(); window.sessionStorage.setItem(prefix + "sent", key); });
              });
            })();

            """
    }
}
