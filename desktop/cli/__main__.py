"""``python -m desktop.cli …``: the same as the ``vanthu`` console script."""

from desktop.cli import main

raise SystemExit(main())
