#!/usr/bin/env python3
"""The live preview never drifts from a build: `tongxin serve` kept running while the
office edits, its folder equal, file for file and byte for byte, to a fresh build.

    matches-build.py --tongxin BIN --content DIR --theme DIR

Copies the content into a temporary folder, starts `tongxin serve` on a free loopback
port and makes, one after another, the edits an office makes — a record's 联系方式
changed, a record's text extended, a record added, one deleted, one renamed, a member's
file changed, a suggestion answered, a 五到位 event added — each picked from whatever
content it is given (an edit the content has nothing for is skipped and said). After
each rebuild the preview's folder is compared with `tongxin build --no-cache` of the same
content; the preview finishes some files after it reports (Word files, CSV tables,
calendars), so a difference is looked at again for a few seconds before it fails.
Prints PASS/FAIL per edit; exits 1 on a failure.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


class Preview:
    def __init__(self, tongxin: str, content: Path, theme: str, folder: Path):
        self.log_path = folder / "serve.log"
        self.output = folder / "preview"
        self.log = open(self.log_path, "w", encoding="utf-8")
        self.process = subprocess.Popen(
            [tongxin, "--lang", "en", "serve", "--verbose", "--content", str(content), "--theme", theme,
             "--port", "0", "--output", str(self.output)],
            stdout=self.log, stderr=subprocess.STDOUT)
        if not self.wait(lambda text: "serving " in text, 180):
            raise SystemExit(f"FAIL  the preview did not start; its output:\n{self.text()}")

    def text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def builds(self) -> int:
        return self.text().count("after a change")

    def wait(self, done, seconds: float) -> bool:
        deadline = time.time() + seconds
        while time.time() < deadline:
            if done(self.text()):
                return True
            if self.process.poll() is not None:
                return False
            time.sleep(0.1)
        return False

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def files(root: Path) -> dict[str, Path]:
    return {str(path.relative_to(root)): path for path in root.rglob("*") if path.is_file()}


def differences(preview: Path, fresh: Path) -> list[str]:
    a, b = files(preview), files(fresh)
    found = [f"only in the preview: {name}" for name in sorted(set(a) - set(b))]
    found += [f"only in the build: {name}" for name in sorted(set(b) - set(a))]
    found += [f"differs: {name}" for name in sorted(set(a) & set(b)) if not filecmp.cmp(a[name], b[name], shallow=False)]
    return found


def fresh_build(tongxin: str, content: Path, theme: str, output: Path) -> None:
    shutil.rmtree(output, ignore_errors=True)
    result = subprocess.run([tongxin, "--lang", "en", "build", "--quiet", "--no-search", "--no-cache", "--content", str(content),
                             "--theme", theme, "--output", str(output)], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"FAIL  the fresh build failed:\n{result.stdout}{result.stderr}")


def field(text: str, names: str) -> re.Match | None:
    """A front-matter line, written with the Chinese field name or the English one."""
    return re.search(rf"^({names}): *(.*)$", text, re.M)


class Edits:
    """The edits, each found in whatever content it is given."""

    def __init__(self, content: Path):
        self.content = content
        self.records = sorted(content.glob("records/*/*.md"))
        self.members = sorted(content.glob("members/*.md"))
        self.methods = json.loads((content / "site.json").read_text(encoding="utf-8")).get("policy", {}).get("methods", [])

    def record(self, position: int) -> Path | None:
        return self.records[position] if len(self.records) > position else None

    def method_changed(self) -> str | None:
        for path in self.records:
            text = path.read_text(encoding="utf-8")
            found = field(text, "联系方式|method")
            if found and found.group(2).strip() in self.methods and len(self.methods) > 1:
                following = self.methods[(self.methods.index(found.group(2).strip()) + 1) % len(self.methods)]
                path.write_text(text[:found.start()] + f"{found.group(1)}: {following}" + text[found.end():], encoding="utf-8")
                return path.name
        return None

    def text_extended(self) -> str | None:
        path = self.record(1)
        if path is None:
            return None
        with open(path, "a", encoding="utf-8") as out:
            out.write("\n补充：会后又电话联系一次，确认了建议的办理单位。\n")
        return path.name

    def record_added(self) -> str | None:
        path = self.record(2)
        if path is None:
            return None
        text = path.read_text(encoding="utf-8")
        number = field(text, "编号|number")
        if number:
            text = text[:number.start()] + f'{number.group(1)}: "9999-000001"' + text[number.end():]
        added = path.with_name(path.stem + "-again.md")
        added.write_text(text, encoding="utf-8")
        return added.name

    def record_deleted(self) -> str | None:
        path = self.record(3)
        if path is None:
            return None
        path.unlink()
        return path.name

    def record_renamed(self) -> str | None:
        path = self.record(4)
        if path is None:
            return None
        path.rename(path.with_name(path.stem + "-renamed.md"))
        return path.name

    def member_changed(self) -> str | None:
        if not self.members:
            return None
        path = self.members[len(self.members) // 2]
        with open(path, "a", encoding="utf-8") as out:
            out.write("\n近年来积极参加界别活动。\n")
        return path.name

    def suggestion_answered(self) -> str | None:
        for path in self.records[5:]:
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            found = re.search(r"^(\s*(?:-\s*)?(?:状态|status)): *待处理\s*$", text, re.M)
            if found:
                path.write_text(text[:found.start()] + f"{found.group(1)}: 已反馈" + text[found.end():], encoding="utf-8")
                return path.name
        return None

    def event_added(self) -> str | None:
        events = self.content / "data" / "events.json"
        if not events.exists():
            return None
        listed = json.loads(events.read_text(encoding="utf-8"))
        if not listed:
            return None
        first = dict(listed[0])
        first["note"] = "新增的事件"
        listed.append(first)
        events.write_text(json.dumps(listed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return "data/events.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tongxin", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--theme", required=True)
    args = parser.parse_args()
    tongxin = os.path.abspath(args.tongxin)
    theme = os.path.abspath(args.theme)
    work = Path(tempfile.mkdtemp(prefix="tongxin-preview-"))
    failed = 0
    try:
        content = work / "content"
        shutil.copytree(args.content, content, ignore=shutil.ignore_patterns(".git"))
        preview = Preview(tongxin, content, theme, work)
        fresh = work / "fresh"
        edits = Edits(content)
        steps = [("the first build", lambda: "(none)")] + [(name.replace("_", " "), getattr(edits, name)) for name in
                 ["method_changed", "text_extended", "record_added", "record_deleted", "record_renamed",
                  "member_changed", "suggestion_answered", "event_added"]]
        for label, edit in steps:
            started = time.time()
            before = preview.builds()
            changed = edit()
            if changed is None:
                print(f"SKIP  {label}: the content has nothing to make this edit on")
                continue
            if changed != "(none)" and not preview.wait(lambda text: text.count("after a change") > before, 60):
                print(f"FAIL  {label} ({changed}): the preview reported no rebuild")
                failed += 1
                continue
            fresh_build(tongxin, content, theme, fresh)
            found = differences(preview.output, fresh)
            # The files the preview finishes after its report: looked at again for a while.
            deadline = time.time() + 15
            while found and time.time() < deadline:
                time.sleep(0.5)
                found = differences(preview.output, fresh)
            if found:
                failed += 1
                print(f"FAIL  {label} ({changed}): the preview differs from a fresh build")
                for line in found[:20]:
                    print(f"      {line}")
            else:
                print(f"PASS  {label} ({changed}): {len(files(fresh))} files equal a fresh build's  ({time.time() - started:.1f} s)")
        preview.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'all' if not failed else failed} {'passed' if not failed else 'failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
