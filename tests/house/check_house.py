#!/usr/bin/env python3
"""The house rules that are about the shape of the source tree (docs/architecture.md), checked on every test run:

1. the include graph of core's folders has no cycle;
2. no workspace SQL outside core/store (the read-only MLflow database reader is the one exception);
3. ui/ and app/ include no store header and no command context (the compiler refuses them too: see the
   house_* build tests beside this file);
4. no function in core is longer than 150 lines.

Known debts are listed in house-debts.txt beside this file, one "file: rule" a line. A debt that is paid (the file
no longer breaks that rule) fails the check too, so the list can only shrink.

Usage: check_house.py SOURCE_DIR [--report]   (--report prints the ten longest functions)
"""
import os
import re
import sys

MAX_FUNCTION_LINES = 150
SQL = re.compile(r'QSqlQuery|sqlite3_prepare|"\s*(SELECT [\w*(]|INSERT INTO|UPDATE \w+ SET|DELETE FROM|'
                 r'CREATE (TEMP |UNIQUE )?(TABLE|INDEX|TRIGGER)|DROP (TABLE|INDEX|TRIGGER)|PRAGMA \w)')
SQL_EXCEPTIONS = {"core/importers/MlflowSqlStore.cpp", "core/importers/MlflowSqlStore.h"}


def sources(root, top):
    for folder, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, root), open(path, encoding="utf-8").read()


def folder_cycles(root):
    graph = {}
    for rel, text in sources(root, "core"):
        src = rel.split("/")[1]
        for dep in re.findall(r'^#include "([a-z]+)/', text, re.M):
            if dep != src and os.path.isdir(os.path.join(root, "core", dep)):
                graph.setdefault(src, set()).add(dep)
    problems = []
    state = {}

    def visit(node, path):
        state[node] = "open"
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == "open":
                problems.append("core folders include each other in a cycle: " +
                                " -> ".join(path[path.index(dep):] + [dep]) if dep in path else dep)
            elif dep not in state:
                visit(dep, path + [dep])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return problems


def sql_outside_store(root):
    problems = []
    for top in ("core", "ui", "app", "reports"):
        for rel, text in sources(root, top):
            if rel.startswith("core/store/") or rel in SQL_EXCEPTIONS:
                continue
            for number, line in enumerate(text.splitlines(), 1):
                if SQL.search(line):
                    problems.append(f"{rel}:{number}: SQL outside core/store: {line.strip()}")
    return problems


def private_includes(root):
    problems = []
    for top in ("ui", "app"):
        for rel, text in sources(root, top):
            for number, line in enumerate(text.splitlines(), 1):
                if re.match(r'#include "(store/|commands/CommandContext\.h|workspace/WorkspaceAccess\.h)', line):
                    problems.append(f"{rel}:{number}: {top}/ includes a header private to the core: {line}")
    return problems


def functions(root):
    """(lines, file:line, signature) of every function body in core's .cpp files: a `{` in column 0 up to the next
    `}` in column 0 (the house format puts both there for every function at namespace scope)."""
    found = []
    for rel, text in sources(root, "core"):
        if not rel.endswith(".cpp"):
            continue
        lines = text.splitlines()
        start = None
        for number, line in enumerate(lines):
            if line == "{":
                before = lines[number - 1] if number else ""
                if re.match(r"\s*(class|struct|enum|union|namespace)\b", before) or before.rstrip().endswith("="):
                    continue
                start = number
            elif start is not None and line.startswith("}"):
                length = number - start + 1
                found.append((length, f"{rel}:{start}", lines[start - 1].strip()))
                start = None
    return sorted(found, reverse=True)


def debts(root):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "house-debts.txt")
    listed = set()
    for line in open(path, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if line:
            listed.add(line)
    return listed


def main():
    root = sys.argv[1]
    problems = folder_cycles(root) + sql_outside_store(root) + private_includes(root)
    longest = functions(root)
    for length, where, signature in longest:
        if length > MAX_FUNCTION_LINES:
            problems.append(f"{where}: {length} lines (at most {MAX_FUNCTION_LINES}): {signature}")
    if "--report" in sys.argv:
        for length, where, signature in longest[:10]:
            print(f"{length:5d}  {where}  {signature}")
    rule_of = {"SQL outside": "sql", "lines (at most": "long-function"}
    owed = debts(root)
    seen = set()
    failures = []
    for p in problems:
        rule = next((r for key, r in rule_of.items() if key in p), None)
        debt = f"{p.split(':')[0]}: {rule}" if rule else None
        if debt in owed:
            seen.add(debt)
        else:
            failures.append(p)
    for debt in sorted(owed - seen):
        failures.append(f"house-debts.txt lists \"{debt}\", which is paid: take it off the list")
    for f in failures:
        print(f)
    print(f"house: {len(failures)} problem(s), {len(seen)} listed debt(s); {len(longest)} functions in core, the "
          f"longest {longest[0][0] if longest else 0} lines")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
