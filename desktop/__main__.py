"""``python -m desktop``: open the window (or, without a display library, the CLI's help)."""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1:
        from desktop.cli import main as cli_main

        return cli_main(sys.argv[1:])
    try:
        from ui.shell.app import run
    except ImportError as exc:  # Qt missing or the window not built: fall back to the CLI
        print(f"(Qt: {exc})", file=sys.stderr)
        from desktop.cli import main as cli_main

        return cli_main(["--help"])
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
