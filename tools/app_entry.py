"""Entry point for the frozen app (PyInstaller needs a script, not a console_scripts entry)."""
import sys

from ui.app import main

sys.exit(main())
