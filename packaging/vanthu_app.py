"""Entry point of the frozen window (``vanthu-app``): ``python -m desktop`` as a program."""

from desktop.__main__ import main

raise SystemExit(main())
