extension Catalogue {
    /// The contact-work policy in site.json and what the analysis reports.
    static let analysis: [Message] = [
        Message("inForce.from", zh: "{1}起", en: "from {1}"),
        Message("inForce.until", zh: "至{1}", en: "until {1}"),
        Message("inForce.between", zh: "{1}至{2}", en: "{1} to {2}"),
        Message("analysis.recentContactDaysPositive",
                zh: "recent_contact_days（近期未联系天数）须为正整数，而不是 {1}",
                en: "recent_contact_days must be a positive number of days, not {1}"),
        Message("analysis.termIncomplete",
                zh: "term（届次）须写明 name（名称）、first_year（起始年）和 last_year（结束年）",
                en: "term needs name, first_year and last_year"),
        Message("analysis.termYears",
                zh: "届次的年份 {1}–{2} 不成立：起始年不能晚于结束年，一届不超过 10 年",
                en: "the term's years {1}–{2} do not work: the first year cannot be after the last, and a term is at most 10 years"),
    ]
}
