extension Catalogue {
    /// Words and summaries every command uses.
    static let general: [Message] = [
        Message("general.nothingWritten", zh: "未写入任何文件。", en: "nothing was written."),
        Message("general.stopped", zh: "已停止；未写入任何文件。", en: "stopped; nothing was written."),
        Message("general.error", zh: "错误", en: "error"),
        Message("general.errorLine", zh: "错误：{1}", en: "error: {1}"),
        Message("general.warning", zh: "警告", en: "warning"),
    ]
}
