"""A signature or mail footer under a request is no part of it (session 17, probes written for this round): the
phone number of "Best, Jen Park, …, 415-555-0199, 123 Market St, San Francisco" was read as a date and the city
listed as an audience condition; a confidentiality footer's "within 24 hours" was listed as an unread clause."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "Hi copilot, please email Loyal customers 10% off tents, $2k budget. Best, Jen Park, Senior CRM Manager, Acme Outdoors, "
    "415-555-0199, 123 Market St, Suite 400, San Francisco CA 94105",
    "Please email Loyal customers 10% off tents, $2k budget.\n\nThanks,\nTom Reyes | CRM Lead\nSeattle, WA · +1 206 555 0100",
    "Please email Loyal customers 10% off tents, $2k budget.\n--\nSent from my iPhone",
    "Please email Loyal customers 10% off tents, $2k budget. This email and any attachments are confidential and intended "
    "solely for the addressee. If you received it in error, please delete it within 24 hours.",
])
def test_a_signature_or_footer_is_not_read(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.window is None and x.not_applied == []
    assert x.budget is not None and x.budget.amount == 2000.0 and x.offer is not None and x.offer.value == 10.0


def test_thanks_inside_the_request_is_no_signature() -> None:
    x = read("Email Champions 10% off. Thanks, and keep it under $2k.", today=TODAY)
    assert x.budget is not None and x.budget.amount == 2000.0
