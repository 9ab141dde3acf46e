"""The Feedback & NPS tab (issue 13): tab (the score, charts, answers, themes, follow-up), entry (the
quick-entry form and the customer picker), dialogs (import of answers, survey cards, tags), common
(labels, the table model, the undoable writes). The logic is in app.services.feedback."""
