"""No import circles in app/: for every import of one module by another (at module level or inside a
function), the imported module never leads back to the importer. A package and its own modules
are exempt (a package's __init__ may name its modules)."""

from __future__ import annotations

import grimp


def test_no_module_of_app_imports_itself_back():
    graph = grimp.build_graph("app")
    circles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if imported.startswith(importer + ".") or importer.startswith(imported + "."):
                continue
            if graph.chain_exists(importer=imported, imported=importer):
                circles.append(" -> ".join(graph.find_shortest_chain(importer=imported, imported=importer)))
    assert circles == []
