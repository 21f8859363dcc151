"""PySide6 user interface: windows, item models, dialogs and workers. No business rules."""
