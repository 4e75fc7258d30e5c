/// Holds a theme's templates to the keys their pages are given (TemplateKeys), once
/// when the theme is loaded: a name no page of the kind has — misspelt, or from another
/// kind of page — is an error at its tag, where a Mustache engine would silently render
/// nothing. Names are resolved the way the renderer does: innermost section first, a
/// dotted name's rest inside what its first part found. Partials are checked where they
/// are included, a layout ({{<base}}) with the blocks the page fills.
struct TemplateCheck {
    struct Problem: Hashable {
        /// The template the tag is in (a partial's or layout's own name).
        var template: String
        var at: TemplatePosition
        var message: String
    }

    let templates: [String: [TemplateNode]]

    private enum Frame {
        case keys(TemplateKeys)
        /// A section over a text, number or flag: {{.}} is the value; no names.
        case value
    }

    private struct Walk {
        /// The template checked, as the problems name it ("member" for a partial checked
        /// inside member pages).
        let page: String
        var problems: Set<Problem> = []
        /// Partials on the way here, so that a partial including itself ends.
        var including: [String] = []
    }

    /// The problems of template `name` drawn with `keys`.
    func check(_ name: String, keys: TemplateKeys) -> [Problem] {
        guard let nodes = templates[name] else { return [] }
        var walk = Walk(page: name)
        check(nodes, in: name, frames: [.keys(keys)], blocks: [:], &walk)
        return walk.problems.sorted { ($0.template, $0.at.line, $0.at.column) < ($1.template, $1.at.line, $1.at.column) }
    }

    private func check(_ nodes: [TemplateNode], in template: String, frames: [Frame], blocks: [String: (template: String, body: [TemplateNode])], _ walk: inout Walk) {
        for node in nodes {
            switch node {
            case .text:
                continue
            case .variable(let path, _, let at):
                if let kind = resolve(path, frames, in: template, at: at, &walk), kind.keys != nil {
                    walk.problems.insert(Problem(template: template, at: at, message: L("theme.key.notText", path.joined(separator: "."))))
                }
            case .section(let path, let inverted, let body, let at):
                let kind = path.isEmpty ? nil : resolve(path, frames, in: template, at: at, &walk)
                var inner = frames
                if !inverted { inner.append(kind?.keys.map(Frame.keys) ?? .value) }
                check(body, in: template, frames: inner, blocks: blocks, &walk)
            case .partial(let name):
                guard let partial = templates[name], !walk.including.contains(name) else { continue }
                walk.including.append(name)
                check(partial, in: name, frames: frames, blocks: blocks, &walk)
                walk.including.removeLast()
            case .parent(let name, let overrides):
                guard let parent = templates[name], !walk.including.contains(name) else { continue }
                var filled = blocks
                for (block, body) in overrides where filled[block] == nil { filled[block] = (template, body) }
                walk.including.append(name)
                check(parent, in: name, frames: frames, blocks: filled, &walk)
                walk.including.removeLast()
            case .block(let name, let body):
                let filled = blocks[name] ?? (template, body)
                check(filled.body, in: filled.template, frames: frames, blocks: blocks, &walk)
            }
        }
    }

    /// The kind a name finds, or nil (with the problem recorded) when it finds nothing;
    /// {{.}} finds whatever the section is over (nil, no problem).
    private func resolve(_ path: [String], _ frames: [Frame], in template: String, at: TemplatePosition, _ walk: inout Walk) -> TemplateKeys.Kind? {
        guard let first = path.first else { return nil }
        var found: TemplateKeys.Kind?
        for case .keys(let keys) in frames.reversed() {
            if let key = keys[first] { found = key.kind; break }
        }
        guard var kind = found else {
            let visible = frames.reversed().flatMap { frame -> [String] in
                if case .keys(let keys) = frame { return keys.names }
                return []
            }
            walk.problems.insert(Problem(template: template, at: at, message: L("theme.key.unknown", first, walk.page, Suggestions.didYouMean(first, in: visible))))
            return nil
        }
        var walked = first
        for name in path.dropFirst() {
            guard let keys = kind.keys, let key = keys[name] else {
                walk.problems.insert(Problem(template: template, at: at, message: L("theme.key.unknownInside", name, walked, walk.page, Suggestions.didYouMean(name, in: kind.keys?.names ?? []))))
                return nil
            }
            kind = key.kind
            walked += "." + name
        }
        return kind
    }
}
