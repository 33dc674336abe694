"""Each check as a pure function: passing, failing, and the safe repairs."""

from __future__ import annotations

from copilot.knowledge.schemas import ClaimCheck, ClaimReport
from copilot.planner.checks import (
    CheckConfig,
    Sender,
    add_email_footer,
    add_sms_compliance,
    allowed_numbers,
    check_brand_voice,
    check_claims,
    check_consent,
    check_copy_numbers,
    check_email_compliance,
    check_email_preheader,
    check_email_subject,
    check_plan_figures,
    check_push_length,
    check_sms_compliance,
    check_sms_length,
    check_social_length,
    numbers_in,
    safe_repair,
    sms_info,
    to_gsm7,
    trim_to,
)
from copilot.planner.plan_schema import CampaignPlan, CopyVariant


def sms(body: str) -> CopyVariant:
    return CopyVariant(channel="sms", variant="A", body=body)


def email(subject: str = "Back on the trail", preheader: str = "x" * 50, body: str = "Hi") -> CopyVariant:
    return CopyVariant(channel="email", variant="A", subject=subject, preheader=preheader, body=body)


# --- SMS encoding and segments --------------------------------------------------------------


def test_sms_gsm7_single_and_concatenated_segments() -> None:
    assert sms_info("a" * 160).segments == 1
    info = sms_info("a" * 161)
    assert (info.encoding, info.segments, info.per_segment) == ("GSM-7", 2, 153)
    assert sms_info("a" * 306).segments == 2
    assert sms_info("a" * 307).segments == 3


def test_sms_extension_characters_take_two_septets() -> None:
    info = sms_info("€" * 80)
    assert info.encoding == "GSM-7"
    assert info.units == 160 and info.segments == 1
    assert sms_info("€" * 81).segments == 2


def test_sms_emoji_forces_ucs2_70_67() -> None:
    info = sms_info("Trail time 🏃" + "a" * 57)  # 12 + 57 = 70 UTF-16 units (emoji = 2)
    assert info.encoding == "UCS-2"
    assert info.units == 70 and info.segments == 1
    more = sms_info("🏃" + "a" * 69)
    assert more.segments == 2 and more.per_segment == 67


def test_check_sms_length_fails_over_max_segments_and_warns_on_ucs2() -> None:
    assert check_sms_length(sms("a" * 306)).status == "pass"
    long = check_sms_length(sms("a" * 307))
    assert long.status == "fail" and "3 segment" in long.details
    emoji = check_sms_length(sms("Hello 👋 trail friends"))
    assert emoji.status == "warn" and "UCS-2" in emoji.details
    too_long_ucs2 = check_sms_length(sms("👋" + "a" * 140))  # 142 units -> 3 UCS-2 segments
    assert too_long_ucs2.status == "fail"
    assert check_sms_length(sms("a" * 200), CheckConfig(sms_max_segments=1)).status == "fail"


def test_to_gsm7_replaces_typography_and_drops_emoji() -> None:
    text = "It’s back — “Ridgeline” 🏃‍♀️ trail… ready"
    out = to_gsm7(text)
    assert sms_info(out).encoding == "GSM-7"
    assert out == 'It\'s back - "Ridgeline" trail... ready'


# --- email and push limits ------------------------------------------------------------------


def test_email_subject_limits() -> None:
    assert check_email_subject(email(subject="Short and sweet")).status == "pass"
    assert check_email_subject(email(subject="x" * 40)).status == "warn"
    assert check_email_subject(email(subject="x" * 61)).status == "fail"
    assert check_email_subject(email(subject="")).status == "fail"


def test_email_preheader_range() -> None:
    assert check_email_preheader(email(preheader="x" * 39)).status == "fail"
    assert check_email_preheader(email(preheader="x" * 40)).status == "pass"
    assert check_email_preheader(email(preheader="x" * 100)).status == "pass"
    assert check_email_preheader(email(preheader="x" * 101)).status == "fail"


def test_push_and_social_limits() -> None:
    ok = CopyVariant(channel="push", variant="A", title="Grip is back", body="See what's new.")
    assert check_push_length(ok).status == "pass"
    bad = CopyVariant(channel="push", variant="B", title="t" * 51, body="b" * 151)
    res = check_push_length(bad)
    assert res.status == "fail" and "title" in res.details and "body" in res.details
    social = CopyVariant(channel="paid_social", variant="A", headline="h" * 41, body="b" * 126)
    assert check_social_length(social).status == "warn"


# --- compliance -----------------------------------------------------------------------------


def test_email_compliance_needs_opt_out_sender_and_address(sender: Sender) -> None:
    res = check_email_compliance(email(body="Come back to the trail."), sender)
    assert res.status == "fail"
    assert "opt-out" in res.details and "postal address" in res.details
    fixed = add_email_footer("Come back to the trail.", sender)
    assert check_email_compliance(email(body=fixed), sender).status == "pass"
    assert add_email_footer(fixed, sender) == fixed  # idempotent


def test_sms_compliance_needs_brand_stop_and_help(sender: Sender) -> None:
    res = check_sms_compliance(sms("New trail shoes are in."), sender)
    assert res.status == "fail"
    assert "brand name" in res.details and "STOP" in res.details and "HELP" in res.details
    fixed = add_sms_compliance("New trail shoes are in.", sender)
    assert fixed.startswith("Northtrail Outfitters: ")
    assert fixed.endswith("Reply STOP to opt out, HELP for help.")
    assert check_sms_compliance(sms(fixed), sender).status == "pass"
    assert add_sms_compliance(fixed, sender) == fixed


def test_consent_counts_must_cover_each_channel(sample_plan: CampaignPlan) -> None:
    assert all(r.status == "pass" for r in check_consent(sample_plan))
    email_plan = sample_plan.channels[0]
    too_many = email_plan.model_copy(
        update={"audience": email_plan.audience.model_copy(update={"value": 5000})}
    )
    plan = sample_plan.model_copy(update={"channels": [too_many, *sample_plan.channels[1:]]})
    res = {r.target: r for r in check_consent(plan)}
    assert res["email"].status == "fail" and "consented" in res["email"].details
    assert res["sms"].status == "pass"


# --- brand voice ----------------------------------------------------------------------------


def test_brand_voice_flags_banned_phrases_as_whole_words() -> None:
    banned = ["best ever", "guaranteed", "100% waterproof", "#1"]
    bad = email(subject="Our best ever trail shoe", body="Guaranteed grip. 100% waterproof!")
    res = check_brand_voice(bad, banned)
    assert res.status == "fail"
    for phrase in ("best ever", "guaranteed", "100% waterproof"):
        assert phrase in res.details
    assert check_brand_voice(email(subject="The bestever"), banned).status == "pass"
    assert check_brand_voice(email(body="Rated #1 by nobody"), banned).status == "fail"


# --- claims ---------------------------------------------------------------------------------


def test_claims_fail_when_unsupported_or_citing_unknown_fact(sample_plan: CampaignPlan) -> None:
    v = sample_plan.copy_variants[0]
    good = ClaimReport(claims=[ClaimCheck(claim="5 mm lugs", supported=True, fact_ids=["P1003-aa11bb22cc"])])
    assert check_claims(v, good, sample_plan.evidence).status == "pass"
    bad = ClaimReport(
        claims=[ClaimCheck(claim="waterproof to 20,000 mm", supported=False)], all_supported=False
    )
    res = check_claims(v, bad, sample_plan.evidence)
    assert res.status == "fail" and "waterproof to 20,000 mm" in res.details
    cites_unknown = v.model_copy(
        update={"citations": [v.citations[0].model_copy(update={"fact_ids": ["nope"]})]}
    )
    res2 = check_claims(cites_unknown, good, sample_plan.evidence)
    assert res2.status == "fail" and "nope" in res2.details


# --- numbers --------------------------------------------------------------------------------


def test_numbers_in_reads_prices_percentages_and_thousands() -> None:
    got = numbers_in(
        "Save 20% on the $129.95 Ridgeline, 5 mm lugs, 28,000 mm rating, $20k [F12] {unsubscribe_url}"
    )
    assert [v for _, v in got] == [20, 129.95, 5, 28000, 20000]


def test_invented_number_in_copy_is_flagged() -> None:
    allowed = allowed_numbers(["Ridgeline Trail has 5 mm lugs", "1200 Alder St"], [129.95])
    ok = email(subject="5 mm lugs are back", body="Now $129.95.")
    assert check_copy_numbers(ok, allowed).status == "pass"
    bad = email(subject="Take 30% off", body="Only $99 today, join 10,000 runners.")
    res = check_copy_numbers(bad, allowed)
    assert res.status == "fail"
    for raw in ("30%", "$99", "10,000"):
        assert raw in res.details


def test_every_figure_traces_to_evidence(sample_plan: CampaignPlan) -> None:
    res = check_plan_figures(sample_plan)
    assert res.status == "pass", res.details
    # every source resolves and carries the same number
    for where, fig in sample_plan.figures():
        for path, value in fig.sources():
            assert abs(float(sample_plan.evidence.resolve(path)) - value) < 1e-6, where


def test_a_figure_not_in_evidence_fails(sample_plan: CampaignPlan) -> None:
    rev = sample_plan.forecast.revenue.model_copy(update={"value": 9999.0})
    moved = sample_plan.forecast.conversions.model_copy(update={"source": "forecast.nowhere"})
    fc = sample_plan.forecast.model_copy(update={"revenue": rev, "conversions": moved})
    res = check_plan_figures(sample_plan.model_copy(update={"forecast": fc}))
    assert res.status == "fail"
    assert "9999" in res.details and "forecast.nowhere" in res.details


# --- safe repairs ---------------------------------------------------------------------------


def test_safe_repair_adds_compliance_transliterates_and_trims(sender: Sender) -> None:
    v = sms("Your trail shoes miss you 🏃 — come back!")
    fixed, done = safe_repair(v, sender)
    assert check_sms_compliance(fixed, sender).status == "pass"
    assert sms_info(fixed.body).encoding == "GSM-7"
    assert any("non-GSM" in d for d in done)
    e = email(preheader=("A long preheader that keeps going " * 5).strip(), body="Hello.")
    fixed_e, done_e = safe_repair(e, sender)
    assert len(fixed_e.preheader or "") <= 100
    assert check_email_compliance(fixed_e, sender).status == "pass"
    assert len(done_e) == 2


def test_trim_to_cuts_at_a_word_boundary() -> None:
    assert trim_to("one two three four", 9) == "one two"
    assert trim_to("short", 10) == "short"
