"""The document's markup: its style sheet, marks, escaping, ruled tables, sections and label/value tables."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

CHART_URL = "ivig-report://vitals-chart.png"
CHART_ANCHOR = "vitals-chart"  # on paper: where the chart is painted (reports/chart_object.py)
CORRECTED_MARK = "†"
FLAG_MARK = "⚠"
SIMULATION_MARK = "SIMULATION: recorded in training mode, not a patient's care"

STYLE = """
body { font-size: 9pt; }
h1 { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 11pt; font-weight: bold; background-color: #e4e4e4; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 9.5pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 2px; }
table.grid { border-collapse: collapse; border-color: #9a9a9a; border-style: solid; }
table.grid th { background-color: #ececec; font-weight: bold; text-align: left; padding: 2px 3px; }
table.grid td { padding: 2px 3px; vertical-align: top; }
table.ident td { padding: 1px 6px 1px 0px; vertical-align: top; }
.small { font-size: 7.5pt; }
.muted { color: #444444; }
.status { font-size: 11pt; font-weight: bold; }
.allergy { font-size: 10.5pt; font-weight: bold; }
.flag { font-weight: bold; }
.struck { text-decoration: line-through; }
"""


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


def cells(cells: Sequence[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{cell}</{tag}>" for cell in cells)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, widths: Sequence[int] = ()) -> str:
    """A ruled table with a header row that repeats on every page. Cells are HTML (escape before)."""
    head = "".join(
        f'<th width="{widths[i]}%">{e(h)}</th>' if i < len(widths) else f"<th>{e(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="2">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def section(title: str, body: str, *, new_page: bool = False) -> str:
    """A section: a level-2 heading (kept with what follows it when paginated: reports/pdf.py) and its body."""
    brk = ' style="page-break-before: always;"' if new_page else ""
    return f"<h2{brk}>{title}</h2>{body}"


def kv(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(f'<tr><td width="24%"><b>{e(k)}</b></td><td>{v}</td></tr>' for k, v in pairs)
    return f'<table class="ident" width="100%" cellspacing="0">{rows}</table>'
