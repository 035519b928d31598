import sys

from cronaca.cli import main

sys.exit(main())
