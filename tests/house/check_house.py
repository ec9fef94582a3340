#!/usr/bin/env python3
"""The house rules that are about the shape of the source tree (docs/architecture.md), checked on every test run:

1. the include graph of core's folders has no cycle;
2. no workspace SQL outside core/store (the read-only MLflow database reader is the one exception);
3. ui/, app/ and reports/ include no store header and no command context (the compiler refuses them too: see the
   house_* build tests beside this file);
4. no function in core is longer than 150 lines: every function body, wherever it is (namespace scope, class
   body, lambda), from its opening to its matching brace.

Known debts are listed in house-debts.txt beside this file, one "file: rule" a line. A debt that is paid (the file
no longer breaks that rule) fails the check too, so the list can only shrink.

Usage: check_house.py SOURCE_DIR [--report]   (--report prints the ten longest functions)
"""
import bisect
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
    for top in ("ui", "app", "reports"):
        for rel, text in sources(root, top):
            for number, line in enumerate(text.splitlines(), 1):
                if re.match(r'#include "(store/|commands/CommandContext\.h|workspace/WorkspaceAccess\.h)', line):
                    problems.append(f"{rel}:{number}: {top}/ includes a header private to the core: {line}")
    return problems


def code_only(text):
    """`text` with comments, string and character literals blanked out (line breaks kept), so that braces and
    parentheses in them do not count."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = text.find(")" + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'" and not (c == "'" and text[i - 1:i].isdigit() and text[i + 1:i + 2].isalnum()):
            # a string or character literal (not a digit separator, as in 1'000); it ends at its quote or the line
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            closed = j < n and text[j] == c
            out.append(" " * (j - i + (1 if closed else 0)))
            i = j + (1 if closed else 0)
        else:
            out.append(c)
            i += 1
    return "".join(out)


CONTROL = re.compile(r"\b(if|for|while|switch|catch|return|sizeof|decltype|alignof|static_assert)\s*$")


def functions(root):
    """(lines, file:line, signature) of every function body in core's .cpp and .h files, wherever it is (namespace
    scope, inside a class, or a lambda): a `{` that follows a parameter list (`)`, possibly then const, override,
    noexcept, mutable, final, a trailing return type or a constructor's initialiser list) up to its matching `}`,
    counted in lines. A function's lambdas count in its own length too."""
    found = []
    for rel, text in sources(root, "core"):
        found += [(length, f"{rel}:{line}", signature) for length, line, signature in bodies(text)]
    return sorted(found, reverse=True)


def bodies(text):
    """(lines, 1-based line of the opening brace, signature) of every function body in one source text."""
    code = code_only(text)
    lines = text.splitlines()
    found = []
    stack = []  # (offset, is_function)
    breaks = [i for i, c in enumerate(code) if c == "\n"]
    for i, c in enumerate(code):
        if c == "{":
            stack.append((i, is_function_body(code, i)))
        elif c == "}" and stack:
            start, is_function = stack.pop()
            if is_function:
                first = bisect.bisect_left(breaks, start)
                last = bisect.bisect_left(breaks, i)
                signature = lines[first].strip() if first < len(lines) else ""
                if signature == "{" and first > 0:
                    signature = lines[first - 1].strip()
                found.append((last - first + 1, first + 1, signature))
    return found


def self_check():
    """The measure on known shapes, so that a change to it cannot silently stop finding long functions."""
    filler = "    x = 1;\n" * 150
    cases = {
        "namespace scope": ("int f(int a)\n{\n" + filler + "}\n", [152]),
        "in a class": ("class C\n{\n    void g() const\n    {\n" + filler + "    }\n};\n", [152]),
        "lambda": ("void h()\n{\n    auto l = [&](int t) {\n" + filler + "    };\n}\n", [154, 152]),
        "initialiser list": ("C::C()\n    : m_a(1)\n    , m_b {2}\n{\n" + filler + "}\n", [152]),
        "control blocks": ("void k()\n{\n    if (a) {\n    }\n    for (;;) {\n    }\n}\n", [6]),
        "braces in text": ("void m()\n{\n    s = \"{ }\"; c = '{'; // }\n}\n", [3]),
        "class and init": ("struct S\n{\n    int v[2] = {1, 2};\n};\n", []),
    }
    problems = []
    for name, (text, want) in cases.items():
        got = sorted((length for length, _, _ in bodies(text)), reverse=True)
        if got != want:
            problems.append(f"check_house.py measures the function lengths of '{name}' as {got}, not {want}")
    return problems


def is_function_body(code, brace):
    """Whether the `{` at `brace` opens a function (or lambda) body rather than a class, namespace, initialiser
    or control block."""
    before = code[max(0, brace - 4000):brace].rstrip()  # a signature and initialiser list fit in 4,000 characters
    # A constructor's initialiser list: `) : m_a(x), m_b {y}` -- step back over it to the parameter list.
    while True:
        stripped = strip_tail(before, r"(\s*(const|override|final|noexcept|mutable)\b)+$")
        stripped = strip_tail(stripped, r"\s*->\s*[\w:<>,\s*&]+$")
        if not stripped.endswith(")") and not stripped.endswith("}"):
            return False
        if stripped.endswith("}"):
            # only an initialiser-list member `m_x {..}` before the body
            open_at = matching_open(stripped, len(stripped) - 1, "{", "}")
            if open_at < 0 or not re.search(r"[:,]\s*\w+\s*$", stripped[:open_at]):
                return False
            before = re.sub(r"[:,]\s*\w+\s*$", "", stripped[:open_at]).rstrip()
            continue
        open_at = matching_open(stripped, len(stripped) - 1, "(", ")")
        if open_at < 0:
            return False
        head = stripped[:open_at].rstrip()
        if CONTROL.search(head):
            return False
        init = re.search(r"[:,]\s*[\w:]+\s*$", head)
        if init and re.search(r"\)\s*(noexcept\s*)?[:,]\s*[\w:]+\s*$", head) or (
                init and re.search(r"\)\s*:\s*(\w+\s*[({][^;]*[)}]\s*,\s*)*[\w:]+\s*$", head)):
            # `m_b(y)` inside an initialiser list: continue to what precedes it
            before = re.sub(r"[:,]\s*[\w:]+\s*$", "", head).rstrip()
            if before.endswith(")") or before.endswith("}"):
                continue
        return bool(re.search(r"(\w|\]|>|operator\s*\S+)\s*$", head))
    return False


def strip_tail(text, pattern):
    """`text` without what `pattern` (anchored at the end) matches in its last 200 characters (a regular expression
    anchored at the end would otherwise be tried from every position of the text)."""
    head, tail = text[:-200], text[-200:]
    return head + re.sub(pattern, "", tail)


def matching_open(text, close_at, open_ch, close_ch):
    depth = 0
    for j in range(close_at, -1, -1):
        if text[j] == close_ch:
            depth += 1
        elif text[j] == open_ch:
            depth -= 1
            if depth == 0:
                return j
    return -1


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
    problems = self_check() + folder_cycles(root) + sql_outside_store(root) + private_includes(root)
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
