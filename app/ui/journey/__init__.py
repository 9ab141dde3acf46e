"""The Journey map tab (docs/journey.md): `model` wraps a journey document in a QObject that announces
its changes and saves them; `commands` are the undoable edits (each changes the document, never an
item); `painter` draws the services' geometry with QPainter; `scene` mirrors the document as items and
turns drags and drops into commands; `view` zooms and pans; `palette` and `inspector` are the side
panels; `tab` puts them together with the map list, the gaps and the improvements."""
