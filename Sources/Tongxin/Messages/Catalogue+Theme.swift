extension Catalogue {
    /// The theme: its templates' keys, theme.json and the templates pages choose.
    static let theme: [Message] = [
        Message("theme.key.unknown", zh: "“{1}”不是“{2}”模板能用的键，这样写在页面上只会是空白{3}；每个模板能用的键见 docs/theme.md", en: "'{1}' is not a key the '{2}' template is given, so it would show as nothing{3}; docs/theme.md lists the keys of every template"),
        Message("theme.key.unknownInside", zh: "“{2}”里没有“{1}”（在“{3}”模板里），这样写在页面上只会是空白{4}；每个模板能用的键见 docs/theme.md", en: "'{2}' has no key '{1}' (in the '{3}' template), so it would show as nothing{4}; docs/theme.md lists the keys of every template"),
        Message("theme.key.notText", zh: "“{1}”是列表或一组键，不能直接显示；请用“{{#{1}}}…{{/{1}}}”写出其中的各项", en: "'{1}' is a list or a group of keys and cannot be shown as it is; write its items with '{{#{1}}}…{{/{1}}}'"),
        Message("theme.pageTemplate.unknown", zh: "主题里没有模板“{1}”{3}；页面可以选用的模板：{2}（在主题或站点的 templates/ 里新建一个 .mustache 文件，就多一个可选的模板）", en: "the theme has no template '{1}'{3}; the templates a page can choose: {2} (a new .mustache file in the theme's or the site's templates/ adds one)"),
        Message("theme.pageTemplate.notForPages", zh: "模板“{1}”是另一类页面用的，拿不到页面需要的内容；页面可以选用的模板：{2}", en: "the template '{1}' is for another kind of page and lacks what a page is given; the templates a page can choose: {2}"),
        Message("theme.text.missingFile", zh: "主题里没有 theme.json（导航、页面标题、状态名称和图表颜色都写在其中）；请从 themes/default/theme.json 复制一份再修改", en: "the theme has no theme.json (the navigation, page titles, status names and chart colours); copy themes/default/theme.json and edit it"),
        Message("theme.text.missingKey", zh: "theme.json 缺少“{1}”；请照 themes/default/theme.json 补上", en: "theme.json lacks '{1}'; add it as in themes/default/theme.json"),
        Message("theme.text.missingLabel", zh: "labels 缺少“{1}”；页面要用到它，请照 themes/default/theme.json 补上", en: "labels lacks '{1}', which the pages use; add it as in themes/default/theme.json"),
        Message("theme.text.unknownKey", zh: "theme.json 里没有“{1}”这一项{2}；多余的项不会被用到，请删去或改正", en: "theme.json has no setting '{1}'{2}; it would never be used: remove or correct it"),
        Message("theme.text.placeholder", zh: "“{{1}}”不能用在“{2}”里；这里能用的占位符：{3}", en: "'{{1}}' cannot be used in '{2}'; the placeholders it may use: {3}"),
        Message("theme.text.section", zh: "没有“{1}”这个栏目；导航可用的栏目：{2}{3}", en: "there is no section '{1}'; the navigation may link: {2}{3}"),
        Message("theme.text.navigationItem", zh: "导航的每一项都要有 section（栏目）和 title（显示的名称）", en: "each navigation item needs a section and a title"),
        Message("theme.text.colour", zh: "“{1}”不是颜色；请写成 # 加六位小写十六进制数，如 #9b1c1f", en: "'{1}' is not a colour; write # and six lower-case hex digits, such as #9b1c1f"),
        Message("theme.text.type", zh: "这里应是{1}，而不是{2}", en: "this should be {1}, not {2}"),
    ]
}
