"""The HTML part of a digest: the same `Layout` as the text part, as tables (pure).

Written for the mail clients the team reads in, not for browsers: Gmail drops <style> blocks
in some views and rewrites class names, Outlook for Windows renders with Word (no CSS
widths on divs, no background images, no flexbox), Apple Mail blocks remote images. So:
- layout and charts are nested <table>s; a bar is a table cell with a width in percent and a
  background colour given twice (the `bgcolor` attribute for Outlook, inline style for the
  rest), a non-breaking space inside so no client collapses it;
- every style is inline; no class, no <style> block, no image, no script, no external URL;
- every string from the layout is escaped here (`_e`): subjects, names and addresses come
  from customers' mail. Markup only ever comes from the constants in this module.
"""

from html import escape

from supportmail.core.digest_text import Bar, Layout, Line, Section

FONT = "font-family:Arial,Helvetica,sans-serif;"
TEXT = f"{FONT}font-size:14px;line-height:20px;color:#222222;"
SMALL = f"{FONT}font-size:12px;line-height:16px;color:#555555;"
ALARM = "#b3261e"
BAR = "#1f5fa8"
BAR_MUTED = "#9aa7b4"
TRACK = "#e8ecf0"
RULE = "#d0d7de"


def _e(text: str) -> str:
    """`text` escaped for HTML text and attribute values (quotes included)."""
    return escape(text, quote=True)


def _table(rows: str, style: str = "") -> str:
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;{style}">{rows}</table>'
    )


def _cell(content: str, style: str, width: str = "", align: str = "left") -> str:
    size = f' width="{width}"' if width else ""
    return f'<td{size} align="{align}" valign="top" style="{style}">{content}</td>'


def bar_cells(share: float | None, colour: str) -> str:
    """A bar `share` (0-1) long: a coloured cell and the track's rest, each never 0% wide."""
    if share is None:
        return _cell("&nbsp;", f"background-color:{TRACK};font-size:1px;line-height:12px;")
    filled = max(0, min(100, round(share * 100)))
    cells = []
    for width, fill in ((filled, colour), (100 - filled, TRACK)):
        if width:
            cells.append(
                f'<td width="{width}%" bgcolor="{fill}" height="12" '
                f'style="background-color:{fill};height:12px;font-size:1px;line-height:12px;">'
                "&nbsp;</td>"
            )
    return "".join(cells)


def _chart(bars: tuple[Bar, ...]) -> str:
    rows = []
    for bar in bars:
        colour = BAR_MUTED if bar.muted else BAR
        label_style = SMALL if bar.muted else f"{TEXT}font-weight:bold;"
        inner = _table(f"<tr>{bar_cells(bar.share, colour)}</tr>")
        rows.append(
            "<tr>"
            + _cell(_e(bar.label), f"{label_style}padding:2px 8px 2px 0;", width="110")
            + _cell(inner, "padding:4px 0;", width="55%")
            + _cell(_e(bar.text), f"{SMALL}padding:2px 0 2px 8px;")
            + "</tr>"
        )
    return _table("".join(rows), "margin:4px 0 8px 0;")


def _ticket_rows(lines: tuple[Line, ...]) -> str:
    rows = []
    for line in lines:
        colour = ALARM if line.alarm else "#222222"
        state = f"{FONT}font-size:13px;line-height:18px;color:{colour};" + (
            "font-weight:bold;" if line.alarm else ""
        )
        details = "; ".join(line.details)
        rows.append(
            "<tr>"
            + _cell(
                f"<strong>{_e(line.tag)}</strong>",
                f"{TEXT}padding:6px 8px 6px 0;border-top:1px solid {RULE};white-space:nowrap;",
                width="80",
            )
            + _cell(
                _e(line.priority),
                f"{TEXT}padding:6px 8px 6px 0;border-top:1px solid {RULE};",
                width="30",
            )
            + _cell(
                f'<span style="{state}">{_e(line.state)}</span><br>'
                f"{_e(line.subject)}"
                + (f'<br><span style="{SMALL}">{_e(details)}</span>' if details else ""),
                f"{TEXT}padding:6px 0;border-top:1px solid {RULE};",
            )
            + "</tr>"
        )
    return _table("".join(rows), "margin:4px 0 8px 0;")


def _section(section: Section) -> str:
    parts = [
        f'<h2 style="{FONT}font-size:16px;line-height:22px;color:#222222;'
        f'margin:20px 0 4px 0;">{_e(section.heading)}</h2>'
    ]
    if section.lines:
        parts.append(_ticket_rows(section.lines))
    if section.bars:
        parts.append(_chart(section.bars))
    elif section.items:
        items = "".join(f'<li style="{TEXT}">{_e(item)}</li>' for item in section.items)
        parts.append(f'<ul style="margin:4px 0 8px 0;padding-left:20px;">{items}</ul>')
    parts += [f'<p style="{SMALL}margin:4px 0;">{_e(note)}</p>' for note in section.notes]
    return "".join(parts)


def digest_html(layout: Layout) -> str:
    """The whole HTML document of a digest (see the module docstring for the rules)."""
    body = (
        f'<p style="{TEXT}margin:0 0 8px 0;">{_e(layout.intro)}</p>'
        + "".join(_section(s) for s in layout.sections)
        + "".join(
            f'<p style="{SMALL}margin:16px 0 0 0;">{_e(text)}</p>' for text in layout.footer if text
        )
        + f'<p style="{SMALL}margin:16px 0 0 0;">-- <br>{_e(layout.team)}</p>'
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(layout.subject)}</title></head>"
        '<body style="margin:0;padding:0;background-color:#ffffff;">'
        + _table(
            "<tr>"
            + _cell(
                f'<h1 style="{FONT}font-size:20px;line-height:26px;color:#222222;'
                f'margin:0 0 8px 0;">{_e(layout.subject)}</h1>{body}',
                f"{TEXT}padding:16px;max-width:760px;",
            )
            + "</tr>",
            "background-color:#ffffff;",
        )
        + "</body></html>\n"
    )
