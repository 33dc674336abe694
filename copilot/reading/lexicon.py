"""The marketing vocabulary the reader knows, in English and Chinese.

Only marketing words live here (channels, segments, objectives, occasions, audience traits, category
synonyms); numbers, money, dates and languages are read by libraries (see ``numbers`` and ``dates``).
Patterns are regular expressions matched case-insensitively; English ones at word boundaries.
"""

from __future__ import annotations

import calendar

from copilot.data.contract import CHANNELS
from copilot.reading.lexicon_foreign import FOREIGN_PRODUCTS as FOREIGN_PRODUCTS
from copilot.tools.conditions import Channel

ALL_CHANNELS: tuple[Channel, ...] = CHANNELS  # the data contract's one list, in its order

CHANNEL_WORDS: dict[Channel, tuple[str, ...]] = {
    # "Channel: mail and push" (decision 226): "mail" in a list of channels is email, never direct mail
    "email": (r"(?<![\w-])(?<!direct )(?<!snail )mail(?=\s*(?:and|&|,|/|\+|or)\s*(?:push|sms|texts?)\b)",
              r"(?<=channel: )mail\b", r"(?<=channels: )mail\b", r"(?<=push and )mail\b", r"(?<=sms and )mail\b", r"e-?mails?", r"e-?mailed", r"e-?mailing", r"\be mail\b", r"newsletters?", r"inbox", r"edm", r"邮件", r"电子邮件", r"邮箱", r"电邮", r"EDM", r"电子报"),
    "sms": (r"sms", r"texts?", r"text messages?", r"txts?", r"texting", r"短信", r"手机短信", r"简讯", r"text blasts?",
            r"(?:(?<=\bwe )|(?<=\bto )|(?<=\bi )|(?<=\band )|(?<=\bthen )|(?<=\byou ))text(?:ed)?(?= (?!of\b|in\b|on\b|for\b)\w)"),
    "push": (r"push(?: notifications?| messages?)?", r"pushes", r"app notifications?", r"app push", r"推送", r"推播",
             r"app推送", r"APP推送"),
    "paid_social": (r"paid[- ]social", r"social(?: media)?(?: ads)?", r"instagram(?! live)", r"facebook(?! live)", r"meta ads", r"(?<=\bon )(?-i:Meta)(?![A-Za-z])", r"(?-i:Meta)(?= (?:and|&|\+|or) (?:instagram|tiktok|pinterest|google))", r"(?-i:IG|FB)(?:\s+ads)?(?![A-Za-z])",
                    r"(?<=\bno )paid\b(?!\s+(?:orders?|customers?|plans?|members?|search))", r"朋友圈广告", r"站外投放",
                    r"tiktok(?! live|\s*(?:shop )?live)", r"pinterest", r"meta ads?", r"facebook ads?", r"instagram ads?", r"社交媒体", r"社群(?:媒体)?广告", r"社群媒体", r"社媒", r"付费社交",
                    r"抖音(?!直播)", r"小红书(?!(?:种草)?笔记|图文)", r"信息流广告", r"信息流", r"付费投放", r"付费广告", r"(?<=投)广告", r"(?<=别投)广告",
                    r"社交广告"),
}  # fmt: skip
#: Words that are channels only in a list or next to a channel word ("email and push", "push notifications").
AMBIGUOUS_CHANNEL_WORDS = {"push", "text", "texts", "social", "inbox", "txt", "txts"}
ALL_CHANNELS_WORDS = (r"\ball(?= (?:except|but|minus) (?:sms|e-?mail|push|paid social|texts?)\b)", r"\b(?:any(?:thing)?|everything|every channel)(?= (?:except|but|other than|apart from) (?:sms|e-?mail|push|paid social|texts?)\b)",
                      r"any channels?(?= (?:except|but|minus|other than|apart from)\b)", r"all channels", r"all ch(?:s|nls?|annels?)?(?= (?:except|but|minus|exc\.?|excl\.?|ex)(?!\w))", r"every channel", r"all (?:our |of our |the )?channels", r"omni-?channel",
                      r"across (?:all )?channels", r"全渠道", r"全通路", r"所有渠道", r"全部渠道", r"各个渠道", r"多渠道")
ONLY_WORDS = (r"only", r"just", r"exclusively", r"solely", r"仅", r"只", r"只用", r"仅用", r"仅限", r"只通过", r"仅通过")
#: Channels copilot cannot plan: named so they are reported, never silently dropped.
UNSUPPORTED_CHANNELS = {
    # organic posts and livestreams before WeChat: 公众号推文 is a post, not the WeChat channel alone (convention 68)
    "organic posts": (r"小红书(?:种草)?笔记", r"(?:发|写)(?:几|一|两|三)?(?:篇|条)?(?:种草)?笔记", r"公众号推文", r"公众号文章",
                      r"organic (?:social )?posts?", r"blog posts?"),
    "livestreams": (r"(?:抖音|快手|淘宝|视频号)?直播间", r"(?:抖音|快手|淘宝|视频号)直播", r"b站直播", r"(?:新品|专场)?直播(?=预告|带货|前|中|时|$|[，。,;；（(])", r"live ?streams?(?: shopping)?", r"(?:instagram|ig|facebook|fb|tiktok|youtube) live"),
    # a mini-program's own messages; the operator's shop itself (小程序这边, 在小程序充值) is no channel (decision 221)
    "mini-programs": (r"(?:微信)?小程序(?:订阅消息|消息|推送|弹窗)", r"订阅消息", r"mini[- ]?program (?:messages?|notifications?|pop-?ups?)",
                      r"小程序(?=的?(?:转化率|效果|表现|打开率|点击率|数据)|[和跟与、+/或](?:邮件|短信|推送))",
                      r"(?:(?<=邮件[和跟与、+/或])|(?<=短信[和跟与、+/或])|(?<=推送[和跟与、+/或]))小程序"),
    "distributors and group-buy leaders": (r"分销员(?:渠道)?", r"(?:让|请|由)?团长(?:们)?(?:在(?:社群|群)里?)?(?:转发|分享|推广|带货)"),
    "video and microblog platforms": (r"b站", r"bilibili", r"微博", r"weibo", r"视频号", r"youtube"),
    "WhatsApp": (r"whats ?app",), "WeChat": (r"wechat", r"朋友圈", r"微信公众号", r"(?:企业)?微信(?:社)?群", r"微信", r"公众号", r"企业微信", r"企微", r"私域社群", r"社群(?!媒体|广告)"),
    "direct mail": (r"direct mail", r"postcards?", r"catalog(?:ue)? mailing", r"(?:printed|print|paper|mail-?order) catalog(?:ue)?s?", r"snail mail", r"直邮", r"纸质目录"),
    "phone calls": (r"phone calls?", r"cold calls?", r"telemarketing", r"call them", r"(?<=\bteam )phone", r"(?<!\bthe )(?<!\ba )(?:phone|ring|call)(?= (?:our|these|those|all|each|every) )", r"电话营销", r"外呼", r"打电话", r"电话回访", r"回访电话"),
    "TV": (r"\btv\b", r"television", r"电视广告"), "radio": (r"radio",),
    "print": (r"print ads?", r"billboards?", r"magazine ads?", r"户外广告", r"flyers?(?: in (?:our |the )?stores?)?", r"leaflets?", r"posters?(?: in (?:our |the )?stores?)?", r"传单"),
    "in-store": (r"in-store", r"in store", r"retail stores?", r"门店", r"线下"),
    "search ads": (r"google ads", r"search ads", r"sem\b", r"搜索广告"),
    "influencers": (r"influencers?", r"kols?", r"达人", r"网红"),
    "LINE": (r"(?-i:LINE)\s*(?:官方(?:帳號|账号|帐号)|OA)(?:的)?(?:推播|推送|群發|群发)?", r"\bline app\b", r"(?-i:LINE)(?=\s*(?:messages?|msgs?|official account|OA|跟|和|或|、|,|/|\+|$)|\s+(?:and|or)\b)", r"(?<=\bvia )(?-i:LINE)\b", r"(?<=用)(?-i:LINE)"), "Telegram": (r"telegram",), "Messenger": (r"messenger",),
    "podcasts": (r"podcasts?",),
    "in-app messages": (r"in-app(?: messages?| banners?| notifications?)?", r"站内信", r"(?<!小程序)弹窗"),
}  # fmt: skip

NEGATION_BEFORE = (r"(?:\bw/o|\bexcl\.?|\bexc\.)\s*(?:[^.,;:!?—–()-]|(?<=\w)-(?=\w)){0,25}$|"
                   r"\b(?:no|not|never|zero|without|except|excluding|exclude|avoid|skip|don'?t use|do not use|"
                   r"but not|minus|(?:nothing|none|zero) (?:via|on|by|over|through)|leave out|instead of|rather than|in place of|hold off on|steer clear of|no need for|"
                   r"pass on|ditch)\b(?:[^.,;:!?—–()-]|(?<=\w)-(?=\w)){0,25}$|"
                   r"\b(?:don'?t|do not|never)\s+(?:send\s+(?:any\s+)?|use\s+)?$|\b(?:drop|remove|cut|kill)\s+(?:the\s+)?$|"
                   r"\b(?:won'?t(?: have| do| use)?|non-?goals?)\s*:\s*(?:[^.;!?—–()\n]){0,60}$")
ZH_NEGATION_BEFORE = r"(?:不要|不用|不发|别用|别发|别做|别投|不投|别上|不含|不包括|除了|排除|不通过|不走|避免|禁用|不使用|而不是|代替|取代|不考虑|不碰|非目标[：:]?)[^，。；,.;]{0,6}$"

RFM_SEGMENT_WORDS: dict[str, tuple[str, ...]] = {
    "Champions": (r"champions?", r"champs", r"冠军客户", r"冠军用户", r"冠军"),
    "Potential loyalists": (r"potential loyalists?", r"潜在忠诚客户", r"潜力客户"),
    "Loyal": (r"(?<!keep them )(?<!keeping them )(?<!keep people )(?<!stay )(?<!staying )(?<!remain )(?<!feel )loyal(?: customers| segment)?", r"(?<!potential )loyalists?", r"忠诚客户", r"忠实客户", r"忠诚用户",
              r"忠实用户", r"忠诚"),
    "New customers": (r"(?:rfm )?['\"]new customers['\"](?: segment)?", r"(?:the )?new customers (?:rfm )?segment",
                      r"新客户分群", r"“新客户”"),
    "Promising": (r"promising(?: customers| segment)?", r"有潜力的客户"),
    "Need attention": (r"need(?:s)? attention", r"需要关注"),
    "About to sleep": (r"about to sleep", r"即将沉睡"),
    "Can't lose them": (r"can'?t lose(?: them)?", r"cannot lose(?: them)?", r"不能失去"),
    "At risk": (r"at[- ]risk", r"slipping(?: away)?", r"about to (?:churn|lapse|leave)", r"likely to churn",
                r"churn risk", r"即将流失", r"流失预警", r"预流失", r"流失风险", r"有流失风险", r"濒临流失", r"快要流失"),
    "Hibernating": (r"hibernating(?: customers| segment)?", r"冬眠客户", r"冬眠用户", r"Hibernating客户"),
    "Lost": (r"(?:rfm )?['\"]?lost['\"]? (?:segment|customers|seg\b\.?|cohort|bucket)", r"(?-i:Lost)(?! (?:touch|interest|track|sales|revenue))",
             r"(?:(?<=\bexclude )|(?<=\bexcluding )|(?<=\bexcept )|(?<=\bexcl\. )|(?<=\bexcl )|(?<=\bnot )|(?<=\bminus )|(?<=\bno ))lost(?=\s*(?:[,.;:—–)/?!]|$|\s(?:and|or|nor|&|customers|segment|seg|folks|people|cohort|bucket)\b))",
             r"已流失客户"),
    "Prospects": (r"prospects", r"潜在客户"),
}  # fmt: skip
#: The at-risk words mean the two RFM segments that are about to churn.
AT_RISK_SEGMENTS = ["At risk", "Can't lose them"]

HIGH_VALUE_WORDS = (r"high[- ]value", r"vips?(?![- ](?:send|e-?mail|campaign|event|newsletter|drop|sale|sms|text|early[- ]access|access|preview|night|day|week|launch|program(?:me)?|offer)s?\b)", r"best customers", r"top (?:spenders|customers|buyers)",
                    r"big spenders", r"high[- ]ltv", r"high[- ]spend(?:ing|ers)?", r"most valuable",
                    r"biggest spenders", r"whales", r"高价值", r"高价值客户", r"大客户", r"高消费", r"VIP(?![- ](?:send|email|campaign|event|newsletter|drop|sale|early[- ]access|access|preview|night|day|week|launch|program(?:me)?|offer)s?\b)",
                    r"vip客户", r"优质客户", r"高净值", r"high[- ]tier")  # fmt: skip
MID_VALUE_WORDS = (r"mid[- ]tier", r"middle[- ]tier", r"mid[- ]value", r"medium[- ]value", r"中等价值", r"中价值")
LOW_VALUE_WORDS = (r"low[- ]value", r"low[- ]tier", r"low spenders", r"低价值", r"低消费")
LAPSED_WORDS = (r"lapsed", r"churned", r"dormant", r"inactive", r"gone quiet", r"gone cold", r"lost touch",
                r"流失客户", r"流失用户", r"已流失", r"沉默客户", r"沉睡客户", r"沉睡用户", r"沉睡会员", r"休眠客户", r"休眠用户", r"不活跃", r"久未购买", r"长期未购买", r"流失的",
                r"(?:沉睡|沉默|休眠)的?(?=\s*(?:那种|那批|那些)?\s*(?:老)?(?:客户|客|顾客|会员|粉丝?|用户|买家|人群|客群))")  # fmt: skip
#: "customers who haven't ordered in 6 months": the window comes after these words.
NOT_ORDERED_WORDS = (r"(?<=but )(?:did not|didn'?t|haven'?t|have not)\s+(?:bought|buy|ordered|order|purchased|purchase)(?: anything)?(?: since| yet)?(?=\s*(?:[,.;!?]|$))",
                     r"(?:been )?gone(?: quiet)?", r"(?:whose |their )?(?:last|only|single|one) (?:purchase|order) (?:was|is)(?! (?:with)?in\b| less\b| under\b| fewer\b)(?: more than| over)?",
                     r"lapsed", r"(?:have|has|had)?\s*n[o']?t (?:ordered|bought|purchased|shopped|placed an order)"
                     r"(?: anything| with us| from us)?",
                     r"(?:with )?no (?:orders?|purchases?)", r"nothing (?:ordered|bought|purchased)", r"not (?:ordered|bought|purchased|shopped)",
                     r"(?<=\bwho )(?:not|never)\s+(?:buy|order|purchase|shop)(?: anything| with us| from us)?(?=\s+(?:since|in|for|during|more than|over)\b)", r"(?<=but )nothing(?= since\b)",
                     r"(?:did not|didn'?t|do not|don'?t|does not|doesn'?t)\s+(?:buy|order|purchase|shop)(?: anything| with us| from us)?(?=\s+(?:since|in|for|during)\b)",
                     r"(?:is|are|was|were|has been|have been)?\s*not\s+(?:buying|ordering|purchasing|shopping)(?: anything| with us| from us)?(?=\s+(?:since|in|for|during)\b)",
                     r"(?<=, )(?:and\s+)?that\s+(?:was|is)(?=\s+(?:over|more than|at least)\s+\S+\s+\S+\s+ago\b)",
                     r"haven'?t been back", r"without (?:an order|a purchase|ordering|buying)", r"stopped (?:ordering|buying|purchasing|shopping)(?: with us| from us)?",
                     r"(?:but|and|yet)\s+nothing(?: at all| since)?(?=\s+(?:in|for|over|during|within)\s+(?:the\s+)?(?:last|past|\d+|two|three|four|five|six)\b)",
                     # "lapsed customers (nothing in 9 months)": the brackets say what lapsed means
                     r"(?<=\()\s*(?:nothing|no orders?|no purchases?)(?=\s+(?:in|for|over|during|within)\s+(?:the\s+)?(?:last|past|\d+|one|two|three|four|five|six|nine|twelve)\b)")
ZH_NOT_ORDERED = (r"(?:沉睡|沉默|休眠|不活跃|没活跃)(?=\s*(?:超过|了|已|\d|[一二三四五六七八九十半]))", r"没买(?!过)", r"没(?:有)?买过(?=的|东西|任何|嘢)", r"没有买(?!过)", r"没再买", r"没再下过?单", r"未再下过?单", r"未购买", r"没有购买", r"没购买", r"没有下过?单", r"未下过?单", r"没下过?单", r"未复购", r"没有复购", r"没(?:再)?复购", r"没(?:有)?回购", r"未回购", r"没(?:有)?(?:再)?来(?:过|了)?(?=的|[，,。；;]|$)",
                  r"未消费", r"没有消费", r"没买过(?:东西|嘢)", r"没有再购买", r"未购(?=[）)，,。、；]|$)", r"没有?下过?单", r"没来买")
ACTIVE_WORDS = (r"(?:have |has )?(?:ordered|bought|purchased|shopped)(?: something| anything)?",
                r"(?:whose |their |with a |with their )?last (?:purchase|order)(?: (?:was|is|placed))?(?= (?:with)?in\b| (?:in|over) the (?:last|past)\b)",
                r"(?:whose|their|with (?:a|their))\s+(?:only|one|single)\s+(?:purchase|order)(?:\s+(?:was|is))?(?:\s+placed)?(?= (?:with)?in\b| over the (?:last|past)\b)",
                # "whose first order was within the last 60 days" (not "in January": a first-order date, listed)
                r"(?:whose|their|with (?:a|their))\s+first\s+(?:purchase|order)(?:\s+(?:was|is))?(?:\s+placed)?(?= within\b| in the (?:last|past)\b| over the (?:last|past)\b)",
                r"active (?:buyers|customers|shoppers)", r"recent (?:buyers|customers|shoppers|purchasers)",
                # "customers with an order in the past 3 months", "placed a purchase within the last 60 days"
                r"(?:with|had|has|have|placed|made|and)\s+(?:an?|one|at least one|any)\s+(?:order|purchase)(?= (?:with)?in\b| (?:in|over) the (?:last|past)\b)",
                r"(?:did|does|do)\s+(?:buy|order|purchase)(?: something| anything)?(?= (?:with)?in\b| (?:in|over) (?:the )?(?:last|past)\b)")
ZH_ACTIVE = (r"购买过", r"下过单", r"(?:已经|已)买过(?=的)", r"(?<![没未不])(?<!没有)买过(?=\s*的?\s*(?:[、，,]|但|却|可是|然后|之后|以后)\s*(?:今年|最近|近|后来|之后|但|却|可是)?\s*(?:还|一直|都)?(?:没|未|不再|再也没))", r"下单过", r"有购买", r"有过购买", r"消费过", r"买过东西", r"有(?:过)?(?:下单|消费|订单|成交)(?:记录)?", r"活跃(?=的?(?:客户|用户|顾客|会员|粉丝|老粉|买家|老铁|家人们|人))")
REPEAT_WORDS = (r"(?:placed|made|have|has|with) (?:a )?(?:second|2nd) (?:order|purchase)", r"ordered (?:again|a second time)", r"repeat (?:buyers|customers|purchasers|shoppers)", r"returning customers", r"复购客户", r"复购用户", r"复购人群", r"复购(?:的)?(?:人数|顾客|买家)",
                r"回头客", r"复购过(?!\s*[\d一二两三四五六七八九十]+\s*(?:次|单))", r"有过?复购(?:记录|行为)?(?=的)")
#: 老客 / 老客户: customers who have bought before (at least one order), not necessarily twice.
EXISTING_WORDS = (r"已经下(?:过)?单(?:了)?", r"(?:已经|已)?(?:下|落)(?:了|过)?(?:第一|首)单", r"已下单", r"老客户", r"老客", r"existing customers")
ONE_TIME_WORDS = (r"one[- ]time (?:buyers|customers|purchasers|shoppers)", r"(?<!\bto )(?<!\binto )first[- ]time (?:buyers|customers|purchasers|shoppers)",  # convention 73
                  r"one[- ]off (?:buyers|customers|purchasers|shoppers)", r"one[- ]and[- ]done(?:s|\s+(?:buyers|customers|purchasers|shoppers))?",
                  r"single[- ]purchase", r"只下过一单", r"仅下过一单", r"只买过一单",
                  r"bought (?:only )?once", r"(?:only\s+)?ever\s+(?:bought|ordered|purchased|shopped)(?:\s+(?:from|with)\s+us)?\s+once",
                  r"only\s+(?:bought|ordered|purchased|shopped)(?:\s+(?:from|with)\s+us)?\s+once", r"only one order", r"(?:with |who placed |who made |who've made )?(?:a single|just one|exactly one) (?:order|purchase)", r"只买过一次", r"仅购买一次", r"一次性购买")
NEVER_ORDERED_WORDS = (r"never (?:ordered|bought|purchased)(?! (?:a|an|any|the|our)\b)", r"no orders? yet",
                       r"(?:have |has |had )?never (?:placed|made) (?:an? |any )?(?:orders?|purchases?)", r"(?:haven'?t|have not|hasn'?t|has not) (?:ever )?(?:placed|made) (?:an? |any )?(?:orders?|purchases?)(?: yet)?",
                       r"never (?:did |have |has )?(?:buy|bought|order|ordered|purchase|purchased) (?:nothing|anything)",
                       r"(?:signed up|registered) but (?:never|haven'?t) (?:ordered|bought)",
                       r"(?:haven'?t|have not|hasn'?t|has not) (?:ordered|bought|purchased)(?: anything)? yet", r"not (?:ordered|bought|purchased)(?: anything)? yet",
                       r"(?:are |is )?yet to (?:order|buy|purchase)(?: anything)?",
                       r"从未购买", r"从没购买", r"注册未购买", r"未下过单", r"从(?:来)?没有?(?:下过单|下单|买过东西|购买过?东西|消费过)",
                       r"从未(?:下过单|下单|消费过?)", r"一单都没(?:有)?下过", r"还没(?:有)?下过?单", r"尚未下单", r"还没(?:有)?(?:买过?|购买过?)东西",
                       r"还没(?:有)?(?:首单|首购)")
NEW_CUSTOMER_WORDS = (r"new customers(?! segment)", r"(?<!to )(?<!into )first[- ]time (?:buyers|customers|shoppers)", r"new sign-?ups",
                      r"recent sign-?ups", r"newcomers", r"new subscribers", r"new members", r"新客户", r"新客",
                      r"新用户", r"新注册")  # fmt: skip
ALL_CUSTOMER_WORDS = (
    r"all (?:of )?(?:our |my |the )?(?:customers|shoppers|subscribers|buyers|members|contacts|users|people|folks)",
    r"every(?:one|body| customer| shopper| subscriber)", r"(?:the )?(?:whole|entire|full) (?:customer )?(?:list|base|file|database)",
    r"全部客户", r"所有客户", r"所有用户", r"全部用户", r"全体会员", r"全量用户", r"所有会员", r"全部会员", r"全体客户", r"全体用户",
    r"(?<!其他)(?<!其余)所有人", r"全部人", r"每一位客户", r"每个客户",
)  # fmt: skip

OBJECTIVE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("winback", (r"win[- ]?back", r"recover(?:ing)? (?:the |our |old |lost |lapsed |inactive |dormant )*(?:customers|clients|buyers|shoppers)", r"(?:to |for )?recall (?:them|these|those|lapsed|old|inactive|customers|clients|buyers|shoppers|[a-z]+(?= who\b))", r"winning back", r"win (?:them|\w+) back", r"re-?engag\w*", r"re-?activat\w+", r"bring (?:them|'em|those|these|\w+) back", r"bring back(?! (?:your|their|an?|the) old\b)", r"get (?:them |\w+ )?back",
                 r"come back", r"wake (?:them |\w+ )?up", r"re-?ignit\w*", r"rekindl\w*", r"reviv(?:e|ing) (?:our |the |those |these )?(?:lapsed|dormant|inactive|sleeping)", r"slipping away", r"drifting away", r"lapsing", r"召回", r"挽回", r"唤醒", r"赢回", r"激活沉睡", r"重新激活", r"拉回")),
    ("clearance", (r"clearance", r"clear(?:ing)? (?:out|stock|inventory)", r"too much stock", r"(?:sell|move) (?:off )?(?:the )?(?:remaining|leftover|excess)", r"end[- ]of[- ]season", r"sell[- ]through",
                   r"overstock(?:ed|s)?", r"clear[- ]out", r"clear (?:the|our|these|those|them|all|remaining)\b(?! (?:way|air|path))", r"let'?s clear (?:it|them|these|those)\b", r"excess (?:stock|inventory)", r"liquidat\w+", r"清仓", r"清库存", r"库存清理", r"清(?:一下|一清|掉)?(?:库存|存货)",
                   r"去库存", r"季末", r"积压", r"滞销", r"压仓", r"压货", r"压了[\d多几百千万余]{1,8}[顶件双个套条箱根只台款]?(?:的)?货", r"清一清", r"订多了", r"清货", r"甩(?:货|卖)",
                   r"too many [\w-]+(?: [\w-]+)? (?:sitting|stuck|left) (?:in|on)", r"(?:sitting|stuck) in (?:the |our )?warehouse", r"surplus (?:stock|inventory|units)")),
    ("launch", (r"launch\w*", r"re-?launch\w*", r"early access", r"new arrivals?", r"新款", r"新上市", r"新推出", r"新到(?:的|货)", r"刚到货",
                r"new (?!customers|clients|custs|sign|subscribers|members|year|buyers|shoppers|users|people|season'?s? (?:sale|deals))(?:[\w-]+\s){0,3}?(?:line|collection|range|model|version|edition|colou?rways?|product)", r"introduc\w+(?!\s+(?:our\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:program(?:me)?|scheme|initiative|service|policy|story|values|mission)\b)", r"new collection", r"new range", r"debut", r"re-?introduc\w+",
                r"(?:推广|主推|上架|推)(?:我们的|一款|一个|下)?新(?!客|用户|会员|人|注册)",
                r"unveil\w*", r"新品", r"上新", r"发布", r"首发", r"推出(?!\S{0,3}(?:活动|满减|促销|优惠|折扣|券))", r"介绍(?!一下)(?![^，。；：:]{0,10}(?:计划|项目|服务|政策|理念|故事|价值观|流程|活动))")),
    ("cross_sell", (r"cross[- ]?sell\w*", r"upsell\w*", r"complete the (?:look|kit)", r"accessor(?:y|ies) for",
                    r"pair (?:with|them)", r"add-?ons?", r"交叉销售", r"搭配购买", r"连带销售", r"追加销售")),
    ("acquisition", (r"acquisition", r"welcome (?:series|flow|journey|e-?mails?|codes?|offers?)", r"welcome (?:them |new \w+ )?with\b", r"acquire", r"first[- ]purchase", r"first orders?", r"first[- ]time (?:purchase|order)", r"first[- ]time (?:buyers|customers)",
                     r"convert (?:prospects|sign-?ups|subscribers)", r"prospect\w*", r"拉新", r"获客", r"(?:goal|aim|objective|kpi)s?\s*(?:is|are|:|=)?\s*(?:to\s+(?:get|win|bring in|acquire|drive|grow|add|attract)\s+)?(?:more\s+)?new (?:customers|clients|buyers|shoppers)",
                     r"首单", r"首购", r"grow (?:the|our) (?:customer|client|buyer) base", r"new-to-file", r"(?:find|attract|bring in|win) (?:some )?new (?:customers|clients|buyers|shoppers)")),
    ("seasonal", (r"black friday", r"cyber monday", r"holiday (?:sale|campaign|season)", r"christmas",
                  r"back[- ]to[- ]school", r"summer sale", r"spring sale", r"mother'?s day", r"father'?s day",
                  r"valentine'?s?", r"singles'? day", r"prime day", r"new year", r"double 11", r"11\.11",
                  r"双十一", r"双11", r"双十二", r"双12", r"618", r"年货节", r"春节", r"情人节", r"母亲节",
                  r"父亲节", r"中秋", r"国庆", r"大促", r"黑五", r"黑色星期五", r"圣诞", r"开学季", r"元旦",
                  r"women'?s day", r"boxing day", r"38节", r"三八节", r"妇女节", r"女神节", r"七夕", r"qixi", r"golden week",
                  r"labou?r day", r"memorial day", r"thanksgiving", r"presidents'? day", r"(?:fourth|4th) of july",
                  r"independence day", r"劳动节", r"五一", r"端午", r"感恩节", r"easter", r"halloween",
                  r"columbus day", r"indigenous peoples'? day", r"EOFY", r"end of (?:the )?financial year",
                  r"bfcm", r"bf\s?/\s?cm", r"cyber (?:week|weekend|5|five)\b", r"黑五网一", r"giving ?tuesday", r"(?<![\d.,$¥€£])520(?=\s*(?:表白|告白|情人|节|大促|活动|当天|那天))",
                  r"网络情人节", r"表白日", r"暑假", r"暑期", r"summer (?:holidays?|break|vacation)", r"寒假", r"winter break", r"毕业季",
                  r"graduation (?:season|gifts?)", r"grad season", r"holiday (?:gifting|gift guide|gifts?|promo|push|deals?)", r"gift(?:ing)? season", r"99划算节", r"99大促", r"年终大促", r"年末大促", r"year[- ]end sale", r"双旦",
                  r"super bowl", r"diwali", r"holi\b", r"洒红节", r"hanukkah", r"spring break", r"prime big deal days?",
                  r"CNY(?=\s+(?:promo|promotion|sale|campaign|push|deals?|offers?|special|drop|gifting))", r"chinese new year", r"lunar new year", r"元宵", r"lantern festival", r"清明", r"踏青", r"qingming", r"earth day", r"地球日", r"veterans'? day", r"juneteenth", r"st\.? patrick'?s day")),
    ("retention", (r"retention", r"retain", r"keep (?:them|our)", r"loyalty(?!\s+(?:team|dept|department|manager|lead|folks)\b)", r"repeat purchases?",
                   r"replenish\w*", r"(?:second|2nd)[- ](?:purchases?|orders?)", r"buy again", r"thank[- ]you (?:e-?mails?|notes?|messages?|campaigns?|gifts?|offers?|cards?|sends?)", r"复购(?!的?(?:用户|客户|会员|买家|人群|顾客))", r"留存",
                   r"维系", r"回购", r"老客户关怀", r"会员关怀", r"促活", r"提升活跃", r"提高活跃",
                   # a paid membership renewed (decision 241); "already renewed" names a group, not the aim
                   r"renewals?", r"renew(?:s|ing)?\b", r"续费", r"續費", r"续约", r"續約", r"续会", r"續會", r"续订", r"續訂")),
]  # fmt: skip

OCCASIONS: dict[str, tuple[tuple[str, ...], tuple[int, int, int, int]]] = {
    # name: (patterns, (start month, start day, end month, end day))
    # Black Friday to Cyber Monday as one run ("BFCM", "Cyber Week"): before Black Friday alone
    "bfcm": ((r"bfcm", r"bf\s?/\s?cm", r"black friday\s*(?:/|&|\+|and|to|through|thru|[-–])\s*cyber monday", r"cyber (?:week|weekend|5|five)\b",
              r"黑五网一", r"黑五到网一"), (11, 20, 12, 3)),
    "black_friday": ((r"black friday", r"黑五", r"黑色星期五"), (11, 20, 11, 30)),
    "cyber_monday": ((r"cyber monday",), (11, 28, 12, 3)),
    "christmas": ((r"christmas", r"xmas", r"圣诞节?"), (12, 1, 12, 24)),
    "new_year": ((r"(?<!chinese )(?<!lunar )new year'?s?(?! resolution)", r"元旦"), (12, 26, 1, 3)),
    "valentines_day": ((r"valentine'?s?(?: day)?", r"情人节"), (2, 1, 2, 14)),
    "mothers_day": ((r"mother'?s day", r"母亲节"), (4, 27, 5, 10)),
    "fathers_day": ((r"father'?s day", r"父亲节"), (6, 1, 6, 21)),
    "back_to_school": ((r"back[- ]to[- ]school", r"开学季"), (8, 1, 8, 31)),
    "singles_day": ((r"singles'? day", r"double 11", r"11\.11", r"双十一", r"双11"), (11, 1, 11, 11)),
    "double_twelve": ((r"double 12", r"12\.12", r"双十二", r"双12"), (12, 1, 12, 12)),
    "womens_day": ((r"women'?s day", r"international women'?s day", r"38节", r"三八节?", r"妇女节", r"女神节", r"女王节"), (3, 1, 3, 8)),
    "boxing_day": ((r"boxing day", r"节礼日"), (12, 26, 12, 31)),
    "qixi": ((r"qixi", r"七夕(?:节)?", r"chinese valentine'?s day"), (8, 1, 8, 20)),
    "618": ((r"(?<!\d)618(?!\d)", r"6\.18", r"年中大促", r"年中促销"), (6, 1, 6, 18)),
    "spring_festival": ((r"spring festival", r"chinese new year", r"lunar new year", r"春节", r"年货节",
                         r"CNY(?=\s+(?:promo|promotion|sale|campaign|push|deals?|offers?|special|drop|gifting))"), (1, 10, 2, 10)),
    # Australia's end of financial year (June 30) sales
    "eofy": ((r"EOFY", r"end of (?:the )?financial year"), (6, 1, 6, 30)),
    "mid_autumn": ((r"mid[- ]autumn", r"中秋节?"), (9, 1, 9, 25)),
    "national_day": ((r"(?:china'?s |chinese |national day |国庆)golden week", r"国庆节?", r"(?<![\d一二三四五六七八九十双])[“\"「]?十一[”\"」]?(?=\s*(?:黄金周|小长假|长假|假期|期间|大促))"), (9, 25, 10, 7)),
    "prime_day": ((r"prime day",), (7, 8, 7, 16)),
    "halloween": ((r"halloween", r"万圣节"), (10, 15, 10, 31)),
    "easter": ((r"easter", r"复活节"), (3, 25, 4, 10)),
    "earth_day": ((r"earth day", r"地球日"), (4, 15, 4, 22)),
    "independence_day": ((r"(?:fourth|4th) of july", r"independence day", r"美国独立日"), (6, 25, 7, 4)),
    "st_patricks_day": ((r"st\.? patrick'?s day", r"saint patrick'?s day", r"圣帕特里克节"), (3, 10, 3, 17)),
    "may_day": ((r"劳动节", r"五一(?:小长假|假期|黄金周)?", r"may day"), (4, 24, 5, 5)),
    "dragon_boat_festival": ((r"端午节?", r"dragon boat(?: festival)?"), (5, 25, 6, 20)),
    # lunar and solar-term days, on fixed approximate windows like the spring festival's
    "lantern_festival": ((r"元宵节?", r"lantern festival"), (2, 10, 3, 5)),
    "qingming": ((r"清明(?:节|小长假|假期)?", r"qingming(?: festival)?", r"tomb[- ]sweeping day"), (3, 28, 4, 6)),
    # more days a store plans for; the lunar and moving ones (Ramadan, Diwali's exact night) keep an approximate window
    "520": ((r"(?<![\d.,$¥€£])520(?=\s*(?:表白|告白|情人|节|大促|活动|当天|那天))", r"5\.20(?=\s*(?:表白|告白|情人节))", r"网络情人节", r"表白日"), (5, 10, 5, 20)),
    "giving_tuesday": ((r"giving ?tuesday",), (11, 26, 12, 3)),
    "veterans_day": ((r"veterans'? day",), (11, 1, 11, 11)),
    "juneteenth": ((r"juneteenth",), (6, 10, 6, 19)),
    "summer_holidays": ((r"暑假", r"暑期", r"summer (?:holidays?|break|vacation)"), (7, 1, 8, 31)),
    "winter_holidays": ((r"寒假", r"winter break"), (1, 15, 2, 28)),
    "graduation": ((r"毕业季", r"graduation (?:season|gifts?)", r"grad season"), (5, 15, 6, 30)),
    "double_nine": ((r"99划算节", r"99大促"), (9, 1, 9, 9)),
    "year_end_sale": ((r"年终大促", r"年末大促", r"year[- ]end sale"), (12, 1, 12, 31)),
    "double_dan": ((r"双旦",), (12, 20, 1, 3)),
    "super_bowl": ((r"super bowl",), (2, 1, 2, 9)),
    "diwali": ((r"diwali", r"deepavali", r"排灯节", r"屠妖节"), (10, 15, 11, 10)),
    "holi": ((r"holi\b(?:\s+festival)?", r"洒红节"), (2, 25, 3, 25)),  # a lunar date in March: the request's own dates (decision 217)
    # lunar and Islamic-calendar days on approximate windows (set 14 decision 188): Ramadan's month, the run-up to
    # Hari Raya (Eid al-Fitr), Korea's Chuseok (the mid-autumn day), Japan's Golden Week
    "ramadan": ((r"ramadan", r"斋月"), (2, 10, 3, 20)),
    "hari_raya": ((r"hari raya(?: aidilfitri| puasa)?", r"aidilfitri", r"eid(?: al-| ul-|-ul-)?fitr", r"开斋节"), (3, 5, 3, 21)),
    "chuseok": ((r"chuseok", r"korean thanksgiving", r"秋夕"), (9, 10, 9, 26)),
    "golden_week": ((r"(?<!国庆)golden week", r"ゴールデンウィーク"), (4, 25, 5, 6)),
    "hanukkah": ((r"hanukkah", r"chanukah"), (12, 1, 12, 25)),
    "spring_break": ((r"spring break",), (3, 1, 3, 31)),
    "prime_big_deal_days": ((r"prime big deal days?", r"october prime day"), (10, 6, 10, 9)),
}  # fmt: skip

#: Occasions on a weekday of their month (US holidays): name -> (patterns, (month, weekday 0=Mon, nth or -1
#: for the last, days of lead-up before the day)); the dates come from dateutil's relativedelta.
MOVABLE_OCCASIONS: dict[str, tuple[tuple[str, ...], tuple[int, int, int, int]]] = {
    "labor_day": ((r"labou?r day(?: weekend)?",), (9, 0, 1, 10)),
    "memorial_day": ((r"memorial day(?: weekend)?",), (5, 0, -1, 10)),
    "thanksgiving": ((r"thanksgiving", r"感恩节"), (11, 3, 4, 10)),
    "presidents_day": ((r"presidents'? day", r"president'?s day"), (2, 0, 3, 7)),
    "columbus_day": ((r"columbus day", r"indigenous peoples'? day"), (10, 0, 2, 7)),
}  # fmt: skip

#: English month names and abbreviations (and "sept") -> month number; one table for the window, look-backs and periods.
MONTHS: dict[str, int] = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2),
           "春季": (3, 5), "春天": (3, 5), "夏季": (6, 8), "夏天": (6, 8), "秋季": (9, 11), "秋天": (9, 11),
           "冬季": (12, 2), "冬天": (12, 2)}  # fmt: skip

# Category synonyms for the demo catalogue (slug -> phrases); every workspace's slugs and labels match too.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "trail-running-shoes": (r"trail[- ]running shoes?", r"trail runners", r"trail shoes?", r"trail running",
                            r"trail[- ]runners?(?= shoes?)", r"越野跑鞋", r"越野鞋", r"越野跑"),
    "road-running-shoes": (r"road[- ]running shoes?", r"road shoes?", r"road runners", r"road running",
                           r"公路跑鞋", r"路跑鞋"),
    "hiking-boots": (r"hiking boots?", r"(?:hill ?)?walking boots?", r"boots", r"boot(?=\s+(?:purchases?|orders?|buys?|buyers?|owners?|sales?|shoppers?)\b)", r"hiking shoes?", r"trekking boots?", r"登山靴", r"徒步鞋",
                     r"登山鞋", r"徒步靴"),
    "rain-jackets": (r"rain ?jackets?", r"rain ?jkts?", r"rain shells?", r"rain gear", r"rainwear", r"waterproof jackets?", r"waterproofs",
                     r"shells", r"hardshells?", r"冲锋衣", r"雨衣", r"防水夹克", r"防雨外套",
                     r"rain ?coats?", r"waterproof (?:shells?|coats?)", r"防水(?:的)?外套", r"防水衣", r"防水上衣", r"风雨衣", r"雨(?:褛)"),
    "insulated-jackets": (r"保暖夹克", r"insulated jackets?", r"down jackets?", r"winter (?:jackets?|coats?)", r"冬季外套", r"冬装外套", r"puff(?:y|ies|er jackets?|ers)", r"parkas?",
                          r"insulation", r"羽绒服", r"保暖(?:的)?外套", r"棉服", r"羽绒夹克", r"羽绒外套", r"羽绒衣", r"棉外套", r"羽绒"),
    "base-layers": (r"打底衣", r"打底", r"base ?layers?", r"merino(?: tops| layers)?(?!\s+(?:(?:running|hiking|trail|crew|ankle|wool)\s+)?(?:socks?|beanies?|gloves?|buffs?|gaiters?|caps?))", r"thermals?", r"排汗内衣", r"打底层",
                    r"速干内衣", r"美利奴", r"基础层", r"保暖内衣", r"保暖衣", r"秋衣"),
    "running-apparel": (r"running apparel", r"running clothes", r"running clothing", r"run(?:ning)? shorts",
                        r"running tops", r"running tights", r"singlets?", r"running gear(?! shoes)",
                        r"跑步服", r"跑步服装", r"跑步短裤", r"运动服"),
    "socks": (r"socks?", r"袜子", r"跑步袜", r"运动袜", r"登山袜", r"羊毛袜", r"跑袜", r"徒步袜", r"袜"),
    "backpacks": (r"backpacks?", r"daypacks?", r"rucksacks?", r"(?<!case )(?<!multi)(?<!multi-)(?<!value )(?<!six-)(?<!6-)(?<!twin )(?<!variety )(?<!pair )packs(?! of)", r"背包", r"双肩包", r"登山包"),
    "hydration-vests": (r"hydration (?:vests?|packs?)", r"race vests?", r"running vests?", r"vests?", r"水袋背心",
                        r"跑步背心", r"越野背心", r"补水背心", r"补给背心", r"越野跑背心"),
    "headlamps": (r"headlamps?", r"head ?torch(?:es)?", r"头灯"),
    "tents": (r"tents?", r"bivys?", r"帐篷"),
    "sleeping-bags": (r"sleeping bags?", r"quilts?", r"睡袋"),
    "trekking-poles": (r"trekking poles?", r"hiking poles?", r"walking poles?", r"(?<!carbon )poles", r"登山杖",
                       r"徒步杖", r"手杖"),
    "accessories": (r"accessories", r"gaiters?", r"caps(?!\s+(?:at|on|of|discounts?)\b)", r"(?:running|baseball|trucker|sun|wool|trail|a) caps?", r"beanies?", r"gloves?", r"buffs?", r"配件", r"配饰", r"防晒帽", r"遮阳帽", r"跑步帽", r"运动帽", r"鸭舌帽",
                    r"帽子", r"手套", r"护腿", r"(?:knit|knitted|wool|winter|beanie) hats?", r"毛线帽", r"针织帽", r"冷帽", r"羊毛帽", r"绒线帽"),
}  # fmt: skip
#: Words that span several categories (slug lists).
CATEGORY_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "running shoes": ((r"(?:trail|road)\s*(?:or|and|/|&|\+|,)\s*(?:trail|road)[- ]running shoes?", r"running shoes?", r"runners(?= shoes)", r"running sneakers", r"跑鞋", r"跑步鞋"),
                      ("road-running-shoes", "trail-running-shoes")),
    "trail gear": ((r"trail gear", r"trail[- ]running gear", r"越野装备", r"越野跑装备"),
                   ("trail-running-shoes", "hydration-vests")),
    "footwear": ((r"footwear", r"shoes", r"鞋子", r"鞋类", r"鞋"),
                 ("trail-running-shoes", "road-running-shoes", "hiking-boots")),
    "jackets": ((r"jackets", r"outerwear", r"外套", r"夹克"), ("rain-jackets", "insulated-jackets")),
    "hiking gear": ((r"hiking (?:gear|equipment|kit)", r"trekking gear", r"徒步装备", r"登山装备"), ("hiking-boots", "trekking-poles", "backpacks")),
    "camping gear": ((r"camping gear", r"camping equipment", r"露营装备", r"露营用品"), ("tents", "sleeping-bags")),
    # clothing in an outdoor store: every category worn above the socks
    "apparel": ((r"apparel", r"clothing", r"clothes", r"服装", r"服饰", r"衣服"),
                ("rain-jackets", "insulated-jackets", "base-layers", "running-apparel")),
}  # fmt: skip

#: People named by their activity ("hikers", "trail runners", 露营爱好者): when no purchase names the audience,
#: they are the buyers of the activity's core categories (the reading says so with the words it came from).
PERSONAS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "road and trail runners": ((r"(?:road|trail)\s*(?:\+|&|and|/|or|,)\s*(?:road|trail)[- ]runners", r"(?:路跑|越野跑)(?:和|与|及|、|/|\+)(?:路跑|越野跑)(?:者|跑友|爱好者)"),
                               ("road-running-shoes", "trail-running-shoes")),
    "trail runners": ((r"trail[- ]runners", r"越野跑者", r"越野跑友", r"越野跑爱好者", r"越野跑步爱好者"),
                      ("trail-running-shoes",)),
    "road runners": ((r"road runners", r"路跑者", r"路跑爱好者"), ("road-running-shoes",)),
    # "runners" alone, 跑者: the buyers of running shoes or running apparel (README decision 253; it had added no condition)
    "runners": ((r"(?<![\w-])(?<!trail )(?<!road )(?<!night )(?<!trail-)(?<!road-)(?-i:runners)(?!\s+shoes)"
                 r"(?!\s+(?:who|that)\s+(?:signed|registered|ran|run|joined|attended|entered|came|visited|stopped|raced|finished))", r"(?<!越野)(?<!路)跑者", r"(?<!越野)跑友",
                 r"(?<!越野)跑步爱好者", r"跑步人群", r"(?:爱|喜欢|常)跑步的(?:人|用户|客户|客人|会员|朋友|顾客|老客|粉丝)"),
                ("road-running-shoes", "trail-running-shoes", "running-apparel")),
    "hikers": ((r"hikers", r"hill ?walkers", r"trekkers", r"徒步爱好者", r"徒步者", r"驴友", r"登山爱好者", r"户外徒步人群", r"(?:爱|喜欢|常)?(?:徒步|爬山|登山)的(?:人|用户|客户|客人|会员|朋友|顾客|老客|粉丝|玩家)"),
               ("hiking-boots",)),
    "campers": ((r"campers", r"露营爱好者", r"露营者", r"露营人群", r"(?:爱|喜欢|常)?露营的(?:人|用户|客户|客人|会员|朋友|顾客|老客|粉丝|玩家)"), ("tents", "sleeping-bags")),
    "backpackers": ((r"backpackers", r"重装徒步爱好者"), ("backpacks", "tents", "sleeping-bags")),
}  # fmt: skip



AB_WORDS = (r"测试一下", r"测试(?:两种|两个|两套|不同的?)", r"测(?:一下)?(?:两个|两种|两版|两套)", r"a/b[- ]?test(?:ing)?", r"ab[- ]?test(?:ing)?", r"split[- ]test(?:ing)?", r"test (?:two|2|different) (?:versions|variants|subject)", r"try (?:two|2|three|3|a couple of|different) (?:versions|variants|variations|takes)",
            r"compare (?:an? |the )?(?:morning|evening|afternoon|weekday|weekend|early|late)\s+sends?\s+(?:with|to|against|and|vs\.?)",
            r"(?<![预检监推观])测(?:一下|试一下)?[^，。；,;]{1,10}?(?:和|跟|与|还是)[^，。；,;]{1,10}?的?(?:区别|差别|差异)",
            r"a/b", r"AB测试", r"A/B测试", r"ab测试", r"对比测试", r"测试两个版本",
            r"\bA\s?vs\.?\s?B\b", r"做个\s?A/?B", r"A/?B\s?测", r"两版", r"一组[\u4e00-\u9fff]{1,4}一组",
            # with against without one thing: "测一下有券和没券的差别", "coupon vs no coupon", "with and without the code"
            r"(?:有|带|发|用)(?P<x>[\u4e00-\u9fff]{1,3})(?:和|跟|与|对比|vs\.?)(?:没|无|不带|不发|不用)(?P=x)",
            r"\b(?P<y>[a-z][\w-]+) (?:vs\.?|versus|against|or) no (?P=y)\b",
            r"\bwith (?:vs\.?|versus|and|or|against) without\b",
            r"\btest (?:whether|if) .{1,40}?\b(?:beats?|outperforms?|does better than|works better than|converts better than|vs\.?|versus)\b",
            # "split 50/50 between two creatives", "test 10% vs 15% off", 测试九折和八五折哪个效果好
            r"\bsplit (?:it |the (?:audience|list|send) )?(?:50/50|50-50|evenly|in half|in two)\s+(?:between|across)\b",
            # an experiment doc: "Control: no offer. Treatment: 15% off", 对照组不发券，实验组发满300减50
            r"\bcontrol\s*[:=][^\n]{0,60}?\btreatment\s*[:=]", r"对照组[^\n]{0,20}?实验组|实验组[^\n]{0,20}?对照组",
            r"测试?[^，。；,;]{1,12}?(?:和|跟|与|还是|vs\.?)[^，。；,;]{1,12}?(?:哪个|哪种|哪一个|谁)(?:的)?(?:效果|转化率?|打开率?|点击率?|ROI|回报)?(?:更)?(?:好|高|强|多)")  # fmt: skip
AB_ELEMENTS = {
    "subject": (r"subject(?: lines?)?", r"标题", r"主题"),
    "offer": (r"offers?", r"discounts?", r"coupons?", r"promo(?: codes?)?", r"(?:discount |promo )?codes?", r"vouchers?",
              r"free (?:shipping|delivery|gift)", r"\d+\s?% off", r"[$€£]\d+ off", r"包邮", r"满减", r"[一二三四五六七八九]{1,2}折",
              r"折扣", r"优惠", r"券", r"红包", r"满减"),
    "timing": (r"send times?", r"timing", r"time of day", r"morning", r"evening", r"afternoon", r"weekends?", r"发送时间", r"时间",
               r"早上", r"晚上", r"上午", r"下午", r"\d{1,2}\s?(?:am|pm)", r"(?:早|晚)上?\d{1,2}点"),
    "channel": (r"channels?", r"渠道", r"一组(?:短信|邮件|推送)一组(?:短信|邮件|推送)"),
    "creative": (r"creatives?", r"images?", r"visuals?", r"designs?", r"hero (?:images?|shots?|banners?)", r"banners?", r"创意", r"图片", r"素材",
                 r"主图", r"头图", r"海报"),
    "message": (r"messag(?:es|e|ing)", r"copy", r"urgency", r"benefits?", r"tone", r"文案", r"话术"),
}

METRIC_WORDS: dict[str, tuple[str, ...]] = {
    "revenue": (r"revenue", r"sales", r"gmv", r"how much (?:money )?did (?:we|it|that|they) (?:make|earn|bring in|take in|generate)", r"would (?:return|bring in)", r"营收", r"销售额", r"GMV", r"收入", r"成交额", r"(?:能|可以|会)?卖多少钱", r"卖出多少钱", r"最?赚钱", r"makes? (?:us )?(?:the )?most money"),
    "conversions": (r"conversions?", r"conversion rates?", r"convert\w*", r"转化", r"订单量",
                    r"(?:expected|projected|estimated|predicted) (?:number of )?orders", r"how many orders(?=\s+(?:next|would|will|could|can|from|if|do|does|did|should))",
                    r"(?:带来|产生|出|卖出?)多少(?:单|订单|笔订单)", r"多少单",
                    r"how many (?:extra|additional|incremental|more|fewer|less|lost) (?:orders|purchases|sales)", r"(?:extra|additional|incremental) orders",
                    r"(?:能|可以|会)?(?:召回|唤醒|拉回)多少(?:人|个人|客户|用户)?"),
    "reach": (r"reach", r"触达"),
    "clicks": (r"clicks?", r"ctr", r"click[- ]through", r"点击"),
    "opens": (r"opens?", r"open rates?", r"打开率", r"开信率"),
    "aov": (r"aov", r"average order value", r"basket size", r"客单价", r"spends? (?:more|less|the most|most) per order", r"(?:spend|revenue) per order",
            r"order size", r"每单(?:花|消费)"),
    "retention": (r"retention rate", r"repeat(?: purchase| order|-purchase)? rate", r"repurchase rate", r"(?:second|2nd)[- ]order rate", r"复购率", r"留存率", r"回购率"),
    "roi": (r"ROI优先", r"roi", r"roi-wise", r"投入产出比?", r"回报率", r"roas", r"return on (?:ad )?spend", r"投资回报", r"投产比", r"payback(?: period)?", r"回本周期",
            r"pay(?:s|ing)?\s+(?:for\s+)?itself", r"pay(?:s|ing)?\s+(?:it\s+)?back", r"break[- ]?even", r"回本", r"保本", r"投资报酬率", r"投报率"),
}  # fmt: skip

REFUSE_WORDS = (r"(?:e-?mail|email) address(?:es)?", r"emails of", r"their emails", r"phone numbers?", r"mobile numbers?",
                r"contact (?:details|info)", r"home address(?:es)?", r"full names", r"names and (?:emails|phones)",
                r"export (?:their|the customers'?) (?:emails|phones|contacts)", r"credit cards?", r"passwords?",
                r"ignore (?:all |your |previous |prior )?instructions", r"system prompt", r"邮箱地址", r"手机号",
                r"电话号码", r"联系方式", r"(?:客户|用户|会员|顾客)名单", r"名单导出", r"导出[^，。？]{0,10}名单",
                r"customer list(?! size)", r"(?:export|download|pull|send me) (?:a |the )?(?:full )?(?:customer|contact|subscriber) list",
                r"(?:give|send|get|pull|export)(?: me| us)? (?:a |the )?(?:full )?list of (?:the |our |all )?(?:customers|people|buyers|shoppers|members|subscribers|users)", r"(?:give|send|get|pull|export|share|show|list|dump)(?: me| us)? (?:the |their |all |all the )?(?:e-?mails?|phones?|phone numbers?|mobiles?|(?:home |postal )?address(?:es)?|(?:full )?names?|birthdays?)(?:\s*(?:,|&|\+|and|or)\s*(?:the |their )?(?:e-?mails?|phones?|phone numbers?|mobiles?|(?:home |postal )?address(?:es)?|(?:full )?names?|birthdays?))+ (?:of|for|on)\b", r"把[^，。？]{0,12}(?:邮箱|手机号|电话|姓名|地址)", r"(?:邮箱|手机号|电话|姓名)(?:发给我|导出|给我|列表)", r"家庭住址", r"姓名和", r"身份证", r"忽略(?:之前|以上|所有)的?指令", r"系统提示")  # fmt: skip
