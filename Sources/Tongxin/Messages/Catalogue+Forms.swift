extension Catalogue {
    /// The documents as the seed policies print them: 附件1 (the 党组成员's table), 附件2
    /// (the 记录单), a rule's attachments, member rank order and 政协身份 on the day.
    static let forms: [Message] = [
        Message("schema.leaderTable", zh: "附件1设置（leader_table）", en: "the 附件1 table settings (leader_table)"),
        Message("schema.recordForm", zh: "记录单设置（record_form）", en: "the record form settings (record_form)"),
        Message("schema.recordFormLabels", zh: "记录单栏目名称（record_form.labels）", en: "the record form's labels (record_form.labels)"),
        Message("schema.suggestionRoute", zh: "意见建议去向", en: "suggestion route"),
        Message("schema.identities", zh: "政协身份（identities：姓名: 身份）", en: "identities (name: identity)"),
        Message("schema.ruleAttachment", zh: "制度文件的附件", en: "a rule's attachment"),
        Message("settings.noRoutes", zh: "suggestion_routes 不能为空：请列出意见建议的去向（如 提案、社情民意信息），或删去这一项使用默认的去向", en: "suggestion_routes is empty: list where suggestions may go (e.g. 提案, 社情民意信息), or remove the key to use the default routes"),
        Message("member.orderPositive", zh: "排序（order）应为正整数（1 排在最前），现在是 {1}", en: "order must be a positive whole number (1 comes first), found {1}"),
        Message("record.identityNotNamed", zh: "“{1}”不是这份记录的联系人或联系对象；政协身份（identities）只能写本记录单上的人，请改正姓名或删去这一行", en: "'{1}' is neither the contactor nor a contactee of this record; identities may only name people on this form: correct the name or remove the line"),
        Message("assignment.mixedColumn", zh: "“{1}”一栏中，{2} 写的是{3}，而其他党组成员写的是{4}；同一栏应填同一类（如都写窗口，或都写临时党支部），请统一", en: "in the column '{1}', {2} lists {3} where the other 党组成员 list {4}; one column should hold one kind (all windows, or all branches): make them the same"),
        Message("target.window", zh: "窗口", en: "windows"),
        Message("target.branch", zh: "临时党支部", en: "branches"),
        Message("target.member", zh: "委员", en: "members"),
        Message("rule.attachmentSource", zh: "附件的 source 应为 data/assignments.json（生成附件1名单）或 record-form（空白记录单），现在是“{1}”", en: "an attachment's source must be data/assignments.json (the generated 附件1 table) or record-form (the blank record form), found '{1}'"),
        Message("rule.attachmentHeading", zh: "正文中没有标题为“{1}”的一节，附件表格放在正文末尾；请在附件处加一行标题（如 ### {1}），或在 title 中写正文里的标题", en: "the body has no heading '{1}', so the attachment's table goes at the end; add a heading (e.g. ### {1}) where the attachment is, or set title to the heading the body uses"),
    ]
}
