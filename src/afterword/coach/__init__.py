"""Coaching engines: the Closing Card's questions, pitch, concerns, ladder and checklist. Pure functions."""
