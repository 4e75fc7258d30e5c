extension Catalogue {
    /// Checking the content against itself and the policy: references, allowed values,
    /// records, assignments, the organisation and routes.
    static let validation: [Message] = [
        Message("unit.member", zh: "委员", en: "member"),
        Message("unit.party", zh: "党派", en: "party"),
        Message("unit.sector", zh: "界别", en: "sector (界别)"),
        Message("unit.committee", zh: "专委会", en: "committee"),
        Message("unit.window", zh: "窗口", en: "window"),
        Message("unit.branch", zh: "临时党支部", en: "branch"),

        Message("field.method", zh: "联系方式", en: "method (联系方式)"),
        Message("field.topic", zh: "联系内容要点", en: "topic (联系内容要点)"),
        Message("field.route", zh: "去向", en: "route (去向)"),
        Message("field.status", zh: "状态", en: "status (状态)"),

        Message("check.duplicateID", zh: "{1}编号“{2}”重复", en: "duplicate {1} id '{2}'"),
        Message("check.ambiguous", zh: "“{1}”对应不止一位{2}：{3}；请改写编号", en: "'{1}' names more than one {2}: {3}; write the id instead"),
        Message("check.unknown", zh: "没有找到{1}“{2}”{3}", en: "unknown {1} '{2}'{3}"),
        Message("check.notAllowed", zh: "{1}“{2}”不在可选范围内{3}；可选：{4}", en: "unknown {1} '{2}'{3}; allowed: {4}"),

        Message("record.contactorNotParty", zh: "联系人 {1} 不是中共党员（party cpc）；按规定联系人须为党员委员", en: "联系人 {1} is not a Party member (party cpc); the policy requires contacts to be made by Party members"),
        Message("record.contacteeIsContactor", zh: "联系对象 {1} 同时是联系人", en: "联系对象 {1} is also the 联系人"),
        Message("record.contacteeTwice", zh: "{1} 写了两次；只计一次", en: "{1} is listed twice; counted once"),
        Message("record.unknownTrigger", zh: "五到位类别“{1}”不在可选范围内{2}；可选：{3}", en: "unknown 五到位 kind '{1}'{2}; allowed: {3}"),
        Message("record.feedbackEarly", zh: "反馈日期 {1} 早于这次联系的日期（{2}）", en: "feedback date {1} is before the contact itself ({2})"),
        Message("record.duplicateNumber", zh: "编号“{1}”重复：{2} 和 {3} 用了同一个编号；编号不能重复，请改掉其中一个", en: "record number '{1}' is used twice: by {2} and by {3}; 编号 must be unique, change one of them"),
        Message("case.coverMissing", zh: "封面图片“{1}”不在 content/assets/ 下；请添加该文件或改正路径", en: "cover image '{1}' is not under content/assets/; add the file or fix the path"),
    ]
}
