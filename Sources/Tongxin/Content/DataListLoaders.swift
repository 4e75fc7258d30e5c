/// Reads `data/assignments.json` and `data/events.json`: arrays of objects.
enum AssignmentLoader {
    static func load(_ node: DataNode, diagnostics: inout Diagnostics) -> [Assignment] {
        DataArray.items(node, what: "data/assignments.json", diagnostics: &diagnostics).compactMap { item in
            var r = FieldReader(item, schema: Schemas.assignment)
            defer { diagnostics.append(contentsOf: r.diagnostics) }
            let contactor = r.requiredString("contactor")
            let kind = r.requiredString("kind")
            let contactees = r.stringList("contactees")
            if contactees.isEmpty { r.missing("contactees") }
            let from = r.date("from"), until = r.date("until")
            if let from, let until, until.value < from.value {
                r.diagnostics.error(until.location, L("assign.untilBeforeFrom", until.value.iso, from.value.iso))
            }
            guard let contactor, let kind else { return nil }
            return Assignment(contactor: contactor, kind: kind, contactees: contactees, organizer: r.string("organizer"), note: r.string("note")?.value,
                              from: from, until: until, location: item.location)
        }
    }
}

enum EventLoader {
    static func load(_ node: DataNode, diagnostics: inout Diagnostics) -> [Event] {
        DataArray.items(node, what: "data/events.json", diagnostics: &diagnostics).compactMap { item in
            var r = FieldReader(item, schema: Schemas.event)
            defer { diagnostics.append(contentsOf: r.diagnostics) }
            guard let member = r.requiredString("member"), let kind = r.requiredString("kind"), let date = r.requiredDate("date") else { return nil }
            return Event(member: member, kind: kind, date: date, note: r.string("note")?.value, location: item.location)
        }
    }
}

enum DataArray {
    static func items(_ node: DataNode, what: String, diagnostics: inout Diagnostics) -> [DataNode] {
        guard case .array(let items) = node.value else {
            diagnostics.error(node.location, L("field.notList", what, node.typeName))
            return []
        }
        return items
    }
}
