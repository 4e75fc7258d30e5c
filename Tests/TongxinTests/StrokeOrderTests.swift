import Testing
@testable import Tongxin

@Suite(.language(.en)) struct StrokeOrderTests {
    func sortedNames(_ names: [String]) -> [String] {
        StrokeOrder.sorted(names, name: { $0 }, tieBreaker: { $0 })
    }

    // ICU's zh@collation=stroke sorts 文 before 王 and 田 before 石, so it is not
    // the official order. Official lists compare the stroke sequences: 王 (4,
    // hhsh) starts with 横 and 文 (4, nhpn) with 点, so 王 comes first; 石 (5,
    // hpszh) starts with 横 and 田 (5, szhsh) with 竖, so 石 comes first.
    @Test func firstStrokeDecidesWhereICUIsWrong() {
        #expect(StrokeOrder.areInIncreasingOrder("王", "文"))
        #expect(!StrokeOrder.areInIncreasingOrder("文", "王"))
        #expect(StrokeOrder.areInIncreasingOrder("石", "田"))
        #expect(!StrokeOrder.areInIncreasingOrder("田", "石"))
        #expect(sortedNames(["文", "田", "王", "石"]) == ["王", "文", "石", "田"])
    }

    @Test func laterStrokesDecideWhenEarlierOnesAgree() {
        // 文 nhpn before 方 nhzp (third stroke 撇 before 折); 叶 szhhs before
        // 田 szhsh (fourth stroke); 李 hspnzsh, 张 zhzphzn, 陈 zshzspn.
        #expect(sortedNames(["方", "文"]) == ["文", "方"])
        #expect(sortedNames(["田", "叶"]) == ["叶", "田"])
        #expect(sortedNames(["陈", "张", "李"]) == ["李", "张", "陈"])
        // Fewer strokes first, whatever the first stroke: 卜 (2) before 于 (3).
        #expect(StrokeOrder.areInIncreasingOrder("卜", "于"))
    }

    @Test func strokeSequencesOfKnownCharacters() {
        let expected: [Character: String] = [
            "王": "hhsh", "文": "nhpn", "田": "szhsh", "石": "hpszh", "马": "zzh",
            "丁": "hs", "卜": "sn", "万": "hzp", "于": "hhs", "区": "hpnz",
            "孔": "zshz", "冯": "nhzzh", "李": "hspnzsh", "陈": "zshzspn",
            "张": "zhzphzn", "单": "npszhhhs", "曾": "npszsnphszhh",
        ]
        for (character, strokes) in expected {
            #expect(StrokeOrder.strokes(of: character) == strokes, "\(character)")
        }
        let counts: [Character: Int] = ["方": 4, "毛": 4, "白": 5, "黄": 11, "魏": 17]
        for (character, count) in counts {
            #expect(StrokeOrder.strokes(of: character)?.count == count, "\(character)")
        }
        #expect(StrokeOrder.strokes(of: "A") == nil)
        #expect(StrokeOrder.strokes(of: "𠮷") == nil)  // U+20BB7, outside the table
        #expect(StrokeOrder.strokes(of: "\u{3000}") == nil)
    }

    // Worked out by hand from the stroke table:
    //   2 丁 hs · 3 马 zzh · 4 王 hhsh, 文 nhpn, 方 nhzp · 5 石 hpszh, 叶 szhhs,
    //   田 szhsh · 7 李 hspnzsh, 张 zhzphzn, 陈 zshzspn.
    // 王芳 before 王建 (芳 7 < 建 8); 王建 before 王建国 (prefix); "陈 琳" is 陈琳
    // and 琳 hhshhspn… precedes 琦 hhshhpnh… at the sixth stroke.
    @Test func realisticMemberList() {
        let names = [
            "陈琦", "田野", "王建国", "张伟", "丁宁", "叶小青", "陈 琳",
            "王芳", "石磊", "文静", "李明", "方明", "马超", "王建",
        ]
        let expected = [
            "丁宁", "马超", "王芳", "王建", "王建国", "文静", "方明",
            "石磊", "叶小青", "田野", "李明", "张伟", "陈 琳", "陈琦",
        ]
        #expect(sortedNames(names) == expected)
        #expect(sortedNames(names.reversed()) == expected)
        #expect(names.sorted(by: StrokeOrder.areInIncreasingOrder) == expected)
    }

    // The rule implemented compares names character by character, so a
    // single given name does not jump ahead: 立 (5) < 琳 (12) puts 陈立新
    // before 陈琳. (Lists that treat a two-character name as having an empty
    // middle character would put 陈琳 first; that convention is not used.)
    @Test func twoCharacterNamesAreComparedCharacterByCharacter() {
        #expect(sortedNames(["陈琳", "陈立新"]) == ["陈立新", "陈琳"])
        #expect(sortedNames(["王建国", "王建"]) == ["王建", "王建国"])
    }

    @Test func unknownCharactersAndLatinNamesGoLast() {
        let names = ["Zhang Wei", "𪚥", "Alice", "陈𠮷", "𠮷田", "张伟", "陈琳"]
        #expect(sortedNames(names) == ["张伟", "陈琳", "陈𠮷", "𠮷田", "𪚥", "Alice", "Zhang Wei"])
        // Even the character with the most strokes beats one missing from the table.
        #expect(StrokeOrder.areInIncreasingOrder("龘", "𠮷"))
        #expect(StrokeOrder.areInIncreasingOrder("𠮷", "Adam"))
    }

    @Test func layoutSpacesAreIgnored() {
        #expect(!StrokeOrder.areInIncreasingOrder("陈 琳", "陈琳"))
        #expect(!StrokeOrder.areInIncreasingOrder("陈琳", "陈\u{3000}琳"))
        #expect(StrokeOrder.areInIncreasingOrder("陈 琳", "陈琦"))
        #expect(StrokeOrder.sortKey(" 陈\u{3000}琳 ") == StrokeOrder.sortKey("陈琳"))
    }

    @Test func tableNamePadsOnlyTwoCharacterChineseNames() {
        #expect(NameLayout.tableName("陈琳") == "陈\u{3000}琳")
        #expect(NameLayout.tableName("王建国") == "王建国")
        #expect(NameLayout.tableName("陈\u{3000}琳") == "陈\u{3000}琳")
        #expect(NameLayout.tableName("陈 琳") == "陈 琳")
        #expect(NameLayout.tableName("欧阳明日") == "欧阳明日")
        #expect(NameLayout.tableName("陈") == "陈")
        #expect(NameLayout.tableName("") == "")
        #expect(NameLayout.tableName("Li") == "Li")
        #expect(NameLayout.tableName("陈A") == "陈A")
        #expect(NameLayout.tableName("陈\u{301}琳") == "陈\u{301}\u{3000}琳", "two characters, one with a mark")
        #expect(NameLayout.tableName("陈·") == "陈·")
    }

    struct Member: Equatable {
        let id: String
        let name: String
    }

    @Test func tiesAreBrokenDeterministically() {
        let members = [
            Member(id: "m3", name: "陈琳"), Member(id: "m1", name: "王芳"),
            Member(id: "m2", name: "陈 琳"), Member(id: "m4", name: "王芳"),
            Member(id: "m0", name: "陈琳"),
        ]
        let expected = ["m1", "m4", "m0", "m2", "m3"]
        func order(_ input: [Member]) -> [String] {
            StrokeOrder.sorted(input, name: \.name, tieBreaker: \.id).map(\.id)
        }
        #expect(order(members) == expected)
        #expect(order(members.reversed()) == expected)
        #expect(order([members[2], members[4], members[0], members[3], members[1]]) == expected)
        #expect(!StrokeOrder.areInIncreasingOrder("王芳", "王芳"))
        // Equal names and equal tie-breakers keep their input order.
        let same = [Member(id: "a", name: "王芳"), Member(id: "a", name: "王 芳")]
        #expect(StrokeOrder.sorted(same, name: \.name, tieBreaker: \.id) == same)
    }

    // 甲 and 申 share the stroke sequence szhhs; the code point decides.
    @Test func identicalStrokeSequencesAreOrderedByCodePoint() {
        #expect(StrokeOrder.strokes(of: "甲") == StrokeOrder.strokes(of: "申"))
        #expect(StrokeOrder.areInIncreasingOrder("甲", "申"))
        #expect(!StrokeOrder.areInIncreasingOrder("申", "甲"))
    }
}
