import Foundation

/// Two sources must never write the same output file, also not when the web server's
/// file system folds case or Unicode normalisation ("Guide" vs "guide", "é" vs "é").
enum RouteChecks {
    static func check(_ site: Site, diagnostics: inout Diagnostics) {
        var claimed: [String: String] = [:]
        claimed.reserveCapacity(site.rules.count + site.members.count + site.records.count + site.cases.count + site.pages.count + site.assets.count + 64)
        func claim(_ route: String, by source: String) {
            let file = Routes.file(for: route)
            // ASCII is its own canonical form, and most routes are lower case already:
            // Foundation's normalisation and even `lowercased()` of every route were most of
            // this check's time.
            let key = file.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? file
                : file.precomposedStringWithCanonicalMapping.lowercased()
            if let first = claimed[key] {
                diagnostics.error(SourceLocation(file: source), L("route.taken", route, first))
            } else {
                claimed[key] = source
            }
        }
        for section in Routes.reserved { claimed[section + "/index.html"] = L("route.section", section) }
        claimed[Routes.file(for: Routes.blankRecord)] = L("route.blankForm")
        for unit in site.organization.committees + site.organization.windows {
            let key = Routes.file(for: Routes.unit(unit.id)).lowercased()
            if let first = claimed[key] {
                diagnostics.error(unit.location, L("route.unitTaken", unit.id, Routes.unit(unit.id), first))
            } else {
                claimed[key] = "data/organization.json (\(unit.id))"
            }
        }
        // By index: `for record in site.records` copied every record (retaining each of
        // its fields) to read two of them.
        for index in site.rules.indices { claim(Routes.rule(site.rules[index].slug), by: site.rules[index].file) }
        for index in site.members.indices { claim(Routes.member(site.members[index].id), by: site.members[index].file) }
        for index in site.records.indices {
            let record = site.records[index]
            // A record's page address comes from its file name, like a page's.
            let stem = String(PathParts.lastComponent(record.slug))
            if !Slugs.isValid(stem) { diagnostics.error(SourceLocation(file: record.file), Slugs.invalidMessage(stem)) }
            claim(Routes.record(record.slug), by: record.file)
        }
        for index in site.cases.indices { claim(Routes.caseStory(site.cases[index].slug), by: site.cases[index].file) }
        for brief in site.briefs {
            if !Slugs.isValid(brief.slug) { diagnostics.error(SourceLocation(file: brief.file), Slugs.invalidMessage(brief.slug)) }
            claim(Routes.brief(brief.slug), by: brief.file)
        }
        for page in site.pages {
            if !Slugs.isValid(page.slug) {
                diagnostics.error(SourceLocation(file: page.file), Slugs.invalidMessage(page.slug))
            }
            claim(Routes.page(page.slug), by: page.file)
        }
        for asset in site.assets { claim(Routes.asset(asset), by: asset) }
        for (slug, file) in site.rules.indices.map({ (site.rules[$0].slug, site.rules[$0].file) }) + site.cases.indices.map({ (site.cases[$0].slug, site.cases[$0].file) }) where !Slugs.isValid(slug) {
            diagnostics.error(SourceLocation(file: file), Slugs.invalidMessage(slug))
        }
    }
}

/// File names that become addresses: letters (Chinese too), digits, '-' and '_'.
enum Slugs {
    static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && slug.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    static func invalidMessage(_ slug: String) -> String {
        L("route.invalidName", slug)
    }
}
