#!/bin/sh
# tongxin-pull.sh URL BRANCH TARGET
#
# Puts the newest release of BRANCH (portal-internal or portal-public) of the repository
# at URL live at TARGET, for the web server (docs/deploy.md runs it from a systemd timer):
#   - TARGET.git is a bare repository that fetches BRANCH alone (a public server never
#     receives the other branch's objects);
#   - each release is unpacked with git archive into TARGET.releases/<commit>/, which
#     holds the site's files and nothing else (no .git in the web root);
#   - TARGET is a symbolic link to the live release, replaced in one rename, so nginx
#     serves either the old release or the new one, never a mix or a half-written file;
#   - the release that was live before stays (a local fallback); older ones are removed.
# Does nothing when TARGET already points at the branch's commit. POSIX sh, git, tar.
set -eu

if [ $# -ne 3 ]; then
    echo "usage: tongxin-pull.sh URL BRANCH TARGET" >&2
    exit 2
fi
url=$1 branch=$2 target=${3%/}
git_dir=$target.git
releases=$target.releases

if [ -e "$target" ] && [ ! -L "$target" ]; then
    echo "tongxin-pull: $target exists and is not a link made by this script; move it away first (docs/deploy.md, migration)" >&2
    exit 1
fi
[ -d "$git_dir" ] || git init -q --bare "$git_dir"
git --git-dir="$git_dir" fetch -q --no-tags "$url" "+refs/heads/$branch:refs/heads/$branch"
commit=$(git --git-dir="$git_dir" rev-parse --verify "refs/heads/$branch^{commit}")
release=$releases/$commit
previous=$(readlink "$target" 2>/dev/null || true)
[ "$previous" = "$release" ] && exit 0

if [ ! -d "$release" ]; then
    mkdir -p "$releases"
    incoming=$(mktemp -d "$releases/.incoming.XXXXXX")
    trap 'rm -rf "$incoming"' EXIT INT TERM
    git --git-dir="$git_dir" archive --format=tar "$commit" | tar -x -C "$incoming"
    chmod 755 "$incoming"
    mv "$incoming" "$release"
    trap - EXIT INT TERM
fi
ln -sfn "$release" "$target.new"
mv -T "$target.new" "$target"

for old in "$releases"/*; do
    [ "$old" = "$release" ] || [ "$old" = "$previous" ] || rm -rf "$old"
done
echo "tongxin-pull: $target is now $branch at $commit"
