"""The command's documents as one self-contained HTML file each: the 报送 report, the 通报.

Drawn from the same data as the JSON output (:mod:`hrss_policy.cli.documents.records`). One file,
nothing fetched: the style is inline, the 通报's chart of completion by district is an
inline SVG. Every text from the data is escaped. Presentation only, no policy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape
from typing import Any

from ...core import zh as _zh
from ...plan.status import Verdict

__all__ = ["bulletin_html", "completion_chart", "report_html"]

_VERDICTS = {v.value: v.label for v in Verdict}

_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",
"WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;
line-height:1.6}
h1{font-size:1.5em;text-align:center;margin-bottom:.2em}
h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.6em}
blockquote{border-left:4px solid #999;margin:1em 0;padding:.2em 1em;color:#444;background:#f6f6f6}
table{border-collapse:collapse;margin:.8em 0;width:100%}
.wide{overflow-x:auto}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#ddebf7}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.nw{white-space:nowrap}
table.summary th{width:30%}
tr.slow td{background:#f8cbad}
tr.city td{font-weight:bold}
.verdict-overdue{color:#b00020;font-weight:bold}
.verdict-not_met,.verdict-not_yet_due{color:#b05a00}
.verdict-unverified{color:#666}
.verdict-met{color:#1b5e20}
.issuer{text-align:right;margin-top:2em}
figure{margin:1em 0}
figcaption{text-align:center;color:#444}
.note{color:#555;font-size:.9em}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _page(title: str, body: Iterable[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="zh-CN">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="hrss-policy">',
            f"<title>{_e(title)}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _date(text: str | None) -> str:
    return "" if text is None else _zh.date(dt.date.fromisoformat(text))


def _rate(record: dict[str, Any], key: str = "rate") -> str:
    return record.get(f"{key}_text") or "—"


_JUDGED = {"rate": "已到期事项完成率", "verified_rate": "已到期事项核实完成率"}


def completion_chart(
    districts: list[dict[str, Any]], threshold: float | None, as_of: str, key: str = "rate"
) -> str:
    """An inline SVG bar chart of each district's rate *key*, slow ones in red.

    *key* is the rate slow progress is judged on (``rate`` or ``verified_rate``, R24), so
    the bars and the dashed line of *threshold* (the rate below which a district is slow)
    never contradict the districts marked.
    """
    bar_h, gap, left, width, top = 26, 10, 170, 420, 30
    height = top + len(districts) * (bar_h + gap) + 30
    total = left + width + 80
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{total}" height="{height}" '
        f'viewBox="0 0 {total} {height}" font-size="14" style="max-width:100%;height:auto" '
        f'aria-label="各区{_JUDGED[key]}，截至{_e(_date(as_of))}">',
        f"<title>各区{_JUDGED[key]}，截至{_e(_date(as_of))}</title>",
    ]
    for tick in (0, 25, 50, 75, 100):
        x = left + width * tick / 100
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" y2="{height - 24}" stroke="#ddd"/>'
            f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" fill="#555">{tick}%</text>'
        )
    for i, d in enumerate(districts):
        y = top + i * (bar_h + gap)
        rate = d[key]
        w = 0.0 if rate is None else width * rate
        color = "#c0392b" if d.get("slow") else "#2e75b6"
        label = _rate(d, key)
        parts.append(
            f'<g class="bar{" slow" if d.get("slow") else ""}" data-district="{_e(d["district"])}" '
            f'data-rate="{"" if rate is None else f"{rate:.6f}"}">'
            f'<text x="{left - 8}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">'
            f"{_e(d['district'])}</text>"
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + bar_h * 0.7:.1f}" fill="#222">{_e(label)}</text>'
            "</g>"
        )
    if threshold is not None:
        x = left + width * threshold
        parts.append(
            f'<line class="threshold" x1="{x:.1f}" y1="{top - 12}" x2="{x:.1f}" y2="{height - 24}" '
            'stroke="#000" stroke-dasharray="5,4"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _district_rows(districts: list[dict[str, Any]], city: dict[str, Any]) -> list[str]:
    rows = [
        '<div class="wide"><table>',
        "<thead><tr><th>区</th><th>单位数</th><th>应完成（项）</th><th>已完成（项）</th>"
        "<th>已到期事项完成率</th><th>核实完成率</th><th>未完成</th><th>未报送无法核实</th>"
        "<th>其中逾期</th><th>通报批评</th><th>报送不全</th></tr></thead>",
        "<tbody>",
    ]
    for d in [*districts, city]:
        cls = "slow" if d.get("slow") else ("city" if d is city else "")
        slow = "" if d is city else ("是" if d.get("slow") else "否")
        incomplete = "" if d is city else ("是" if d.get("incomplete_reporting") else "否")
        rows.append(
            f'<tr class="{cls}"><td>{_e(d["district"])}</td><td class="n">{d["units"]}</td>'
            f'<td class="n">{d["due"]}</td><td class="n">{d["met"]}</td>'
            f'<td class="n">{_e(_rate(d))}</td><td class="n">{_e(_rate(d, "verified_rate"))}</td>'
            f'<td class="n">{d["not_met"]}</td>'
            f'<td class="n">{d["unverified"]}</td><td class="n">{d["overdue"]}</td>'
            f"<td>{slow}</td><td>{incomplete}</td></tr>"
        )
    rows += ["</tbody>", "</table></div>"]
    return rows


def _calendar_note(doc: dict[str, Any]) -> list[str]:
    if not doc.get("calendar_files"):
        return []
    years = "、".join(str(y) for y in doc["calendar_files"])
    return [f'<p class="note">以下年份的放假安排来自文件而非随库收录的国务院通知：{_e(years)}</p>']


def bulletin_html(doc: dict[str, Any]) -> str:
    """The 通报 *doc* as one self-contained HTML page with an inline chart."""
    lines = doc["text"].split("\n")
    title, body_lines = lines[0], [line for line in lines[1:] if line]
    issuer_lines = body_lines[-2:]
    text_lines = body_lines[:-2]
    key = doc.get("judged", "rate")
    chart = completion_chart(doc["districts"], doc["threshold"], doc["as_of"], key)
    body = [
        f"<h1>{_e(title)}</h1>",
        f"<blockquote>依据{_e(doc['clause'])}：“{_e(doc['basis'])}”</blockquote>",
        *(f"<p>{_e(line)}</p>" for line in text_lines),
        f'<p class="issuer">{"<br>".join(_e(x) for x in issuer_lines)}</p>',
        "<h2>各区完成情况</h2>",
        '<figure id="chart">',
        chart,
        f"<figcaption>各区{_JUDGED[key]}（截至{_e(_date(doc['as_of']))}），红色为完成进度较慢、予以通报批评的区"
        + ("，虚线为认定标准" if doc["threshold"] is not None else "")
        + "</figcaption>",
        "</figure>",
        *_district_rows(doc["districts"], doc["city"]),
        *_calendar_note(doc),
    ]
    return _page(title, body)


def report_html(doc: dict[str, Any]) -> str:
    """The quarterly 报送 report *doc* as one self-contained HTML page."""
    p, r = doc["progress"], doc["rollup"]
    summary = [
        ("区", doc["district"]),
        ("季度", f"{doc['year']}年第{doc['quarter']}季度"),
        ("完成情况截至", _date(doc["as_of"])),
        ("报送期限", _date(doc["due"])),
        ("单位数", p["units"]),
        ("到期事项均已完成的单位", p["units_passed"]),
        ("已到期事项应完成", f"{p['due']}项"),
        ("已到期事项已完成", f"{p['met']}项"),
        ("已到期事项完成率", _rate(p)),
        ("未完成", f"{p['not_met']}项"),
        ("其中逾期", f"{p['overdue']}项"),
        ("未报送无法核实", f"{p['unverified']}项"),
        ("全部要求（含尚未到期）", f"{p['requirements']}项"),
        ("全部要求已完成", f"{p['requirements_met']}项"),
        ("总体完成率", p.get("overall_rate_text") or "—"),
        ("全市已到期事项完成率", _rate(doc["city"])),
        ("人员定额", f"{r['staff_quota']}人"),
        ("实有工作人员", f"{r['actual_staff']}人"),
        ("协理员工资补助每月市级", f"{r['monthly_city_subsidy']}元"),
        ("区级配套每月不少于", f"{r['monthly_district_minimum']}元"),
    ]
    body = [
        f"<h1>{_e(doc['title'])}</h1>",
        f"<p>{_e(doc['lead'])}</p>",
        f"<blockquote>依据{_e(doc['clause'])}：“{_e(doc['basis'])}”</blockquote>",
        "<h2>报送摘要</h2>",
        '<table class="summary">',
        *(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in summary),
        "</table>",
    ]
    if p["overdue_by_clause"]:
        body += [
            "<h2>逾期项按条款</h2>",
            "<table><thead><tr><th>条款</th><th>逾期（项）</th></tr></thead><tbody>",
            *(
                f'<tr><td>{_e(c["clause"])}</td><td class="n">{c["overdue"]}</td></tr>'
                for c in p["overdue_by_clause"]
            ),
            "</tbody></table>",
        ]
    body += ["<h2>逐单位发现</h2>"]
    for unit in doc["units"]:
        who = f"{unit['id']} {unit['name']}" if unit["id"] else unit["name"]
        body += [
            f'<h3 class="unit">{_e(who)}</h3>',
            "<table><thead><tr><th>要求</th><th>条款</th><th>结论</th><th>期限</th>"
            "<th>说明</th></tr></thead><tbody>",
        ]
        for f in unit["findings"]:
            verdict = f["verdict"]
            body.append(
                f'<tr><td class="nw">{_e(f["label"])}</td><td class="nw">{_e(f["clause"])}</td>'
                f'<td class="nw verdict-{_e(verdict)}">{_e(_VERDICTS[verdict])}</td>'
                f'<td class="nw">{_e(_date(f["due"]))}</td><td>{_e(f["text"])}</td></tr>'
            )
        body.append("</tbody></table>")
    body += _calendar_note(doc)
    return _page(doc["title"], body)
