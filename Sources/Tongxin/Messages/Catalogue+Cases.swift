extension Catalogue {
    /// Case stories (典型案例).
    static let cases: [Message] = [
        Message("cases.tooManyTags", zh: "这个案例有 {1} 个标签，最多 {2} 个；请只保留最能说明案例的标签", en: "this story has {1} tags, at most {2} are allowed; keep the ones that say most about it"),
        Message("cases.tooManyDistinctTags", zh: "全部案例的标签已超过 {1} 种（从这里的“{2}”起）；每个列表页都会列出全部标签，请合并相近的标签", en: "the stories have more than {1} different tags (from '{2}' here on); every list page shows every tag, so merge similar ones"),
    ]
}
