/// docs/theme.md, written from the declarations the build checks templates against
/// (PageKinds, ThemeText), so that the reference cannot drift from the code:
/// ThemeDocTests fails while the checked-in file differs from this text.
enum ThemeDoc {
    static let path = "docs/theme.md"

    static func markdown() -> String {
        var out: [String] = []
        out.append("""
        # Theme reference

        <!-- Generated from Sources/Tongxin/Render/PageKinds.swift and ThemeText.swift by ThemeDoc.
             Do not edit: after changing a view's keys or the theme's labels, run
             TONGXIN_WRITE_THEME_DOC=1 swift test --filter ThemeDocTests
             and commit the result (the test fails while this file is out of date). -->

        A theme is a folder with `templates/` (Mustache templates, `<name>.mustache`),
        `static/` (CSS, scripts, icons; copied to `static/` of the site) and `theme.json`
        (the navigation, the words of page titles, breadcrumbs and statuses, and the chart
        colours). A site may add or replace templates in its own `templates/` folder.

        Every template is checked when the theme is loaded, by `tongxin check` and by every
        build: a name in a tag that the template's pages are not given (misspelt, or from
        another kind of page) is an error at its line and column, with the nearest key. A key
        marked *optional* below may be absent on some pages: a section over it
        (`{{#key}}…{{/key}}`) then shows nothing, which is what it is for. Partials
        (`{{>name}}`) and layouts (`{{<base}}`) are checked inside each template that uses
        them, with that template's keys. A template that is neither one of the page kinds
        below nor included by another is a template free pages may choose (`template:` in
        `pages/*.md`) and is checked with the keys of `page`.

        Kinds: *text* is escaped by `{{key}}`; *html* is markup the build made safe, shown
        with `{{{key}}}`; *flag* is true or false; *list* repeats a section once per item,
        whose keys follow as `key[].name`; *object* is a group of keys (`key.name`, or
        `{{#key}}{{name}}{{/key}}`); a *list of texts* is shown with `{{#key}}{{.}}{{/key}}`.

        ## Keys of every page (the layout)

        Every page template below is given these besides its own (the `error` template
        excepted).

        """)
        out += table(PageKinds.layout)
        for kind in PageKinds.all {
            out.append("")
            out.append("## \(kind.template)")
            out.append("")
            out.append("`templates/\(kind.template).mustache`: \(kind.about).\(kind.hasLayout ? "" : " Given only these keys.")")
            out.append("")
            out += kind.keys.keys.isEmpty ? ["No keys of its own."] : table(kind.keys)
        }
        out.append("")
        out.append("""
        ## theme.json

        `navigation.internal` and `navigation.public` list the navigation bar's items in
        order, each `{"section": …, "title": …}`. Sections: \(ThemeText.sections.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")); the
        public site may link \(ThemeText.publicSections.sorted().map { "`\($0)`" }.joined(separator: ", ")) only.

        `chart` holds the colours of the build-time charts as `#rrggbb`: \(ThemeText.chartColourKeys.map { "`\($0)`" }.joined(separator: ", ")), and
        `series`, the colours of a line chart's lines in order.

        `labels` holds every word of the pages that the views write (titles, breadcrumbs,
        statuses); each must be given, and `{placeholders}` are filled in by the build. A
        wrong key, a placeholder a label does not have, a section or a colour is an error at
        its line.

        | label | placeholders |
        | --- | --- |
        """)
        for key in ThemeText.labelKeys.keys.sorted() {
            let placeholders = ThemeText.labelKeys[key]!.sorted().map { "`{\($0)}`" }.joined(separator: " ")
            out.append("| `\(key)` | \(placeholders) |")
        }
        out.append("""

        The `word.*` labels are the words of the Word reports (titles, headings, table
        columns, the sentences around the figures), the `csv.*` labels the column heads of
        the CSV tables, the `brief.*` labels a 简报's 期号, 刊名, 印数 and its .docx's 版记,
        `file.*` the names Word files are saved under, `ics.*` the contactors' calendar
        reminders and `rule.*` the links of a rule's attachments. They are optional: a
        theme.json without one builds with the default theme's text, shown here.

        | label | placeholders | default |
        | --- | --- | --- |
        """)
        for key in ThemeText.optionalLabels.keys.sorted() {
            let label = ThemeText.optionalLabels[key]!
            let placeholders = label.placeholders.sorted().map { "`{\($0)}`" }.joined(separator: " ")
            out.append("| `\(key)` | \(placeholders) | \(label.text.replacingOccurrences(of: "\n", with: "↵")) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per key, nested keys after their parent as `parent[].key` or `parent.key`.
    private static func table(_ keys: TemplateKeys) -> [String] {
        ["| key | kind | | about |", "| --- | --- | --- | --- |"] + rows(keys, prefix: "")
    }

    private static func rows(_ keys: TemplateKeys, prefix: String) -> [String] {
        keys.keys.flatMap { key -> [String] in
            let name = prefix + key.name
            let row = "| `\(name)` | \(key.kind.name) | \(key.mayBeAbsent ? "optional" : "") | \(key.note) |"
            switch key.kind {
            case .list(let inner): return [row] + rows(inner, prefix: name + "[].")
            case .object(let inner): return [row] + rows(inner, prefix: name + ".")
            default: return [row]
            }
        }
    }
}
