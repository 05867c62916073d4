"""``communique serve``: explore a store's events in a browser (FastAPI on uvicorn).

``app.create_app(db)`` builds the app over a read-only store (``communique.query``).
"""

from .app import create_app

__all__ = ["create_app"]
