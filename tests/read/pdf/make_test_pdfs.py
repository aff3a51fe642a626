#!/usr/bin/env python3
"""Writes the PDFs the PDF reader's tests read, each beside the text it was made from.

Usage: make_test_pdfs.py OUT_DIR

For every case NAME this writes OUT_DIR/NAME.pdf and OUT_DIR/NAME.txt: the text a
faithful extraction gives (paragraphs separated by a blank line, table rows one per
line with tab-separated cells, no running headers, footers, page numbers or footnote
markers). The PDFs are laid out line by line here (not by a layout engine) so that
hyphenation, columns, footnote markers and furniture are placed exactly. Every text is
written for these tests. Needs python3-reportlab and fonts-dejavu-core (Debian).
"""

import io
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WIDTH, HEIGHT = A4
MARGIN = 64
BODY_SIZE = 10.5
LEADING = 13.5
PARAGRAPH_GAP = 7
HEADER_Y = HEIGHT - 36
FOOTER_Y = 30

# An incident report of the kind the project reads; ^N after a word is footnote marker N.
REPORT_TITLE = "Market attack in Kandahar leaves 23 dead"
REPORT = [
    "KANDAHAR, 14 May 2031 - Gunmen attacked a crowded vegetable market in the city of "
    "Kandahar on Tuesday morning, killing 23^1 people and wounding at least 40 others, "
    "according to the provincial health department.",
    "Witnesses said the attackers arrived on two motorcycles shortly after eight o'clock, "
    "when the stalls along the southern wall were busiest, and fired indiscriminately into "
    "the crowd before escaping towards the old bus station.",
    "No group immediately claimed responsibility. A spokesman for the provincial "
    "administration described the attack as a deliberate attempt to spread fear among "
    "traders ahead of the harvest season.",
    "Hospital officials said that several of the wounded were in a critical condition and "
    "that the death toll could rise. Relatives gathered outside the main hospital throughout "
    "the afternoon, waiting for news of those still being treated.",
    "Security forces sealed the district and searched nearby houses. Police said three "
    "suspects had been arrested by the evening and were being questioned about their "
    "connections to earlier incidents in the province.",
    "The market reopened two days later under heavy guard. Traders interviewed by local "
    "radio said that customers had stayed away and that many stalls remained empty.",
]
REPORT_NOTES = {1: "Figure given by the provincial health department on 15 May."}

# A paper with long words for hyphenation at line ends, and a table.
PAPER_TITLE = "Displacement and reconstruction in northern districts"
PAPER = [
    "The reconstruction programme concentrated on infrastructure rehabilitation in "
    "districts where administrative responsibilities had been transferred to municipal "
    "authorities, while humanitarian organisations coordinated accommodation for displaced "
    "households and documented their circumstances systematically.",
    "Independent evaluations highlighted considerable discrepancies between the announced "
    "objectives and the implementation arrangements, particularly regarding environmental "
    "safeguards and the accountability mechanisms available to affected communities.",
]
TABLE = [
    ["District", "Households", "Returned"],
    ["Northfield", "1200", "640"],
    ["Riverside", "830", "415"],
    ["Hill Town", "2050", "1175"],
]
PAPER_AFTER = [
    "Returns were fastest where schools had reopened and where the efficient ﬁnancing of "
    "ﬂats allowed families to move back before winter.",
]

# A Russian text (Cyrillic, in an embedded TrueType font).
RUSSIAN_TITLE = "Взрыв на рынке в Белгороде"
RUSSIAN = [
    "В среду утром на центральном рынке Белгорода произошёл взрыв. По данным областного "
    "министерства здравоохранения, погибли четыре человека, ещё двенадцать получили ранения.",
    "Очевидцы рассказали, что взрывное устройство было оставлено у входа в крытый павильон. "
    "Следственный комитет возбудил уголовное дело.",
]


def register_fonts():
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))


def new_canvas(path, title, author, created, encrypt=None):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, encrypt=encrypt)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject("dossier test document")
    stamp = "D:%s090000+00'00'" % created.replace("-", "")
    c._doc.info._dateFormatter = lambda *_: stamp
    return c


class Writer:
    """Lays words out line by line in one or two columns, page after page."""

    def __init__(self, c, font="Helvetica", columns=1, header=None, footer=True,
                 hyphenate=False):
        self.c = c
        self.font = font
        self.columns = columns
        self.header = header
        self.footer = footer
        self.hyphenate = hyphenate
        self.page = 0
        self.notes = []  # footnotes of the current page
        self.blocks = []  # the expected text, block by block
        gutter = 24
        self.column_width = (WIDTH - 2 * MARGIN - gutter * (columns - 1)) / columns
        self.column_x = [MARGIN + i * (self.column_width + gutter) for i in range(columns)]
        self.start_page()

    def start_page(self):
        self.page += 1
        self.column = 0
        self.y = HEIGHT - MARGIN
        self.columns_top = self.y  # where the columns start: below a title
        if self.header:
            self.c.setFont("Helvetica", 8)
            self.c.drawString(MARGIN, HEADER_Y, self.header)

    def finish_page(self):
        y = MARGIN - 4
        self.blocks += ["%d %s" % item for item in self.notes]
        for number, note in reversed(self.notes):
            self.c.setFont(self.font, 7)
            self.c.drawString(MARGIN, y, "%d %s" % (number, note))
            y += 9
        self.notes = []
        if self.footer:
            self.c.setFont("Helvetica", 8)
            self.c.drawCentredString(WIDTH / 2, FOOTER_Y, str(self.page))
        self.c.showPage()

    def next_line(self, height):
        self.y -= height
        if self.y < MARGIN + 40:
            if self.column + 1 < self.columns:
                self.column += 1
                self.y = self.columns_top - height
            else:
                self.finish_page()
                self.start_page()
                self.y -= height

    def width(self, text, size=BODY_SIZE):
        return pdfmetrics.stringWidth(text, self.font, size)

    def new_page(self):
        self.finish_page()
        self.start_page()

    def title(self, text):
        self.blocks.append(text)
        self.c.setFont(self.font, 16)
        self.next_line(20)
        self.c.drawString(MARGIN, self.y, text)
        self.y -= PARAGRAPH_GAP + 6
        self.columns_top = self.y

    def paragraph(self, text, notes=None):
        self.blocks.append(self.plain(text))
        words = text.split(" ")
        line = []
        while words:
            word = words.pop(0)
            candidate = line + [word]
            if self.width(self.plain(" ".join(candidate))) <= self.column_width or not line:
                line = candidate
                continue
            head = self.hyphen_head(line, word) if self.hyphenate else None
            if head:
                line.append(head + "-")
                words.insert(0, word[len(head):])
            else:
                words.insert(0, word)
            self.draw_line(line, notes)
            line = []
        if line:
            self.draw_line(line, notes)
        self.y -= PARAGRAPH_GAP

    def hyphen_head(self, line, word):
        """The longest head (4+ letters, 4+ left) of `word` that fits on `line` with '-'."""
        if len(word) < 9 or not word.isalpha():
            return None
        for cut in range(len(word) - 4, 3, -1):
            if self.width(self.plain(" ".join(line + [word[:cut] + "-"]))) <= self.column_width:
                return word[:cut]
        return None

    @staticmethod
    def plain(text):
        """`text` without its footnote markers."""
        return " ".join(word.split("^")[0] for word in text.split(" "))

    def draw_line(self, words, notes):
        """Draws the words of a line, runs of plain words in one string as PDF writers do."""
        self.next_line(LEADING)
        x = self.column_x[self.column]
        run = []  # plain text waiting to be drawn

        def flush(x):
            if run:
                self.c.setFont(self.font, BODY_SIZE)
                self.c.drawString(x, self.y, "".join(run))
                x += self.width("".join(run))
                run.clear()
            return x

        for i, word in enumerate(words):
            text, _, marker = word.partition("^")
            mark_digits = "".join(ch for ch in marker if ch.isdigit())
            run.append(text)
            if mark_digits:
                x = flush(x)
                self.c.setFont(self.font, 6)
                self.c.drawString(x + 0.3, self.y + 4, mark_digits)
                x += pdfmetrics.stringWidth(mark_digits, self.font, 6) + 0.3
                self.notes.append((int(mark_digits), notes[int(mark_digits)]))
                run.append(marker[len(mark_digits):])
            if i + 1 < len(words):
                run.append(" ")
        flush(x)

    def table(self, rows):
        self.blocks.append("\n".join("\t".join(row) for row in rows))
        self.c.setFont(self.font, BODY_SIZE)
        cell_x = [self.column_x[self.column] + i * 130 for i in range(len(rows[0]))]
        for row in rows:
            self.next_line(LEADING)
            for x, cell in zip(cell_x, row):
                self.c.drawString(x, self.y, cell)
        self.y -= PARAGRAPH_GAP

    def close(self, path):
        """Saves the PDF and writes the expected text to `path`."""
        self.finish_page()
        self.c.save()
        text = "\n\n".join(self.blocks) + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("ﬁ", "fi").replace("ﬂ", "fl"))


def one_column(out):
    """The report over two pages, a footnote on the first, running header and page numbers."""
    c = new_canvas(out + "/one_column.pdf", REPORT_TITLE, "Example Wire Service", "2031-05-14")
    w = Writer(c, header="Example Wire Service - Security Desk")
    w.title(REPORT_TITLE)
    for i, p in enumerate(REPORT):
        if i == 4:
            w.new_page()
        w.paragraph(p, REPORT_NOTES)
    w.close(out + "/one_column.txt")


def two_columns(out):
    """The report three times over two-column pages, with running header and footer."""
    c = new_canvas(out + "/two_columns.pdf", REPORT_TITLE, "Example Institute", "2031-05-20")
    w = Writer(c, columns=2, header="Example Institute | Monitoring Series 12")
    w.title(REPORT_TITLE)
    for p in [p.replace("^1", "") for p in REPORT] * 3:
        w.paragraph(p)
    w.close(out + "/two_columns.txt")


def hyphenated_table(out):
    c = new_canvas(out + "/paper.pdf", PAPER_TITLE, "Example Analyst", "2030-11-02")
    w = Writer(c, font="DejaVu", hyphenate=True, footer=False)
    w.title(PAPER_TITLE)
    for p in PAPER:
        w.paragraph(p)
    w.table(TABLE)
    for p in PAPER_AFTER:
        w.paragraph(p)
    w.close(out + "/paper.txt")


def russian(out):
    c = new_canvas(out + "/russian.pdf", RUSSIAN_TITLE, "Пример", "2031-03-08")
    w = Writer(c, font="DejaVu", footer=False)
    w.title(RUSSIAN_TITLE)
    for p in RUSSIAN:
        w.paragraph(p)
    w.close(out + "/russian.txt")


def undated(out):
    """A statement whose text names no date: its date is the PDF's creation date."""
    c = new_canvas(out + "/undated.pdf", "Statement on the market attack", "Example Office",
                   "2031-05-15")
    w = Writer(c, footer=False)
    for p in (REPORT[0].split(" - ", 1)[1].replace("^1", ""), REPORT[4]):
        w.paragraph(p)
    w.close(out + "/undated.txt")


def encrypted(out):
    c = new_canvas(out + "/encrypted.pdf", REPORT_TITLE, "Example", "2031-05-14",
                   encrypt="secret")
    w = Writer(c)
    w.paragraph(REPORT[1])
    w.close(out + "/encrypted.txt")


def hand_written(lines, info=None, xmp=None):
    """A minimal PDF written byte by byte: one page of Helvetica lines, an optional
    information dictionary and XMP packet (reportlab writes no XMP)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join("(%s) '" % l for l in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R%s >>" % (" /Metadata 6 0 R" if xmp else ""),
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    if xmp:
        objects.append("<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream"
                       % (len(xmp.encode("utf-8")), xmp))
    if info:
        objects.append(info)
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode("utf-8")
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = "<< /Size %d /Root 1 0 R%s >>" % (
        len(objects) + 1, " /Info %d 0 R" % len(objects) if info else "")
    out += ("trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)).encode("utf-8")
    return out


def xmp_only(out):
    """Title, author and creation date in XMP alone, no information dictionary."""
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
           'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2031-06-02T08:00:00Z">'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Monitoring note 7</rdf:li></rdf:Alt>'
           '</dc:title><dc:creator><rdf:Seq><rdf:li>Field Office</rdf:li></rdf:Seq></dc:creator>'
           '</rdf:Description></rdf:RDF></x:xmpmeta>')
    text = ["Gunmen killed 12 people in Kandahar on Monday."]
    with open(out + "/xmp_only.pdf", "wb") as f:
        f.write(hand_written(text, xmp=xmp))
    with open(out + "/xmp_only.txt", "w", encoding="utf-8") as f:
        f.write(text[0] + "\n")


def image_only(out):
    """A 'scanned' page: a picture of a page and no text layer."""
    from PIL import Image, ImageDraw
    image = Image.new("L", (300, 400), 255)
    draw = ImageDraw.Draw(image)
    for row in range(20):
        draw.rectangle([30, 30 + row * 17, 270, 38 + row * 17], fill=40)
    c = new_canvas(out + "/scanned.pdf", "Scan", "Example", "2031-01-01")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(buffer), MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN)
    c.showPage()
    c.save()


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    register_fonts()
    for make in (one_column, two_columns, hyphenated_table, russian, undated, encrypted,
                 xmp_only, image_only):
        make(out)


if __name__ == "__main__":
    main()
