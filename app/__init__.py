"""Regulars (Khách Quen): a desktop app that turns a small shop's sales spreadsheets into knowledge
about its customers. Layers: app.models (data, SQL), app.services (logic), app.ui (Qt), app.cli."""

__version__ = "0.1.0"
APP_NAME = "Regulars"
ORGANIZATION = "Regulars"
SHOP_FILE_SUFFIX = ".regulars"
