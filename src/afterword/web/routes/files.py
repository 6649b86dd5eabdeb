"""Pages for files (to be filled in)."""

from afterword.web.dependencies import new_router

router = new_router()
