from guardrails_lite.cli.main import main

raise SystemExit(main())
