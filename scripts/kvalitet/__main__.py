from kvalitet.cli import main

raise SystemExit(main())
