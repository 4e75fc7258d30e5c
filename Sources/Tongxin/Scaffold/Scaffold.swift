import Foundation

/// What a `tongxin new` wrote.
public struct ScaffoldResult: Sendable {
    /// The new file, relative to the content folder.
    public var path: String
    /// Things the office should know (a name that is not a member yet …).
    public var warnings: [String] = []
    /// How names were resolved, for `--verbose`.
    public var details: [String] = []
}

public struct ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The fields of a new contact record that the command line can fill in.
public struct RecordDraft: Sendable {
    public var date: Day
    public var contactor: String?
    public var contactees: [String]
    public var time: String?
    public var place: String?
    public var method: String?
    public var recorder: String?

    public init(date: Day, contactor: String? = nil, contactees: [String] = [], time: String? = nil, place: String? = nil, method: String? = nil, recorder: String? = nil) {
        self.date = date
        self.contactor = contactor
        self.contactees = contactees
        self.time = time
        self.place = place
        self.method = method
        self.recorder = recorder
    }
}

/// `tongxin new record|case|member`: writes a new file at the name the content model
/// expects, with every field of docs/content-format.md and a Chinese comment on each.
/// An existing file is never overwritten.
public enum Scaffold {
    // MARK: - record

    /// Refuses a contactor or contactee who is not a member (with the nearest name), and
    /// gives the record the year's next 编号.
    public static func newRecord(_ draft: RecordDraft, contentFolder: URL) throws(ScaffoldError) -> ScaffoldResult {
        let snapshot = ContentSnapshot.read(contentFolder)
        var result = ScaffoldResult(path: "")
        let contactees = draft.contactees.flatMap(splitNames)
        for name in [draft.contactor].compactMap({ $0 }) + contactees {
            guard let id = snapshot.memberID(name) else {
                throw ScaffoldError(L("scaffold.unknownMember", name, snapshot.directory.members.suggestion(for: name), contentFolder.path))
            }
            if id != name { result.details.append(L("scaffold.resolved", name, id)) }
        }
        if let method = draft.method, let methods = snapshot.settings?.policy.methods, !methods.contains(method) {
            throw ScaffoldError(L("check.notAllowed", L("field.method"), method, Suggestions.didYouMean(method, in: methods), methods.joined(separator: "、")))
        }
        let folder = "records/\(draft.date.year)"
        let stem = "\(draft.date.iso)-"
        let path: String
        if let first = contactees.first, let id = snapshot.memberID(first) {
            path = "\(folder)/" + PinyinIDs.unique(stem + id) { exists("\(folder)/\($0).md", in: contentFolder) } + ".md"
        } else {
            // No contactee named yet: the date and a counter, never a guess.
            var counter = 1
            while exists("\(folder)/\(stem)\(counter).md", in: contentFolder) { counter += 1 }
            path = "\(folder)/\(stem)\(counter).md"
        }
        let number = RecordNumbers.next(year: draft.date.year, contentFolder: contentFolder)
        result.details.append(L("scaffold.number", number))
        let text = recordText(draft, contactees: contactees, number: number, policy: snapshot.settings?.policy)
        try create(text, at: path, in: contentFolder)
        result.path = path
        return result
    }

    static func recordText(_ draft: RecordDraft, contactees: [String], number: String, policy: Policy?) -> String {
        var yaml = CommentedYAML()
        yaml.field("number", YAMLText.scalar(number), "编号：本年度的下一个编号，已自动填写；每条记录的编号不能重复")
        yaml.field("date", draft.date.iso, "日期（必填）：YYYY-MM-DD")
        yaml.field("time", draft.time.map(YAMLText.scalar) ?? "", "起止时间：如 \"14:30-16:00\"（有冒号，要加引号）")
        yaml.field("place", draft.place.map(YAMLText.scalar) ?? "", "联系地点（必填）：如 市政协三楼会议室；电话联系的写 电话联系")
        yaml.field("contactor", draft.contactor.map(YAMLText.scalar) ?? "", "联系人（必填）：党员委员的姓名或编号")
        yaml.field("contactees", YAMLText.list(contactees), "联系对象（必填）：一人或多人，如 [周若溪, 陈琳]")
        yaml.field("method", draft.method.map(YAMLText.scalar) ?? "", "联系方式（必填），" + choices(policy?.methods, field: "methods"))
        yaml.field("topics", "[]", "联系内容要点（可多项），" + choices(policy?.topics, field: "topics"))
        let triggers = policy?.triggers.map(\.name)
        yaml.field("trigger", "", "五到位（可选）：本次联系回应的事项，" + choices(triggers, field: "triggers"))
        yaml.field("recorder", draft.recorder.map(YAMLText.scalar) ?? "", "记录人（必填）：如 办公室 李某")
        yaml.field("suggestions", "", "意见建议（可选）：每条一项；去掉下面四行开头的 # 即可")
        yaml.example("  - text: 建议……", "内容")
        yaml.example("    route: 社情民意信息", "去向：" + (policy?.suggestionRoutes ?? Suggestion.routes).joined(separator: "、"))
        yaml.example("    status: 待处理", "状态：" + Suggestion.statuses.joined(separator: "、"))
        yaml.example("    feedback: \(draft.date.iso)", "反馈日期：YYYY-MM-DD（已反馈时填）")
        return yaml.file(body: RecordTemplate.placeholder + "\n")
    }

    /// "可选：a、b、c", or where to find the list when site.json could not be read.
    static func choices(_ list: [String]?, field: String) -> String {
        guard let list, !list.isEmpty else { return "可选的写法见 site.json 的 policy.\(field)" }
        return "可选：" + list.joined(separator: "、")
    }

    // MARK: - case

    public static func newCase(slug: String, title: String?, date: Day?, contentFolder: URL) throws(ScaffoldError) -> ScaffoldResult {
        try validate(slug, what: "slug")
        let path = "cases/\(slug).md"
        if exists(path, in: contentFolder) { throw ScaffoldError(L("scaffold.caseExists", path)) }
        try create(caseText(title: title, date: date), at: path, in: contentFolder)
        return ScaffoldResult(path: path)
    }

    static func caseText(title: String?, date: Day?) -> String {
        var yaml = CommentedYAML()
        yaml.field("title", title.map(YAMLText.scalar) ?? "", "标题（必填）")
        yaml.field("date", date?.iso ?? "", "日期：YYYY-MM-DD")
        yaml.field("summary", "", "摘要：一两句话，显示在案例列表里")
        yaml.field("members", "[]", "委员：案例涉及的委员，写姓名或编号，如 [陈琳, 李四]")
        yaml.field("tags", "[]", "标签：如 [调研, 提案]")
        yaml.field("cover", "", "封面：assets/ 下的图片，如 assets/cases/photo.jpg")
        yaml.field("audience", "public", "范围：默认 public（公开，案例用于宣传）；只在内部网站显示写 internal")
        return yaml.file(body: "案例正文：在此用 Markdown 书写。\n")
    }

    // MARK: - member

    /// A new member; without an id, one is made from the name's pinyin (张三 → zhang-san).
    public static func newMember(id: String?, name: String?, contentFolder: URL) throws(ScaffoldError) -> ScaffoldResult {
        let snapshot = ContentSnapshot.read(contentFolder)
        var result = ScaffoldResult(path: "")
        let memberID: String
        if let id {
            try validate(id, what: "id")
            memberID = id
        } else if let name, let base = PinyinIDs.id(for: name) {
            memberID = PinyinIDs.unique(base) { snapshot.memberFileIDs.contains($0) || exists("members/\($0).md", in: contentFolder) }
            result.details.append(L("scaffold.idFromName", memberID, name))
        } else {
            throw ScaffoldError(L("scaffold.memberNeedsID"))
        }
        let path = "members/\(memberID).md"
        if exists(path, in: contentFolder) { throw ScaffoldError(L("scaffold.memberExists", path)) }
        if let name, let other = snapshot.ids(named: name).first {
            result.warnings.append(L("scaffold.sameName", MemberNames.normalise(name), other))
        }
        try create(memberText(name: name, organization: snapshot.organization), at: path, in: contentFolder)
        result.path = path
        return result
    }

    static func memberText(name: String?, organization: Organization?) -> String {
        func list(_ units: [OrgUnit]?, field: String) -> String {
            guard let units, !units.isEmpty else { return "写名称或编号，见 data/organization.json 的 \(field)" }
            // Long lists are cut so the comment stays on one screen line or two.
            let names = units.map(\.displayName)
            var shownNames: [String] = []
            for name in names {
                if !shownNames.isEmpty && shownNames.joined(separator: "、").count + name.count > 48 { break }
                shownNames.append(name)
            }
            let shown = shownNames.joined(separator: "、") + (shownNames.count < names.count ? "等 \(names.count) 个" : "")
            return "可选：" + shown + "（写简称、全称或编号均可）"
        }
        var yaml = CommentedYAML()
        yaml.field("name", name.map(YAMLText.scalar) ?? "", "姓名（必填）")
        yaml.field("gender", "", "性别：男 或 女")
        yaml.field("party", "", "党派，\(list(organization?.parties, field: "parties"))；无党派的不填")
        yaml.field("sector", "", "界别，\(list(organization?.sectors, field: "sectors"))")
        yaml.field("committee", "", "专委会，\(list(organization?.committees, field: "committees"))")
        yaml.field("window", "", "窗口（委员同心汇），\(list(organization?.windows, field: "windows"))")
        let roles = MemberRole.allCases.map { "\($0.rawValue) \($0.label)" }.joined(separator: "、")
        yaml.field("roles", "[]", "身份（可多项）：\(roles)")
        yaml.field("unit", "", "工作单位")
        yaml.field("position", "", "职务")
        yaml.field("term", "", "届次：如 第十届")
        yaml.comment("以下三项不公开：只在内部网站显示，不会出现在公开网站上")
        yaml.field("phone", "", "电话（不公开）")
        yaml.field("address", "", "地址（不公开）")
        yaml.field("notes", "", "备注（不公开）")
        yaml.comment("变动（可选）：换过专委会或窗口时，把原来的写在这里，并写明截至哪天；去掉下面四行开头的 # 即可")
        yaml.example("history:", "变动")
        yaml.example("  - committee: 提案委员会", "原专委会")
        yaml.example("    window: 原窗口名称", "原窗口")
        yaml.example("    until: 2025-12-31", "截至日期：YYYY-MM-DD")
        return yaml.file(body: "简历：在此用 Markdown 书写（出生年月、学历、工作经历、履职情况）。\n")
    }

    // MARK: - shared

    /// `--contactee 周若溪、陈琳` is two people, as in the front matter.
    static func splitNames(_ text: String) -> [String] {
        text.split(whereSeparator: { "、，,；;".contains($0) }).map { $0.trimmedSpaces }.filter { !$0.isEmpty }
    }

    static func validate(_ id: String, what: String) throws(ScaffoldError) {
        guard IDs.isValid(id) else {
            throw ScaffoldError(L("scaffold.invalidID", IDs.invalidMessage(id, what: what)))
        }
    }

    static func exists(_ relative: String, in contentFolder: URL) -> Bool {
        FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(relative).path)
    }

    /// Writes a new file, refusing to replace one that appeared meanwhile.
    static func create(_ text: String, at relative: String, in contentFolder: URL) throws(ScaffoldError) {
        let url = contentFolder.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError(L("scaffold.cannotWrite", relative, error.localizedDescription))
        }
    }
}
