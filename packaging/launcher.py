"""Entry point of the PyInstaller bundle: the same main() as the `streamer-app` console script."""

import sys

from streamer_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
