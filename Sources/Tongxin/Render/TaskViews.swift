/// 我的联系任务: one printable page per contactor (党组成员 and 党员委员 with assignments)
/// with their people, this year's counts, the days since each last contact and the open
/// 五到位 events; beside it an .ics file with the due days of those events.
enum TaskViews {
    /// Every contactor's tasks, worked out once for the pages and the calendars.
    static func tasks(_ context: RenderContext) -> [ContactorTasks] {
        ContactorTasks.all(context.work, contactorIDs: ContactorTasks.contactors(context.site, table: context.work.table))
    }

    static func pages(_ tasks: [ContactorTasks], _ context: RenderContext) -> [PageSpec] {
        tasks.map { task in
            let name = context.name(task.contactorID)
            return PageSpec(route: Routes.tasks(task.contactorID), template: "tasks", title: context.text("tasks.title", ["name": name]), section: "members",
                            breadcrumbs: [Crumb(title: context.text("members"), route: Routes.members), Crumb(title: name, route: Routes.member(task.contactorID)),
                                          Crumb(title: context.text("tasks"), route: Routes.tasks(task.contactorID))],
                            inputs: PageInputs.Key(versions: context.analysisInputs.versions, byContext: true), model: {
                values(task, context)
            })
        }
    }

    private static func values(_ task: ContactorTasks, _ context: RenderContext) -> TaskValues {
        let hasTriggers = !context.policy.triggers.isEmpty
        return TaskValues(
            contactor: context.memberLink(task.contactorID),
            year: context.asOf.year,
            minimum: context.policy.minContactsPerYear,
            people: task.people.map { person in
                // The pair's own minimum: less than the policy's for a row in force part of the year.
                TaskPairValues(row: context.pairRow(person.pair), lastEver: View.date(person.lastContact),
                               daysSince: person.daysSince.map(String.init) ?? "", still: max(0, person.pair.minimum - person.pair.count))
            },
            doneCount: task.people.count(where: { $0.pair.status == .done }),
            units: task.units.map { LeaderReportValues.UnitLineValues(name: context.unitName($0.target), kind: context.kindName($0.kindID)) },
            hasTriggers: hasTriggers,
            events: hasTriggers ? task.openEvents.map { TriggerViews.row($0, context) } : [],
            calendar: Routes.tasksCalendar(task.contactorID))
    }

    /// The .ics of each contactor with open 五到位 events: one all-day event per event on
    /// its due day (an empty calendar would remind nobody, so there is none; the page
    /// links the file only when there is one).
    static func calendars(_ tasks: [ContactorTasks], _ context: RenderContext) -> [PageSpec] {
        guard !context.policy.triggers.isEmpty else { return [] }
        return tasks.filter { !$0.openEvents.isEmpty }.map { task in
            AnalysisFile.spec(Routes.tasksCalendar(task.contactorID), context) { calendar(task, context) }
        }
    }

    private static func calendar(_ task: ContactorTasks, _ context: RenderContext) -> [UInt8] {
        let name = context.name(task.contactorID)
        var seen: [String: Int] = [:]
        let events = task.openEvents.map { item -> ICalendar.Event in
            let event = item.event
            let kind = context.policy.triggers.first { $0.id == event.triggerID }?.name ?? event.triggerID
            var uid = "\(event.event.date.value.iso)-\(event.triggerID)-\(event.memberID)-\(task.contactorID)"
            // Two identical events in events.json still get two UIDs, numbered in file order.
            seen[uid, default: 0] += 1
            if let count = seen[uid], count > 1 { uid += "-\(count)" }
            let member = context.name(event.memberID)
            let note = event.event.note.map { context.text("ics.note", ["note": $0]) } ?? ""
            return ICalendar.Event(uid: uid, day: item.due, summary: context.text("ics.summary", ["member": member, "kind": kind]),
                                   description: context.text("ics.description", ["date": event.event.date.value.chinese, "kind": kind, "note": note, "due": item.due.chinese]))
        }
        return ICalendar.encode(name: context.text("ics.calendar", ["name": name]), stamp: context.asOf, events: events)
    }
}
