"""The local web UI (`afterword serve`): FastAPI + Jinja2 pages rendered on the server, nicer with HTMX.

Routes parse the request, call the service layer (the same one the CLI calls) and render a template; no domain
logic lives here. ``create_app`` in ``app.py`` builds the application from a ``ServeConfig``.
"""
