"""Build scripts of the installable app: the PyInstaller bundle, the Debian package and their check
(docs/packaging.md). Not part of the installed app."""
