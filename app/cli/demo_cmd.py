"""`demo`: placeholder until the command is built (see docs/architecture.md)."""

from app.services.errors import UserError


def add_arguments(parser):
    parser.add_argument("rest", nargs="*")
    parser.add_argument("--db")


def run(args):
    raise UserError("The demo command is not built yet.")
