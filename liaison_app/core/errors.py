"""The errors the domain raises when it refuses a request.

A `DomainError` carries a stable `code` and the arguments of the refusal besides its
English message: the command line prints `str(error)` as it always has, while the window
looks the code up and shows the same refusal in the user's language (ui/errors.py).
Errors raised with a message only get the code `"refused"`, and the window shows their
message as it is.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A request the domain refuses; `code` and `arguments` say which refusal and about what."""

    def __init__(self, message: str = "", *, code: str = "refused", **arguments: Any) -> None:
        super().__init__(message)
        self.code = code
        self.arguments: dict[str, Any] = dict(arguments)
