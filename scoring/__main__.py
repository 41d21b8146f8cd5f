from __future__ import annotations

from scoring.cli import main

raise SystemExit(main())
