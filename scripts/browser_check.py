#!/usr/bin/env python3
"""Renders the workforce HTML report in headless Chromium and checks it.

Fails (exit 1) when:
  - the page writes anything to the console (the report has no JavaScript, so
    any console message is an error: a blocked load, a parse error, ...);
  - the page fetches anything, or its markup refers to anything outside itself
    (scripts, stylesheets, images, fonts, http(s) links other than the SVG
    namespace);
  - text overflows its box, or the page is wider than the window, at a screen
    width, and at the printable width of A4 with the print stylesheet applied;
  - a chart label reaches outside its chart or overlaps another label;
  - a chart area is blank in the screenshot (decoded here from the PNG with
    zlib alone: no imaging library needed);
  - printing to PDF fails or does not give A4 pages.

Usage: browser_check.py --chromium PATH REPORT.html [--screenshot FULL.png]
       [--readme-screenshot docs/report.png --readme-height 1500] [--pdf OUT.pdf]
       browser_check.py --chromium PATH REPORT.html --self-test
         (the checker itself: the report must pass and broken copies of it must fail)
"""

import argparse
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
# A wide screen, and the printable width of A4 at 96 px per inch (210 mm − 2 × 12 mm
# margins = 186 mm ≈ 703 px) with the print stylesheet applied to the screen.
WIDTHS = (1280, 703)
PRINT_WIDTH = 703


def chromium(binary, args, timeout=120):
    """Runs headless Chromium; returns (stdout, stderr)."""
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--disable-extensions", "--mute-audio",
               "--disable-background-networking", "--disable-component-update",
               "--disable-default-apps", "--disable-sync"] + args
    done = subprocess.run(command, capture_output=True, timeout=timeout)
    return done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def static_problems(text):
    """References to anything outside the file, found in the markup itself."""
    problems = []
    for pattern, what in [
        (r"<script\b", "a <script> element"),
        (r"<link\b", "a <link> element"),
        (r"<(img|iframe|object|embed|video|audio|source)\b", "an embedded resource"),
        (r"\bsrc\s*=", "a src= attribute"),
        (r"url\s*\(", "a CSS url()"),
        (r"@import", "a CSS @import"),
        (r"\bon[a-z]+\s*=\s*\"", "an event handler attribute"),
    ]:
        if re.search(pattern, text, re.IGNORECASE):
            problems.append("the report contains " + what)
    for url in re.findall(r"https?://[^\s\"'<>)]+", text):
        if url != "http://www.w3.org/2000/svg":
            problems.append("the report refers to " + url)
    for word in ("NaN", "Infinity", "inf mio", "nan"):
        if re.search(r"(?<![A-Za-zæøå])" + re.escape(word) + r"(?![A-Za-zæøå])", re.sub(r"<[^>]*>", " ", text)):
            problems.append("the report shows " + word)
    return problems


def measure(binary, report, width, workdir):
    """Loads a copy of the report with the measuring script; returns (result, console lines)."""
    with open(report, encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(HERE, "browser-check.js"), encoding="utf-8") as f:
        script = f.read()
    if "</body>" not in text:
        raise SystemExit("browser check: the report has no </body>")
    if width == PRINT_WIDTH:
        # Lay the page out as printed: the print rules apply on screen too.
        text = text.replace("@media print", "@media all")
    checked = os.path.join(workdir, "checked-%d.html" % width)
    with open(checked, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", "<script>\n" + script + "</script>\n</body>", 1))
    out, err = chromium(binary, ["--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
                                 "--window-size=%d,1000" % width, "--dump-dom", "file://" + checked])
    console = [line for line in err.splitlines() if ":CONSOLE" in line]
    # The JSON, not the script's own comment that mentions the element.
    found = re.findall(r'<pre id="browser-check-result">(\{.*?)</pre>', out, re.DOTALL)
    if not found:
        raise SystemExit("browser check: Chromium did not run the measuring script; stderr:\n" + err[-2000:])
    return json.loads(html.unescape(found[-1])), console


def read_png(path, max_rows=None):
    """Decodes an 8-bit RGB or RGBA PNG: returns (width, height, channels, rows)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise ValueError("unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, colour, interlace))
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(min(height, max_rows or height)):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:  # Sub
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:  # Up
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows


def blank_problems(png, charts):
    """A chart area is blank when almost all of it is background or it has too few colours."""
    needed = max((int(c["y"] + c["height"]) + 1 for c in charts), default=0)
    width, height, channels, rows = read_png(png, max_rows=needed)
    problems = []
    for chart in charts:
        x0, y0 = max(0, int(chart["x"])), max(0, int(chart["y"]))
        x1, y1 = min(width, int(chart["x"] + chart["width"])), min(len(rows), int(chart["y"] + chart["height"]))
        if x1 - x0 < 10 or y1 - y0 < 10:
            problems.append("chart %s is outside the screenshot" % chart["id"])
            continue
        inked, total, colours = 0, 0, set()
        for y in range(y0, y1, 2):
            line = rows[y]
            for x in range(x0, x1, 2):
                r, g, b = line[x * channels], line[x * channels + 1], line[x * channels + 2]
                total += 1
                if min(r, g, b) < 235:
                    inked += 1
                    colours.add((r >> 5, g >> 5, b >> 5))
        share = inked / max(1, total)
        chart["ink"], chart["colours"] = round(share, 4), len(colours)
        if share < 0.02 or len(colours) < 3:
            problems.append("chart %s looks blank in the screenshot (%.1f %% ink, %d colours)"
                            % (chart["id"], share * 100, len(colours)))
    return problems


def pdf_problems(binary, report, pdf):
    """Prints the report; every page must be A4 (595 × 842 points)."""
    chromium(binary, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + os.path.abspath(report)])
    if not os.path.exists(pdf) or os.path.getsize(pdf) < 1000:
        return ["printing to PDF failed"], 0
    with open(pdf, "rb") as f:
        data = f.read()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    problems = []
    if pages == 0:
        problems.append("the PDF has no pages")
    for w, h in set(boxes):
        if abs(float(w) - 595.3) > 2 or abs(float(h) - 841.9) > 2:
            problems.append("a printed page is %s × %s points, not A4" % (w.decode(), h.decode()))
    return problems, pages


def check(binary, report, screenshot=None, readme_screenshot=None, readme_size=(1100, 1500), pdf=None,
          widths=WIDTHS, print_pdf=True):
    """Every check on one report file; returns (problems, summary lines)."""
    problems = []
    with open(report, encoding="utf-8") as f:
        problems += static_problems(f.read())
    workdir = tempfile.mkdtemp(prefix="browser-check-")
    try:
        results = {}
        for width in widths:
            result, console = measure(binary, report, width, workdir)
            results[width] = result
            where = "print, %d px" % width if width == PRINT_WIDTH else "%d px" % width
            problems += ["[%s] %s" % (where, p) for p in result["problems"]]
            problems += ["[%s] console: %s" % (where, line.split("]", 1)[-1].strip()) for line in console]
            problems += ["[%s] the page fetched %s" % (where, r) for r in result["resources"]]

        wide = results[widths[0]]
        if not wide["charts"]:
            problems.append("the report has no charts")
        shot = os.path.join(workdir, "page.png")
        height = max(400, min(int(wide["height"]), 30000))
        chromium(binary, ["--window-size=%d,%d" % (widths[0], height), "--screenshot=" + shot,
                          "file://" + os.path.abspath(report)])
        if not os.path.exists(shot):
            problems.append("Chromium wrote no screenshot")
        else:
            problems += blank_problems(shot, wide["charts"])
            if screenshot:
                shutil.copyfile(shot, screenshot)

        pages = 0
        if print_pdf:
            printed, pages = pdf_problems(binary, report, pdf or os.path.join(workdir, "report.pdf"))
            problems += printed

        if readme_screenshot:
            top = os.path.join(workdir, "top.png")
            chromium(binary, ["--window-size=%d,%d" % readme_size, "--screenshot=" + top,
                              "file://" + os.path.abspath(report)])
            shutil.copyfile(top, readme_screenshot)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    charts = ", ".join("%s (%s %% ink)" % (c["id"], round(c.get("ink", 0) * 100, 1)) for c in wide["charts"])
    summary = ["%d charts: %s" % (len(wide["charts"]), charts),
               "page %d px high at %d px; %d A4 pages printed" % (wide["height"], widths[0], pages)]
    return problems, summary


# Each broken copy of a good report, and words the checker must report for it.
BROKEN = [
    ("console error", lambda t: t.replace("</body>", "<script>console.error('broken on purpose')</script></body>", 1),
     ["console: ", "<script>"]),
    ("remote image", lambda t: t.replace("</main>", '<img src="https://example.invalid/x.png" alt=""/></main>', 1),
     ["https://example.invalid/x.png"]),
    ("overflowing text", lambda t: t.replace("</main>", '<p style="width:120px;white-space:nowrap">'
                                             + "overflowing " * 20 + "</p></main>", 1),
     ["content overflows its box"]),
    ("overlapping labels", lambda t: re.sub(r"(<text [^>]*>[^<]+</text>)", r"\1\1", t, count=1),
     ["overlap"]),
    ("label outside the chart", lambda t: re.sub(r'<text x="[^"]*"', '<text x="-60"', t, count=1),
     ["reaches outside the chart"]),
    ("blank chart", lambda t: re.sub(r"(<svg [^>]*>).*?(</svg>)",
                                     lambda m: m.group(1) + "<title>t</title>" + m.group(2), t, count=1, flags=re.S),
     ["looks blank"]),
]


def self_test(binary, report):
    """The checker must pass the good report and catch each broken copy of it."""
    failures = []
    problems, _ = check(binary, report)
    if problems:
        failures.append("the good report did not pass: " + "; ".join(problems))
    with open(report, encoding="utf-8") as f:
        good = f.read()
    workdir = tempfile.mkdtemp(prefix="browser-check-self-test-")
    try:
        for name, breaking, expected in BROKEN:
            broken = breaking(good)
            if broken == good:
                failures.append("%s: could not break the report" % name)
                continue
            path = os.path.join(workdir, name.replace(" ", "-") + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(broken)
            problems, _ = check(binary, path, widths=WIDTHS[:1], print_pdf=False)
            missing = [word for word in expected if not any(word in p for p in problems)]
            if missing:
                failures.append("%s: not caught (expected %s, got %s)" % (name, missing, problems))
            else:
                print("browser check self-test: caught %s" % name)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report")
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--screenshot", help="keep the full-page screenshot here")
    parser.add_argument("--readme-screenshot", help="also write the top of the page here (for the README)")
    parser.add_argument("--readme-width", type=int, default=1100)
    parser.add_argument("--readme-height", type=int, default=1500)
    parser.add_argument("--pdf", help="keep the printed PDF here")
    parser.add_argument("--self-test", action="store_true",
                        help="check that broken copies of REPORT are caught (and REPORT itself passes)")
    options = parser.parse_args()

    if options.self_test:
        failures = self_test(options.chromium, options.report)
        for failure in failures:
            print("browser check self-test FAILED: " + failure, file=sys.stderr)
        return 1 if failures else 0

    problems, summary = check(options.chromium, options.report, options.screenshot, options.readme_screenshot,
                              (options.readme_width, options.readme_height), options.pdf)
    for line in summary:
        print("browser check: " + line)
    if problems:
        print("browser check FAILED for %s:" % options.report, file=sys.stderr)
        for problem in problems:
            print("  - " + problem, file=sys.stderr)
        return 1
    print("browser check passed: " + options.report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
