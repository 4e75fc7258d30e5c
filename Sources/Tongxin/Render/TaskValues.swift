/// The values of a contactor's 我的联系任务 page (template `tasks`, keys in
/// PageKinds.tasks). Keyed by its values (ContextDigest over these keys): a saved record
/// changes the tasks of one or two contactors, not every page.
final class TaskValues: TemplateObject {
    let contactor: MemberLinkValues
    let year, minimum: Int
    /// Each assigned person: the pair's row with the days since the last contact.
    let people: [TaskPairValues]
    let doneCount: Int
    /// The units the contactor is assigned (name, kind).
    let units: [LeaderReportValues.UnitLineValues]
    let hasTriggers: Bool
    /// Open 五到位 events (empty without 五到位 in the policy).
    let events: [TriggerRowValues]
    let calendar: String

    init(contactor: MemberLinkValues, year: Int, minimum: Int, people: [TaskPairValues], doneCount: Int, units: [LeaderReportValues.UnitLineValues],
         hasTriggers: Bool, events: [TriggerRowValues], calendar: String) {
        self.contactor = contactor
        self.year = year
        self.minimum = minimum
        self.people = people
        self.doneCount = doneCount
        self.units = units
        self.hasTriggers = hasTriggers
        self.events = events
        self.calendar = calendar
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "contactor": .object(contactor)
        case "year": .number(year)
        case "minimum": .number(minimum)
        case "people": .list(people)
        case "personCount": .number(people.count)
        case "hasPeople": .flag(!people.isEmpty)
        case "hasUnits": .flag(!units.isEmpty)
        case "hasEvents": .flag(!events.isEmpty)
        case "doneCount": .number(doneCount)
        case "units": .list(units)
        case "hasTriggers": .flag(hasTriggers)
        case "events": .list(events)
        case "calendar": .text(calendar)
        default: nil
        }
    }
}
