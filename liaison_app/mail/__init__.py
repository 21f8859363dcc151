"""Qt-free mail: composing, the outbox sender (SMTP), the fetcher (IMAP), MIME parsing
and reply matching. Grows with the department liaison work; nothing here imports Qt."""
