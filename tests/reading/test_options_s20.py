"""Set 15's agency options, legal reviews and spec talk (README decisions 192, 194, 196), each tested in other words
than the dev cases: the option a message chooses is read and the others listed; a legal review's copy rules,
consent rules and audience limits; specs told for the copy and specs that select products."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def others(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "other"]


def test_the_recommended_option_is_read_and_the_others_listed() -> None:
    x = r(
        "Three concepts for the fall camping push:\nOption A: 30% off sleeping bags to Loyal customers, SMS only, $9k.\n"
        "Option B: free shipping on tents for Champions, email + paid social, $4k.\nOption C: a new-arrivals push to everyone, $2k.\n"
        "Our pick is Option B."
    )
    assert x.offer is not None and x.offer.kind == "free_shipping"
    assert x.budget is not None and x.budget.amount == 4000
    assert sorted(x.channels.allowed) == ["email", "paid_social"]
    assert x.promoted.categories == ["tents"]
    assert sorted(o[:8] for o in others(x)) == ["Option A", "Option C"]


def test_with_no_choice_the_first_option_is_read() -> None:
    x = r(
        "A couple of ideas for Father's Day: (1) 10% off backpacks to Champions by SMS; (2) a free water bottle with orders "
        "over $80, emailed to everyone. Either way the budget is $2,500. Up to you."
    )
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 10
    assert x.channels.allowed == ["sms"]
    assert x.budget is not None and x.budget.amount == 2500  # said for every option
    assert others(x) and others(x)[0].startswith("(2) a free water bottle")


def test_tiers_read_the_one_chosen() -> None:
    x = r(
        "Q3 backpack campaign, three tiers. Basic: email to hikers, $1k. Standard: email + SMS to hikers, $3k. "
        "Premium: email + SMS + push to hikers with 15% off, $7k. I'd go Standard."
    )
    assert sorted(x.channels.allowed) == ["email", "sms"]
    assert x.budget is not None and x.budget.amount == 3000
    assert x.offer is None
    assert len(others(x)) == 2


def test_chinese_numbered_plans_read_the_suggested_one() -> None:
    x = r(
        "代理商给了三个方案：方案1：全场满300减50，短信+邮件，预算8万；方案2：给流失客户推送九折券，预算2万；"
        "方案3：睡袋新品种草，信息流，预算6万。建议采用方案2。"
    )
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 10
    assert x.channels.allowed == ["push"]
    assert x.budget is not None and x.budget.amount == 20000
    assert sorted(o[:3] for o in others(x)) == ["方案1", "方案3"]


def test_chinese_lettered_options_read_the_chosen_letter() -> None:
    x = r("两个思路：A是邮件发给冠军客户打八折，B是短信发给忠诚客户包邮。就用A吧，预算5000元。")
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 20
    assert x.channels.allowed == ["email"]
    assert others(x) and others(x)[0].startswith("B是短信")


def test_an_option_marked_recommended() -> None:
    x = r(
        "Plan A: email Lost customers 20% off, $3k. Plan B (recommended): SMS to At Risk customers, 10% off, $2k."
    )
    assert x.channels.allowed == ["sms"]
    assert x.offer is not None and x.offer.value == 10


def test_a_numbered_list_without_options_is_no_options() -> None:
    x = r("Brief: (1) email Champions; (2) 15% off jackets; (3) $2k budget.")
    assert x.channels.allowed == ["email"]
    assert x.offer is not None and x.offer.value == 15
    assert not others(x)


def _kinds(x: Reading) -> list[str]:
    return sorted(c.kind for c in (getattr(x.audience, "of", None) or [x.audience]) if c is not None)


def test_a_consent_rule_for_a_channel_is_no_clause() -> None:
    x = r(
        "Legal notes: email only to subscribers who opted in to email (CAN-SPAM). Otherwise as planned: Loyal customers, "
        "email and push, $2k."
    )
    assert x.audience is not None and x.audience.kind == "rfm_segment"
    assert sorted(x.channels.allowed) == ["email", "push"] and not x.channels.only
    assert x.not_applied == []
    y = r("合规：推送只能发给已同意接收通知的用户。给冠军客户发推送和短信，九折。")
    assert y.audience is not None and y.audience.kind == "rfm_segment"
    assert not y.channels.only


def test_copy_rules_are_listed_one_entry_each() -> None:
    x = r(
        "Legal: drop the phrase 'cheapest in town' from the subject line; add 'While supplies last' under the price. "
        "Campaign: 20% off tents to Champions, email, $1,500."
    )
    assert len(others(x)) == 2
    assert x.offer is not None and x.offer.value == 20 and x.channels.allowed == ["email"]
    y = r(
        "法务：邮件结尾须注明“本活动最终解释权归本店所有”；标题不得使用“全网最低”等绝对化用语。给忠诚客户发邮件，八折。"
    )
    assert len(others(y)) == 2
    assert y.channels.allowed == ["email"] and y.offer is not None and y.offer.value == 20


def test_age_limits_and_residents_are_listed_audience() -> None:
    x = r("Per compliance: nobody under 21, and exclude anyone in the EU. Push to Loyal customers, 10% off.")
    listed = {n.text: n.reason for n in x.not_applied if n.affects == "audience"}
    assert len(listed) == 2
    assert any("21" in w and "ages" in why for w, why in listed.items())  # said why: the data holds no ages
    assert any("EU" in w and "location" in why for w, why in listed.items())
    y = r("不要给18岁以下的用户发送。给沉睡客户发短信，满200减30。")
    assert [(n.affects, "ages" in n.reason) for n in y.not_applied] == [("audience", True)]


def test_an_offer_changed_by_the_review_is_the_new_one() -> None:
    x = r("Compliance edits: the discount is cut from 40% to 25% off. Email Champions, $2k.")
    assert x.offer is not None and x.offer.value == 25
    assert not [n for n in x.not_applied if n.affects == "offer"]
    y = r("法务意见：优惠从七折调整为八折。给冠军客户发短信。")
    assert y.offer is not None and y.offer.value == 20 and y.not_applied == []


def test_no_sends_to_the_unsubscribed_excludes_them() -> None:
    x = r("No emails to anyone who unsubscribed. Email Loyal customers 15% off.")
    assert _kinds(x) == ["not", "rfm_segment"]


def test_a_data_export_said_not_to_be_done_is_no_clause() -> None:
    x = r("本次活动给冠军客户发邮件，九折，预算5000元。切勿把用户邮箱导出给代理商。")
    assert x.kind == "brief" and x.intent == "plan"
    assert x.not_applied == []


def test_specs_for_the_copy_are_one_entry() -> None:
    x = r("Key selling points: 180 g, 3-layer shell, pit zips. Email the Ridge Shell Jacket to hikers, $2k.")
    assert [n.affects for n in x.not_applied] == ["other"] and "180 g" in x.not_applied[0].text
    assert x.budget is not None and x.budget.amount == 2000
    y = r(
        "Ember Down Jacket relaunch — 850-fill, 15D shell, 330 g — positioning: warmth without weight. "
        "SMS to Loyal customers, 10% off."
    )
    assert [n.affects for n in y.not_applied] == ["other"] and "warmth" in y.not_applied[0].text
    assert y.audience is not None and y.audience.kind == "rfm_segment"
    z = r("核心卖点：防水指数20000mm、重量1.2kg。给近一年买过帐篷的客户发邮件，九折。")
    assert [n.affects for n in z.not_applied] == ["other"] and "1.2kg" in z.not_applied[0].text
    assert z.offer is not None and z.offer.value == 10


def test_a_spec_that_selects_products_keeps_the_category() -> None:
    x = r("Email our sleeping bags under 1 kg to campers, 10% off.")
    assert x.promoted.categories == ["sleeping-bags"]
    assert [(n.affects, n.text) for n in x.not_applied] == [("product", "under 1 kg")]
    y = r("这次主推1.2公斤以内的帐篷，给忠诚客户发短信。")
    assert y.promoted.categories == ["tents"]
    assert [(n.affects, n.text) for n in y.not_applied] == [("product", "1.2公斤以内")]


def test_more_ways_to_tell_and_choose_options() -> None:
    x = r(
        "We see three plays.\n1. Email Champions 10% off, $2k.\n2. SMS Loyal customers free shipping, $1k.\n"
        "3. Paid social to everyone, $5k.\nRecommend #2."
    )
    assert x.offer is not None and x.offer.kind == "free_shipping"
    assert x.budget is not None and x.budget.amount == 1000 and len(others(x)) == 2
    y = r(
        "Option A is 20% off to Champions by email; Option B is free shipping to Loyal customers by SMS. Go with A."
    )
    assert y.channels.allowed == ["email"] and others(y)[0].startswith("Option B")
    z = r("第一种玩法：给冠军客户发邮件打八折；第二种玩法：给忠诚客户发短信包邮。我们更推荐第二种。")
    assert z.offer is not None and z.offer.kind == "free_shipping" and z.channels.allowed == ["sms"]
    w = r("A方案：邮件+推送，九折，预算2万；B方案：短信，包邮，预算1万。倾向B方案。")
    assert w.budget is not None and w.budget.amount == 10000 and w.channels.allowed == ["sms"]


def test_an_option_chosen_from_a_pitch_not_in_the_message_is_listed() -> None:
    x = r(
        "Let's go with option 2, but make the budget $3k.\n\n-----Original Message-----\nFrom: Mara\n"
        "Option 1: 20% off boots to Champions by email. Option 2: free shipping on poles to Loyal by SMS, $5k."
    )
    assert others(x) == ["Let's go with option 2"]
    assert x.budget is not None and x.budget.amount == 3000
    assert r("就用方案二吧，预算改成2万。").not_applied[0].text == "就用方案二吧"


def test_more_ways_a_review_tells_its_rules() -> None:
    x = r(
        "Compliance sign-off with edits: texts only to people who gave SMS consent; subject line can't say 'guaranteed'; "
        "add 'Exclusions apply' under the offer; no one under 16. Rest stays: At Risk customers, SMS + email, 15% off, $2k."
    )
    assert [n.affects for n in x.not_applied] == ["other", "other", "audience"]
    assert not x.channels.only and x.offer is not None and x.offer.value == 15
    y = r(
        "Legal flagged: the 'best price guaranteed' claim has to go. Also no marketing to Quebec residents (CASL). "
        "Email Loyal customers, change the offer from 30% to 20% off."
    )
    assert [n.affects for n in y.not_applied] == ["other", "audience"]
    assert y.offer is not None and y.offer.value == 20
    z = r(
        "法务：1、短信须带“回T退订”；2、不得使用“国家级”“最佳”等用语；3、仅向已授权接收短信的会员发送。"
        "其余不变：给流失客户发短信，八折，预算8000元。"
    )
    assert [n.affects for n in z.not_applied] == ["other", "other"]
    assert z.audience is not None and z.audience.kind == "recency"
    w = r("不向未成年人推送。给冠军客户推送，九折。")
    assert [(n.affects, n.text) for n in w.not_applied] == [("audience", "未成年人")]


def test_more_ways_to_tell_specs() -> None:
    x = r("卖点是轻量化、800蓬白鹅绒、-10℃舒适温标。给忠诚客户发邮件，九折。")
    assert [n.affects for n in x.not_applied] == ["other"]
    y = r("Selling points are 3-layer Gore-Tex, pit zips and a 350 g weight. Email hikers 10% off.")
    assert [n.affects for n in y.not_applied] == ["other"] and "350 g" in y.not_applied[0].text
    z = r("Promote our 50L packs to hikers, email, $1k.")
    assert z.promoted.categories == ["backpacks"] and [n.affects for n in z.not_applied] == ["product"]
    w = r("主推700蓬的款，给冠军客户发推送。")
    assert [(n.affects, n.text) for n in w.not_applied] == [("product", "700蓬")]


def test_positioning_about_a_named_product_keeps_the_product() -> None:
    x = r("Positioning: the Ember Down Jacket is 'the warmest jacket for its weight'. Email Champions, $2k.")
    assert x.promoted.product_ids  # the product named before "is" is read
    assert [n.affects for n in x.not_applied] == ["other"] and "warmest" in x.not_applied[0].text


def test_a_tests_variants_and_a_list_of_channels_are_no_options() -> None:
    x = r(
        "A/B test two subject lines for the Champions email — Option A: 'Spring is here', Option B: 'Your spring kit'. 10% off."
    )
    assert not others(x)
    y = r("We want to reach them two ways: (1) email and (2) push. Champions, 10% off.")
    assert sorted(y.channels.allowed) == ["email", "push"] and not others(y)


def test_more_ways_to_choose() -> None:
    pitch = (
        "Option A: email Champions 10% off, $2k. Option B: SMS Loyal customers free shipping, $1k. "
        "Option C: push to At Risk customers, 15% off, $3k. "
    )
    for choice, amount in (
        ("Option B, please.", 1000),
        ("We're happy with option C.", 3000),
        ("Approved: Option B.", 1000),
        ("Option C works for us.", 3000),
    ):
        x = r(pitch + choice)
        assert x.budget is not None and x.budget.amount == amount, choice


def test_options_with_a_label_or_in_markdown() -> None:
    x = r(
        "Here's what we're thinking — Route A (safe): email Champions, 10% off, $2k. "
        "Route B (bold): paid social to everyone, 25% off, $10k. Your call."
    )
    assert x.budget is not None and x.budget.amount == 2000 and x.channels.allowed == ["email"]
    assert others(x) and others(x)[0].startswith("Route B (bold)")
    y = r(
        "**Option A:** 20% off boots by email, $4k\n**Option B:** free shipping by SMS, $2k\nOur recommendation: Option B"
    )
    assert y.budget is not None and y.budget.amount == 2000
    assert others(y) == ["Option A:** 20% off boots by email, $4k"]


def test_a_spec_list_after_a_colon_keeps_its_first_item() -> None:
    x = r("Ridge Shell final details: Pertex Shield fabric, 280 g, 20D face. Email hikers 10% off.")
    assert others(x) == ["Pertex Shield fabric, 280 g, 20D face"]


def test_a_choice_told_before_the_options() -> None:
    x = r("我们推荐方案二。方案一：邮件，九折，预算2万；方案二：短信，包邮，预算1万。")
    assert x.budget is not None and x.budget.amount == 10000 and x.channels.allowed == ["sms"]
    assert others(x) == ["方案一：邮件，九折，预算2万"]


def test_versions_of_a_brief_are_no_options() -> None:
    x = r("Version 1: email Champions 10% off, $2k. Version 2 (updated): email Champions 15% off, $3k.")
    assert not others(x)  # a revision, not a choice between options


def test_banned_words_and_adult_only_rules() -> None:
    x = r("广告法：禁止使用“最”“第一”“国家级”等词。给冠军客户发短信，九折。")
    assert others(x) == ["禁止使用“最”“第一”“国家级”等词"]
    y = r("Legal: no superlatives ('best', 'lowest'); must be 21+. Email Loyal customers 10% off.")
    assert [n.affects for n in y.not_applied] == ["other", "audience"]
    z = r("仅限18岁以上用户。给忠诚客户发推送，九折。")
    assert [(n.affects, "ages" in n.reason) for n in z.not_applied] == [("audience", True)]


def test_a_flight_is_the_campaigns_length() -> None:
    x = r(
        "Launch price, no promo. Nimbus Ultra 3 to runners, push only, $4k, three-week flight starting May 4."
    )
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 5, 4), date(2026, 5, 24))
    assert x.no_discount is not None


def test_chinese_tiers_read_the_one_chosen() -> None:
    x = r(
        "给你三个档位：低配：只发邮件，预算1万；中配：邮件+短信，预算3万；高配：全渠道加八折，预算8万。老板选了中配。"
    )
    assert x.budget is not None and x.budget.amount == 30000
    assert sorted(x.channels.allowed) == ["email", "sms"] and x.offer is None
