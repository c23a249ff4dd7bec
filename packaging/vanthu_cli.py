"""Entry point of the frozen command line (``vanthu``): the console script as a program."""

from desktop.cli import main

raise SystemExit(main())
