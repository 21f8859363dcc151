"""The team database: people, their roles, what PostgreSQL lets each do, and the audit."""
