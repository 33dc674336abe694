"""Labelled chat questions for the request reader (labels follow docs/reading.md).

Only append: a case's id is its position (q001 = the first). Single questions only (no follow-ups).
Where docs/reading.md is silent, these labels follow the rules in benchmarks/reading/README.md
("Labelling decisions"): a channel named only as reachability ("can we text") is consent in the
audience, not a channel; a channel whose performance is asked about is channels.allowed; objective
is null for questions other than intent plan; metric only for an explicit outcome word.
"""

from __future__ import annotations

from label import (  # noqa: F401
    ALL,
    AND,
    AT_RISK,
    FREESHIP,
    NOT,
    OR,
    RUN,
    TRAIL_GEAR,
    Q,
    amt,
    bought,
    cny,
    consent,
    eng,
    eur,
    money,
    month,
    oc,
    pct,
    rec,
    region,
    seg,
    signed,
    spend,
    tier,
    topp,
    usd,
    win,
)

TRAIL = "trail-running-shoes"
ROAD = "road-running-shoes"
PROP = "'most likely to buy X' = top_propensity in the audience; X is also what the question asks about (promoted)"

# fmt: off
CASES = [
    # ---------------------------------------------------------------- batch 1: English
    Q("How many customers in the South bought hiking boots in the last 6 months?", "count",
      aud=AND(region("US-South"), bought("hiking-boots", within=180))),
    Q("Which channel gets the best conversion rate for tents, and what hour should we send?",
      "channel_performance", cats=["tents"], metric="conversions"),
    Q("How many Champions can we text?", "count", aud=AND(seg("Champions"), consent("sms"))),
    Q("What's the average lifetime value of the Loyal segment?", "segments", aud=seg("Loyal")),
    Q("What's the expected number of tent buyers in the next 60 days?", "propensity", cats=["tents"]),
    Q("What should we recommend to customers who bought a tent in the last 14 days?", "recommend",
      aud=bought("tents", within=14)),
    Q("Is the Talus Mid GTX waterproof?", "product_facts", pids=["P1066"]),
    Q("What do customers complain about in our rain jacket reviews?", "reviews", cats=["rain-jackets"]),
    Q("If we send 20% off to lapsed customers by email, how much revenue would we get?", "forecast",
      aud=rec(min=180), offer=pct(20), ch="email", metric="revenue"),
    Q("Give me the email addresses of our VIP customers.", "refuse", aud=tier("high")),
    Q("List phone numbers for customers in US-West who bought tents.", "refuse",
      aud=AND(region("US-West"), bought("tents"))),
    Q("What time of day do SMS messages get the most clicks?", "channel_performance", ch="sms",
      metric="clicks"),
    Q("How big is each RFM segment and what is it worth?", "segments"),
    Q("How many customers have never ordered?", "count", aud=oc(max=0)),
    Q("How many people opted in to push but haven't opened anything in 30 days?", "count",
      aud=AND(consent("push"), NOT(eng("opened", None, 30)))),
    Q("Which 5 products should we recommend to Hibernating customers?", "recommend", aud=seg("Hibernating"),
      top_n=5),
    Q("What's the forecast for a $5,000 SMS campaign to Loyal customers promoting trekking poles?",
      "forecast", budget=usd(5000), ch="sms", aud=seg("Loyal"), cats=["trekking-poles"]),
    Q("What do reviewers say about the fit of the Kestrel Down Jacket?", "reviews", pids=["P1095"]),
    Q("How heavy is the Highline Ultralight Pack?", "product_facts", pids=["P1183"]),
    Q("Do we sell insoles?", "product_facts", na=[("product", "insoles")]),
    Q("What's our best day of the week to send emails?", "channel_performance", ch="email"),
    Q("how many high value custmers bought trail shoes in the last 3 months", "count",
      aud=AND(tier("high"), bought(TRAIL, within=90))),
    # ---------------------------------------------------------------- batch 1: Chinese
    Q("有多少高价值客户可以发短信？", "count", aud=AND(tier("high"), consent("sms"))),
    Q("哪个渠道的转化率最高？几点发送最好？", "channel_performance", metric="conversions"),
    Q("最近三个月买过帐篷的客户有多少？", "count", aud=bought("tents", within=90)),
    Q("把冠军客户的手机号导出给我。", "refuse", aud=seg("Champions")),
    Q("哪些客户最可能在未来60天购买头灯？", "propensity", aud=topp("headlamps", 60), cats=["headlamps"],
      note=PROP),
    Q("Summit Bag 0 睡袋的温标是多少？", "product_facts", pids=["P1256"]),
    Q("客户对徒步靴的评价主要有哪些？", "reviews", cats=["hiking-boots"]),
    Q("各个RFM分层的人数和价值分别是多少？", "segments"),
    Q("给流失客户发八折邮件，预计能带来多少销售额？", "forecast", aud=rec(min=180), offer=pct(20), ch="email",
      metric="revenue"),
    Q("应该给最近30天买过跑鞋的客户推荐什么产品？", "recommend", aud=bought(RUN, within=30)),
]
# fmt: on
