"""`python -m ivig_desktop` is the same as the `ivig-desktop` command."""

import sys

from ivig_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
