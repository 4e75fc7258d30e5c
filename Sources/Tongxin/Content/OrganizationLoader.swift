/// Reads `data/organization.json`.
enum OrganizationLoader {
    static func load(_ node: DataNode, diagnostics: inout Diagnostics) -> Organization {
        var reader = FieldReader(node, schema: Schemas.organization)
        var organization = Organization()
        organization.parties = units(reader.objects("parties"), parentKey: nil, diagnostics: &diagnostics)
        organization.sectors = units(reader.objects("sectors"), parentKey: nil, diagnostics: &diagnostics)
        organization.committees = units(reader.objects("committees"), parentKey: nil, diagnostics: &diagnostics)
        organization.windows = units(reader.objects("windows"), parentKey: "committee", diagnostics: &diagnostics)
        organization.branches = units(reader.objects("branches"), parentKey: "window", diagnostics: &diagnostics)
        if !organization.parties.contains(where: { $0.id == Organization.communistParty }) {
            diagnostics.error(node.location, L("org.needsCPC", Organization.communistParty))
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return organization
    }

    private static func units(_ nodes: [DataNode], parentKey: String?, diagnostics: inout Diagnostics) -> [OrgUnit] {
        nodes.compactMap { node in
            var reader = FieldReader(node, schema: Schemas.orgUnit)
            defer { diagnostics.append(contentsOf: reader.diagnostics) }
            guard let id = reader.requiredString("id"), let name = reader.requiredString("name") else { return nil }
            if !IDs.isValid(id.value) {
                reader.diagnostics.error(id.location, IDs.invalidMessage(id.value))
            }
            let parent = parentKey.flatMap { reader.string($0) }
            return OrgUnit(id: id.value, name: name.value, short: reader.string("short")?.value, parent: parent, location: node.location)
        }
    }
}

/// Ids end up in URLs and file names: keep them to a safe alphabet.
enum IDs {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-", first != "_" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// `what`: "id", or "slug" for a case's name; named in the reader's language.
    static func invalidMessage(_ id: String, what: String = "id") -> String {
        L("content.invalidID", L(what == "slug" ? "content.what.slug" : "content.what.id"), id)
    }
}
