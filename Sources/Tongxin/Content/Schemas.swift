/// Every field each kind of file accepts, and the Chinese labels staff may write instead.
enum Schemas {
    static let member = FieldSchema("schema.member", keys: [
        "id", "name", "gender", "party", "sector", "committee", "window", "roles", "unit",
        "position", "term", "phone", "address", "notes", "history", "order",
    ], aliases: [
        "排序": "order",
        "变动": "history",
        "编号": "id", "姓名": "name", "性别": "gender", "党派": "party", "界别": "sector",
        "专委会": "committee", "专门委员会": "committee", "窗口": "window", "角色": "roles", "身份": "roles",
        "工作单位": "unit", "单位": "unit", "职务": "position", "届次": "term", "电话": "phone",
        "手机": "phone", "地址": "address", "备注": "notes",
    ])

    static let membershipChange = FieldSchema("schema.membershipChange", keys: ["committee", "window", "until"], aliases: [
        "专委会": "committee", "窗口": "window", "截至": "until",
    ])

    static let record = FieldSchema("schema.record", keys: [
        "number", "date", "time", "place", "contactor", "contactees", "method", "topics",
        "trigger", "recorder", "suggestions", "identities",
    ], aliases: [
        "政协身份": "identities",
        "编号": "number", "日期": "date", "起止时间": "time", "时间": "time", "地点": "place",
        "联系地点": "place", "联系人": "contactor", "联系对象": "contactees", "方式": "method",
        "联系方式": "method", "联系内容要点": "topics", "内容要点": "topics", "五到位": "trigger",
        "记录人": "recorder", "意见建议": "suggestions", "建议": "suggestions",
    ])

    static let suggestion = FieldSchema("schema.suggestion", keys: ["text", "route", "status", "feedback", "handling", "result", "filed"], aliases: [
        "内容": "text", "去向": "route", "报送方式": "route", "状态": "status", "反馈日期": "feedback",
        "处理意见": "handling", "处理情况": "result", "备案日期": "filed",
    ])

    static let caseStory = FieldSchema("schema.caseStory", keys: [
        "title", "date", "summary", "members", "tags", "cover", "audience",
        "author", "source", "reviewer", "description",
    ], aliases: [
        "标题": "title", "日期": "date", "摘要": "summary", "委员": "members", "标签": "tags",
        "封面": "cover", "范围": "audience", "受众": "audience",
        "作者": "author", "来源": "source", "审核": "reviewer", "描述": "description",
    ])

    static let brief = FieldSchema("schema.brief", keys: [
        "issue", "total", "date", "title", "masthead", "issuer", "to", "cc", "copies", "cases", "audience",
    ], aliases: [
        "期号": "issue", "总期号": "total", "日期": "date", "标题": "title", "刊名": "masthead",
        "编印单位": "issuer", "编印": "issuer", "报送": "to", "报": "to", "抄送": "cc", "送": "cc",
        "印数": "copies", "案例": "cases", "范围": "audience", "受众": "audience",
    ])

    static let ruleAttachment = FieldSchema("schema.ruleAttachment", keys: ["label", "title", "source"], aliases: [
        "标号": "label", "标题": "title", "来源": "source",
    ])

    static let rule = FieldSchema("schema.rule", keys: ["title", "number", "issuer", "issued", "order", "audience", "attachments"], aliases: [
        "附件": "attachments",
        "范围": "audience", "受众": "audience",
        "标题": "title", "文号": "number", "发文机关": "issuer", "印发日期": "issued", "日期": "issued", "排序": "order",
    ])

    static let page = FieldSchema("schema.page", keys: ["title", "order", "audience", "template"], aliases: [
        "标题": "title", "排序": "order", "范围": "audience", "受众": "audience", "模板": "template",
    ])

    static let assignment = FieldSchema("schema.assignment", keys: ["contactor", "kind", "contactees", "organizer", "note", "from", "until"], aliases: [
        "联系人": "contactor", "类别": "kind", "联系对象": "contactees", "组织": "organizer", "备注": "note",
        "起始": "from", "起始日期": "from", "截至": "until", "截止日期": "until",
    ])

    static let event = FieldSchema("schema.event", keys: ["member", "kind", "date", "note"], aliases: [
        "委员": "member", "类别": "kind", "日期": "date", "说明": "note",
    ])

    static let site = FieldSchema("schema.site", keys: ["name", "organization", "demo", "as_of", "policy", "limits", "links", "base_url", "term", "record_word_files"], aliases: [
        "届次": "term", "记录单Word文件": "record_word_files",
        "名称": "name", "单位": "organization", "示例": "demo", "统计截止": "as_of", "政策": "policy",
    ])

    static let policy = FieldSchema("schema.policy", keys: [
        "min_contacts_per_year", "contactor_must_be_party_member", "assignment_kinds", "methods", "topics", "triggers", "must_cover",
        "recent_contact_days", "leader_table", "record_form", "suggestion_routes",
    ])

    static let leaderTable = FieldSchema("schema.leaderTable", keys: ["title", "leader_column"], aliases: [
        "标题": "title", "首列": "leader_column",
    ])

    static let recordForm = FieldSchema("schema.recordForm", keys: ["title", "labels"], aliases: [
        "标题": "title", "栏目": "labels",
    ])

    static let recordFormLabels = FieldSchema("schema.recordFormLabels", keys: RecordForm.fields)

    static let assignmentKind = FieldSchema("schema.assignmentKind", keys: [
        "id", "name", "contactor_role", "contactee", "min", "max", "contactee_party", "contactee_roles",
        "contactee_sectors", "same_committee", "same_window",
    ])

    static let trigger = FieldSchema("schema.trigger", keys: ["id", "name", "due_days"])

    static let link = FieldSchema("schema.link", keys: ["title", "url"], aliases: ["标题": "title", "网址": "url"])

    static let term = FieldSchema("schema.term", keys: ["name", "first_year", "last_year"], aliases: [
        "名称": "name", "起始年": "first_year", "结束年": "last_year",
    ])

    static let limits = FieldSchema("schema.limits", keys: ["markdown_bytes", "render_ms", "data_bytes"])

    static let organization = FieldSchema("schema.organization", keys: ["parties", "sectors", "committees", "windows", "branches"])

    static let orgUnit = FieldSchema("schema.orgUnit", keys: ["id", "name", "short", "committee", "window"])
}
