"""Entry point for the frozen app (PyInstaller needs a script, not a console_scripts entry)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # a frozen app started as a helper process (bundle import) runs the helper's work here, not a second window
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
