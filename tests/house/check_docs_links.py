#!/usr/bin/env python3
"""Every relative link and picture in README.md and docs/*.md names a file that exists.

Usage: check_docs_links.py SOURCE_DIR
"""
import glob
import os
import re
import sys


def main():
    root = sys.argv[1]
    pages = [os.path.join(root, "README.md")] + sorted(glob.glob(os.path.join(root, "docs", "*.md")))
    problems, links = [], 0
    for page in pages:
        text = open(page, encoding="utf-8").read()
        text = re.sub(r"```.*?```", "", text, flags=re.S)  # code blocks hold commands, not links
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            links += 1
            path = os.path.normpath(os.path.join(os.path.dirname(page), target.split("#")[0]))
            if not os.path.exists(path):
                problems.append(f"{os.path.relpath(page, root)}: {target} does not exist")
    for p in problems:
        print(p)
    print(f"docs links: {links} checked, {len(problems)} broken")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
