"""Allow ``python -m tui``."""

from tui.cli.entry import main

raise SystemExit(main())
