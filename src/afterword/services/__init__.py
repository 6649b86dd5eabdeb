"""The flows that join the store and the engines: the one API that the CLI (and later the web app) calls."""
