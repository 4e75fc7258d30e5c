#!/usr/bin/env bash
# The largest inputs the bounds let through (issue 13): a story list of 4,999 items, a
# table of 20,000 cells, 1,999 links, a 1 MiB story, 20 tags on each of 15 stories
# (280 distinct tags, near the limit of 300), added to the bundled content. Times the
# internal and the public build (leak scan included, search off) with /usr/bin/time -v
# and appends the figures to bench/RESULTS.md (RESULTS= to print only).
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=${RESULTS-bench/RESULTS.md}
work=$(mktemp -d "${TMPDIR:-/tmp}/tongxin-bounds.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time; }
swift build -c release --product tongxin >/dev/null
bin=.build/release/tongxin
cp -r content "$work/content"
python3 - "$work/content" <<'PY'
import sys, os
root = sys.argv[1]
def story(name, title, body, tags=()):
    t = "[" + ", ".join(tags) + "]"
    with open(os.path.join(root, "cases", name + ".md"), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: {title}\ntags: {t}\n---\n{body}")
story("bound-list", "列表上限", "".join(f"- 第{i}项工作\n" for i in range(4999)))
row = "|" + " 数据 |" * 100 + "\n"
story("bound-table", "表格上限", row + "|" + "---|" * 100 + "\n" + row * 196)
story("bound-links", "链接上限", "".join(f"[链接{i}](https://example.org/{i})\n" for i in range(1999)))
para = "委员们围绕基层治理深入交流，提出了许多有价值的意见建议。" * 20 + "\n\n"
text = ""
while len((text + para).encode()) < 1_040_000:
    text += para
story("bound-size", "篇幅上限", text)
for s in range(14):
    story(f"bound-tags-{s}", f"标签上限{s}", "正文。\n", [f"标签{s}-{t}" for t in range(20)])
PY
row() {
    local label=$1; shift
    local tf="$work/time.txt"
    /usr/bin/time -v -o "$tf" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt"; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tf")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$tf")
    echo "| $label | ${wall} s | ${rss} MB |"
}
table=$(
    echo "| build | wall | peak RSS |"
    echo "| --- | ---: | ---: |"
    row "internal (check + write)" "$bin" build --no-search --quiet --content "$work/content" --output "$work/internal"
    row "public (leak scan, assets, links)" "$bin" build --no-search --quiet --audience public --content "$work/content" --output "$work/public"
)
report="
## $(date -u '+%Y-%m-%d %H:%M') UTC — bounds at the limits — tongxin $(git rev-parse --short=12 HEAD)

The bundled content plus a story of 4,999 list items, a table of 20,000 cells, 1,999
links, a story of 1 MiB and 14 stories of 20 tags (280 distinct tags, near the limit of 300), \`bench/bounds.sh\`
(release build, search off, load $(cut -d' ' -f1 /proc/loadavg)):

$table
"
echo "$report"
[ -z "$RESULTS" ] || printf '%s' "$report" >> "$RESULTS"
