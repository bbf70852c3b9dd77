"""The frozen program's entry point: both hfdesk (windowed) and hfdesk-cli (console) run this.

It is `hfdesk.__main__.main()` and nothing else, apart from one guard: a windowed Windows
executable starts with no console, so sys.stdout and sys.stderr are None. print() copes
with that, but sys.stdout.write() (the --json output) would fail with an AttributeError
that main() would log as a bug. Pointing the missing streams at os.devnull makes a
subcommand given to the windowed hfdesk.exe run to the end quietly; scripts that want the
output use hfdesk-cli.exe, which has a console (see packaging/README.md).
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process

from hfdesk.__main__ import main  # noqa: E402 - after the guard above

if __name__ == "__main__":
    sys.exit(main())
