"""One module per area of the app; each builds its router with ``dependencies.new_router()``."""

from afterword.web.routes import applications, cards, contacts, debrief, files, home, letters

ROUTERS = (home.router, applications.router, cards.router, debrief.router, letters.router, contacts.router,
           files.router)
