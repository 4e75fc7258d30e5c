extension Catalogue {
    /// The contact-work policy in site.json and what the analysis reports.
    static let analysis: [Message] = [
        Message("analysis.recentContactDaysPositive",
                zh: "recent_contact_days（近期未联系天数）须为正整数，而不是 {1}",
                en: "recent_contact_days must be a positive number of days, not {1}"),
    ]
}
