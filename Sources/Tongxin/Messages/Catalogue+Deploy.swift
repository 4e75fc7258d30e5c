extension Catalogue {
    /// Publishing to the two branches and the web server's configuration (`tongxin
    /// publish`, `tongxin deploy`).
    static let deploy: [Message] = [
        Message("deploy.publish.building", zh: "正在生成{1}网站", en: "building the {1} site"),
        Message("deploy.publish.committing", zh: "正在提交到分支 {1}", en: "committing to {1}"),
        Message("deploy.publish.published", zh: "已发布：{1} 在分支 {2} 上为 {3}", en: "published {1} as {3} on {2}"),
        Message("deploy.publish.unchanged", zh: "分支 {1} 已是 {2}，文件相同，无需发布", en: "already published: {1} is at {2} with the same files; nothing to do"),
        Message("deploy.publish.rolledBack", zh: "已回滚：分支 {1} 现为 {2}，恢复的是 {3}", en: "rolled back: {1} is at {2}, restoring {3}"),
        Message("deploy.publish.failed", zh: "未发布：请先改正上面的错误。", en: "nothing was published: fix the errors above."),
        Message("deploy.publish.notARepository", zh: "{1} 不在 git 仓库中；发布是把生成的网站提交到分支", en: "{1} is not inside a git repository; publishing commits the built site to a branch"),
        Message("deploy.publish.uncommitted", zh: "内容或主题有未提交的修改；请先提交，使发布版本能注明其来源（或加 --allow-uncommitted）", en: "the content or theme has uncommitted changes; commit them first so the release names its source (or pass --allow-uncommitted)"),
        Message("deploy.publish.sameBranch", zh: "内部网站和公开网站不能发布到同一个分支 {1}", en: "the internal and the public site cannot be published to the same branch {1}"),
        Message("deploy.publish.nothingPublished", zh: "分支 {1} 还没有发布过任何版本", en: "nothing has been published to '{1}' yet"),
        Message("deploy.publish.nothingToRollBackTo", zh: "分支 {1} 的在线版本是第一个版本，没有可回滚的版本", en: "the live release on '{1}' is the first one; there is nothing to roll back to"),
        Message("deploy.publish.git", zh: "git：{1}", en: "git: {1}"),
        Message("deploy.publish.formerBranch", zh: "提示：仓库中还有旧的发布分支 {1}（内部和公开网站在同一分支）；迁移方法见 docs/deploy.md", en: "note: the repository still has the former publish branch {1} (both sites in one branch); see docs/deploy.md to migrate"),
        Message("deploy.help.publish.abstract", zh: "检查内容，生成两个网站，分别提交到内部和公开两个发布分支，供网站服务器拉取。", en: "Check, build both audiences and commit each to its own publish branch the web servers pull."),
        Message("deploy.help.publish.discussion", zh: "内部网站（办公室门户）提交到 --internal-branch（默认 portal-internal），公开网站提交到 --public-branch（默认 portal-public）；每个分支的根目录就是网站的根目录。两个分支没有共同的提交，公开分支的历史中没有任何内部网站的内容。提交说明注明来源提交。同样的内容发布两次不会产生新提交。不会改动你的工作区和当前分支。--rollback 以新提交的方式恢复上一个版本（默认两个分支都回滚，--audience 只回滚一个），服务器拉取时仍可快进。", en: "The office portal is committed to --internal-branch (portal-internal by default) and the public site to --public-branch (portal-public); each branch's root is its site's root. The two branches share no commit: nothing of the internal site is in the public branch's history. The messages name the source commit. Publishing the same content twice changes nothing. Your working tree and current branch are not touched. --rollback puts the previous release back as a new commit (on both branches, or on one with --audience), so servers keep fast-forwarding."),
        Message("deploy.help.content", zh: "内容文件夹，即含 site.json 的文件夹。", en: "The content folder: the one holding site.json."),
        Message("deploy.help.theme", zh: "主题文件夹。", en: "The theme folder."),
        Message("deploy.help.internalBranch", zh: "内部网站（办公室门户）发布到的分支。", en: "The branch the internal site (the office portal) is committed to."),
        Message("deploy.help.publicBranch", zh: "公开网站发布到的分支。", en: "The branch the public site is committed to."),
        Message("deploy.help.rollback", zh: "不发布，而是恢复在线版本之前的那个版本。", en: "Put the release before the live one back, instead of publishing."),
        Message("deploy.help.rollbackAudience", zh: "与 --rollback 一起使用：只回滚这个网站的分支（默认两个都回滚）。", en: "With --rollback: roll back only this audience's branch (both by default)."),
        Message("deploy.help.audienceNeedsRollback", zh: "--audience 只能与 --rollback 一起使用；发布总是生成两个网站", en: "--audience goes with --rollback only; publishing always builds both sites"),
        Message("deploy.help.allowUncommitted", zh: "内容或主题有未提交的修改时也发布（发布版本注明的提交中没有这些修改）。", en: "Publish even when content or theme has uncommitted changes (the release then names a commit that does not hold them)."),
        Message("deploy.help.requireSearch", zh: "无法生成搜索索引时报错。", en: "Fail when the search index cannot be built."),
        Message("deploy.help.quiet", zh: "只显示错误和警告。", en: "Print only errors and warnings."),
    ]
}
