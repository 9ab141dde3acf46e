"""The pages of the Segments tab (`app.ui.segments.tab.SegmentsTab`): the shared pieces (record
tables, the list of a segment's customers, chart views with export), one module per section
(overview, customer value, categories, hand-made segments, target choice, movement) and the
dialogs (rule builder, small-shop thresholds). Built on `app.services.segments` (docs/segments.md).

matplotlib is imported only when a chart is drawn, never when this package is imported."""
