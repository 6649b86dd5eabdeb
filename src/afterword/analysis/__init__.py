"""Analysis engines: taxonomy, skills, requirements, facts, experience and matching. Pure functions of values."""
