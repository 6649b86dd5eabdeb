"""The store: the only code that touches the database (SQLite by default, PostgreSQL by AFTERWORD_DATABASE_URL).

Open it with session.open_store(); the repository modules (profiles, companies, applications, interviews,
contacts, cards, tasks) take the session explicitly. Engines in analysis/ and coach/ never import this package.
"""
