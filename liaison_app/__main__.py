"""`python -m liaison_app` is the same as the `liaison` command."""

import sys

from liaison_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
