"""The built-in checklist items, worded as in the guides (seed 000; the Vietnamese originals are the
translations in resources/translations/regulars_vi.ts), their sections, the tab where the work happens
and, for the review routines, how often they come back."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP

STATUSES = ("not_started", "in_progress", "done", "not_relevant")
STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("Checklist", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Checklist", "In progress"),
    "done": QT_TRANSLATE_NOOP("Checklist", "Done"),
    "not_relevant": QT_TRANSLATE_NOOP("Checklist", "Not relevant"),
}


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English source text, context "Checklist"


SECTIONS = (
    Section("self_assessment", QT_TRANSLATE_NOOP("Checklist", "Where you stand today")),
    Section("act_now", QT_TRANSLATE_NOOP("Checklist", "8 things to do now to focus more on customers")),
    Section("progress", QT_TRANSLATE_NOOP("Checklist", "Check your progress")),
    Section("routines", QT_TRANSLATE_NOOP("Checklist", "Review routines")),
    Section("own", QT_TRANSLATE_NOOP("Checklist", "Your own items")),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)


@dataclass(frozen=True)
class ItemDefinition:
    key: str
    section: str
    text: str  # English source text, context "Checklist"
    tab: str = ""  # registry key of the tab where the work happens
    repeat_months: int | None = None


ITEMS = (
    ItemDefinition("self_assessment.claim", "self_assessment", QT_TRANSLATE_NOOP(
        "Checklist", "Do you claim to be customer-focused? For example, do your marketing messages and website say "
        "that customer service matters to you?")),
    ItemDefinition("self_assessment.behave", "self_assessment", QT_TRANSLATE_NOOP(
        "Checklist", "Do you behave in a customer-focused way? Are your actions (for example your processes and "
        "procedures) guided by your customers?")),
    ItemDefinition("act_now.1", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Talk to friendly existing customers to find out why they like doing business with you and "
        "whether there are areas you could improve."), tab="customers"),
    ItemDefinition("act_now.2", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Read the online ratings and reviews of your business. Could you make any changes to improve "
        "customer satisfaction?"), tab="feedback"),
    ItemDefinition("act_now.3", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Ask a friend to call, email or message your business with a question and give honest "
        "feedback about their experience.")),
    ItemDefinition("act_now.4", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Make sure all your inbound channels (for example phone, email and social media) answer "
        "customers' questions quickly and professionally.")),
    ItemDefinition("act_now.5", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Encourage your staff to thank customers for their business in person; this could include a "
        "follow-up email.")),
    ItemDefinition("act_now.6", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Contact your customers after a large purchase to check they are satisfied and ask for "
        "feedback."), tab="customers"),
    ItemDefinition("act_now.7", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Check that your initiatives (for example promotions) reward both new and existing customers, "
        "without upsetting loyal customers."), tab="segments"),
    ItemDefinition("act_now.8", "act_now", QT_TRANSLATE_NOOP(
        "Checklist", "Find the right balance between following your policies and procedures and being flexible, "
        "for example with special orders and extended opening hours.")),
    ItemDefinition("progress.1", "progress", QT_TRANSLATE_NOOP(
        "Checklist", "We have clearly defined, known target segments."), tab="segments"),
    ItemDefinition("progress.2", "progress", QT_TRANSLATE_NOOP(
        "Checklist", "We regularly review and act on customer feedback."), tab="feedback"),
    ItemDefinition("progress.3", "progress", QT_TRANSLATE_NOOP(
        "Checklist", "We consider customers when we make decisions.")),
    ItemDefinition("progress.4", "progress", QT_TRANSLATE_NOOP(
        "Checklist", "We actively manage and improve the customer experience."), tab="journey"),
    ItemDefinition("progress.5", "progress", QT_TRANSLATE_NOOP(
        "Checklist", "We plan and deliver personalised communication."), tab="customers"),
    ItemDefinition("routines.personas", "routines", QT_TRANSLATE_NOOP(
        "Checklist", "Review and refine the personas."), tab="personas", repeat_months=6),
    ItemDefinition("routines.journeys", "routines", QT_TRANSLATE_NOOP(
        "Checklist", "Review and update the journey maps."), tab="journey", repeat_months=6),
    ItemDefinition("routines.segments", "routines", QT_TRANSLATE_NOOP(
        "Checklist", "Refresh the segments with the latest sales."), tab="import", repeat_months=1),
    ItemDefinition("routines.survey", "routines", QT_TRANSLATE_NOOP(
        "Checklist", "Survey your customers (Net Promoter Score)."), tab="feedback", repeat_months=3),
)
ITEM_BY_KEY = {item.key: item for item in ITEMS}
