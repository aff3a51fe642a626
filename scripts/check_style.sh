#!/usr/bin/env bash
# Checks two rules of docs/style.md over src/ and prints what breaks them:
#   1. SQL only in src/dossier/store/ and src/dossier/query/ (the knowledge writer excepted);
#   2. no function longer than 80 lines (plain word tables excepted, listed below).
# Exits 1 when something breaks a rule. Plain word tables are listed in ALLOWED_LONG.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
sql=$(grep -rln "SELECT\|INSERT\|UPDATE\|DELETE" src --include=*.cc |
  grep -v "^src/dossier/store/\|^src/dossier/query/" |
  grep -v "^src/dossier/pipeline/knowledge_writer.cc$" |
  grep -v "^src/dossier/read/html_text.cc$" || true)  # html_text.cc: GUMBO_TAG_SELECT
if [ -n "$sql" ]; then
  echo "SQL outside store/ and query/:"
  echo "$sql"
  status=1
fi
python3 - <<'PY' || status=1
import os, re, sys
# Plain word tables.
ALLOWED_LONG = {"src/dossier/extract/attribution.cc:source_noun",
                "src/dossier/extract/figure_finder.cc:lexicon"}
bad = []
for root, _, files in os.walk("src"):
    for name in sorted(files):
        if not name.endswith((".cc", ".h")):
            continue
        path = os.path.join(root, name)
        lines = open(path, encoding="utf-8").read().split("\n")
        i = 0
        while i < len(lines):
            m = re.match(r"^( {0,2})[A-Za-z~]", lines[i])
            if not m or re.match(r"\s*(public|private|protected):", lines[i]):
                i += 1
                continue
            # The declaration starting here runs to the line ending in "{" or ";".
            j = i
            while j < len(lines) and not lines[j].rstrip().endswith(("{", ";", "}")):
                j += 1
            head = " ".join(lines[i:j + 1])
            is_function = (j < len(lines) and lines[j].rstrip().endswith("{") and "(" in head
                           and not re.match(r"\s*(namespace|struct|class|enum|union)\b", head)
                           and "=" not in head.split("(")[0])
            if not is_function:
                i = j + 1
                continue
            end = j + 1
            while end < len(lines) and not lines[end].startswith(m.group(1) + "}"):
                end += 1
            fn = re.search(r"([\w:~]+)\(", head)
            name = fn.group(1).split("::")[-1] if fn else ""
            if end - i + 1 > 80 and f"{path}:{name}" not in ALLOWED_LONG and path not in ALLOWED_LONG:
                bad.append(f"{path}:{i + 1}: {name}: {end - i + 1} lines")
            i = end + 1
if bad:
    print("functions longer than 80 lines:")
    print("\n".join(bad))
    sys.exit(1)
PY
[ $status -eq 0 ] && echo "style checks pass"
exit $status
