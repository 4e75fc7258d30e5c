extension Catalogue {
    /// Reading the content folder's files.
    static let files: [Message] = [
        Message("text.invalidUTF8", zh: "不是有效的 UTF-8 编码（第 {2} 字节为 {1}）；请把文件另存为 UTF-8 编码（编码选 UTF-8，不要选 GBK）", en: "invalid UTF-8 (byte {1} at offset {2}); save the file as UTF-8 (编码选 UTF-8), not GBK"),
        Message("text.nul", zh: "这里有一个空字符（NUL，二进制的 0），文本文件里不应有它；请删去它，或确认这不是误放的二进制文件", en: "this is a NUL character (a binary zero), which has no place in a text file; delete it, or make sure this is not a binary file put here by mistake"),
        Message("content.unreadableFolder", zh: "无法读取这个文件夹（{1}），其中的内容不会进入网站；请修正文件夹权限", en: "this folder cannot be read ({1}), so nothing in it would reach the site; fix its permissions"),
        Message("content.notAFile", zh: "这不是普通文件（可能是管道、设备或套接字），内容文件夹里只能放普通文件；请删去它", en: "this is not a regular file (a pipe, a device or a socket); the content folder holds regular files only: remove it"),
    ]
}
