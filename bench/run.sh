#!/usr/bin/env bash
# Tongxin vs Hugo, side by side, on generated corpora in /dev/shm.
#
#   bench/run.sh [N[:RUNS] ...]     default: 1000 10000 50000
#   ROSTER=1 bench/run.sh none      only the roster
#
# Environment:
#   RUNS=3            timed runs per tool and N (alternating Tongxin / Hugo)
#   ROSTER=1          also time `tongxin check` on 60,000 members + 200,000 records
#   ROSTER_MEMBERS=60000 ROSTER_RECORDS=200000 ROSTER_RUNS=1
#   ROSTER_TIMEOUT=900  give up on the roster check after this many seconds (recorded as such)
#   SERVE_AT=10000    at this N, also time `tongxin serve` rebuilding after one saved record
#   (at every N, `tongxin build` and `hugo` are also timed again after one saved record,
#   into the folder of their last full build: Tongxin then links unchanged pages)
#   SERVE_EDITS=5     how many saves (the median is reported); SERVE_AT=none skips it
#   SEED=1            corpus seed
#   TONGXIN_SOURCE=head      build a clean `git archive HEAD` export (default): the
#                            measured binary is exactly the recorded commit
#                  worktree  build the working tree as it is (uncommitted edits too)
#                  prebuilt  reuse /tmp/tongxin-bench-bin from an earlier run
#   BENCH_WORK=/dev/shm/tongxin-bench   where corpora and outputs go (tmpfs!)
#   RESULTS=bench/RESULTS.md            where the figures are appended ("" = don't)
#   KEEP=1            keep BENCH_WORK afterwards
#   REPORT_FROM=DIR   measure nothing; write the report from DIR/table.tsv and DIR/roster.tsv
#                     (every run leaves copies in /tmp/tongxin-bench-last/)
#
# Figures: wall time and peak RSS from /usr/bin/time -v; medians over RUNS.
# Tongxin runs with --lang en: this script reads its English stage and summary lines.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
RUNS=${RUNS:-3}
ROSTER=${ROSTER:-0}
ROSTER_MEMBERS=${ROSTER_MEMBERS:-60000}
ROSTER_RECORDS=${ROSTER_RECORDS:-200000}
ROSTER_RUNS=${ROSTER_RUNS:-1}
ROSTER_TIMEOUT=${ROSTER_TIMEOUT:-900}
SEED=${SEED:-1}
TONGXIN_SOURCE=${TONGXIN_SOURCE:-head}
WORK=${BENCH_WORK:-/dev/shm/tongxin-bench}
RESULTS=${RESULTS-$BENCH_DIR/RESULTS.md}
BIN=/tmp/tongxin-bench-bin
SRC=/tmp/tongxin-bench-src
if [ "${1:-}" = none ]; then SIZES=(); elif [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 10000 50000); fi

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
fail() { printf 'run.sh: error: %s\n' "$*" >&2; exit 1; }

for n in "${SIZES[@]}"; do [[ $n =~ ^[0-9]+(:[1-9][0-9]*)?$ && ${n%%:*} -ge 240 ]] || fail "each argument must be N or N:RUNS with N ≥ 240 (got '$n')"; done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a positive number"

measure() {
# ---------------------------------------------------------------- dependencies
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v cc >/dev/null || missing+=(gcc)
command -v pkg-config >/dev/null || missing+=(pkg-config)
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2 \
        || { as_root apt-get update >&2 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2; } \
        || fail "could not install ${missing[*]}"
fi
command -v python3 >/dev/null || fail "python3 is needed for the corpus generator"

# ---------------------------------------------------------------- tongxin binary
# Built once, copied to $BIN with its resource bundle and theme, so that edits to
# the sources during the benchmark cannot change what is measured.
case $TONGXIN_SOURCE in
head)
    commit=$(git -C "$REPO" rev-parse HEAD)
    say "building tongxin (release) from a clean export of HEAD $commit"
    rm -rf "$SRC" && mkdir -p "$SRC"
    git -C "$REPO" archive HEAD | tar -x -C "$SRC"
    [ -f "$REPO/Package.resolved" ] && cp "$REPO/Package.resolved" "$SRC/" 2>/dev/null || true
    (cd "$SRC" && swift build -c release --product tongxin >&2) || fail "swift build failed in $SRC"
    build_root=$SRC
    source_note="clean export of HEAD"
    ;;
worktree)
    commit=$(git -C "$REPO" rev-parse HEAD)
    say "building tongxin (release) from the working tree at $REPO"
    (cd "$REPO" && swift build -c release --product tongxin >&2) || fail "swift build failed in $REPO"
    build_root=$REPO
    dirty=$(git -C "$REPO" status --porcelain -- Sources Package.swift themes | wc -l)
    source_note="working tree at HEAD plus $dirty uncommitted change(s) under Sources/, themes/"
    ;;
prebuilt)
    [ -x "$BIN/tongxin" ] && [ -f "$BIN/COMMIT" ] || fail "TONGXIN_SOURCE=prebuilt but $BIN has no tongxin/COMMIT; run once with head or worktree"
    build_root=""
    ;;
*) fail "TONGXIN_SOURCE must be head, worktree or prebuilt" ;;
esac
if [ -n "$build_root" ]; then
    rm -rf "$BIN" && mkdir -p "$BIN"
    cp "$build_root/.build/release/tongxin" "$BIN/"
    cp -r "$build_root/.build/release/"*.resources "$BIN/" 2>/dev/null || true
    cp -r "$build_root/themes/default" "$BIN/theme"
    printf '%s\n%s\n' "$commit" "$source_note" > "$BIN/COMMIT"
fi
commit=$(sed -n 1p "$BIN/COMMIT"); source_note=$(sed -n 2p "$BIN/COMMIT")
TONGXIN="$BIN/tongxin"; THEME="$BIN/theme"

say "building the floor program"
cc -O2 -o "$BIN/floor" "$BENCH_DIR/floor/floor.c" $(pkg-config --cflags --libs libcmark-gfm) || fail "cannot build bench/floor/floor.c"
FLOOR="$BIN/floor"

# ---------------------------------------------------------------- helpers
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
TABLE="$WORK/table.tsv"
: > "$TABLE"
SERVE_FILE="$WORK/serve.tsv"
: > "$SERVE_FILE"
REPEAT_FILE="$WORK/repeat.tsv"
: > "$REPEAT_FILE"

# time_run LABEL LOG CMD...: runs CMD under /usr/bin/time -v; prints "wall_s rss_kb user_s sys_s"
time_run() {
    local label=$1 log=$2; shift 2
    local tf="$log.time"
    if ! /usr/bin/time -v -o "$tf" "$@" > "$log" 2>&1; then
        echo "---- $label failed; last lines of $log:" >&2
        tail -n 30 "$log" >&2
        cat "$tf" >&2 || true
        fail "$label failed"
    fi
    parse_time "$tf"
}

# parse_time FILE: "wall_s rss_kb user_s sys_s" from a /usr/bin/time -v report
parse_time() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        /User time/ { u = $2 } /System time/ { s = $2 }
        END { printf "%.2f %d %.2f %.2f\n", w, rss, u, s }' "$1"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

kb_free_shm() { df -Pk "$WORK" | awk 'NR == 2 { print $4 }'; }
kb_mem_available() { awk '/MemAvailable/ { print $2 }' /proc/meminfo; }

# serve_run DIR N: `tongxin serve --verbose` on the corpus; after its first build, one
# record is saved SERVE_EDITS times with a line appended to its text, then SERVE_EDITS
# times with its 联系方式 changed (front matter: the analysis and the dashboards change
# too), each time waiting for the rebuild; the preview's own "built … in X s after a
# change" figures are recorded for both kinds of save.
serve_run() {
    local dir=$1 n=$2 edits=${SERVE_EDITS:-5}
    say "N=$n: tongxin serve, one record saved $edits times (text), then $edits times (front matter)"
    # Port 0: a free one. The preview goes into the corpus folder, removed afterwards.
    "$TONGXIN" --lang en serve --verbose --content "$dir/tongxin-site" --theme "$THEME" --port 0 --output "$dir/preview" > "$dir/serve.log" 2>&1 &
    local spid=$! record
    # The preview must not outlive a run that stops early.
    trap 'kill '"$spid"' 2>/dev/null; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
    for _ in $(seq 1 240); do grep -q '^serving ' "$dir/serve.log" && break; sleep 0.5; done
    # sed, not head: head closing the pipe early fails the pipeline under pipefail.
    record=$(find "$dir/tongxin-site/records" -name '*.md' | sort | sed -n 1p)
    local kind
    for kind in text fields; do
        for _ in $(seq 1 "$edits"); do
            local before; before=$(grep -c 'after a change' "$dir/serve.log" || true)
            if [ "$kind" = text ]; then
                printf '\n' >> "$record"
            else
                # The next method of the policy, written in place as an editor saves.
                python3 - "$record" "$dir/tongxin-site/site.json" <<'PY'
import json, re, sys
record, site = sys.argv[1], sys.argv[2]
methods = json.load(open(site, encoding="utf-8"))["policy"]["methods"]
text = open(record, encoding="utf-8").read()
# generate.py writes the Chinese field names or the English ones.
field = re.search(r"^(联系方式|method): *(.*)$", text, re.M)
current = field.group(2).strip()
following = methods[(methods.index(current) + 1) % len(methods)] if current in methods else methods[0]
with open(record, "w", encoding="utf-8") as out:
    out.write(text[:field.start()] + field.group(1) + ": " + following + text[field.end():])
PY
            fi
            for _ in $(seq 1 150); do [ "$(grep -c 'after a change' "$dir/serve.log" || true)" -gt "$before" ] && break; sleep 0.2; done
            sleep 1
        done
        sed -n 's/^built .* in \([0-9.]*\) s after a change.*/\1/p' "$dir/serve.log" > "$dir/serve.all"
        if [ "$kind" = text ]; then cp "$dir/serve.all" "$dir/serve-text.times"; else tail -n +"$(( $(wc -l < "$dir/serve-text.times") + 1 ))" "$dir/serve.all" > "$dir/serve-fields.times"; fi
    done
    kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true
    trap '[ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
    : > "$SERVE_FILE"
    for kind in text fields; do
        local times="$dir/serve-$kind.times" count
        count=$(wc -l < "$times")
        if [ "$count" -gt 0 ]; then
            printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$(median < "$times")" "$count" "$(tr '\n' ' ' < "$times")" "$kind" >> "$SERVE_FILE"
            say "N=$n: serve rebuilds after a $kind save: $(tr '\n' ' ' < "$times")s"
        else
            say "N=$n: serve never reported a rebuild after a $kind save; see $dir/serve.log"
        fi
    done
}

# repeat_run DIR N RUNS: the build after one saved record, into the folder of the last
# full build: a line is appended to the same record's text in both corpora, then
# `tongxin build` (which links the pages the change does not touch from the last build,
# see OutputManifest), `tongxin build --no-cache` (which draws them all, for comparison)
# and `hugo` (which has no such cache) run again, in turn.
repeat_run() {
    local dir=$1 n=$2 runs=$3 tt=() nt=() ht=() reused=""
    local record; record=$(find "$dir/tongxin-site/records/2026" -name '*.md' | sort | sed -n 1p)
    local hrecord="$dir/hugo-site/content/records/2026/$(basename "$record")"
    [ -f "$hrecord" ] || { say "N=$n: no Hugo page for $(basename "$record"); repeated builds not timed"; return; }
    say "N=$n: repeated builds after one saved record ($runs runs)"
    for run in $(seq 1 "$runs"); do
        printf '\n补记第 %d 次。\n' "$run" >> "$record"
        printf '\n补记第 %d 次。\n' "$run" >> "$hrecord"
        order="tongxin nocache hugo"; [ $((run % 2)) = 0 ] && order="hugo nocache tongxin"
        for tool in $order; do
            if [ "$tool" = tongxin ]; then
                r=$(cd "$dir" && time_run "tongxin build again (N=$n, run $run)" "$dir/tongxin-repeat.log" \
                    "$TONGXIN" --lang en build --content "$dir/tongxin-site" --theme "$THEME" --output "$dir/out-tongxin" --verbose)
                tt+=("$(cut -d' ' -f1 <<< "$r")")
                reused=$(sed -n 's/.*, \([0-9]*\) of them unchanged since the last build.*/\1/p' "$dir/tongxin-repeat.log")
            elif [ "$tool" = nocache ]; then
                # Into its own copy of the folder, so that the next cached build still
                # finds its page list.
                rm -rf "$dir/out-nocache" && cp -a "$dir/out-tongxin" "$dir/out-nocache"
                r=$(cd "$dir" && time_run "tongxin build --no-cache again (N=$n, run $run)" "$dir/tongxin-nocache.log" \
                    "$TONGXIN" --lang en build --content "$dir/tongxin-site" --theme "$THEME" --output "$dir/out-nocache" --no-cache --verbose)
                nt+=("$(cut -d' ' -f1 <<< "$r")")
            else
                r=$(cd "$dir" && time_run "hugo again (N=$n, run $run)" "$dir/hugo-repeat.log" \
                    hugo --source "$dir/hugo-site" --destination "$dir/out-hugo" --cacheDir "$dir/hugo-cache" --quiet)
                ht+=("$(cut -d' ' -f1 <<< "$r")")
            fi
        done
    done
    rm -rf "$dir/out-nocache"
    local tm nm hm; tm=$(printf '%s\n' "${tt[@]}" | median); nm=$(printf '%s\n' "${nt[@]}" | median); hm=$(printf '%s\n' "${ht[@]}" | median)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tm" "$hm" "${reused:-0}" "$runs" "$nm" >> "$REPEAT_FILE"
    say "N=$n: again after one saved record: Tongxin $tm s (${reused:-0} pages linked from the last build), --no-cache $nm s, Hugo $hm s"
}

# ---------------------------------------------------------------- per N
for arg in "${SIZES[@]}"; do
    n=${arg%%:*}; runs=$RUNS; [[ $arg == *:* ]] && runs=${arg#*:}
    # tmpfs lives in RAM: corpora + both outputs + the write-floor copy need ~60 KB a
    # page on /dev/shm, and the builds themselves up to ~120 KB a page of RSS.
    need_shm=$(( n * 60 ))
    need_mem=$(( n * 180 ))
    if [ "$(kb_free_shm)" -lt "$need_shm" ] || [ "$(kb_mem_available)" -lt "$need_mem" ]; then
        say "skipping N=$n: needs ~$((need_shm / 1024)) MB on $(df -P "$WORK" | awk 'NR==2{print $6}') and ~$((need_mem / 1024)) MB of RAM; $(( $(kb_free_shm) / 1024 )) MB / $(( $(kb_mem_available) / 1024 )) MB free"
        printf '%s\tskipped\n' "$n" >> "$TABLE"
        continue
    fi
    dir="$WORK/n$n"; rm -rf "$dir"; mkdir -p "$dir"
    say "N=$n: generating corpora"
    python3 "$BENCH_DIR/generate.py" --pages "$n" --seed "$SEED" --out "$dir/tongxin-site" --hugo "$dir/hugo-site" 2>&1 | sed 's/^/   /' >&2
    pages_md=$(find "$dir/tongxin-site" -name '*.md' | wc -l)

    tw=(); tr=(); hw=(); hr=(); tc=(); hc=(); loads=(); fr=(); fw=(); ratios=()
    for run in $(seq 1 "$runs"); do
        order="tongxin hugo"; [ $((run % 2)) = 0 ] && order="hugo tongxin"
        for tool in $order; do
            rm -rf "$dir/out-$tool" "$dir/.out-$tool"*
            loads+=("$(cut -d' ' -f1 /proc/loadavg)")
            if [ "$tool" = tongxin ]; then
                r=$(cd "$dir" && time_run "tongxin build (N=$n, run $run)" "$dir/tongxin.log" \
                    "$TONGXIN" --lang en build --content "$dir/tongxin-site" --theme "$THEME" --output "$dir/out-tongxin" --verbose)
                read -r w rss u s <<< "$r"; tw+=("$w"); tr+=("$rss"); tc+=("$(awk -v a="$u" -v b="$s" 'BEGIN { print a + b }')")
            else
                r=$(cd "$dir" && time_run "hugo (N=$n, run $run)" "$dir/hugo.log" \
                    hugo --source "$dir/hugo-site" --destination "$dir/out-hugo" --cacheDir "$dir/hugo-cache" --quiet)
                read -r w rss u s <<< "$r"; hw+=("$w"); hr+=("$rss"); hc+=("$(awk -v a="$u" -v b="$s" 'BEGIN { print a + b }')")
            fi
            printf '   run %d %-7s %6.2f s %8.0f MB RSS  (cpu %.2f + %.2f s)\n' "$run" "$tool" "$w" "$((rss / 1024))" "$u" "$s" >&2
        done
        # The floors right after the round's builds, so that each round's ratio compares
        # runs made while the shared machine was in the same state.
        fr+=("$("$FLOOR" render "$dir/tongxin-site" | sed -n 's/^render_seconds=\([0-9.]*\).*/\1/p')")
        rm -rf "$dir/write-floor"
        fw+=("$("$FLOOR" write "$dir/out-tongxin" "$dir/write-floor" | sed -n 's/^write_seconds=\([0-9.]*\).*/\1/p')")
        rm -rf "$dir/write-floor"
        ratios+=("$(awk -v t="${tw[-1]}" -v r="${fr[-1]}" -v w="${fw[-1]}" 'BEGIN { printf "%.3f", t / (r + w) }')")
        printf '   run %d floors  render %s s + write %s s: Tongxin / floor %s\n' "$run" "${fr[-1]}" "${fw[-1]}" "${ratios[-1]}" >&2
    done
    t_files=$(find "$dir/out-tongxin" -type f | wc -l); t_bytes=$(du -sbx "$dir/out-tongxin" | cut -f1)
    h_files=$(find "$dir/out-hugo" -type f | wc -l); h_bytes=$(du -sbx "$dir/out-hugo" | cut -f1)
    stages=$(grep -E '^ +(load|validate|theme|render|write) ' "$dir/tongxin.log" | awk '{ printf "%s %s s; ", $1, $2 }' || true)
    stages="$stages $(grep -c ': warning:' "$dir/tongxin.log" || true) warning line(s)"

    repeat_run "$dir" "$n" "$runs"
    if [ "$n" = "${SERVE_AT:-10000}" ]; then serve_run "$dir" "$n"; fi
    med() { printf '%s\n' "$@" | median; }
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$n" "$(med "${tw[@]}")" "$(med "${tr[@]}")" "$(med "${hw[@]}")" "$(med "${hr[@]}")" \
        "$(med "${fr[@]}")" "$(med "${fw[@]}")" "$pages_md" "$t_files" "$t_bytes" "$h_files" "$h_bytes" \
        "$(med "${tc[@]}")" "$(med "${hc[@]}")" "$runs" "$stages" "$(med "${loads[@]}")" "$(med "${ratios[@]}")" >> "$TABLE"
    say "N=$n: Tongxin $(med "${tw[@]}") s / $(( $(med "${tr[@]}" | cut -d. -f1) / 1024 )) MB, Hugo $(med "${hw[@]}") s / $(( $(med "${hr[@]}" | cut -d. -f1) / 1024 )) MB, floors render $(med "${fr[@]}") s + write $(med "${fw[@]}") s"
    rm -rf "$dir"
done

# ---------------------------------------------------------------- roster
ROSTER_FILE="$WORK/roster.tsv"
: > "$ROSTER_FILE"
if [ "$ROSTER" = 1 ]; then
    dir="$WORK/roster"; rm -rf "$dir"; mkdir -p "$dir"
    need=$(( (ROSTER_MEMBERS + ROSTER_RECORDS) * 4 ))
    if [ "$(kb_free_shm)" -lt "$need" ]; then
        say "skipping the roster: needs ~$((need / 1024)) MB on /dev/shm"
    else
        say "roster: generating $ROSTER_MEMBERS members and $ROSTER_RECORDS records"
        python3 "$BENCH_DIR/generate.py" --members "$ROSTER_MEMBERS" --records "$ROSTER_RECORDS" --cases 0 --seed "$SEED" --out "$dir/site" 2>&1 | sed 's/^/   /' >&2
        rw=(); rr=(); rc=(); rload=$(cut -d' ' -f1 /proc/loadavg); state=ok
        for run in $(seq 1 "$ROSTER_RUNS"); do
            say "roster: tongxin check, run $run (gives up after ${ROSTER_TIMEOUT} s)"
            set +e
            (cd "$dir" && /usr/bin/time -v -o "$dir/check.time" timeout "$ROSTER_TIMEOUT" \
                "$TONGXIN" --lang en check --content "$dir/site" --theme "$THEME" --verbose > "$dir/check.log" 2>&1)
            status=$?
            set -e
            r=$(parse_time "$dir/check.time"); read -r w rss u s <<< "$r"
            rw+=("$w"); rr+=("$rss"); rc+=("$(awk -v a="$u" -v b="$s" 'BEGIN { print a + b }')")
            if [ "$status" = 124 ]; then
                stage=$(grep -E '^… ' "$dir/check.log" | tail -1 | sed 's/^… //')
                state="did not finish: stopped by timeout after ${ROSTER_TIMEOUT} s, in the '${stage}' stage"
            elif [ "$status" != 0 ]; then
                errors=$(grep -c ': error:' "$dir/check.log" || true)
                first=$(grep -m 3 ': error:' "$dir/check.log" | tr '\n' ' ' | sed 's/|/\\|/g')
                state="exit status $status; $errors error line(s), first: $first"
                say "roster: tongxin check failed (a finding): $(tail -n 3 "$dir/check.log")"
            fi
            printf '   run %d check %6.2f s %8.0f MB RSS  (cpu %.2f + %.2f s) %s\n' "$run" "$w" "$((rss / 1024))" "$u" "$s" "$state" >&2
            [ "$state" = ok ] || break
        done
        stages=$(grep -E '^ +(load|validate|theme|render|write) ' "$dir/check.log" | awk '{ printf "%s %s s; ", $1, $2 }' || true)
        summary=$(grep -E '^checked' "$dir/check.log" | tail -1 || true)
        warnings=$(grep -c ': warning:' "$dir/check.log" || true)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(printf '%s\n' "${rw[@]}" | median)" "$(printf '%s\n' "${rr[@]}" | median)" \
            "${stages:-none finished}" "${summary:-}" "$warnings" "${#rw[@]}" "$rload" "$state" "$(printf '%s\n' "${rc[@]}" | median)" \
            "$ROSTER_MEMBERS members, $ROSTER_RECORDS records" > "$ROSTER_FILE"
    fi
    rm -rf "$dir"
fi
WORKFS=$(df -PT "$WORK" | awk 'NR == 2 { print $2 }')
mkdir -p /tmp/tongxin-bench-last && cp "$TABLE" "$ROSTER_FILE" "$SERVE_FILE" "$REPEAT_FILE" /tmp/tongxin-bench-last/ && echo "$WORKFS" > /tmp/tongxin-bench-last/fs

}

if [ -n "${REPORT_FROM:-}" ]; then
    # Only write the report, from the table.tsv and roster.tsv of an earlier run
    # (run.sh leaves copies in /tmp/tongxin-bench-last/).
    [ -f "$REPORT_FROM/table.tsv" ] && [ -f "$BIN/COMMIT" ] || fail "REPORT_FROM needs $REPORT_FROM/table.tsv and $BIN/COMMIT"
    WORK=$REPORT_FROM; TABLE="$REPORT_FROM/table.tsv"; ROSTER_FILE="$REPORT_FROM/roster.tsv"; SERVE_FILE="$REPORT_FROM/serve.tsv"; REPEAT_FILE="$REPORT_FROM/repeat.tsv"
    commit=$(sed -n 1p "$BIN/COMMIT"); source_note=$(sed -n 2p "$BIN/COMMIT")
    WORKFS=$(cat "$REPORT_FROM/fs" 2>/dev/null || echo tmpfs)
else
    measure
fi

# ---------------------------------------------------------------- report
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
hugo_version=$(hugo version | awk '{ print $2 }')
swift_version=$(swift --version 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "version") { print $(i + 1); exit } }' || true)
cmark_version=$(pkg-config --modversion libcmark-gfm 2>/dev/null || echo "?")
REPORT=$(TABLE="$TABLE" ROSTER_FILE="$ROSTER_FILE" SERVE_FILE="$SERVE_FILE" REPEAT_FILE="$REPEAT_FILE" CPU="$cpu" NPROC="$(nproc)" MEM="$mem" DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" \
    COMMIT="$commit" SOURCE_NOTE="$source_note" HUGO="$hugo_version" SWIFT="$swift_version" CMARK="$cmark_version" \
    KERNEL="$(uname -r)" WORKFS="$WORKFS" python3 - <<'PY'
import os
E = os.environ
rows = [l.rstrip("\n").split("\t") for l in open(E["TABLE"], encoding="utf-8") if l.strip()]
out = []
out.append(f"## {E['DATE']} — tongxin {E['COMMIT'][:12]}")
out.append("")
out.append(f"- Machine: {E['NPROC']} cores, {E['CPU']}, {E['MEM']} RAM, Linux {E['KERNEL']}; corpora and outputs on {E['WORKFS']} (/dev/shm)")
out.append(f"- Tongxin: commit `{E['COMMIT']}` ({E['SOURCE_NOTE']}), `swift build -c release`, Swift {E['SWIFT']}")
out.append(f"- Hugo {E['HUGO']} (Debian package); cmark-gfm {E['CMARK']} (floor)")
out.append("")
if rows: out.append("| N | runs | Tongxin wall | Hugo wall | **time T/H** | Tongxin RSS | Hugo RSS | **RSS T/H** | render floor | write floor | **T / floor** | Tongxin cpu | Hugo cpu | load |")
if rows: out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
done = {}
details = []
for r in rows:
    if r[1] == "skipped":
        out.append(f"| {int(r[0]):,} | skipped (not enough room on /dev/shm or RAM) |" + " |" * 12)
        continue
    n, tw, tr, hw, hr, fr, fw, md, tf, tb, hf, hb, tc, hc, runs, stages, load = r[:17]
    n = int(n); tw, tr, hw, hr, fr, fw, tc, hc = map(float, (tw, tr, hw, hr, fr, fw, tc, hc))
    # The median of each round's ratio (floors run right after that round's builds);
    # tables from before that was measured divide the medians.
    ratio = float(r[17]) if len(r) > 17 else tw / (fr + fw)
    done[n] = (tw, tr, hw, hr, fr, fw, ratio)
    out.append(f"| {n:,} | {runs} | {tw:.2f} s | {hw:.2f} s | **{tw / hw:.2f}×** | {tr / 1024:,.0f} MB | {hr / 1024:,.0f} MB | **{tr / hr:.2f}×** "
               f"| {fr:.2f} s | {fw:.2f} s | **{ratio:.1f}×** | {tc:.1f} s | {hc:.1f} s | {float(load):.1f} |")
    details.append(f"- N = {n:,}: {int(md):,} Markdown files in; Tongxin wrote {int(tf):,} files ({int(tb) / 1e6:,.0f} MB), "
                   f"Hugo {int(hf):,} files ({int(hb) / 1e6:,.0f} MB). Tongxin stages (last run, wall): {stages.strip().rstrip(';')}")
if rows: out.append("")
if rows: out.append("Medians of the runs; wall time and peak RSS from `/usr/bin/time -v`; cpu = user + system. "
           "T / floor = the median over the rounds of Tongxin's wall ÷ (render floor + write floor), the floors run right after "
           "each round's builds, both single-threaded. "
           "load = median 1-minute load average at the start of the runs (the machine is shared: anything well above 0 "
           "means other processes competed for the 2 cores).")
if details:
    out.append("")
    out.extend(details)
if os.path.exists(E.get("REPEAT_FILE", "")):
    repeats = [l.rstrip("\n").split("\t") for l in open(E["REPEAT_FILE"], encoding="utf-8") if l.strip()]
    if repeats: out.append("")
    for repeat in repeats:
        n, tm, hm, reused, runs = repeat[:5]
        nocache = f", the same with `--no-cache` {float(repeat[5]):.2f} s" if len(repeat) > 5 else ""
        out.append(f"Again after one saved record (N = {int(n):,}, {runs} runs, into the folder of the last full build, whose "
                   f"removal after the swap this includes; a line appended to one record's text in both corpora): Tongxin "
                   f"{float(tm):.2f} s ({int(reused):,} pages linked from the last build){nocache}, Hugo {float(hm):.2f} s, "
                   f"**{float(tm) / float(hm):.2f}×**; Tongxin's full build into an empty folder {done[int(n)][0]:.2f} s." if int(n) in done else "")
roster = None
if os.path.exists(E["ROSTER_FILE"]) and open(E["ROSTER_FILE"], encoding="utf-8").read().strip():
    roster = open(E["ROSTER_FILE"], encoding="utf-8").read().rstrip("\n").split("\t")
    w, rss, stages, summary, warnings, runs, rload, state, cpu, desc = roster
    out.append("")
    out.append(f"Roster ({desc}; `tongxin check`, {runs} run(s), load {float(rload):.1f}): "
               f"{'**' + state + '**; ' if state != 'ok' else ''}{float(w):.2f} s wall, {float(cpu):.1f} s cpu, "
               f"{float(rss) / 1024:,.0f} MB peak RSS; stages: {stages.strip().rstrip(';')}"
               f"{'; `' + summary.strip() + '`' if summary.strip() else ''}; {warnings} warning line(s).")
serves = []
if os.path.exists(E["SERVE_FILE"]) and open(E["SERVE_FILE"], encoding="utf-8").read().strip():
    # One line per kind of save; files from before the kinds were measured have one
    # line without a kind (a line appended to the text).
    serves = [line.split("\t") for line in open(E["SERVE_FILE"], encoding="utf-8").read().strip().split("\n")]
    kinds = {"text": "a line appended to its text", "fields": "its 联系方式 changed (front matter)"}
    out.append("")
    for serve in serves:
        kind = kinds[serve[4] if len(serve) > 4 else "text"]
        out.append(f"Serve (N = {int(serve[0]):,}; `tongxin serve --verbose`, one record saved {serve[2]} times with {kind}, "
                   f"the preview's own figure from save to written pages): median {float(serve[1]):.2f} s; each: {serve[3].strip()} s.")
serve = max(serves, key=lambda s: float(s[1])) if serves else None
out.append("")
out.append("Targets:")
targets_start = len(out)
def verdict(ok): return "met" if ok else "**missed**"
for n in (10000, 50000):
    if n in done:
        tw, tr, hw, hr, fr, fw, ratio = done[n]
        out.append(f"- N = {n:,}: time ≤ 0.5× Hugo: {tw / hw:.2f}× → {verdict(tw / hw <= 0.5)}; "
                   f"RSS ≤ 0.5× Hugo: {tr / hr:.2f}× → {verdict(tr / hr <= 0.5)}; "
                   f"≤ 3× floor: {ratio:.1f}× → {verdict(ratio <= 3)}")
if 10000 in done and 50000 in done:
    s = done[50000][0] / done[10000][0]
    out.append(f"- 50,000 ≤ 5.5× the time of 10,000: {s:.2f}× → {verdict(s <= 5.5)}")
if serve:
    out.append(f"- Serve, one changed record at {int(serve[0]):,} pages, < 150 ms (the slower kind of save): {float(serve[1]) * 1000:.0f} ms → {verdict(float(serve[1]) < 0.15)}")
if roster:
    w, rss, state = float(roster[0]), float(roster[1]), roster[7]
    more = "" if state == "ok" else " or more (did not finish)" if state.startswith("did not") else f" ({state})"
    out.append(f"- Roster < 15 s and < 2 GB: {w:.1f} s, {rss / 1048576:.2f} GiB{more} → {verdict(state == 'ok' and w < 15 and rss < 2 * 1048576)}")
if len(out) == targets_start:
    out.append("- none of 10,000, 50,000 or the roster was measured in this run")
print("\n".join(out))
PY
)
printf '\n%s\n' "$REPORT"
if [ -n "$RESULTS" ]; then
    if [ ! -f "$RESULTS" ]; then
        printf '# Benchmark results\n\nWritten by `bench/run.sh` (see bench/README.md); newest run last.\n' > "$RESULTS"
    fi
    printf '\n%s\n' "$REPORT" >> "$RESULTS"
    say "appended to $RESULTS"
fi
