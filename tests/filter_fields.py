"""What a listing's filter form shows, read from the page's HTML."""

import re
from html import unescape

FIELD = re.compile(r'<div class="filters__field">(.*?)</div>', re.DOTALL)


def filter_field(html, name):
    """The filter field `name`: its label's target, its id, the selected options (or the
    input's value), its error and whether the control points at that error."""
    for block in FIELD.findall(html):
        control = re.search(rf'<(select|input)\b[^>]*\bname="{name}"[^>]*>', block)
        if control:
            break
    else:
        raise AssertionError(f"no filter field {name!r}")
    tag = control.group(0)
    error = re.search(r'<p class="field__error" id="([^"]+)">(.*?)</p>', block, re.DOTALL)
    value = re.search(r'\bvalue="([^"]*)"', tag) if control.group(1) == "input" else None
    return {
        "label_for": re.search(r'<label for="([^"]+)">', block).group(1),
        "id": re.search(r'\bid="([^"]+)"', tag).group(1),
        "selected": [unescape(v) for v in re.findall(r'<option value="([^"]*)" selected>', block)],
        "value": unescape(value.group(1)) if value else None,
        "error": unescape(error.group(2)).strip() if error else None,
        "described_by_error": bool(error)
        and f'aria-describedby="{error.group(1)}"' in tag
        and 'aria-invalid="true"' in tag,
    }
