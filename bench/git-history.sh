#!/usr/bin/env bash
# The content's git history at scale: a generated corpus committed once, then COMMITS
# commits of one record each, like the editor's saves. Times `tongxin build` twice (the
# second starts from the history the first kept in .git/tongxin-history) and the preview's
# saves (uncommitted, then committed). Prints the figures; nothing is appended.
#
#   bench/git-history.sh [PAGES] [COMMITS]     default: 10000 1000
#   TONGXIN=/path/to/tongxin THEME=themes/default   (default: the release build of the working tree)
set -euo pipefail
pages=${1:-10000}; commits=${2:-1000}
here=$(cd "$(dirname "$0")/.." && pwd)
tongxin=${TONGXIN:-$here/.build/release/tongxin}; theme=${THEME:-$here/themes/default}
[ -x "$tongxin" ] || (cd "$here" && swift build -c release --product tongxin >&2)
work=${BENCH_WORK:-/dev/shm/tongxin-git-bench}; rm -rf "$work"; mkdir -p "$work"
site="$work/site"
python3 "$here/bench/generate.py" --pages "$pages" --seed 1 --out "$site" >/dev/null
git() { command git -C "$site" -c user.name=办公室 -c user.email=office@example.org "$@"; }
git init -q && git add -A && git commit -qm "corpus"
echo "making $commits commits of one record each" >&2
mapfile -t records < <(find "$site/records" -name '*.md' | sort)
for record in "${records[@]:0:$commits}"; do
    printf '\n' >> "$record"; git commit -qam "save"
done
git gc -q
seconds() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.2f}")' "$1" "$(date +%s.%N)"; }
start=$(date +%s.%N); git -c core.quotepath=off log --format=%x1e%ad%x1f%an --date=short --name-only --no-renames -- . > /dev/null
echo "git log over the whole history: $(seconds "$start") s"
for run in first second; do
    rm -rf "$work/out" "$work"/.out*
    start=$(date +%s.%N); "$tongxin" --lang en build --no-search --quiet --content "$site" --theme "$theme" --output "$work/out" > /dev/null 2>&1
    echo "tongxin build ($run): $(seconds "$start") s"
done
"$tongxin" --lang en serve --verbose --content "$site" --theme "$theme" --port 0 --output "$work/preview" > "$work/serve.log" 2>&1 &
server=$!; trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q '^serving ' "$work/serve.log" && break; sleep 0.5; done
record=${records[-1]}
for _ in 1 2 3; do printf '\n' >> "$record"; sleep 3; done
for _ in 1 2 3; do printf '\n' >> "$record"; git commit -qam "save"; sleep 3; done
echo "preview saves (3 uncommitted, 3 committed): $(grep 'after a change' "$work/serve.log" | sed -n 's/.* in \([0-9.]*\) s after.*/\1/p' | tr '\n' ' ')"
