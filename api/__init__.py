"""The HTTP layer of the traceability service (issue 4): a FastAPI app over strategigraf.services.

Installed as ``strategigraf.api``; imports of its own modules are relative and of the service
absolute (``strategigraf.…``), so it also works from a checkout as ``api``. Start: ``strategigraf serve``.
"""
