"""The saywho web UI and JSON API; see :func:`saywho.web.app.create_app`."""
