/// Lists of office-holders follow rank, as the seed's 附件1 lists its 党组成员: 主席,
/// the 副主席, then the 秘书长 — not surname strokes, which are for lists of members.
///
/// A member's `order` (排序) decides where it is given: members with one come first, in
/// that order. The others follow by the rank their 职务 (`position`) names, then the
/// rank in the 党组 (书记, 副书记, 成员), then by surname strokes.
enum RankOrder {
    static func sorted(_ members: [ResolvedMember]) -> [ResolvedMember] {
        let byStrokes = MemberOrder.sorted(members)
        let strokes = Dictionary(byStrokes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return byStrokes.sorted { a, b in
            key(a, strokes[a.id] ?? 0) < key(b, strokes[b.id] ?? 0)
        }
    }

    private static func key(_ member: ResolvedMember, _ strokes: Int) -> (Int, Int, Int, Int) {
        let position = member.member.position ?? ""
        return (member.member.order ?? Int.max, officeRank(position), groupRank(position), strokes)
    }

    /// The 职务 a position names, highest first: "市政协党组书记、主席" names 主席 (0),
    /// "市政协党组成员、副主席" 副主席 (1); 秘书长 is 2, 副秘书长 3, anything else 4.
    static func officeRank(_ position: String) -> Int {
        let parts = position.split { "、，,；; ".contains($0) }
        return parts.map { part -> Int in
            // Longest titles first: "副主席" also ends in "主席".
            if part.hasSuffix("副秘书长") { return 3 }
            if part.hasSuffix("秘书长") { return 2 }
            if part.hasSuffix("副主席") { return 1 }
            if part.hasSuffix("主席") { return 0 }
            return 4
        }.min() ?? 4
    }

    /// 党组书记 before 党组副书记 before 党组成员, within one 职务.
    static func groupRank(_ position: String) -> Int {
        if position.contains("党组书记") { return 0 }
        if position.contains("党组副书记") { return 1 }
        return 2
    }
}
