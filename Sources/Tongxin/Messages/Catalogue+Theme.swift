extension Catalogue {
    /// The theme: its templates' keys, theme.json and the templates pages choose.
    static let theme: [Message] = [
        Message("theme.key.unknown", zh: "“{1}”不是“{2}”模板能用的键，这样写在页面上只会是空白{3}；每个模板能用的键见 docs/theme.md", en: "'{1}' is not a key the '{2}' template is given, so it would show as nothing{3}; docs/theme.md lists the keys of every template"),
        Message("theme.key.unknownInside", zh: "“{2}”里没有“{1}”（在“{3}”模板里），这样写在页面上只会是空白{4}；每个模板能用的键见 docs/theme.md", en: "'{2}' has no key '{1}' (in the '{3}' template), so it would show as nothing{4}; docs/theme.md lists the keys of every template"),
        Message("theme.key.notText", zh: "“{1}”是列表或一组键，不能直接显示；请用“{{#{1}}}…{{/{1}}}”写出其中的各项", en: "'{1}' is a list or a group of keys and cannot be shown as it is; write its items with '{{#{1}}}…{{/{1}}}'"),
    ]
}
