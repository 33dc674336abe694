"""The products and categories shoppers name that the demo brand does not sell (split out of lexicon.py); each is
reported as Not applied when a request names it."""

from __future__ import annotations

#: Products and categories shoppers name that the demo brand does not sell (reported as Not applied).
#: Any workspace: a word here that is also in its catalogue is of course not reported.
FOREIGN_PRODUCTS = (
    r"e-?bikes?", r"bikes?", r"bicycles?", r"cycling (?:shoes|jerseys?|gear)", r"helmets?", r"kayaks?",
    r"canoes?", r"paddle ?boards?", r"sups?", r"skis?", r"ski (?:boots|jackets|gear)", r"snowboards?",
    r"surfboards?", r"wetsuits?", r"swimwear", r"swimsuits?", r"goggles", r"yoga mats?", r"yoga pants",
    r"leggings", r"dumbbells?", r"treadmills?", r"smart ?watch(?:es)?", r"gps watch(?:es)?", r"watch(?:es)?",
    r"insoles?", r"orthotics?", r"sandals?", r"flip[- ]?flops?", r"sneakers?(?! for running)", r"energy gels?",
    r"gels", r"nutrition", r"protein (?:bars?|powder)", r"energy bars?", r"supplements?", r"water bottles?",
    r"coolers?", r"stoves?", r"camp stoves?", r"fishing (?:rods?|gear)", r"climbing (?:shoes|ropes?|harness(?:es)?)",
    r"ropes?", r"harness(?:es)?", r"carabiners?", r"sunscreen", r"gift cards?", r"hammocks?", r"dog (?:gear|leashes?)",
    r"strollers?", r"jeans", r"dresses", r"suits?", r"handbags?", r"jewel(?:le)?ry", r"perfume", r"cosmetics",
    r"phone cases?", r"headphones?", r"earbuds?", r"trekking sandals",
    r"电动自行车", r"电动车", r"自行车", r"单车", r"头盔", r"皮划艇", r"滑雪板", r"滑雪服", r"滑雪", r"冲浪板",
    r"泳衣", r"瑜伽垫", r"瑜伽裤", r"鞋垫", r"运动手表", r"手表", r"智能手表", r"凉鞋", r"拖鞋", r"能量胶",
    r"蛋白粉", r"能量棒", r"保健品", r"水壶", r"炉头", r"鱼竿", r"攀岩鞋", r"安全带", r"登山绳", r"防晒霜", r"防晒衣", r"防晒服", r"皮肤衣",
    r"礼品卡", r"吊床", r"耳机", r"化妆品", r"香水", r"护膝", r"炊具", r"营地灯", r"炉具", r"snowshoes?", r"ski poles?", r"cookware", r"camping stoves?", r"knee braces?",
    r"camp(?:ing)? chairs?", r"folding chairs?", r"camp(?:ing)? tables?", r"sleeping pads?", r"sleeping mats?", r"camp(?:ing)? pillows?",
    r"pillows?", r"air mattress(?:es)?", r"tarps?", r"lanterns?", r"umbrellas?", r"binoculars", r"compass(?:es)?", r"first[- ]aid kits?", r"bear spray", r"trail cameras?",
    r"防潮垫", r"睡垫", r"充气床垫", r"气垫床", r"充气垫", r"登山扣", r"快挂", r"充气枕", r"枕头", r"折叠椅", r"露营椅", r"户外桌", r"露营桌", r"天幕", r"地席", r"野餐垫",
    r"保温杯", r"水袋", r"烧烤架", r"雨伞", r"望远镜", r"指南针", r"急救包", r"电池(?!续航|寿命|容量)", r"充电宝", r"移动电源",
    r"batter(?:y|ies)(?!\s+(?:life|capacity|runtime))", r"power ?banks?", r"帐篷配件", r"tent accessories",
    r"露营灯", r"冰箱", r"保温箱", r"冲锋裤", r"速干衣", r"速干裤", r"抓绒衣?", r"fleeces?(?: jackets?)?",
    r"avalanche (?:beacons?|transceivers?|probes?|shovels?)", r"crampons?", r"ice axes?", r"microspikes?", r"water filters?",
    r"(?:gps|satellite) (?:devices?|communicators?|messengers?)", r"trekking umbrellas?", r"running belts?", r"foam rollers?",
    r"冰爪", r"冰镐", r"雪崩(?:信标|探杆|铲)", r"净水器", r"滤水器", r"跑步腰包", r"泡沫轴",
)  # fmt: skip
