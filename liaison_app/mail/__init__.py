"""Mail transport and MIME: composing, SMTP and IMAP connections, parsing, charsets,
quoting, masking and HTML to text. Imports nothing of `core/` (what becomes of a mail in
the database is `core.correspondence`) and nothing of Qt; tests prove both."""
