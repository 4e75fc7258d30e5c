/// The editor's only script, an enhancement: in the member fields, a pinyin abbreviation
/// (pzy) or an id (pan-zhiyuan) typed by the clerk becomes the member's name when it names
/// exactly one member of the datalist (in the data forms, whose lists offer ids, a name
/// or the initials become the id). Without it the fields still take names and ids,
/// and the datalist offers names as one types. Then the drafts (DraftScript).
enum EditorScript {
    static var javascript: String { memberNames + "\n" + DraftScript.javascript }

    private static let memberNames = """
        (function () {
          function resolve(input) {
            var list = input.list;
            if (!list) return;
            var options = Array.prototype.slice.call(list.options);
            var parts = input.value.split(/[、,，;；]/).map(function (s) { return s.trim(); }).filter(Boolean);
            var changed = false;
            var names = parts.map(function (part) {
              if (options.some(function (o) { return o.value === part; })) return part;
              var key = part.toLowerCase();
              var hits = options.filter(function (o) {
                var bits = (o.label || "").split(" · ");
                return bits[0] === part || bits[1] === key || bits[2] === key;
              });
              if (hits.length === 1) { changed = true; return hits[0].value; }
              return part;
            });
            if (changed) input.value = names.join("、");
          }
          document.querySelectorAll("input[list]").forEach(function (input) {
            input.addEventListener("change", function () { resolve(input); });
          });
        })();
        """
}
