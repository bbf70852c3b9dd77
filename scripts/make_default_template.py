"""Write hfdesk's house Word template, resources/templates/hfdesk.docx.

    python scripts/make_default_template.py [OUT.docx]

The template is built by `hfdesk.exports.docx_common.build_default_template` (A4,
Calibri, heading styles, "Side X av Y" in the footer); the exports open the saved
file, so a helsefellesskap can replace it with its own (keeping the style names).
The same code gives the same bytes: run it again after changing the builder and
commit the result.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hfdesk.exports.docx_common import TEMPLATE_PARTS, build_default_template, save

STAMP = datetime(2026, 1, 1)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT.joinpath("resources", *TEMPLATE_PARTS)
    out.parent.mkdir(parents=True, exist_ok=True)
    save(build_default_template(), out, STAMP)
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
