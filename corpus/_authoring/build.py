#!/usr/bin/env python3
"""Builds the demo corpus (corpus/hoa-phong) from the texts we wrote here, in the formats portals publish.

    python3 corpus/_authoring/build.py          # needs only Python 3 and, for PDFs, Debian's chromium

Each text is laid out the way Nghị định 30/2020/NĐ-CP lays out an administrative document: the issuer and
the national motto side by side, the number beside the place and date, the type and title centred, the body
justified, the recipients beside the signature. DOCX files are written as plain Office Open XML (Times New
Roman 14, A4, margins 20/20/30/20 mm); PDFs are printed by headless Chromium from the same layout in HTML;
HTML files wrap it in the chrome of a provincial portal (menus, breadcrumbs, related links, footer), which
ingestion must strip. The outputs are committed; run this only after changing a text.
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "hoa-phong")

# source text -> format of the published file
MANIFEST = {
    "kh-14-2026-theo-doi-thi-hanh-phap-luat.txt": "docx",
    "qd-21-2025-quy-che-theo-doi-thi-hanh.txt": "html",
    "bc-201-2026-kiem-tra-xu-ly-vi-pham-moi-truong.txt": "pdf",
    "bc-156-2026-snnmt-theo-doi-thi-hanh.txt": "docx",
    "bc-162-2026-snnmt-xu-ly-vi-pham-moi-truong.txt": "pdf",
    "bc-88-2026-cong-an-theo-doi-thi-hanh.txt": "html",
    "qd-12-2019-quy-che-phoi-hop.txt": "docx",
    "qd-17-2022-quy-che-phoi-hop-moi-truong.txt": "docx",
    "qd-08-2021-quy-che-xu-ly-vi-pham.txt": "html",
    "bc-118-2023-ket-qua-kiem-tra.txt": "html",
    "kh-25-2024-theo-doi-thi-hanh-phap-luat.txt": "pdf",
    "qd-05-2025-bai-bo.txt": "pdf",
}


def blocks(text):
    """Paragraph groups separated by blank lines."""
    groups, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def parse(text):
    """The parts of an administrative document: letterhead, number/date, body groups (closings marked)."""
    groups = blocks(text)
    head = groups[0]
    motto_at = next(i for i, l in enumerate(head) if l.startswith("CỘNG HÒA"))
    issuer, motto = head[:motto_at], head[motto_at:]
    number, place_date = groups[1][0], groups[1][1]
    body = []
    for group in groups[2:]:
        if all(" | " in l for l in group):
            body.append(("table", grid(group)))
        elif group[0] == "Nơi nhận:":
            items = [l for l in group[1:] if l.startswith("-")]
            signer = [l for l in group[1:] if not l.startswith("-")]
            body.append(("closing", items, signer))
        else:
            body.append(("text", group))
    return issuer, motto, number, place_date, body


def grid(lines):
    """A table written as lines of cells joined by " | ": each cell with the columns and rows it spans. A cell "^"
    continues the one above it (rowspan); a row of fewer cells than the first spans the rest with its last cell."""
    rows = [[c.strip() for c in l.split("|")] for l in lines]
    width = len(rows[0])
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            down = 1
            while r + down < len(rows) and c < len(rows[r + down]) and rows[r + down][c] == "^":
                down += 1
            across = width - len(row) + 1 if c == len(row) - 1 and len(row) < width else 1
            cells.append({"text": "" if text == "^" else text, "across": across, "down": down, "continues": text == "^"})
        out.append(cells)
    return out


def is_heading(line):
    upper = line.upper() == line and any(c.isalpha() for c in line)
    return upper or line.startswith("Chương ") or line.startswith("QUY CHẾ") or line.startswith("Phụ lục")


def is_note(line):
    return line.startswith("(Ban hành") or line.startswith("(Kèm theo")


# ---------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text, bold=False, italic=False, size=28, underline=False):
    props = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    props += "<w:b/>" if bold else ""
    props += "<w:i/>" if italic else ""
    props += "<w:u w:val=\"single\"/>" if underline else ""
    props += f"<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"
    return f"<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{html.escape(text, quote=False)}</w:t></w:r>"


def para(text, align="both", bold=False, italic=False, size=28, indent=True, underline=False, after=120):
    ind = "<w:ind w:firstLine=\"567\"/>" if indent else ""
    return (f"<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"{after}\" w:line=\"288\" w:lineRule=\"auto\"/>{ind}<w:jc w:val=\"{align}\"/></w:pPr>"
            f"{run(text, bold, italic, size, underline)}</w:p>")


def cell(width, paragraphs):
    return (f"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{''.join(paragraphs)}</w:tc>")


def table(rows, widths):
    grid = "".join(f"<w:gridCol w:w=\"{w}\"/>" for w in widths)
    borders = "<w:tblBorders>" + "".join(f"<w:{b} w:val=\"nil\"/>" for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    body = "".join("<w:tr>" + "".join(cell(w, c) for w, c in zip(widths, row)) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr><w:tblW w:w=\"{sum(widths)}\" w:type=\"dxa\"/>{borders}<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def grid_table(rows):
    """A bordered table with Word's merged cells: gridSpan across, vMerge down."""
    width = sum(c["across"] for c in rows[0])
    total = 9071
    first = 700
    widths = [first] + [(total - first) // (width - 1)] * (width - 1)
    border = "".join(f"<w:{b} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid_cols = "".join(f"<w:gridCol w:w=\"{w}\"/>" for w in widths)
    body = []
    for r, row in enumerate(rows):
        cells, column = [], 0
        for cell in row:
            span = cell["across"]
            props = f"<w:tcW w:w=\"{sum(widths[column:column + span])}\" w:type=\"dxa\"/>"
            props += f"<w:gridSpan w:val=\"{span}\"/>" if span > 1 else ""
            props += "<w:vMerge w:val=\"restart\"/>" if cell["down"] > 1 else ("<w:vMerge/>" if cell["continues"] else "")
            header = r == 0
            text = para(cell["text"], "center" if header or column == 0 else "left", bold=header or len(row) < len(rows[0]), size=24, indent=False, after=0)
            cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{text}</w:tc>")
            column += span
        body.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return (f"<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
            f"<w:tblGrid>{grid_cols}</w:tblGrid>{''.join(body)}</w:tbl>")


def docx(text, path):
    issuer, motto, number, place_date, body = parse(text)
    widths = [3600, 5471]
    left = [para(l, "center", bold=(i == len(issuer) - 1), size=26, indent=False, after=0) for i, l in enumerate(issuer)]
    left.append(para(number, "center", size=26, indent=False, after=0))
    right = [para(motto[0], "center", bold=True, size=26, indent=False, after=0),
             para(motto[1], "center", bold=True, size=28, indent=False, underline=True, after=0),
             para(place_date, "center", italic=True, size=28, indent=False, after=0)]
    parts = [table([[left, right]], widths)]
    first_text = True
    for block in body:
        if block[0] == "closing":
            _, items, signer = block
            recipients = [para("Nơi nhận:", "left", bold=True, italic=True, size=24, indent=False, after=0)]
            recipients += [para(i, "left", size=22, indent=False, after=0) for i in items]
            signature = [para(s, "center", bold=True, size=28, indent=False, after=0) for s in signer[:-1]]
            signature += [para("", "center", indent=False, after=0)] * 3 + [para(signer[-1], "center", bold=True, indent=False, after=0)]
            parts.append(table([[recipients, signature]], [4500, 4571]))
            continue
        if block[0] == "table":
            parts.append(grid_table(block[1]))
            continue
        lines = block[1]
        if first_text:
            # the type and the title (trích yếu), centred and bold
            parts.append(para(lines[0], "center", bold=True, indent=False, after=0))
            parts += [para(l, "center", bold=True, indent=False, after=240) for l in lines[1:]]
            first_text = False
            continue
        for line in lines:
            if is_heading(line) or is_note(line):
                parts.append(para(line, "center", bold=not line.startswith("("), italic=line.startswith("("), indent=False))
            elif line.startswith("Điều "):
                parts.append(para(line, "both", bold=True))
            else:
                parts.append(para(line))
    sect = ("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>")
    document = f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>{''.join(parts)}{sect}</w:body></w:document>"
    content_types = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                     "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                     "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                     "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                     "</Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # fixed time: the same text gives the same bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- HTML (for print and for the portal)

def document_html(text):
    issuer, motto, number, place_date, body = parse(text)
    e = lambda s: html.escape(s, quote=False)
    out = ["<table class=\"letterhead\"><tr><td class=\"issuer\">"]
    out += [f"<p>{'<b>' + e(l) + '</b>' if i == len(issuer) - 1 else e(l)}</p>" for i, l in enumerate(issuer)]
    out.append(f"<p>{e(number)}</p></td><td class=\"motto\"><p><b>{e(motto[0])}</b></p><p><b><u>{e(motto[1])}</u></b></p>")
    out.append(f"<p><i>{e(place_date)}</i></p></td></tr></table>")
    first_text = True
    for block in body:
        if block[0] == "closing":
            _, items, signer = block
            out.append("<table class=\"closing\"><tr><td class=\"recipients\"><p><b><i>Nơi nhận:</i></b></p>")
            out += [f"<p>{e(i)}</p>" for i in items]
            out.append("</td><td class=\"signer\">")
            out += [f"<p><b>{e(s)}</b></p>" for s in signer[:-1]]
            out.append(f"<p class=\"name\"><b>{e(signer[-1])}</b></p></td></tr></table>")
            continue
        if block[0] == "table":
            out.append("<table class=\"grid\">")
            for r, row in enumerate(block[1]):
                cells = []
                for cell in row:
                    if cell["continues"]:
                        continue
                    span = (f" colspan=\"{cell['across']}\"" if cell["across"] > 1 else "") + (f" rowspan=\"{cell['down']}\"" if cell["down"] > 1 else "")
                    tag = "th" if r == 0 else "td"
                    cells.append(f"<{tag}{span}>{e(cell['text'])}</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
            continue
        lines = block[1]
        if first_text:
            out.append(f"<p class=\"type\"><b>{e(lines[0])}</b></p>")
            out += [f"<p class=\"title\"><b>{e(l)}</b></p>" for l in lines[1:]]
            first_text = False
            continue
        for line in lines:
            if is_heading(line):
                out.append(f"<p class=\"heading\"><b>{e(line)}</b></p>")
            elif is_note(line):
                out.append(f"<p class=\"heading\"><i>{e(line)}</i></p>")
            elif line.startswith("Điều "):
                out.append(f"<p><b>{e(line)}</b></p>")
            else:
                out.append(f"<p>{e(line)}</p>")
    return "\n".join(out)


STYLE = """
body{font-family:'DejaVu Serif',serif;font-size:13pt;line-height:1.35}
@page{size:A4;margin:20mm 20mm 20mm 30mm}
p{margin:0 0 5pt 0;text-align:justify}
table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:0}
.letterhead td p,.closing .signer p,.type,.title,.heading{text-align:center}
.letterhead{font-family:'DejaVu Serif Condensed','DejaVu Serif',serif;font-size:11pt} .letterhead p{white-space:nowrap;margin:0 0 3pt 0}
.letterhead .issuer{width:38%} .closing .recipients{width:50%;font-size:11pt} .closing .recipients p{text-align:left;margin:0}
.title{margin-bottom:12pt} .type{margin-top:14pt;margin-bottom:0} .name{margin-top:48pt}
table.grid{font-size:11pt;margin:6pt 0} table.grid td,table.grid th{border:1px solid #000;padding:3pt 4pt} table.grid th{text-align:center}
"""


def pdf(text, path):
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("build.py: chromium is needed to print PDFs (scripts/bootstrap.sh installs it)")
    with tempfile.TemporaryDirectory() as work:
        page = os.path.join(work, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(f"<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>{STYLE}</style></head><body>{document_html(text)}</body></html>")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                        f"--user-data-dir={os.path.join(work, 'profile')}", f"--print-to-pdf={path}", "file://" + page],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


PORTAL = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>{title} - Cổng thông tin điện tử tỉnh Hòa Phong</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .noidung{{max-width:820px;margin:auto}} .letterhead td,.closing td{{vertical-align:top}} .grid{{border-collapse:collapse}} .grid td,.grid th{{border:1px solid #999;padding:3px 5px}}</style></head>
<body>
<header class="banner"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA PHONG</div>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/tin-tuc">Tin tức - Sự kiện</a> <a href="/van-ban">Văn bản chỉ đạo điều hành</a> <a href="/thu-tuc">Thủ tục hành chính</a> <a href="/lien-he">Liên hệ</a></nav>
<form class="search"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản</a> › {number}</div>
<main>
<div class="noidung">
{document}
</div>
<aside class="lienquan"><h3>Văn bản liên quan</h3><ul><li><a href="/van-ban/12-2019-qd-ubnd">Quyết định số 12/2019/QĐ-UBND</a></li><li><a href="/van-ban/25-kh-ubnd">Kế hoạch số 25/KH-UBND</a></li></ul></aside>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In trang</a></div>
</main>
<footer class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hòa Phong. Địa chỉ: số 1 đường Trung tâm, thành phố Hòa Phong.</p><p class="copyright">© Bản quyền thuộc Cổng thông tin điện tử tỉnh Hòa Phong (trang minh họa, tỉnh không có thật).</p><div class="counter">Lượt truy cập: 1.234.567</div></footer>
</body>
</html>
"""


def portal(text, path):
    issuer, motto, number, place_date, body = parse(text)
    title = next(b for b in body if b[0] == "text")[1][1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(PORTAL.format(title=html.escape(title), number=html.escape(number), document=document_html(text)))


def main():
    os.makedirs(OUT, exist_ok=True)
    for source, kind in MANIFEST.items():
        with open(os.path.join(HERE, source), encoding="utf-8") as f:
            text = f.read()
        target = os.path.join(OUT, os.path.splitext(source)[0] + "." + kind)
        {"docx": docx, "pdf": pdf, "html": portal}[kind](text, target)
        print(f"{source} -> {os.path.relpath(target, os.path.dirname(OUT))}")


if __name__ == "__main__":
    main()
