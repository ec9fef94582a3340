#!/usr/bin/env python3
"""Every string of the window, the reports and the core is translated into every language of translations/, and no
translation drops or adds a placeholder (issue #18).

Copies each countersign_<lang>.ts, lets lupdate file the sources' strings into the copy (as `update_translations`
would) and fails for a message that has no translation, is marked unfinished, or whose placeholders (%1..%99, %n,
%L1) differ from its source's. A string added to the code without a translation fails here until it is translated.

Usage: check_translations.py SOURCE_DIR LUPDATE
"""
import collections
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")


def placeholders(text):
    return collections.Counter(m.replace("L", "") for m in PLACEHOLDER.findall(text or ""))


def check(ts, root, lupdate):
    lang = os.path.basename(ts)[len("countersign_"):-len(".ts")]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copy)
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none"]
                       + [os.path.join(root, d) for d in ("core", "ui", "app", "reports")] + ["-ts", copy],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = ET.parse(copy)
    messages = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            messages += 1
            source = message.find("source").text or ""
            translation = message.find("translation")
            where = f"{lang}: {name}: \"{source[:70]}\""
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where} has no finished translation")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            if not forms or any(not f.strip() and source.strip() for f in forms):
                problems.append(f"{where} has an empty translation")
                continue
            want = placeholders(source)
            for form in forms:
                got = placeholders(form)
                # A plural form may leave %n out (French "un" for one); every other placeholder must stay.
                if message.get("numerus") == "yes":
                    got = got + collections.Counter({"%n": want["%n"]}) if "%n" not in got else got
                if set(got) != set(want):
                    problems.append(f"{where}: the translation \"{form[:70]}\" has the placeholders "
                                    f"{sorted(got)}, the source {sorted(want)}")
    return messages, problems


def main():
    root, lupdate = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(root, "translations", "countersign_*.ts")))
    if not files:
        print("no translations in translations/")
        return 1
    failed = False
    for ts in files:
        messages, problems = check(ts, root, lupdate)
        for p in problems[:200]:
            print(p)
        if len(problems) > 200:
            print(f"... and {len(problems) - 200} more")
        print(f"{os.path.basename(ts)}: {messages} strings, {len(problems)} untranslated or with wrong placeholders")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
