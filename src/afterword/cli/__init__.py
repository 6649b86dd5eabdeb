"""The command line: parse, call the core, present. No domain logic here."""
