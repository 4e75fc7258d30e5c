#!/usr/bin/env python3
"""Deterministic benchmark corpus for Tongxin (and the same pages as a Hugo site).

    python3 bench/generate.py --pages 10000 --out DIR [--hugo DIR2] [--seed 1]
    python3 bench/generate.py --members M --records R --cases C --out DIR [--hugo DIR2]

--pages N picks the ratio documented in bench/README.md: members = N/8,
records = 6N/8, cases = the rest (≈ N/8). Explicit --members/--records/--cases
override it. Everything is derived from one random.Random(seed): the same
arguments give byte-identical trees.

The Tongxin site follows the Jinhua policy of content/site.json (six assignment
kinds, ten methods, three topics, five 五到位 triggers) and must pass
`tongxin check` without errors. All names, units and places are invented.

Python 3 standard library only.
"""

import argparse
import datetime as dt
import itertools
import json
import os
import random
import sys
import time

AS_OF = dt.date(2026, 11, 20)
FIRST_DAY = dt.date(2026, 1, 5)

# --- names ------------------------------------------------------------------
# Surnames and given-name characters with their pinyin (no polyphonic surnames).
SURNAMES = (
    "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu "
    "胡hu 郭guo 何he 林lin 罗luo 高gao 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng "
    "邓deng 彭peng 肖xiao 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 余yu 于yu 杜du 叶ye 程cheng "
    "魏wei 苏su 吕lv 丁ding 任ren 卢lu 姚yao 沈shen 钟zhong 姜jiang 崔cui 谭tan 陆lu 范fan 汪wang "
    "廖liao 石shi 金jin 韦wei 贾jia 夏xia 付fu 方fang 邹zou 熊xiong 白bai 孟meng 秦qin 邱qiu "
    "侯hou 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 龙long 黎li 史shi 陶tao 贺he 毛mao 郝hao 顾gu "
    "龚gong 邵shao 万wan 武wu 钱qian 戴dai 严yan 莫mo 孔kong 向xiang 常chang 汤tang 康kang 易yi "
    "乔qiao 赖lai 文wen 施shi 洪hong 牛niu 柳liu 葛ge 欧阳ouyang 司马sima"
).split()
GIVEN = (
    "伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 涛tao "
    "明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 华hua 建jian 国guo 文wen 红hong 英ying 玉yu "
    "兰lan 志zhi 海hai 燕yan 宇yu 晨chen 欣xin 怡yi 佳jia 子zi 梓zi 浩hao 然ran 博bo 睿rui 思si "
    "雨yu 婷ting 雪xue 琳lin 晓xiao 宁ning 鹏peng 飞fei 辉hui 波bo 斌bin 鑫xin 瑞rui 慧hui 丹dan "
    "倩qian 悦yue 嘉jia 俊jun 凯kai 峰feng 毅yi 诚cheng 立li 新xin 春chun 秋qiu 冬dong 松song "
    "林lin 泽ze 清qing 源yuan 铭ming 远yuan 航hang 舒shu 婉wan 蕾lei 薇wei 颖ying 琪qi 璐lu "
    "彤tong 昊hao 轩xuan 哲zhe 岚lan 钰yu 萍ping 莉li 洁jie 梅mei 菊ju 荣rong 德de 福fu 安an "
    "振zhen 耀yao 启qi 维wei 晖hui 彬bin 坤kun 彦yan 琦qi 曦xi 朗lang 贤xian 恩en 韬tao 骏jun"
).split()


def split_pinyin(entry):
    i = 0
    while i < len(entry) and ord(entry[i]) > 0x2E80:
        i += 1
    return entry[:i], entry[i:]


SURNAMES = [split_pinyin(e) for e in SURNAMES]
GIVEN = [split_pinyin(e) for e in GIVEN]

PLACE_A = list("东西南北中新青白金云龙凤桃柳松梅兰石泉溪")
PLACE_B = ["城", "湖", "山", "江", "港", "川", "塘", "岭", "坪", "洲", "桥", "阳", "源", "田", "河"]

# --- organisation (as content/data/organization.json) ------------------------
PARTIES = [
    ("cpc", "中国共产党", "中共"), ("rcck", "中国国民党革命委员会", "民革"), ("cdl", "中国民主同盟", "民盟"),
    ("cndca", "中国民主建国会", "民建"), ("capd", "中国民主促进会", "民进"), ("cpwdp", "中国农工民主党", "农工党"),
    ("zgp", "中国致公党", "致公党"), ("jiusan", "九三学社", "九三学社"), ("tsl", "台湾民主自治同盟", "台盟"),
    ("non-party", "无党派人士", "无党派"),
]
PARTY_MEMBER_WORD = {"cpc": "中共党员", "rcck": "民革党员", "cdl": "民盟盟员", "cndca": "民建会员", "capd": "民进会员",
                     "cpwdp": "农工党党员", "zgp": "致公党党员", "jiusan": "九三学社社员", "tsl": "台盟盟员",
                     "non-party": "无党派人士"}
SECTORS = [
    ("sector-cpc", "中共", None), ("sector-rcck", "民革", None), ("sector-cdl", "民盟", None),
    ("sector-cndca", "民建", None), ("sector-capd", "民进", None), ("sector-cpwdp", "农工党", None),
    ("sector-zgp", "致公党", None), ("sector-jiusan", "九三学社", "九三"), ("sector-tsl", "台盟", None),
    ("independents", "无党派人士", "无党派"), ("trade-union", "总工会", None), ("youth", "共青团和青联", "青联"),
    ("women", "妇联", None), ("taiwan-fed", "台联", None), ("science-tech", "科学技术界", "科技界"),
    ("social-science", "社会科学界", "社科"), ("economy", "经济界", None), ("agriculture", "农业界", None),
    ("education", "教育界", None), ("culture-arts", "文化艺术界", "文艺界"), ("press", "新闻出版界", None),
    ("medicine", "医药卫生界", "医卫界"), ("sports", "体育界", None), ("invited", "特邀", None),
    ("religion", "宗教界", None),
]
SECTOR_NAME = {s[0]: s[1] for s in SECTORS}
OPEN_SECTORS = ["trade-union", "youth", "women", "taiwan-fed", "science-tech", "social-science", "economy",
                "agriculture", "education", "culture-arts", "press", "medicine", "sports", "invited"]
COMMITTEES = [
    ("proposal", "提案委员会", "提案委"), ("economic", "经济委员会", "经济委"), ("rural", "农业农村委员会", "农业农村委"),
    ("population-env", "人口资源环境委员会", "人资环委"), ("educ-sci", "教科卫体委员会", "教科卫体委"),
    ("social-law", "社会和法制委员会", "社法委"), ("ethnic-religious", "民族宗教委员会", "民宗委"),
    ("hkmt-foreign", "港澳台侨和外事委员会", "港澳台侨委"), ("culture-history", "文化文史和学习委员会", "文化文史和学习委"),
    ("member-work", "委员工作委员会", "委员工作委"),
]
COMMITTEE_NAME = {c[0]: c[1] for c in COMMITTEES}

METHODS = ["会议期间分组讨论", "调研", "视察", "考察", "协商", "学习座谈", "委员会客厅", "走访看望", "电话信息", "掌上履职平台"]
METHOD_WEIGHTS = [8, 12, 6, 4, 8, 10, 8, 22, 14, 8]
TOPICS = ["传达通报重大部署", "听取意见建议", "关心思想工作生活"]
TRIGGERS = [("new-member", "委员新任", 30), ("major-activity", "重大履职活动", 15), ("lagging", "履职落后", 30),
            ("job-change", "工作变动", 30), ("personal-change", "个人和家庭重大变化", 15)]
ROUTES = ["提案", "直通车", "社情民意信息", "其他"]
CASE_TAGS = ["结对联系", "凝聚共识", "乡村振兴", "营商环境", "基层治理", "民生实事", "五到位", "委员会客厅",
             "界别协商", "提案办理", "民族宗教", "港澳台侨", "生态环境", "文化传承", "教育医疗"]

SUBJECTS = ["乡村振兴", "营商环境优化", "基层医疗服务", "养老服务体系建设", "义务教育优质均衡", "生态环境保护",
            "数字经济发展", "历史文化街区保护", "社区治理", "民营企业发展", "农村人居环境整治", "职业教育",
            "城市更新", "食品安全", "防汛抗旱", "科技创新", "文旅融合", "就业创业", "宗教活动场所安全",
            "流域综合治理", "公共文化服务", "住房保障", "交通拥堵治理", "中小学生心理健康", "社会组织培育"]
UNIT_KINDS = ["人民医院", "第一中学", "实验小学", "农业科学研究院", "律师事务所", "会计师事务所", "建设集团有限公司",
              "科技股份有限公司", "职业技术学院", "文化馆", "图书馆", "农商银行", "供销合作社", "中医院",
              "生态农业合作社", "规划设计研究院", "新闻传媒中心", "工商业联合会", "妇幼保健院", "博物馆"]
POSITIONS = ["院长", "副院长", "校长", "董事长", "总经理", "主任", "副主任", "研究员", "主任医师", "教授",
             "高级工程师", "馆长", "理事长", "党委书记", "副总经理", "首席律师", "合伙人", "社长"]
EDUCATION = ["大学学历", "研究生学历", "博士研究生", "大专学历", "硕士研究生"]

# --- sentence bank ------------------------------------------------------------
# {A} contactor, {B} contactee, {S} subject, {W} window or committee.
RECORD_OPENERS = [
    "{A}围绕{S}工作，与{B}进行了面对面交流，时间约一个半小时。",
    "按照年度联系计划，{A}到{B}所在单位走访，重点了解{S}方面的情况。",
    "{A}结合{W}本季度的协商议题，就{S}听取{B}的意见和建议。",
    "在专题协商会分组讨论间隙，{A}与{B}就{S}交换了看法。",
    "{A}通过电话与{B}联系，了解近期工作生活情况，并就{S}征求意见。",
]
RECORD_SENTENCES = [
    "{B}谈到，{S}在基层推进中仍然存在资金保障不足、专业人才短缺的问题，部分县区工作进度不平衡。",
    "{A}向{B}通报了市委全会精神和今年市政协重点协商议题安排，请{B}结合界别特点积极参与。",
    "{B}介绍了所在单位近期的发展情况，表示将继续立足本职，发挥界别优势，为{S}建言献策。",
    "双方一致认为，做好{S}工作要坚持问题导向，既要抓当前的突出问题，也要谋长远的制度安排。",
    "{B}提出，希望{W}多组织委员深入一线开展调研，把群众的急难愁盼梳理清楚，形成高质量的提案。",
    "{A}详细询问了{B}的家庭和身体情况，叮嘱其注意劳逸结合，有困难及时向窗口反映。",
    "{B}对窗口去年组织的联系活动给予肯定，认为形式更加灵活，交流更加深入，委员参与的积极性明显提高。",
    "针对{S}中反映较多的审批环节多、办理时间长等问题，{B}建议进一步压缩流程，推行一窗受理、并联审批。",
    "{A}介绍了今年委员履职积分管理的新要求，请{B}按时参加学习座谈和视察考察活动。",
    "{B}认为，{S}涉及多个部门，需要建立定期会商机制，明确牵头单位和责任分工，防止推诿扯皮。",
    "交流中，{B}还谈到青年人才外流的问题，建议在住房、子女入学等方面出台更有吸引力的政策。",
    "{A}表示，将把{B}提出的意见建议及时整理，按程序报送有关部门，并在一个月内反馈办理情况。",
    "{B}结合自身工作经历，介绍了外地在{S}方面的经验做法，建议有关部门组织考察学习。",
    "双方还就加强委员之间的日常联系、用好掌上履职平台等问题进行了交流。",
    "{B}表示，参加{W}的活动让自己对政协工作有了更深的认识，愿意在凝聚共识方面多做工作。",
    "{A}请{B}在本界别群众中做好政策宣传解释工作，及时反映社情民意。",
    "据{B}介绍，今年以来所在单位克服原材料价格上涨等困难，保持了平稳发展，带动就业三百余人。",
    "对于{S}，{B}建议加大财政投入，同时引导社会资本参与，形成多元投入的格局。",
]
SUGGESTIONS = [
    "建立{S}工作定期会商机制，明确牵头单位和完成时限",
    "加大{S}专项资金投入，向基层和薄弱环节倾斜",
    "组织委员围绕{S}开展专题调研，形成调研报告报送党委政府",
    "完善{S}相关政策的宣传解读，提高群众知晓率",
    "将{S}纳入年度重点提案督办范围，跟踪办理情况",
    "推广外地在{S}方面的成熟经验，开展试点",
    "加强{S}领域专业人才培养和引进",
]
BIO_SENTENCES = [
    "长期在基层一线工作，熟悉{S}等方面的情况，多次参与相关政策的调研论证。",
    "担任委员以来，围绕{S}提交提案多件，其中一件被列为年度重点提案。",
    "积极参加{W}组织的学习座谈、视察考察和委员会客厅活动，履职积分位居前列。",
    "热心社会公益事业，组织开展助学助困、义诊送药等活动，受到群众好评。",
    "注重发挥界别优势，经常深入企业、社区和农村，了解群众的所思所盼。",
    "在专题协商会上就{S}作大会发言，提出的建议被有关部门吸收采纳。",
    "曾获评市级优秀政协委员、优秀提案承办人等称号。",
    "带领团队开展技术攻关，取得多项成果，为本地产业发展作出了贡献。",
    "参与编写{S}相关调研报告，形成的社情民意信息获市领导批示。",
]
CASE_SENTENCES = [
    "{A}委员是{W}的党员委员，{B}委员是结对联系的党外委员，两人按照联系分工经常见面交流。",
    "今年以来，两人围绕{S}多次深入基层调研，走访了十余个乡镇和社区。",
    "调研中发现，{S}存在的突出问题是政策落实“最后一公里”不畅，群众获得感不强。",
    "回来后，{B}委员在{A}委员的协助下，把调研情况写成提案，提出了具体可行的建议。",
    "窗口把提案提交后，持续跟踪办理情况，多次邀请承办单位座谈沟通。",
    "承办单位答复，将在全市推行相关改革措施，并逐步加大投入力度。",
    "结对联系不只是见面谈心，更是一起履职、共同建言，在协商中凝聚共识。",
    "这一做法被写入窗口年度工作总结，并在全市政协系统交流推广。",
    "两人还一起视察了相关项目建设情况，看到群众的变化，{B}委员说：“建议落了地，履职更有劲头。”",
    "{W}把这件事作为典型案例，在委员会客厅活动中进行了交流。",
]
TABLE_ROWS = [
    ("梳理问题清单", "{W}", "一个月内"), ("开展专题调研", "{W}", "本季度"), ("形成提案或社情民意信息", "联系人", "调研结束后两周"),
    ("跟踪办理情况", "办公室", "每季度"), ("组织回访", "联系人", "办理答复后一个月"), ("召开协商座谈会", "{W}", "下半年"),
]
LINKS = [
    ("市政协门户网站", "https://www.example.gov.cn/zx/{n}.html"),
    ("有关政策文件", "https://www.example.gov.cn/zcwj/2026/{n}.html"),
    ("委员履职平台", "https://lvzhi.example.org/news/{n}"),
]


class Writer:
    """Writes files, creating each folder once."""

    def __init__(self):
        self.made = set()
        self.files = 0
        self.bytes = 0

    def write(self, path, text):
        folder = os.path.dirname(path)
        if folder not in self.made:
            os.makedirs(folder, exist_ok=True)
            self.made.add(folder)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        self.files += 1
        self.bytes += len(data)


import re
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$").match
YAML_SPECIAL = set(':#[]{},&*!|>\'"%@`')


def y(value):
    """A YAML scalar: plain when safe, else double-quoted (JSON string syntax is valid YAML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    s = str(value)
    if (not s or s[0] in "-?" or s != s.strip() or any(c in YAML_SPECIAL for c in s)
            or s in ("null", "true", "false", "yes", "no", "~") or (s[0].isdigit() and not ISO_DAY(s))):
        return json.dumps(s, ensure_ascii=False)
    return s


def ylist(values):
    return "[" + ", ".join(y(v) for v in values) + "]"


def front(fields):
    lines = ["---"]
    for key, value in fields:
        if value is None:
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            for item in value:
                first = True
                for k, v in item.items():
                    lines.append(("  - " if first else "    ") + f"{k}: {y(v)}")
                    first = False
        elif isinstance(value, list):
            lines.append(f"{key}: {ylist(value)}")
        else:
            lines.append(f"{key}: {y(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


class Corpus:
    def __init__(self, seed, n_members, n_records, n_cases):
        self.rng = random.Random(seed)
        self.n_members = n_members
        self.n_records = n_records
        self.n_cases = n_cases
        self.link_counter = 0

    # -- text -----------------------------------------------------------------
    def fill(self, template, **kw):
        return template.format(**kw)

    def body(self, target, sections, bank, kw, opener=None, list_title=None, list_items=None, table=False):
        """Markdown of about `target` UTF-8 bytes: headings, paragraphs from the bank,
        a list, sometimes a GFM table and a link."""
        rng = self.rng
        parts = []
        if opener:
            parts.append(opener)
        paragraphs = []
        for title in sections:
            paragraphs.append(["## " + title, []])
        # sentences come from a shuffled deck, so a paragraph rarely repeats itself
        deck = []

        def draw():
            if not deck:
                deck.extend(bank)
                rng.shuffle(deck)
            return deck.pop().format(**kw)

        for p in paragraphs:
            for _ in range(2):
                p[1].append(draw())
        extras = []
        if list_items:
            extras.append((list_title or "主要内容：") + "\n\n" + "\n".join("- " + i + "。" for i in list_items))
        if table:
            rows = rng.sample(TABLE_ROWS, rng.randint(2, 4))
            t = ["| 事项 | 责任方 | 时限 |", "| --- | --- | --- |"]
            for a, b, c in rows:
                t.append(f"| {a} | {b.format(**kw)} | {c} |")
            extras.append("\n".join(t))
        if rng.random() < 0.5:
            self.link_counter += 1
            label, url = rng.choice(LINKS)
            extras.append(f"相关情况详见[{label}]({url.format(n=1000 + self.link_counter)})。")

        def render():
            out = list(parts)
            for i, (head, sents) in enumerate(paragraphs):
                out.append(head)
                out.append("".join(sents))
                if i == 0 and extras:
                    out.extend(extras[:1])
            out.extend(extras[1:])
            return "\n\n".join(out) + "\n"

        text = render()
        size = len(text.encode("utf-8"))
        i = 0
        while size < target:
            s = draw()
            paragraphs[i % len(paragraphs)][1].append(s)
            size += len(s.encode("utf-8"))
            i += 1
        return render()

    def target_size(self):
        # body bytes; front matter comes on top (files end up ~1.8–3.5 KB)
        return self.rng.randint(1450, 2850)

    # -- model ----------------------------------------------------------------
    def make_names(self):
        rng = self.rng
        names, ids, seen_ids, name_count = [], [], {}, {}
        for _ in range(self.n_members):
            sur, spy = rng.choice(SURNAMES)
            if rng.random() < 0.7:
                (g1, p1), (g2, p2) = rng.choice(GIVEN), rng.choice(GIVEN)
                given, gpy = g1 + g2, p1 + p2
            else:
                given, gpy = rng.choice(GIVEN)
            name = sur + given
            base = f"{spy}-{gpy}"
            k = seen_ids.get(base, 0) + 1
            seen_ids[base] = k
            ids.append(base if k == 1 else f"{base}-{k}")
            names.append(name)
            name_count[name] = name_count.get(name, 0) + 1
        return names, ids, name_count

    def build(self):
        rng = self.rng
        M = self.n_members
        names, ids, name_count = self.make_names()
        self.name_count = name_count

        # windows: one per committee plus district windows, ~40 members each
        windows = [(f"w-{cid}", f"委员同心汇·{short}窗口", cid) for cid, _, short in COMMITTEES]
        n_district = max(5, M // 40 - len(windows))
        places = [a + b for b in PLACE_B for a in PLACE_A]
        for k in range(n_district):
            place = places[k % len(places)]
            round_ = k // len(places)
            label = place if round_ == 0 else f"{place}第{round_ + 1}"
            windows.append((f"w-d{k + 1:04d}", f"委员同心汇·{label}窗口", None))
        self.windows = windows
        W = len(windows)

        # members
        order = list(range(M))
        rng.shuffle(order)
        window_of = [0] * M
        for pos, i in enumerate(order):
            window_of[i] = pos % W
        first_in_window = set(order[:W])
        party_pool = ["cpc"] * 35 + ["rcck", "cdl", "cndca", "capd", "cpwdp", "zgp", "jiusan", "tsl"] * 4 + ["non-party"] * 10 + [None] * 23
        members = []
        for i in range(M):
            party = "cpc" if i in first_in_window else rng.choice(party_pool)
            if party == "cpc":
                sector = "sector-cpc" if rng.random() < 0.3 else rng.choice(OPEN_SECTORS)
            elif party == "non-party":
                sector = "independents" if rng.random() < 0.7 else rng.choice(OPEN_SECTORS)
            elif party is None:
                sector = "religion" if rng.random() < 0.25 else rng.choice(OPEN_SECTORS)
            else:
                sector = "sector-" + party if rng.random() < 0.8 else rng.choice(OPEN_SECTORS)
            w = windows[window_of[i]]
            committee = w[2] or rng.choice(COMMITTEES)[0]
            members.append({
                "id": ids[i], "name": names[i], "gender": rng.choice("男女"), "party": party, "sector": sector,
                "committee": committee, "window": w[0], "roles": [],
                "unit": f"示例市{rng.choice(PLACE_A)}{rng.choice(PLACE_B)}{rng.choice(UNIT_KINDS)}",
                "position": rng.choice(POSITIONS), "born": rng.randint(1960, 1990),
            })
        self.members = members
        cpc = [m for i, m in enumerate(members) if m["party"] == "cpc" and i not in first_in_window]
        noncpc = [m for m in members if m["party"] != "cpc"]

        # 党组成员: enough to take 2–4 windows each
        n_pg = max(6, -(-W // 3))
        n_pg = min(n_pg, len(cpc))
        pgs = rng.sample(cpc, n_pg)
        for m in pgs:
            m["roles"].append("party-group")
        # sector leads / vice chairs among non-CPC members, standing members
        for m in noncpc:
            r = rng.random()
            if r < 0.08:
                m["roles"].append("sector-lead")
            elif r < 0.12:
                m["roles"].append("vice-chair")
        for m in members:
            if rng.random() < 0.1:
                m["roles"].append("standing")
        # enough contactees of each party-group kind
        leads = [m for m in noncpc if "sector-lead" in m["roles"] or "vice-chair" in m["roles"]]
        independents = [m for m in noncpc if m["sector"] == "independents" and m["party"] == "non-party"]
        religion = [m for m in members if m["sector"] == "religion"]
        sector_cpc = [m for m in members if m["party"] == "cpc" and "party-group" not in m["roles"]]
        spare = [m for m in noncpc if not m["roles"]]
        rng.shuffle(spare)
        while len(leads) < 2 * n_pg and spare:
            m = spare.pop(); m["roles"].append("sector-lead"); leads.append(m)
        while len(independents) < n_pg and spare:
            m = spare.pop(); m["party"] = "non-party"; m["sector"] = "independents"; independents.append(m)
        while len(religion) < n_pg and spare:
            m = spare.pop(); m["party"] = None; m["sector"] = "religion"; religion.append(m)
        self.by_id = {m["id"]: m for m in members}

        # assignments
        assignments = []
        self.contactees_of = {}   # contactor id -> [member ids] (member contactees of any kind)
        win_ids = [w[0] for w in windows]
        shuffled_windows = list(win_ids)
        rng.shuffle(shuffled_windows)
        per_pg = [[] for _ in pgs]
        for k, wid in enumerate(shuffled_windows):
            per_pg[k % n_pg].append(wid)
        def deal(pool, k):
            out = []
            for _ in range(k):
                out.append(pool[deal.counter[id(pool)] % len(pool)])
                deal.counter[id(pool)] += 1
            return out
        deal.counter = {id(p): 0 for p in (leads, independents, religion, sector_cpc)}
        for pg_index in range(n_pg):
            if len(per_pg[pg_index]) < 2:
                per_pg[pg_index] += [w for w in rng.sample(win_ids, 3) if w not in per_pg[pg_index]][: 2 - len(per_pg[pg_index])]
        for pg, wins in zip(pgs, per_pg):
            wins = wins[:4]
            use_branch = rng.random() < 0.3
            targets = [("b-" + w[2:]) if use_branch else w for w in wins]
            assignments.append({"contactor": pg["id"], "kind": "branch", "contactees": targets})
            sp = [m for m in deal(sector_cpc, 2) if m["id"] != pg["id"]][:1]
            if sp:
                assignments.append({"contactor": pg["id"], "kind": "sector-party", "contactees": [sp[0]["id"]], "note": "界别党员负责同志"})
            ld = deal(leads, 2)
            ld_ids = list(dict.fromkeys(m["id"] for m in ld))
            assignments.append({"contactor": pg["id"], "kind": "sector-lead", "contactees": ld_ids})
            ind = deal(independents, 1)
            assignments.append({"contactor": pg["id"], "kind": "non-party", "contactees": [ind[0]["id"]]})
            rel = deal(religion, 1)
            assignments.append({"contactor": pg["id"], "kind": "religion", "contactees": [rel[0]["id"]]})
            self.contactees_of[pg["id"]] = [x for a in assignments[-4:] for x in a["contactees"]]
        # pairs inside each window: every non-CPC member gets a CPC contactor of their window
        by_window = {}
        for m in members:
            by_window.setdefault(m["window"], []).append(m)
        pair_count = 0
        for wid in win_ids:
            group = by_window.get(wid, [])
            contactors = [m for m in group if m["party"] == "cpc" and "party-group" not in m["roles"]]
            targets = [m for m in group if m["party"] != "cpc"]
            if not contactors or not targets:
                continue
            rng.shuffle(targets)
            split = {c["id"]: [] for c in contactors}
            for k, t in enumerate(targets):
                split[contactors[k % len(contactors)]["id"]].append(t["id"])
            for cid, tids in split.items():
                if tids:
                    assignments.append({"contactor": cid, "kind": "pair", "contactees": tids, "organizer": wid})
                    self.contactees_of[cid] = tids
                    pair_count += len(tids)
        self.assignments = assignments
        self.pgs = pgs

        # 五到位 events: about one member in twenty
        events = []
        for m in rng.sample(noncpc, min(len(noncpc), max(5, M // 20))):
            tid, tname, due = rng.choice(TRIGGERS)
            day = FIRST_DAY + dt.timedelta(days=rng.randint(0, (AS_OF - FIRST_DAY).days - 40))
            events.append({"member": m["id"], "kind": tid if rng.random() < 0.7 else tname, "date": day.isoformat(),
                           "note": rng.choice(["市政协常委会增补为委员", "牵头开展重点提案督办调研", "上半年履职情况统计排名靠后",
                                               "调任新的工作岗位", "家人患病住院", "在专题协商会上作主发言"])})
        events.sort(key=lambda e: (e["date"], e["member"]))
        self.events = events
        # who answers a 五到位 event: the member's pair contactor, else a 党组成员
        self.contactor_of = {}
        pg_ids = {m["id"] for m in pgs}
        for cid, tids in sorted(self.contactees_of.items(), key=lambda kv: kv[0] in pg_ids):
            for t in tids:
                self.contactor_of.setdefault(t, cid)

    def ref(self, m, p):
        """A member by name when that name is unique (as offices write), else by id."""
        return m["name"] if self.name_count[m["name"]] == 1 and self.rng.random() < p else m["id"]

    def make_records(self):
        rng = self.rng
        span = (AS_OF - FIRST_DAY).days
        records = []
        contactors = [c for c in self.contactees_of if self.contactees_of[c]]
        contactors.sort()
        cum = list(itertools.accumulate(len(self.contactees_of[c]) for c in contactors))
        # events answered first
        for e in self.events[: self.n_records // 10]:
            target = self.by_id[e["member"]]
            cid = self.contactor_of.get(target["id"])
            if cid is None:
                continue
            day = dt.date.fromisoformat(e["date"]) + dt.timedelta(days=rng.randint(1, 35))
            if day >= AS_OF:
                continue
            records.append((day, cid, [target["id"]], e["kind"]))
        while len(records) < self.n_records:
            cid = rng.choices(contactors, cum_weights=cum)[0]
            pool = self.contactees_of[cid]
            k = 1 if rng.random() < 0.85 or len(pool) < 2 else rng.randint(2, min(3, len(pool)))
            day = FIRST_DAY + dt.timedelta(days=rng.randint(0, span - 1))
            records.append((day, cid, rng.sample(pool, k), None))
        records.sort(key=lambda r: (r[0], r[1], r[2]))
        self.records = records

    # -- writing ----------------------------------------------------------------
    def window_name(self, wid):
        for w in self.windows:
            if w[0] == wid:
                return w[1]
        return wid

    def write(self, out, hugo):
        rng = self.rng
        tw = Writer()
        hw = Writer() if hugo else None
        wname = {w[0]: w[1] for w in self.windows}

        site = {
            "name": "示例市政协 同心联系平台（基准测试）",
            "organization": "政协示例市委员会",
            "demo": True,
            "as_of": AS_OF.isoformat(),
            "policy": json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "policy.json"), encoding="utf-8")),
            "limits": {"markdown_bytes": 1048576, "render_ms": 2000},
            "links": [{"title": "关于本平台", "url": "about/"}],
        }
        tw.write(os.path.join(out, "site.json"), json.dumps(site, ensure_ascii=False, indent=2) + "\n")
        org = {
            "parties": [{"id": i, "name": n, "short": s} for i, n, s in PARTIES],
            "sectors": [dict({"id": i, "name": n}, **({"short": s} if s else {})) for i, n, s in SECTORS],
            "committees": [{"id": i, "name": n, "short": s} for i, n, s in COMMITTEES],
            "windows": [dict({"id": i, "name": n}, **({"committee": c} if c else {})) for i, n, c in self.windows],
            "branches": [{"id": "b-" + i[2:], "name": n.replace("委员同心汇·", "") + "临时党支部", "window": i} for i, n, _ in self.windows],
        }
        tw.write(os.path.join(out, "data/organization.json"), json.dumps(org, ensure_ascii=False, indent=2) + "\n")
        tw.write(os.path.join(out, "data/assignments.json"),
                 "[\n" + ",\n".join("  " + json.dumps(a, ensure_ascii=False) for a in self.assignments) + "\n]\n")
        tw.write(os.path.join(out, "data/events.json"),
                 "[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in self.events) + "\n]\n")

        if hw:
            self.write_hugo_skeleton(hugo, hw)

        party_short = {i: s for i, _, s in PARTIES}
        # members
        for m in self.members:
            kw = {"A": m["name"], "B": m["name"], "S": rng.choice(SUBJECTS), "W": wname[m["window"]]}
            party_word = PARTY_MEMBER_WORD[m["party"]] if m["party"] else "群众"
            opener = (f"{m['name']}，{m['gender']}，{m['born']}年生，{rng.choice(EDUCATION)}，{party_word}。"
                      f"现任{m['unit']}{m['position']}，第十届市政协委员，参加{wname[m['window']]}。")
            items = [s.format(**dict(kw, S=rng.choice(SUBJECTS))) for s in SUGGESTIONS[:3]]
            body = self.body(self.target_size(), ["履职情况", "主要经历"], BIO_SENTENCES, kw, opener=opener,
                             list_title="近年来提交的主要提案：", list_items=[i for i in items], table=rng.random() < 0.2)
            chinese = rng.random() < 0.5
            k = (lambda en, zh: zh if chinese else en)
            fields = [(k("name", "姓名"), m["name"]), (k("gender", "性别"), m["gender"]),
                      (k("party", "党派"), (party_short[m["party"]] if chinese else m["party"]) if m["party"] else None),
                      (k("sector", "界别"), SECTOR_NAME[m["sector"]] if chinese else m["sector"]),
                      (k("committee", "专委会"), COMMITTEE_NAME[m["committee"]] if chinese else m["committee"]),
                      (k("window", "窗口"), wname[m["window"]] if chinese else m["window"]),
                      (k("roles", "角色"), m["roles"] or None), (k("unit", "工作单位"), m["unit"]),
                      (k("position", "职务"), m["position"]), (k("term", "届次"), "第十届"),
                      (k("phone", "电话"), f"139-{rng.randint(0, 9999):04d}-{rng.randint(0, 9999):04d}")]
            tw.write(os.path.join(out, "members", m["id"] + ".md"), front(fields) + body)
            if hw:
                hf = [("title", m["name"]), ("date", "2026-01-01"), ("party", party_short[m["party"]] if m["party"] else "群众"),
                      ("unit", m["unit"]), ("position", m["position"]),
                      ("committees", [COMMITTEE_NAME[m["committee"]]]),
                      ("tags", [SECTOR_NAME[m["sector"]]])]
                hw.write(os.path.join(hugo, "content/members", m["id"] + ".md"), front(hf) + body)

        # records
        used = {}
        recorders = ["办公室 " + s + "某" for s, _ in SURNAMES[:30]]
        for n, (day, cid, tids, trigger) in enumerate(self.records, start=1):
            A = self.by_id[cid]
            Bs = [self.by_id[t] for t in tids]
            B = "、".join(b["name"] for b in Bs)
            subject = rng.choice(SUBJECTS)
            kw = {"A": A["name"], "B": B, "S": subject, "W": wname[Bs[0]["window"]]}
            sugg = []
            if rng.random() < 0.3:
                for s in rng.sample(SUGGESTIONS, rng.randint(1, 2)):
                    text = s.format(S=subject)
                    status = rng.choice(["待处理", "办理中", "已反馈"])
                    item = {"text": text, "route": rng.choice(ROUTES), "status": status}
                    if status == "已反馈":
                        fb = day + dt.timedelta(days=rng.randint(7, 90))
                        if fb >= AS_OF:
                            item["status"] = "办理中"
                        else:
                            item["feedback"] = fb.isoformat()
                    sugg.append(item)
            items = [s["text"] for s in sugg] or [s.format(S=subject) for s in rng.sample(SUGGESTIONS, rng.randint(2, 3))]
            body = self.body(self.target_size(), ["联系情况", "后续跟进"], RECORD_SENTENCES, kw,
                             opener=rng.choice(RECORD_OPENERS).format(**kw), list_title="形成意见建议：",
                             list_items=items, table=rng.random() < 0.3)
            stem = f"{day.isoformat()}-{tids[0]}" + ("-group" if len(tids) > 1 else "")
            c = used.get(stem, 0) + 1
            used[stem] = c
            if c > 1:
                stem += f"-{c}"
            number = f"2026-{n:06d}"
            start = rng.choice(["09:00", "09:30", "10:00", "14:30", "15:00", "16:00"])
            end = {"09:00": "10:30", "09:30": "11:30", "10:00": "11:00", "14:30": "16:00", "15:00": "17:00", "16:00": "17:30"}[start]
            method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
            topics = sorted(rng.sample(TOPICS, rng.randint(1, 3)), key=TOPICS.index)
            place = rng.choice([f"{A['unit']}会议室", "市政协三楼会议室", f"{Bs[0]['unit']}", "委员会客厅", "市会议中心第三分会场"])
            if method in ("电话信息", "掌上履职平台"):
                # 附件2 asks for a place even then: the bundled content writes how.
                place = "电话联系" if method == "电话信息" else "掌上履职平台"
            chinese = rng.random() < 0.5
            k = (lambda en, zh: zh if chinese else en)
            fields = [(k("number", "编号"), number), (k("date", "日期"), day.isoformat()), (k("time", "起止时间"), f"{start}-{end}"),
                      (k("place", "联系地点"), place), (k("contactor", "联系人"), self.ref(A, 0.6)),
                      (k("contactees", "联系对象"), [self.ref(b, 0.3) for b in Bs]), (k("method", "联系方式"), method),
                      (k("topics", "联系内容要点"), topics), (k("trigger", "五到位"), trigger),
                      (k("recorder", "记录人"), rng.choice(recorders)), (k("suggestions", "意见建议"), sugg or None)]
            text = front(fields)
            tw.write(os.path.join(out, "records", "2026", stem + ".md"), text + body)
            if hw:
                hf = [("title", f"联系记录 {number} {A['name']}联系{B}"), ("date", day.isoformat()), ("number", number),
                      ("contactor", A["name"]), ("contactees", [b["name"] for b in Bs]), ("place", place),
                      ("methods", [method]), ("tags", topics), ("committees", [COMMITTEE_NAME[A["committee"]]])]
                hw.write(os.path.join(hugo, "content/records/2026", stem + ".md"), front(hf) + body)

        # cases
        pairs = [(c, t) for c in sorted(self.contactees_of) for t in self.contactees_of[c]]
        for n in range(1, self.n_cases + 1):
            cid, tid = rng.choice(pairs)
            A, B = self.by_id[cid], self.by_id[tid]
            subject = rng.choice(SUBJECTS)
            kw = {"A": A["name"], "B": B["name"], "S": subject, "W": wname[A["window"]]}
            title = rng.choice(["结对联系解难题：", "同心聚力：", "委员会客厅里的协商：", "从调研到提案："]) + f"推动{subject}取得新进展"
            day = FIRST_DAY + dt.timedelta(days=rng.randint(0, (AS_OF - FIRST_DAY).days - 1))
            summary = f"{wname[A['window']]}的党员委员{A['name']}与结对联系的党外委员{B['name']}一起围绕{subject}开展调研，推动相关建议得到落实。"
            tags = rng.sample(CASE_TAGS, rng.randint(2, 3))
            body = self.body(self.target_size(), ["一对结对的委员", "从调研到提案", "经验"], CASE_SENTENCES, kw,
                             list_title="主要做法：", list_items=[s.format(S=subject) for s in rng.sample(SUGGESTIONS, 3)],
                             table=rng.random() < 0.3)
            slug = f"case-{n:05d}"
            fields = [("title", title), ("date", day.isoformat()), ("summary", summary), ("members", [cid, tid]), ("tags", tags)]
            tw.write(os.path.join(out, "cases", slug + ".md"), front(fields) + body)
            if hw:
                hf = [("title", title), ("date", day.isoformat()), ("summary", summary), ("tags", tags),
                      ("committees", [COMMITTEE_NAME[A["committee"]]])]
                hw.write(os.path.join(hugo, "content/cases", slug + ".md"), front(hf) + body)

        # rules and a page
        for slug, title, number, order in [("work-method", "党组成员联系相关界别党员委员、党员委员联系党外委员工作办法", "示政协党组〔2026〕3号", 1),
                                            ("five-in-place", "联系五到位工作细则", "示政协党组〔2026〕5号", 2)]:
            kw = {"A": "党组成员", "B": "党外委员", "S": rng.choice(SUBJECTS), "W": "各窗口"}
            body = self.body(4000, ["一、联系原则与对象", "二、联系内容", "三、联系方式", "四、工作要求"], RECORD_SENTENCES + SUGGESTIONS, kw,
                             list_items=[f"{m}" for m in METHODS[:6]], list_title="联系方式包括：", table=True)
            fields = [("title", title), ("number", number), ("issuer", "中共政协示例市委员会党组"), ("issued", "2026-01-04"), ("order", order)]
            tw.write(os.path.join(out, "rules", slug + ".md"), front(fields) + body)
            if hw:
                hw.write(os.path.join(hugo, "content/rules", slug + ".md"),
                         front([("title", title), ("date", "2026-01-04"), ("number", number)]) + body)
        about = "本站点是 Tongxin 基准测试生成的示例站点，所有姓名、单位和记录均为**示例数据（虚构）**。\n"
        tw.write(os.path.join(out, "pages", "about.md"), front([("title", "关于本平台"), ("order", 1), ("audience", "public")]) + about)
        if hw:
            hw.write(os.path.join(hugo, "content/about.md"), front([("title", "关于本平台"), ("date", "2026-01-01")]) + about)
        return tw, hw

    def write_hugo_skeleton(self, hugo, hw):
        config = """baseURL = "https://portal.example.org/"
languageCode = "zh-cn"
defaultContentLanguage = "zh-cn"
title = "示例市政协 同心联系平台（基准测试）"
hasCJKLanguage = true
paginate = 100
disableKinds = ["RSS", "sitemap", "robotsTXT"]
enableGitInfo = false

[params]
organization = "政协示例市委员会"

[taxonomies]
tag = "tags"
method = "methods"
committee = "committees"

[markup.goldmark.renderer]
unsafe = false

[markup.goldmark.extensions]
table = true
strikethrough = true
linkify = true
taskList = true
typographer = false
"""
        hw.write(os.path.join(hugo, "config.toml"), config)
        for section, title in [("members", "委员名录"), ("records", "联系记录"), ("cases", "典型案例"), ("rules", "制度文件")]:
            hw.write(os.path.join(hugo, "content", section, "_index.md"), front([("title", title)]))
        for taxonomy, title in [("tags", "标签"), ("methods", "联系方式"), ("committees", "专委会")]:
            hw.write(os.path.join(hugo, "content", taxonomy, "_index.md"), front([("title", title)]))
        hw.write(os.path.join(hugo, "content", "_index.md"), front([("title", "首页")]))
        layouts = {
            "baseof.html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="{{ "tags/" | relURL }}">标签</a> <a href="{{ "methods/" | relURL }}">联系方式</a> <a href="{{ "committees/" | relURL }}">专委会</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Params.organization }}</footer>
</body>
</html>
""",
            "single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time>{{ .Date.Format "2006年1月2日" }}</time>{{ with .Params.number }} · 编号 {{ . }}{{ end }}</p>
{{ with .Params.contactor }}<p>联系人：{{ . }}；联系对象：{{ delimit $.Params.contactees "、" }}{{ with $.Params.place }}；地点：{{ . }}{{ end }}</p>{{ end }}
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ range .GetTerms "methods" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ range .GetTerms "committees" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ .Content }}
</article>{{ end }}
""",
            "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
""",
            "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
            "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
""",
        }
        for name, text in layouts.items():
            hw.write(os.path.join(hugo, "layouts/_default", name), text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, help="N pages: members N/8, records 6N/8, cases the rest")
    ap.add_argument("--members", type=int)
    ap.add_argument("--records", type=int)
    ap.add_argument("--cases", type=int)
    ap.add_argument("--out", required=True, help="folder for the Tongxin site (created; must be empty or absent)")
    ap.add_argument("--hugo", help="also write the same pages as a Hugo site here")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.pages is not None:
        members, records = a.pages // 8, a.pages * 6 // 8
        cases = a.pages - members - records
    else:
        members = records = cases = None
    members = a.members if a.members is not None else members
    records = a.records if a.records is not None else records
    cases = a.cases if a.cases is not None else cases
    if members is None or records is None or cases is None:
        ap.error("give --pages N, or --members, --records and --cases")
    if members < 60:
        ap.error("--members must be at least 60, or --pages at least 480 (every kind of assignment "
                 "needs members of its kind: 党组成员, sector leads, independents, religious figures)")
    for d in (a.out, a.hugo):
        if d and os.path.exists(d) and os.listdir(d):
            ap.error(f"{d} exists and is not empty")
    t0 = time.time()
    corpus = Corpus(a.seed, members, records, cases)
    corpus.build()
    corpus.make_records()
    tw, hw = corpus.write(a.out, a.hugo)
    msg = (f"generated {members} members, {len(corpus.records)} records, {cases} cases (+2 rules, 1 page), "
           f"{len(corpus.assignments)} assignments, {len(corpus.events)} events, {len(corpus.windows)} windows: "
           f"Tongxin {tw.files} files / {tw.bytes / 1e6:.1f} MB")
    if hw:
        msg += f", Hugo {hw.files} files / {hw.bytes / 1e6:.1f} MB"
    print(msg + f" in {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
