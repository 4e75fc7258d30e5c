/// The values of one record's page (template `record`, keys in PageKinds.record): the
/// 记录单 as the office's form lays it out. Typed because a build draws one per record —
/// thousands — and the record's Word file reads the same values (RecordWordFile.Sheet).
final class RecordValues: TemplateObject {
    /// The policy's form: its title and field labels (RecordViews.form), the same on every record.
    let form: RecordFormValues
    let number, date, time, place: String
    let contactor: PersonValues
    let contactees: [PersonValues]
    let method, topics, trigger, recorder: String
    /// The 联系内容 (BodyValues).
    let body: BodyValues
    let suggestions: [SuggestionValues]
    /// The record's 记录单 as a .docx (site.json's record_word_files), else nil.
    let word: WordLinkValues?

    init(form: RecordFormValues, number: String, date: String, time: String, place: String, contactor: PersonValues, contactees: [PersonValues],
         method: String, topics: String, trigger: String, recorder: String, body: BodyValues, suggestions: [SuggestionValues], word: WordLinkValues?) {
        self.form = form
        self.number = number
        self.date = date
        self.time = time
        self.place = place
        self.contactor = contactor
        self.contactees = contactees
        self.method = method
        self.topics = topics
        self.trigger = trigger
        self.recorder = recorder
        self.body = body
        self.suggestions = suggestions
        self.word = word
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "form": .object(form)
        case "number": .text(number)
        case "date": .text(date)
        case "time": .text(time)
        case "place": .text(place)
        case "contactor": .object(contactor)
        case "contactees": .list(contactees)
        case "method": .text(method)
        case "topics": .text(topics)
        case "trigger": .text(trigger)
        case "recorder": .text(recorder)
        case "body": .object(body)
        case "hasSuggestions": .flag(!suggestions.isEmpty)
        case "suggestions": .list(suggestions)
        case "word": word.map(TemplateValue.object)
        default: nil
        }
    }

    /// A person the record names: a link to the member's page and 政协身份 on the day.
    final class PersonValues: TemplateObject {
        let name, href, identity: String

        init(name: String, href: String, identity: String) {
            self.name = name
            self.href = href
            self.identity = identity
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "name": .text(name)
            case "href": .text(href)
            case "identity": .text(identity)
            default: nil
            }
        }
    }

    /// A suggestion the record carries, with the window's follow-up (Jinhua 四.4).
    final class SuggestionValues: TemplateObject {
        let text, route, status, feedback, handling, result, filed: String

        init(text: String, route: String, status: String, feedback: String, handling: String, result: String, filed: String) {
            self.text = text
            self.route = route
            self.status = status
            self.feedback = feedback
            self.handling = handling
            self.result = result
            self.filed = filed
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "text": .text(text)
            case "route": .text(route)
            case "status": .text(status)
            case "feedback": .text(feedback)
            case "handling": .text(handling)
            case "result": .text(result)
            case "filed": .text(filed)
            default: nil
            }
        }
    }
}

/// The values of the blank printable 记录单 (template `record-blank`, keys in
/// PageKinds.recordBlank), read by its Word file too (WordViews.blankRecord).
final class BlankRecordValues: TemplateObject, @unchecked Sendable {
    // Constants only, made once a build; `form` and `word` are dictionaries of strings.
    /// The policy's methods and topics, each after a box to tick (方式一　□方式二).
    let methods, topics: String
    let form: RecordFormValues
    let hasWindows: Bool
    let word: WordLinkValues

    init(methods: String, topics: String, form: RecordFormValues, hasWindows: Bool, word: WordLinkValues) {
        self.methods = methods
        self.topics = topics
        self.form = form
        self.hasWindows = hasWindows
        self.word = word
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "methods": .text(methods)
        case "topics": .text(topics)
        case "form": .object(form)
        case "hasWindows": .flag(hasWindows)
        case "word": .object(word)
        default: nil
        }
    }
}
