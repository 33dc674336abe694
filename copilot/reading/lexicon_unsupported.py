"""The reader's vocabulary of audience conditions on data the workspace does not hold (gender, age, returns,
support tickets, countries, states, loyalty tiers…): each is listed under Not applied by
:mod:`copilot.reading.unsupported`, never dropped and never read as a condition it is not."""

from __future__ import annotations

#: Audience conditions on data the workspace does not hold (reported as Not applied, affects audience).
_US_STATES = (r"(?:california|texas|florida|colorado|oregon|washington state|utah|arizona|nevada|montana|idaho|"
              r"wyoming|new mexico|alaska|hawaii|illinois|ohio|michigan|minnesota|wisconsin|iowa|missouri|kansas|"
              r"nebraska|indiana|georgia|north carolina|south carolina|virginia|tennessee|kentucky|alabama|"
              r"louisiana|massachusetts|new jersey|pennsylvania|maine|vermont|new hampshire|connecticut|maryland)\b")
UNSUPPORTED_AUDIENCE: dict[str, tuple[str, ...]] = {
    # (not "women's base layers", 女性跑步服饰: who the products are made for, copilot.reading.product_gender)
    "gender": (r"\bwomen\b(?!['’]s\s)", r"\bmen\b(?!['’]s\s)", r"\bfemale\b", r"\bmale\b", r"ladies(?!['’]?\s+(?:[a-z-]+\s+)?(?:jackets?|layers?|shoes|boots|socks|apparel|tights|vests?))",
               *(rf"{w}(?!的?(?:跑步|冲锋|羽绒|保暖|基础|登山|徒步|越野|速干|抓绒|服|衣|裤|鞋|袜|款|外套|夹克|背心|内衣))" for w in ("女性", "男性", "女士", "男士", "女生", "男生"))),
    "age": (r"\baged? (?:over |under |between )?\d{2}(?:\s*(?:-|–|to)\s*\d{2})?", r"\d{2}\s*-\s*\d{2} year[- ]olds",
            r"\bage[ds]? (?:over|under|between|\d)", r"(?:(?<=women )|(?<=\bmen ))(?:over|under) \d{2}\b(?!\s*(?:%|percent|dollars|orders))", r"\bover \d{2}s?\b(?!\s*(?:%|percent|[A-Za-z]))", r"\bover \d{2}\s*(?:year[- ]olds?|years? old|yo)\b", r"gen[- ]?z", r"millennials", r"boomers",
            r"students?", r"\d{2}后", r"年轻人", r"学生", r"\d{1,2}\s*(?:-|~|～|到|至)\s*\d{1,2}\s*岁", r"\d{1,2}岁(?:以上|以下|左右)?",
            r"中老年", r"老年人", r"银发", r"老年(?:用户|客户|顾客|群体|人群|会员|朋友)", r"seniors", r"retirees", r"teen(?:ager)?s",
            # "customers over 60 bought boots", "female customers under 30": an age after the people it describes
            r"(?:(?:customers|members|buyers|users|subscribers) |(?<=female )|(?<=male ))"
            r"(?:over|under|above|below|older than|younger than) \d{2}\b(?!\s*(?:%|percent|dollars?|bucks|orders?|purchases?|items?|times|days?|"
            r"weeks?|months?|years? (?:ago|of)|k\b|usd|eur|gbp|rmb|元|块|[$€£¥+.,]\d))"),
    # people named by an activity the catalogue sells nothing for (hikers, campers, trail runners are read as buyers)
    "cycling gear to tell cyclists by (the catalogue sells none)": (
        r"cyclists", r"bikers", r"(?:road |mountain )?bike riders", r"mountain bikers", r"骑行者", r"骑友", r"骑行爱好者", r"骑行人群",
        r"(?:爱|喜欢|常)?骑(?:行|车)的(?:人|用户|客户|会员|朋友)"),
    "gift purchases": (r"gift (?:buyers|purchasers|shoppers)", r"bought (?:it )?as a gift", r"送礼(?:的)?(?:人群|客户|用户|顾客|买家)", r"买来送礼"),
    "cart or browsing activity": (r"abandon(?:ed)? (?:their )?(?:carts?|baskets?|checkouts?)", r"cart abandon\w*",
                                  r"abandon(?:ed)?\b[^.,;]{0,30}\bin (?:their|the|a) (?:shopping )?(?:carts?|baskets?)",
                                  r"(?:left|added) [^.,;]{0,30}\b(?:to|in) (?:their |the |a )?(?:shopping )?(?:carts?|baskets?)"
                                  r"(?: but (?:never|didn'?t|did not|haven'?t|have not|not) (?:checked out|check ?out|completed? (?:the |their )?(?:order|purchase|checkout)|buy|bought|purchased?))?",
                                  r"shopping carts?", r"abandoners",

                                  r"(?:viewed|looked at|checked out|browsed)(?: (?:the |our |a )?[\w-]+(?: (?:pages?|products?|listings?|bags?))?)?"
                                  r"(?: (?:in|within|over|during) (?:the )?(?:last|past) (?:\d+|a|two|three|seven|fourteen|thirty) (?:days?|weeks?|months?))?,? but (?:didn'?t|didnt|did not|never|haven'?t|have not|not)"
                                  r" (?:buy|bought|purchase|purchased|order|ordered|convert|converted)(?: (?:it|them|one|anything))?",
                                  r"browsed(?: (?:the |our )?[\w-]+(?: [\w-]+)?)?(?= but| and|[,.;]|$)", r"browsed",
                                  r"viewed (?:the |our )?(?:product|page|site)", r"visited (?:the |our )?(?:site|website|store)",
                                  r"wishlists?", r"wish lists?", r"加购", r"购物车", r"浏览过", r"收藏"),
    # "customers on iOS vs Android", "opened it on a desktop", 用iPhone的用户, 新版APP的用户: the data has no device per customer
    "devices and app versions": (r"(?:(?:(?:android|ios|iphone)\s+)?(?:app\s+)?users\s+)?(?:on|using|uses|use|with|from)\s+(?:an?\s+|their\s+|the\s+)?(?:ios|android|iphones?|ipads?|desktops?(?:\s+computers?)?|laptops?|tablets?|macs?)"
                                 r"(?:\s+(?:vs\.?|versus|or|and|&|/)\s+(?:ios|android|iphones?|ipads?|desktops?|laptops?|tablets?|macs?|mobile))?",
                                 r"(?:the\s+)?(?:latest|newest|old|older|outdated|current)\s+(?:version of (?:the|our) app|app versions?)",
                                 r"(?:on\s+)?app versions?(?:\s+[\d.]+(?:\s+or\s+(?:later|higher|above|newer|older|below)|\+)?)?",
                                 r"(?:用|使用)(?:的是)?(?:iPhone|苹果手机|苹果|安卓手机|安卓|华为手机|小米手机|iPad|平板|电脑)(?:的)?(?:用户|客户|顾客|人)?",
                                 r"(?:新版|旧版|老版本?|最新版)(?:本)?(?:的)?APP(?:的)?(?:用户|客户)?", r"APP版本[^，。；,;？?\n]{0,10}"),
    "app usage": (r"(?:android|ios|iphone) (?:app )?users", r"app users", r"downloaded the app", r"app安装", r"APP用户",
                  r"安卓", r"苹果用户"),
    "family status": (r"parents", r"moms", r"dads", r"families", r"mothers(?!'?\s*day)", r"fathers(?!'?\s*day)", r"宝妈", r"父母",
                      r"(?:with|have|has)\s+(?:young\s+|small\s+|little\s+)?(?:kids|children|toddlers|babies)(?:\s+(?:under|aged?)\s+\d{1,2})?", r"couples",
                      r"有(?:孩子|小孩|娃|宝宝)的(?:家庭)?(?:用户|客户|顾客|会员)?", r"带娃的(?:用户|客户|顾客|会员|家长)?", r"亲子家庭", r"情侣(?:用户|客户|顾客|会员)?", r"已婚(?:用户|客户|人群)?"),
    # "homeowners", "customers who have pets", 养了宠物: a household the data does not describe
    "household (home, pets)": (r"home ?owners", r"renters", r"(?:pet|dog|cat) owners", r"(?:have|has|own|owns)\s+(?:a\s+)?(?:pets?|dogs?|cats?)\b",
                               r"养(?:了|过)?(?:宠物|狗|猫)", r"宠物主", r"铲屎官", r"有房(?:一族)?(?:的)?(?:用户|客户)?"),
    "birthday": (r"birthdays?(?: (?:is |falls )?(?:in|this|next) \w+)?", r"生日在本月", r"本月生日", r"生日"),
    "loyalty programme": (r"loyalty (?:program(?:me)?|members|points|tier)", r"rewards? members",
                          r"(?:gold|silver|platinum|platnum|bronze|diamond|black|elite|top)[- ]tier(?: members| customers)?",
                          r"(?:gold|silver|platinum|platnum|bronze|diamond)\s+(?:members|tier)(?:\s+within\s+\$?\d[\d,]*\s+of\s+(?:gold|platinum|diamond))?",
                          r"(?:have|with|has)\s+(?:(?:over|more than|at least|above|under|fewer than|less than)\s+)?[\d,]+\+?\s+(?:reward\s+|loyalty\s+)?points", r"[\d,]+\+\s+(?:reward\s+|loyalty\s+)?points",
                          r"(?:haven'?t|have not|never|didn'?t|not)\s+redeemed\s+(?:their\s+|any\s+)?points(?:\s+in\s+(?:the\s+last\s+)?\d+\s+(?:days|months))?",
                          # 积分超过5000的银卡会员, 成长值满2000的, 金卡及以上会员: one clause each (set 12 decision 152)
                          r"(?:积分|成长值)(?:超过|满|大于|不少于|达到|在)?\s*[\d,]+\s*(?:分)?(?:以上|及以上)?(?:的)?(?:(?:金卡|银卡|黑卡|钻石卡|白金卡|铂金卡)?(?:会员|用户|客户))?",
                          r"(?:金卡|银卡|黑卡|钻石卡|白金卡|铂金卡)(?:(?:和|、|及|与)(?:金卡|银卡|黑卡|钻石卡|白金卡|铂金卡))*(?:及以上|以上)?(?:会员|用户|客户)?", r"积分", r"会员等级(?!运营|管理|体系)"),
    # "customers of Chinese heritage", 华裔客户: the data holds no ethnicity (and a plan should not select people by it)
    "ethnicity or heritage": (r"(?:of|with)\s+(?:an?\s+)?[\w-]+\s+(?:heritage|descent|ancestry|ethnicity|ethnic background|origins?)\b",
                              r"\bethnic(?:ity|ities|ally)?\b(?:\s+(?:groups?|minorities|background|communities))?",
                              r"\b(?:hispanic|latin[oax]s?|latinx|asian[- ]americans?|african[- ]americans?|chinese[- ]americans?|"
                              r"korean[- ]americans?|native americans?)(?:\s+(?:customers|shoppers|buyers|members|subscribers|people|users|families|communities))?",
                              r"华裔|华人(?:客户|用户|顾客|会员|群体)?|少数民族|(?:汉族|族裔|种族)(?:的)?(?:客户|用户|顾客|人群)?"),
    "returns": (r"(?:the\s+)?(?:most|fewest|highest|lowest|number of|count of|share of|rate of)\s+returns?(?:\s+rates?)?\b(?!\s+(?:on|from)\s+(?:ad|spend|investment|ads))",
                r"\breturn rates?\b(?!\s+(?:on|from)\s+(?:ad|spend|investment))", r"\breturns? (?:volume|count|numbers?)\b",
                r"退货(?:率|最多|最少|数量|量|次数)|退货(?:的)?(?:订单|商品)", r"returned (?:an item|items|a product|products|their orders?|something|anything|(?:a|an|the|their) [\w-]+(?: (?!in\b|on\b|within\b|during\b|over\b|last\b|this\b|since\b|and\b|or\b)[\w-]+)?)",
                r"退过?货", r"(?:got|received|asked for|requested|had) (?:a |their )?refunds?", r"refund(?:ed|s)?", r"退款"),
    "support contacts or complaints": (r"contacted (?:customer )?(?:support|service|care)", r"complained", r"(?:filed|made|raised|logged|lodged) (?:a )?complaints?", r"(?:an? )?(?:open |support )?tickets?(?: older than \d+ days)?",
                                       r"投诉过?的?", r"客诉", r"(?:找|联系)过客服"),
    # "AOV over $120 customers", 客单价超过500元的用户: a customer's average order value is not held (spend and order counts are)
    "average order value": (r"(?:aov|average order value|avg\.? order value|average basket(?: size)?|客单价|平均客单价)\s*(?:of\s+|is\s+|was\s+)?"
                            r"(?:over|above|under|below|at least|more than|less than|greater than|north of|>=?|<=?|超过|高于|大于|低于|小于|不低于|不少于|在|达到|≥|≤)\s*"
                            r"(?:[$€£¥]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:k|K|元|块|dollars|usd|USD|RMB|rmb)(?![A-Za-z]))?(?:\s?(?:以上|以下))?",),
    "bounces or spam complaints": (r"(?:hard |soft )?bounced(?: emails?)?", r"(?:hard|soft) bounces?", r"bounce(?:s|d)? back", r"marked (?:us |our emails? |it )?as spam",
                                   r"spam complaints?", r"退信", r"邮件退回", r"投诉垃圾邮件", r"标记为垃圾邮件"),
    # "deal hunters", 只在打折时购买的: whether an order used a discount is not held
    "discount use": (r"(?:only|just)\s+(?:ever\s+)?(?:buy|bought|shop|shopped|purchase|purchased|order|ordered)s?\s+(?:on|during|in|with|when (?:there'?s|we have|we run) an?)\s+"
                     r"(?:a\s+)?(?:sales?|discounts?|promos?|promotions?|coupons?|markdowns?)", r"deal[- ]hunters?", r"bargain[- ]hunters?", r"deal[- ]seekers?",
                     r"discount[- ](?:shoppers|seekers|buyers|hunters|driven (?:customers|shoppers|buyers))", r"coupon (?:users|clippers|redeemers)",
                     r"(?:used|redeemed) (?:a |an |any )?(?:coupon|promo code|discount code|voucher)s?(?: in[- ]store| online| at the till)?",
                     r"只在(?:打折|促销|大促|活动)(?:时|的时候|期间)?(?:才)?(?:购买|买|下单)", r"(?:打折|促销)(?:时|的时候)才(?:买|购买|下单)", r"羊毛党", r"薅羊毛(?:的)?(?:用户|客户)?",
                     r"价格敏感(?:型)?(?:的)?(?:用户|客户|人群)?", r"用过(?:优惠)?券的",
                     r"领(?:了|过|取了|取过)?(?:优惠)?券(?:但|却|还|后)?(?:没|未)(?:有)?(?:用|使用|核销|下单)", r"(?:unused|unredeemed|unclaimed) (?:coupons?|vouchers?|codes?)",
                     r"(?:haven'?t|have not|didn'?t|did not|never) (?:used|redeemed) (?:their|the|a|an|any) (?:coupons?|vouchers?|codes?|promo codes?)"),
    # "customers acquired through Black Friday", 通过抖音来的新客: where a customer came from is not held
    "acquisition source": (r"(?:signed up|registered|subscribed|opted in|joined (?:our|the) (?:list|newsletter|mailing list|club))\s+(?:through|via|from|at|with|using)\s+"
                           r"(?:our\s+|the\s+|a\s+|an\s+)?[\w'’&-]+(?:\s+(?!and\b|but\b|who\b|with\b|in the\b|email\b|them\b)[\w'’&-]+){0,3}",
                           r"(?:通过|从|在)(?:小红书|抖音|快手|微博|B站|直播间?|广告|朋友推荐|老带新|[\u4e00-\u9fff]{2,4}(?:活动|渠道))(?:直播间?)?(?:注册|关注|进来)(?:过)?",
                           r"(?:acquired|came in|came to us|joined|found us)\s+(?:through|via|during|on|from|over|at|with)\s+(?:our\s+|the\s+|last year'?s\s+|a\s+)?"
                           r"[\w'’&-]+(?:\s+(?!and\b|but\b|who\b|with\b|in the\b)[\w'’&-]+){0,3}",
                           r"(?:通过|从)(?:抖音|小红书|直播|广告|朋友推荐|老带新|[\u4e00-\u9fff]{2,4}(?:活动|渠道))(?:来的|进来的|引流来的|获取的)(?:新客|用户|客户)?"),
    "value buckets": (r"(?:ltv|clv|value|spend) (?:bucket|band|decile|quintile)s?(?: ?\d+)?",),
    "changes between periods": (r"(?:ordered|bought|spent|purchased|shopped) (?:more|less|fewer)(?: \w+){0,3} than (?:last|the previous|the prior|a) (?:year|month|quarter|season)",
                                r"(?:比|较)(?:去年|上个?月|上季度)(?:多|少)(?:买|下单|消费)"),
    "reviews written": (r"(?:left|wrote|written) (?:a |an )?(?:[\w-]+ )?reviews?", r"写过评价", r"评价过"),
    "referrals": (r"referr(?:als?|ed)", r"推荐过"),
    "order source": (r"(?:from us\s+)(?:on|via|through)\s+(?:amazon|ebay|walmart|etsy|tmall|jd\.com|our amazon store|a marketplace)",r"(?:bought|ordered|purchased|shopped|came)(?:\s+(?:a|an|the|their|some)\s+[\w-]+)?(?:\s+from us)?\s+(?:through|via|from|on)\s+(?:instagram|facebook|tiktok|amazon|google|"
                     r"the app|our app|a marketplace|an ad)", r"抖音下单", r"直播间下单",
                     r"(?:通过|在|从)(?:抖音|快手|小红书|淘宝|天猫|京东|拼多多|微信|视频号)?(?:直播间?)(?:里)?(?:下单|购买|买)(?:过)?(?:的)?"),
    # "first order was in January": when a customer first ordered (signed_up reads sign-up dates)
    "first-order dates": (r"(?:whose|their|with (?:a|their))\s+first\s+(?:purchase|order)\s+(?:was\s+|were\s+|is\s+)?(?:placed\s+)?(?:in|during|on|before|after|back in)\s+"
                          r"(?!the (?:last|past)\b)(?<!within )[\w' -]{2,30}?(?=[,.;:!?)]|$|\s+(?:and|but|who|with)\b)", r"首单(?:时间)?(?:是|在)\s*[\d一二三四五六七八九十]+月"),
    # set 14 decisions 178, 179, 184: who came to an event, used the repair service, or waits for a restock
    "event attendance": (r"(?:参加|参与)过[^，。？?；;,]{0,16}?(?:活动|跑团(?:活动)?|训练营|赛事|比赛|课程|沙龙|讲座)(?:的)?(?:会员|客户|用户|顾客|人)?", r"跑团(?:成员|会员)",
                         r"(?:who\s+)?(?:signed up|registered) at (?:our|the) booth", r"(?:event|race|clinic|workshop|booth) (?:attendees|participants|registrants|sign-?ups)",
                         r"(?:who\s+)?(?:come|came|comes|attend(?:ed|s)?|join(?:ed|s)?)\s+(?:to\s+)?(?:her|his|our|the|their)\s+(?:\w+\s+){0,2}(?:group runs?|run clubs?|clinics?|workshops?|meetups?)"),
    "repair or take-back service": (r"(?:used|use|tried) (?:our|the) (?:free )?(?:repair|recycling|take-?back|trade-?in) (?:service|program(?:me)?)", r"(?:送修|维修|回收)过"),
    "waitlists and favourites": (r"(?:the\s+)?['\"‘“]?notify me['\"’”]?\s+(?:wait ?list|list)", r"wait ?lists?", r"waitlisted",
                                 r"(?:who\s+)?(?:favou?rited|saved|hearted) (?:it|them|the [\w-]+)(?: in the app)?", r"心愿单", r"到货提醒", r"订阅了?到货通知", r"加过心愿单"),
    # "within 10 miles of the Boulder store", 门店周边3公里内 (set 15 decision 195): the data has no distance to a store
    "distance from a store": (r"(?:with)?in\s+(?:a\s+)?\d+(?:\.\d+)?[- ]?(?:miles?|mi|km|kilomet(?:er|re)s?|minutes?|mins?)(?:\s+(?:drive|walk))?\s+(?:of|from)\s+"
                              r"(?:a|an|our|the|any|one of our)?\s*(?:[A-Z][\w.'-]*\s+){0,2}(?:stores?|shops?|locations?|outlets?|branch(?:es)?|flagship)",
                              r"(?:门店|店铺|商场|实体店|线下店)(?:的)?(?:周边|附近|周围)\s*[\d一二三四五六七八九十]+\s*(?:公里|千米|km|米)(?:内|以内|范围内|之内)?",
                              r"(?:周边|附近)\s*[\d一二三四五六七八九十]+\s*(?:公里|千米|km)(?:内|以内|范围内|之内)?",
                              r"(?:离|距离?)(?:我们的?)?(?:门店|店铺|实体店|商场|线下店)\s*[\d一二三四五六七八九十]+\s*(?:公里|千米|km|米)(?:内|以内|范围内|之内)?"),
    "store visits": (r"store visitors", r"visited (?:a|our|the)\s+(?:[A-Z][\w.'-]*\s+)?(?:retail\s+)?stores?", r"到店",
                     r"(?:shop|shops|shopped|buy|buys|bought)\s+(?:in|at)\s+(?:our\s+)?(?:physical|brick-and-mortar|bricks-and-mortar|retail)\s+stores?",
                     r"(?:去过|到过|逛过|来过)(?:我们的?)?(?:线下)?(?:门店|实体店|店里|线下店)"),
    "marathon or race entries": (r"marathon (?:runners|entrants)", r"signed up for (?:a )?(?:race|marathon)", r"马拉松选手"),
    "income": (r"income", r"affluent", r"(?:高|低|中等|月|年|家庭)收入", r"收入(?:水平|较高|较低|高的|低的)"),
    "countries": (r"(?:canadian|australian|mexican|british|european|japanese|singaporean|german|french|uk)\s+(?:customers|buyers|members|subscribers|clients|shoppers|people|users|folks)",
                  r"(?:our\s+)?aussies?(?:\s+(?:customers|buyers|members|subscribers|clients|shoppers|people|users|folks))?", r"kiwi (?:customers|buyers|shoppers)",
                  r"\bUK\b", r"united kingdom", r"canada", r"europe", r"germany", r"france", r"japan", r"australia",
                  r"new zealand(?! dollars?)", r"\bNZ\b(?!\s?\$)", r"singapore(?! dollars?)", r"malaysia(?:n ringgit)?(?! ringgit)", r"\b(?:SG|MY|KL)\s+(?:members|customers|shoppers|buyers|subscribers)", r"mexico", r"ireland", r"\bindia\b",
                  r"英国", r"加拿大", r"欧洲", r"日本", r"澳大利亚", r"新西兰", r"新加坡(?!元|币)", r"马来西亚(?!令吉|林吉特)"),
    # the workspace's regions are its own (US-West…), not these
    "regions of China or city tiers": (r"华东", r"华南", r"华北", r"华中", r"西南地区", r"西北地区", r"东北三省", r"江浙沪", r"长三角",
                                       r"珠三角", r"一线城市", r"二线城市", r"三线城市", r"下沉市场"),
    "in-store purchases": (r"门店购买", r"在门店", r"线下购买", r"bought in[- ]store", r"in-store (?:buyers|shoppers|customers)"),
    "location beyond region": (r"near (?:our )?stores?", r"in (?:the )?cit(?:y|ies) of", r"city", r"zip ?codes?", r"城市",
                               # "in the Pacific region": a region the data's five (West, Mountain, Midwest, South, Northeast) do not name
                               r"(?<=\bthe )(?!(?:west|western|mountain|midwest|mid-west|south|southern|northeast|north-east|north east)\b)(?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)? regions?\b",
                               r"(?:北京|上海|广州|深圳|杭州|成都|重庆|武汉|南京|西安|天津|苏州|长沙|郑州|青岛|厦门|沈阳|大连|昆明|哈尔滨|宁波|合肥|福州|济南)(?:地区|市)?",
                               r"(?:广东|浙江|江苏|四川|山东|河南|河北|湖北|湖南|福建|安徽|江西|云南|贵州|广西|海南|陕西|山西|辽宁|吉林|黑龙江|新疆|西藏|内蒙古|香港|台湾)(?:省|地区)?",
                               r"new york", r"\bNYC\b", r"los angeles", r"chicago", r"houston",
                               r"phoenix", r"philadelphia", r"san (?:diego|francisco|antonio|jose)", r"bay area", r"dallas", r"austin", r"seattle",
                               r"denver", r"portland(?!\s+(?:pop-?ups?|stores?|events?|office|team|shop|meetup))", r"boston", r"atlanta", r"miami", r"minneapolis", r"detroit", r"nashville", r"salt lake city",
                               # US states and cities in Chinese (加州的客户): the workspace's regions are wider
                               r"加州", r"加利福尼亚", r"德州", r"得克萨斯", r"佛州", r"佛罗里达", r"纽约(?:州|市)?", r"华盛顿州", r"科罗拉多", r"俄勒冈", r"犹他",
                               r"亚利桑那", r"内华达", r"夏威夷", r"阿拉斯加", r"密歇根", r"伊利诺伊", r"麻省", r"马萨诸塞", r"新泽西", r"宾州", r"宾夕法尼亚",
                               r"佐治亚", r"北卡", r"南卡", r"弗吉尼亚", r"田纳西", r"明尼苏达", r"威斯康星", r"俄亥俄", r"蒙大拿", r"爱达荷",
                               r"洛杉矶", r"旧金山", r"湾区", r"西雅图", r"芝加哥", r"波士顿", r"丹佛", r"休斯顿", r"达拉斯", r"迈阿密", r"波特兰",
                               r"new england", r"(?:the )?(?:pacific northwest|pnw\b)", r"(?:the )?(?:east|gulf) coast", r"(?:the )?south(?:east|west)(?:ern)?\b",
                               r"(?:the )?rockies", r"tri-state area",
                               r"(?:california|texas|florida|colorado|oregon|utah|arizona|nevada|montana|idaho|michigan|minnesota|ohio|"
                               r"georgia|virginia|tennessee|massachusetts|new jersey|pennsylvania|maine|vermont|illinois|wisconsin)"
                               r"(?=\s+(?:customers|shoppers|buyers|members|subscribers|folks|people|users|residents|runners|hikers|campers))",
                               *(rf"(?<={w} )" + _US_STATES for w in ("in", "of", "from", "across", "throughout", "no", "not", "except", "excluding", "minus", "but not", "or", "and", "&"))),
    # "our wholesale accounts (gyms, running clubs)": the workspace's customers are shoppers, not business accounts
    "business accounts": (r"(?:wholesale|b2b|corporate|business|trade|dealer)\s+(?:accounts|customers|buyers|clients|partners)(?:\s*[(（][^)）]{1,40}[)）])?",
                          r"(?:批发|企业|B端|b端)(?:客户|买家|采购客户)"),
    # "customers who subscribe to our magazine": the data holds email, SMS and push consent only
    "subscriptions beyond email, SMS and push": (r"(?:subscribe[sd]?|subscribers?)\s+(?:to\s+)?(?:our\s+|the\s+)?(?:print\s+)?(?:magazine|podcast|youtube channel|blog|zine)s?",
                                                 r"(?:magazine|podcast|youtube) (?:subscribers|readers|listeners)"),
    # "Chinese-speaking customers", 说中文的: the data has no language per customer
    "language": (r"\b\w+-speaking\b", r"\bwho speak \w+\b", r"说(?:中文|英文|英语|西班牙语)的", r"(?:中文|英文)用户"),
}  # fmt: skip


#: Groups read before every other rule (audience, channel, weather trigger), as words inside them would be read as something
#: they are not: "lookalikes of our Champions" are no Champions, 心愿单里有帐篷 no tent buyers, 天气转冷地区 no weather trigger.
UNSUPPORTED_FIRST: dict[str, tuple[str, ...]] = {
    "lookalike audiences (an ad platform builds them)": (r"look-?alikes?(?:\s+audiences?)?(?:\s+(?:of|based on|from|modell?ed on|built from|seeded (?:with|from))\s+(?:our\s+|the\s+)?[\w'-]+(?:\s+(?!with\b|and\b|on\b|in\b|for\b|promoting\b|about\b)[\w'-]+){0,2})?",
                            r"(?:相似|类似|扩展)人群(?:包)?"),
    "waitlists and favourites": (r"(?:心愿单|收藏夹)(?:里|中)(?:有|加了|放了|收藏了)[^，。；,;？?！!\n的]{1,12}(?:的)?(?:客户|顾客|用户|会员|人)?",
                                 r"(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|in)\s+their\s+wish ?lists?"),
    # 近30天加购未买的用户, 浏览过帐篷的用户: one clause each (its look-back and people word with it), read before the purchase rules
    # so 帐篷的用户 is no tent buyer and 未下单 no lapse
    "cart or browsing activity": (r"(?:有)?(?:加购|加入购物车|加了购物车|加购物车)(?:了|过)?(?:商品)?(?:但|却|而|后|之后)?(?:是)?(?:未|没有?|还没有?|一直没)"
                                  r"(?:买|下单|购买|付款|支付|结算|成交)(?:的?(?:用户|客户|顾客|会员))?",
                                  r"浏览(?:过|了)(?!门店|我们的?门店|实体店)[^，。；、和或\n]{1,12}?(?:(?:但|却)?(?:未|没有?)(?:买|下单|购买)(?:过)?)?的(?:用户|客户|顾客|会员|人)"),
    # "customers in rainy cities", 天气转冷地区的客户: where it is cold or rainy is not held per customer
    "weather where customers live": (r"(?:in|from)\s+(?:the\s+)?(?:rainy|rainier|snowy|cold|colder|warm|warmer|hot|hotter|sunny|wet|wetter|dry|humid|mild)\s+"
                                     r"(?:cities|regions|areas|places|climates?|states|towns|parts of the country)",
                                     r"(?:live|living|based)\s+(?:in|where)\s+(?:it'?s\s+)?(?:cold|colder|warm|hot|rainy|snowy|wet)\s*(?:climates?|weather|places|areas)?",
                                     r"(?:天气|气温)(?:已经)?(?:转冷|变冷|降温|炎热|寒冷|较低|较高|偏冷|偏热|多雨)(?:的)?(?:地区|城市|地方)",
                                     r"(?:寒冷|炎热|多雨|常下雨|下雪)(?:的)?(?:地区|城市|地方)"),
}  # fmt: skip
