#!/usr/bin/env python3
"""Every translatable string must be filed by lupdate under the context the code looks it up in at run time;
otherwise a translator's work is never shown (issue #11).

Runs lupdate over core/, ui/, app/ and reports/ into a temporary .ts and, for each message, checks that its context is one the
file it comes from (or that file's header) looks up: a QCoreApplication::translate("context", ...) literal, a
Q_DECLARE_TR_FUNCTIONS(context), an EnumNames table's context, or the class name of a Q_OBJECT class (whose tr()
uses its meta-object's class name).

Usage: check_tr_contexts.py SOURCE_DIR LUPDATE
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def contexts_in(path):
    found = set()
    for candidate in (path, os.path.splitext(path)[0] + ".h"):
        if not os.path.exists(candidate):
            continue
        text = open(candidate, encoding="utf-8").read()
        found.update(re.findall(r'QCoreApplication::translate\(\s*"([^"]+)"', text))
        found.update(re.findall(r'Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)', text))
        found.update(re.findall(r'static constexpr const char\* context = "([^"]+)"', text))
        if "QObject::tr(" in text:
            found.add("QObject")
        # Q_OBJECT classes: tr() uses the meta-object's (namespace-qualified) class name.
        for match in re.finditer(r'class (\w+)[^;{]*\{\s*Q_OBJECT', text):
            stack = []
            for line in text[:match.start()].splitlines():
                if re.match(r'namespace [\w:]+ \{', line):
                    stack.append(line.split()[1])
                elif (line.startswith("} // namespace") or line == "}") and stack:
                    stack.pop()
            prefix = "::".join(stack)
            found.add(f"{prefix}::{match.group(1)}" if prefix else match.group(1))
    return found


def main():
    root, lupdate = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "check.ts")
        subprocess.run([lupdate, "-silent", "-locations", "absolute", os.path.join(root, "core"),
                        os.path.join(root, "ui"), os.path.join(root, "app"), os.path.join(root, "reports"), "-ts", ts],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = ET.parse(ts)
    problems = []
    messages = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            messages += 1
            location = message.find("location")
            if location is None:
                continue
            path = os.path.normpath(os.path.join(os.path.dirname(ts), location.get("filename")))
            if not os.path.isabs(location.get("filename")):
                path = os.path.normpath(os.path.join(root, os.path.relpath(path, root)))
            if name not in contexts_in(path):
                source = message.find("source").text or ""
                problems.append(f"{os.path.relpath(path, root)}:{location.get('line')}: \"{source[:60]}\" is filed "
                                f"under {name}, which the file never looks up")
    for p in problems:
        print(p)
    print(f"tr contexts: {messages} strings, {len(problems)} filed under a context the code never looks up")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
