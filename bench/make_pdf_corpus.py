#!/usr/bin/env python3
"""Lays each .txt report of a corpus (bench/make_corpus.py) out as a PDF, for the PDF
benchmarks: one column, a running header and page numbers, as the reader's tests lay out
theirs (tests/read/pdf/make_test_pdfs.py, whose Writer this reuses).

Usage: make_pdf_corpus.py IN_DIR OUT_DIR
Prints the number of PDFs and pages written. Needs python3-reportlab and fonts-dejavu-core.
"""

import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location(
    "make_test_pdfs", os.path.join(ROOT, "tests/read/pdf/make_test_pdfs.py"))
pdfs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdfs)


def main():
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    pdfs.register_fonts()
    files = pages = 0
    for root, _, names in os.walk(source):
        for name in sorted(n for n in names if n.endswith(".txt")):
            with open(os.path.join(root, name), encoding="utf-8") as f:
                paragraphs = [p.replace("\n", " ") for p in f.read().split("\n\n") if p.strip()]
            stem = os.path.join(out, name[:-4])
            c = pdfs.new_canvas(stem + ".pdf", paragraphs[0][:80], "dossier bench", "2024-01-01")
            w = pdfs.Writer(c, font="DejaVu", header="dossier benchmark corpus")
            w.title(paragraphs[0])
            for p in paragraphs[1:]:
                w.paragraph(p)
            w.close(os.devnull)
            files += 1
            pages += w.page
    print(f"{files} PDFs, {pages} pages")


if __name__ == "__main__":
    main()
