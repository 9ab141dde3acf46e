"""`copy --db SHOP OUT`: see app.cli.backup_cmd (the two share their opening and their faults)."""

from app.cli.backup_cmd import add_copy_arguments as add_arguments
from app.cli.backup_cmd import run_copy as run

__all__ = ["add_arguments", "run"]
