extension Catalogue {
    /// 简报 (briefs/): their fields and numbering.
    static let briefs: [Message] = [
        Message("schema.brief", zh: "简报", en: "a brief (简报)"),
        Message("brief.issueNotPositive",
                zh: "期号应从 1 起，这里是 {1}；请写这一年的第几期，如 issue: 3",
                en: "an issue number starts at 1, this one is {1}; write which issue of the year it is, e.g. issue: 3"),
        Message("brief.copiesNotPositive",
                zh: "印数应是正整数，这里是 {1}；请改正或删去 copies（印数）",
                en: "the number of copies must be a positive whole number, this one is {1}; fix it or remove copies (印数)"),
        Message("brief.unknownCase",
                zh: "content/cases 中没有案例“{1}”（请写案例的文件名，不带 .md，如 cases: [village-doctors]）{2}",
                en: "there is no case '{1}' in content/cases (write the case's file name without .md, e.g. cases: [village-doctors]){2}"),
        Message("brief.internalCase",
                zh: "案例“{1}”是内部案例，这期简报因此只在内部平台生成，不会进入公开网站；请写上 audience: internal（内部）表明这一点，或换用公开的案例",
                en: "the case '{1}' is internal, so this brief is built for the office portal only and never reaches the public site; write audience: internal to say so, or carry a public case instead"),
        Message("brief.duplicateIssue",
                zh: "{1}年第{2}期已经是 {3}；同一年的期号不能重复，请把这期改为下一个未用的期号（{4}）",
                en: "issue {2} of {1} is already {3}; an issue number is used once a year: give this brief the next free number ({4})"),
        Message("brief.issueGap",
                zh: "{1}年缺少第{2}期（这期是第{3}期）；期号应逐期连续，请补上缺少的那期，或改正这期的期号",
                en: "{1} has no issue {2} (this one is issue {3}); issues are numbered one after another: add the missing one or fix this number"),
    ]
}
