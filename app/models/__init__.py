"""The data model: the SQLite schema and its migrations, the entities' columns, and the repository
functions that read and write them. All SQL lives in this package. No Qt, no pandas at import time
(the GUI start-up path goes through here)."""
