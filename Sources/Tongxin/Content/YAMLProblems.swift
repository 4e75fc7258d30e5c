/// libyaml's own words for the commonest ways front matter goes wrong, in the office's
/// language; a problem not listed keeps libyaml's English text.
enum YAMLProblems {
    static let keys: [String: String] = [
        "could not find expected ':'": "yaml.problem.expectedColon",
        "mapping values are not allowed in this context": "yaml.problem.colonInValue",
        "did not find expected ',' or ']'": "yaml.problem.unclosedList",
        "did not find expected ',' or '}'": "yaml.problem.unclosedBraces",
        "found character that cannot start any token": "yaml.problem.badStart",
        "found unexpected end of stream": "yaml.problem.unclosedQuote",
        "did not find expected key": "yaml.problem.expectedKey",
        "did not find expected '-' indicator": "yaml.problem.expectedDash",
        "block sequence entries are not allowed in this context": "yaml.problem.dashInValue",
        "found a tab character that violates indentation": "yaml.problem.tab",
        "found a tab character where an indentation space is expected": "yaml.problem.tabIndent",
        "found unknown escape character": "yaml.problem.escape",
    ]

    static func describe(_ problem: String) -> String {
        keys[problem].map { L($0) } ?? problem
    }
}
