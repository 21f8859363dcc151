"""Qt-free domain of Liaison: models, database, workflow and services.

Nothing under this package may import PySide6; tests import it with Qt blocked.
"""
