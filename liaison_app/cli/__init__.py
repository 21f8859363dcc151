"""The command line (`liaison`)."""

from liaison_app.cli.main import main

__all__ = ["main"]
