/// Words of the pages that themes made before them do not have: optional in theme.json
/// like the files' words (ThemeText+WordFiles), so that an older theme still builds.
extension ThemeText {
    static let pageLabels: [String: OptionalLabel] = [
        "records.narrowed": .init(["group", "name"], "{group}：{name}"),
        // How 附件1 writes a committee's vice-chair after the committee's short name: the
        // member holds the office besides (兼) being a member.
        "assignments.viceChair": .init([], "副主任（兼）"),
    ]
}
