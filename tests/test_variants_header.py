"""Variant forms of the title and doc_type on pages nobody here has seen, in invented wording.

Real portals (government, school, news) wrap a document in furniture written many ways:
breadcrumbs with › > » / -, font-size and print widgets, share bars, QR-code notes, metadata
tables (with | cells or one key per line), datelines with 来源 / 作者 / 浏览次数, editor credits,
上一篇 / 下一篇 links, related-article lists, footers (版权所有, ICP备, 标识码, 公安备案),
app banners, cookie notes and photo captions; headlines carry column tags or the site name
after a separator, sit under a kicker or over a `——记…` subtitle. Each test names places,
people and numbers that occur in no corpus document; the look-alikes that must NOT be taken
(a sidebar headline, a column name, a caption, a cited document) are tested beside them.
"""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
HEAD = "青岚市2030年全民终身学习活动周开幕"
DATELINE = "发布时间：2030-05-12 09:30  来源：青岚日报  作者：林晓  浏览次数：236"
LEAD = "5月11日上午，青岚市2030年全民终身学习活动周开幕式在市文化中心广场举行，来自各街道的四百余名居民参加了活动。"
MORE = "开幕式上，市教育局负责人介绍了活动周的安排，社区学校学员表演了太极拳和合唱节目，现场气氛热烈。"
NEUTRAL = "各单位要高度重视，结合实际认真抓好落实，确保各项工作取得实效。"
NOTICE_BODY = "为推进学习型社会建设，根据上级有关要求，结合本市实际，现将有关事项通知如下。"


def run(*lines: str) -> Context:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    for field in ("title", "doc_type"):
        ev = ctx.evidence_map.get(field)
        if ev is not None:
            assert ctx.text[ev.start:ev.end] == ev.text
    return ctx


def title_of(*lines: str) -> str | None:
    value = run(*lines).fields.get("title")
    return str(value) if value is not None else None


def kind_of(*lines: str) -> str:
    return str(run(*lines).fields["doc_type"])


# ---------------------------------------------------------------- furniture above the headline

TOP_FURNITURE = [
    "当前位置：首页 › 新闻中心 › 工作动态",
    "您所在的位置：首页 > 教育资讯 > 正文",
    "您现在的位置： 网站首页 » 新闻动态",
    "首页 / 通知公告 / 正文",
    "首页 - 新闻中心 - 综合新闻",
    "位置：首页>>工作动态",
    "【字体：大 中 小】【打印】【关闭】",
    "字号：大 中 小",
    "分享到：微信 微博 QQ空间",
    "扫一扫在手机打开当前页",
    "网站地图 | 联系我们 | English",
    "下载青岚新闻客户端，随时随地看资讯",
    "本网站使用cookie以改善浏览体验，继续浏览即表示您同意。",
    "政府信息公开 | 政务服务 | 互动交流 | 数据开放",
    "无障碍浏览 | 长者模式",
    "青岚市人民政府门户网站",
    "通知公告",
    "工作动态",
    "社区教育",
    "今天是：2030年5月12日 星期日",
    "搜索 请输入关键字",
    "LIFELONG LEARNING",
]


@pytest.mark.parametrize("furniture", TOP_FURNITURE)
def test_furniture_above_a_headline_is_not_the_title(furniture: str) -> None:
    assert title_of(furniture, HEAD, DATELINE, LEAD, MORE) == HEAD
    assert kind_of(furniture, HEAD, DATELINE, LEAD, MORE) == "news"


DATELINES = [
    "发布时间：2030-05-12  来源：青岚日报",
    "时间：2030年05月12日 来源：本站 点击数：88",
    "2030-05-12 10:21:33 来源: 青岚新闻网",
    "作者：通讯员 林晓  发布日期：2030/05/12",
    "发布者：管理员 | 发布时间：2030-05-12 | 浏览：120次",
    "日期：2030-05-12 【字体：大 中 小】",
    "来源：青岚日报 | 2030-05-12",
    "信息来源：市教育局 发布时间：2030-05-12 阅读次数：",
    "2030年05月12日 09:30 来源：青岚发布",
    "[ 2030-05-12 ] 浏览：56",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_forms_under_the_headline(dateline: str) -> None:
    assert title_of("当前位置：首页 > 新闻动态", HEAD, dateline, LEAD) == HEAD


@pytest.mark.parametrize("dateline", ["2030-05-12", "来源：青岚日报 2030-05-12 09:30", "浏览次数：236 发布时间：2030-05-12"])
def test_headline_glued_to_its_dateline_is_cut(dateline: str) -> None:
    assert title_of(f"{HEAD}  {dateline}", LEAD) == HEAD


# ---------------------------------------------------------------- metadata tables

META_TABLES = [
    ["| 索引号： | 11330000/2030-00012 | 主题分类： | 教育 |", "| 发布机构： | 青岚市教育局 | 成文日期： | 2030-04-02 |",
     "| 文号： | 青教〔2030〕12号 | 发布日期： | 2030-04-03 |"],
    ["索引号：11330000/2030-00012", "主题分类：教育", "发布机构：青岚市教育局", "成文日期：2030年04月02日",
     "文号：青教〔2030〕12号"],
    ["索引号", "11330000/2030-00012", "发布机构", "青岚市教育局", "文号", "青教〔2030〕12号"],
]
NOTICE_TITLE = "青岚市教育局关于举办2030年全民终身学习活动周的通知"


@pytest.mark.parametrize("table", META_TABLES)
def test_metadata_table_above_a_notice(table: list[str]) -> None:
    lines = ("当前位置：首页 › 政府信息公开 › 通知公告", *table, NOTICE_TITLE, "各区县教育局，市直各学校：", NOTICE_BODY)
    assert title_of(*lines) == NOTICE_TITLE
    assert kind_of(*lines) == "notice"


# ---------------------------------------------------------------- furniture below the body

BOTTOM_FURNITURE = [
    ["[责任编辑：王敏]", "上一篇：桐溪县召开社区教育工作推进会", "下一篇：关于开展2030年百姓学习之星推荐工作的通知"],
    ["编辑：王敏  审核：柯远  校对：周安", "相关阅读", "雁塘区老年大学举行春季开学典礼", "松川镇举办家庭教育讲座"],
    ["附件下载：", "1.活动周安排表.docx", "网站地图 | 联系我们", "版权所有：青岚市教育局  浙ICP备30001234号"],
    ["政府网站标识码：3300000012", "浙公网安备 33010002000123号", "主办：青岚市人民政府办公室"],
    ["推荐阅读", "关于公布2030年青岚市学习型社区名单的通知", "桐溪县2030年社区教育工作要点"],
    ["相关新闻", "· 雁塘区全民终身学习活动周闭幕 2030-05-20", "· 桐溪县老年大学喜获省级示范校 2030-04-11",
     "· 松川镇社区学校授牌 2030-03-02"],
]


@pytest.mark.parametrize("bottom", BOTTOM_FURNITURE)
def test_furniture_below_the_body_changes_neither_field(bottom: list[str]) -> None:
    lines = (HEAD, DATELINE, LEAD, MORE, *bottom)
    assert title_of(*lines) == HEAD
    assert kind_of(*lines) == "news"


# ---------------------------------------------------------------- headline forms

@pytest.mark.parametrize("line, expected", [
    (f"【专题】{HEAD}", HEAD),
    (f"[新闻]{HEAD}", HEAD),
    (f"【图文】{HEAD}", HEAD),
    (f"{HEAD}_青岚教育网", HEAD),
    (f"{HEAD} - 青岚市人民政府", HEAD),
    (f"{HEAD}｜青岚新闻网", HEAD),
    (f"{HEAD}_工作动态_青岚教育网", HEAD),
    (f"{HEAD}-青岚市教育局门户网站", HEAD),
])
def test_headline_tags_and_site_suffixes_are_dropped(line: str, expected: str) -> None:
    assert title_of(line, DATELINE, LEAD) == expected


def test_page_title_with_site_suffix_above_the_headline_gives_the_headline() -> None:
    assert title_of(f"{HEAD} - 青岚教育网", "当前位置：首页 > 新闻动态", HEAD, DATELINE, LEAD) == HEAD


def test_kicker_above_the_headline_is_not_the_title() -> None:
    assert title_of("践行终身学习 共建学习城市", HEAD, DATELINE, LEAD) == HEAD


def test_subtitle_under_the_headline_is_not_the_title() -> None:
    head = "银发学子的别样课堂"
    lines = (head, "——记桐溪县松川镇老年学校", "来源：桐溪新闻网 2030-06-02", "近日，记者走进桐溪县松川镇老年学校，"
             "只见教室里座无虚席，七十多岁的学员正跟着老师练习书法。", "学校每学期开设十余门课程。")
    assert title_of(*lines) == head
    assert kind_of(*lines) == "news"


def test_series_kicker_line_with_dash_subtitle() -> None:
    lines = ("终身学习在身边", "——桐溪县打造十五分钟学习圈", "发布时间：2030-06-02", LEAD)
    assert title_of(*lines) == "终身学习在身边"


def test_site_suffix_without_site_word_is_kept() -> None:
    title = "学习型城市建设的青岚经验 - 访谈"
    assert title_of(title, DATELINE, LEAD) == title


# ---------------------------------------------------------------- look-alikes

def test_sidebar_list_before_the_article_is_not_the_title() -> None:
    lines = ("相关新闻", "桐溪县召开社区教育工作推进会", "关于开展2030年百姓学习之星推荐工作的通知",
             "雁塘区老年大学举行春季开学典礼", HEAD, DATELINE, LEAD, MORE)
    assert title_of(*lines) == HEAD
    assert kind_of(*lines) == "news"


def test_hot_list_before_an_untitled_dateline_article() -> None:
    lines = ("热点推荐", "关于公布2030年青岚市学习型社区名单的通知", "桐溪县2030年社区教育工作要点",
             HEAD, "来源：青岚日报", LEAD, MORE)
    assert title_of(*lines) == HEAD


def test_column_name_alone_is_not_a_title() -> None:
    assert title_of("老年教育", LEAD, MORE) is None
    assert title_of("新闻中心", "工作动态", LEAD, MORE) is None


@pytest.mark.parametrize("caption", [
    "图为开幕式现场。",
    "摄影：林晓",
    "林晓 摄",
    "（图片来源：青岚日报）",
    "开幕式现场（摄影：林晓）",
    "图：学员展示书法作品",
    "▲ 学员展示书法作品",
    "（通讯员 林晓 摄）",
])
def test_photo_caption_is_not_the_title(caption: str) -> None:
    lines = (caption, HEAD, DATELINE, LEAD)
    assert title_of(*lines) == HEAD
    assert title_of(HEAD, DATELINE, LEAD, caption, MORE) == HEAD


def test_caption_above_an_untitled_excerpt_is_not_a_title() -> None:
    assert title_of("photo_0512.jpg", "学员在开幕式上展示书法作品", LEAD, MORE) is None


def test_cited_document_inside_the_body_is_not_the_title() -> None:
    lines = ("根据《青岚市教育局关于举办2030年全民终身学习活动周的通知》要求，桐溪县精心组织了各项活动。",
             "《桐溪县社区教育三年行动方案》提出，到2032年建成覆盖城乡的社区教育网络。", "一是加强组织领导，二是丰富活动内容。")
    assert title_of(*lines) is None


def test_cited_plan_quoted_in_a_notice_does_not_make_it_a_plan() -> None:
    lines = (NOTICE_TITLE, "各区县教育局：", "根据《青岚市终身教育发展规划（2030—2035年）》，现将有关事项通知如下。",
             "一、活动时间", "2030年5月11日至17日。", "请各单位于5月25日前报送活动总结。", "特此通知。")
    assert kind_of(*lines) == "notice"


# ---------------------------------------------------------------- doc_type: genre words in titles

@pytest.mark.parametrize("title, kind", [
    ("关于开展2030年社区教育特色课程评选的补充通知", "notice"),
    ("关于做好活动周期间场馆安全工作的紧急通知", "notice"),
    ("青岚市教育局关于2030年老年大学秋季招生的通告", "notice"),
    ("关于商请支持2030年全民终身学习活动周宣传工作的函", "notice"),
    ("青岚市教育局关于桐溪县社区学院更名事项的复函", "notice"),
    ("2030年青岚终身学习论坛邀请函", "notice"),
    ("争做终身学习者倡议书", "notice"),
    ("2030年青岚市全民终身学习活动周征文启事", "notice"),
    ("青岚市老年大学2030年秋季招生公告", "notice"),
    ("关于2030年青岚市百姓学习之星推荐人选的公示", "notice"),
    ("2030年青岚市百姓学习之星名单公布", "notice"),
    ("2030年青岚市社区教育实验项目申报指南", "notice"),
    ("2030年全民终身学习活动周志愿者招募", "notice"),
    ("青岚市老年开放大学2030年春季招生简章", "notice"),
    ("2030年终身学习品牌项目征集令", "notice"),
    ("青岚市2030年全民终身学习活动周实施方案", "plan"),
    ("青岚市终身教育发展规划（2030—2035年）", "plan"),
    ("青岚市社区教育三年行动计划", "plan"),
    ("2030年青岚市社区教育工作要点", "plan"),
    ("关于推进老年教育高质量发展的实施意见", "plan"),
    ("青岚市人民政府关于建设学习型城市的决定", "plan"),
    ("关于表彰2030年度终身学习先进集体的决定", "notice"),
    ("青岚市2030年全民终身学习活动周工作总结", "summary"),
    ("桐溪县2030年社区教育工作报告", "summary"),
    ("关于全民终身学习活动周开展情况的汇报", "summary"),
    ("桐溪县社区教育示范街道创建自查报告", "summary"),
    ("全民终身学习活动周简报（第3期）", "summary"),
    ("在2030年全民终身学习活动周开幕式上的讲话", "other"),
    ("市教育局局长在活动周开幕式上的致辞", "other"),
    ("在社区教育工作座谈会上的发言", "other"),
    ("社区教育十年发展回顾", "other"),
    ("学习型城市建设访谈录", "other"),
])
def test_genre_word_of_a_title(title: str, kind: str) -> None:
    assert kind_of(title, NEUTRAL) == kind


@pytest.mark.parametrize("headline", [
    "青岚市举行2030年全民终身学习活动周启动仪式",
    "桐溪县召开社区教育工作推进会",
    "雁塘区全民终身学习活动周闭幕",
    "市领导走访慰问老年大学学员",
    "省教育厅调研组来我市调研社区教育工作",
    "青岚市召开老年教育工作座谈会",
    "松川镇社区学校获评省级示范学校",
    "桐溪县社区学院喜获全国终身学习品牌项目",
    "雁塘区为十所社区学校授牌",
    "终身学习走进乡村课堂",
    "青岚市老年大学春季开学",
    "社区教育送教进村 居民家门口学技能",
])
def test_news_headlines_with_event_verbs(headline: str) -> None:
    assert kind_of(headline, DATELINE, "学员们纷纷表示收获很大，希望今后多组织这样的活动。") == "news"


@pytest.mark.parametrize("lead", [
    "本网讯 近日，桐溪县松川镇社区学校开展了插花技能培训，四十余名居民参加。",
    "（青岚台讯）日前，雁塘区社区学院组织学员参观了非遗展览馆。",
    "青岚网讯（通讯员 林晓）5月12日，桐溪县老年大学举办了书画作品展。",
    "记者从市教育局获悉，今年全市共建成社区学习点八十个。",
    "近日，桐溪县松川镇老年学校迎来了一批新学员。",
    "5月12日下午，雁塘区社区教育工作座谈会在区行政中心召开。",
])
def test_news_leads_without_a_headline(lead: str) -> None:
    assert kind_of(lead, "活动中，居民们积极参与，现场气氛热烈。") == "news"


def test_news_signed_by_reporters() -> None:
    lines = ("银发课堂里的笑声", "走进桐溪县老年大学的教室，一阵阵笑声扑面而来。学员们正在上摄影课。",
             "学校今年新开了智能手机应用课程，报名的学员很多。", "记者 林晓 通讯员 王敏")
    assert kind_of(*lines) == "news"


def test_news_signed_with_text_and_photo_credit() -> None:
    lines = ("银发课堂里的笑声", "走进桐溪县老年大学的教室，一阵阵笑声扑面而来。学员们正在上摄影课。",
             "学校今年新开了智能手机应用课程，报名的学员很多。", "文/林晓 图/王敏")
    assert kind_of(*lines) == "news"


def test_speech_opening_with_honorific() -> None:
    lines = ("尊敬的各位领导、各位来宾，同志们：", "大家上午好！今天，我们在这里隆重举行活动周开幕式。",
             "终身学习是每个人的事情，希望大家积极参与。")
    assert kind_of(*lines) == "other"


@pytest.mark.parametrize("title", [
    "社区教育服务乡村振兴的路径研究",
    "老年教育课程建设的实践与思考",
    "学习型城市建设评价指标体系探析",
])
def test_papers_are_other(title: str) -> None:
    assert kind_of(title, "摘要：本文分析了社区教育的现状，提出了若干对策。", "关键词：社区教育；终身学习") == "other"


# ---------------------------------------------------------------- look-alikes for doc_type

def test_notice_in_a_sidebar_does_not_make_a_news_page_a_notice() -> None:
    lines = ("推荐阅读", "关于开展2030年百姓学习之星推荐工作的通知", HEAD, DATELINE, LEAD, MORE,
             "上一篇：关于公布2030年学习型社区名单的通知")
    assert kind_of(*lines) == "news"


def test_news_about_a_notice_being_issued_is_news() -> None:
    lines = ("青岚市部署2030年全民终身学习活动周工作", DATELINE,
             "近日，青岚市教育局印发《关于举办2030年全民终身学习活动周的通知》，对活动周工作作出部署。", MORE)
    assert kind_of(*lines) == "news"


# ---------------------------------------------------------------- second round: rows and glued widgets

@pytest.mark.parametrize("line", [
    f"{HEAD} | 2030-05-12 | 来源：青岚日报",
    f"{HEAD} 发布时间：2030-05-12 【字体：大 中 小】【打印】",
    f"{HEAD}【字体：大 中 小】",
    f"{HEAD} 分享到：微信 微博",
    f"{HEAD}  点击：236  日期：2030-05-12",
])
def test_headline_glued_to_dateline_and_widgets(line: str) -> None:
    assert title_of("当前位置：首页 > 新闻动态", line, LEAD, MORE) == HEAD


@pytest.mark.parametrize("row", [
    f"标题：{NOTICE_TITLE}",
    f"信息名称：{NOTICE_TITLE}",
    f"| 标题 | {NOTICE_TITLE} |",
    f"文件名称：{NOTICE_TITLE}",
])
def test_title_read_from_a_metadata_row_when_no_title_line(row: str) -> None:
    lines = ("索引号：11330000/2030-00012", row, "发布机构：青岚市教育局", "各区县教育局：", NOTICE_BODY)
    assert title_of(*lines) == NOTICE_TITLE


@pytest.mark.parametrize("label", ["转载：", "原创：", "主标题：", "【转载】", "[置顶]"])
def test_label_before_a_headline_is_dropped(label: str) -> None:
    assert title_of(f"{label}{HEAD}", DATELINE, LEAD) == HEAD


def test_subtitle_row_is_not_the_title() -> None:
    assert title_of(HEAD, "副标题：居民家门口的学习节", DATELINE, LEAD) == HEAD


@pytest.mark.parametrize("headline", [
    "青岚市召开全民终身学习活动周实施方案部署会",
    "桐溪县社区教育工作总结表彰大会举行",
    "雁塘区老年大学招生简章发布会召开",
    "青岚市举行百姓学习之星名单发布仪式",
])
def test_genre_word_inside_a_news_headline_is_not_the_genre(headline: str) -> None:
    assert kind_of(headline, DATELINE, LEAD, MORE) == "news"


def test_notice_listing_a_plan_as_attachment_stays_a_notice() -> None:
    lines = (NOTICE_TITLE, "各区县教育局：", NOTICE_BODY, "一、活动时间", "2030年5月11日至17日。",
             "请于5月25日前报送活动总结。", "特此通知。", "附件：1.青岚市2030年全民终身学习活动周实施方案",
             "2.活动周安排表", "青岚市教育局", "2030年4月2日")
    assert kind_of(*lines) == "notice"
    assert title_of(*lines) == NOTICE_TITLE


@pytest.mark.parametrize("lead", [
    "本报记者 林晓 报道：5月12日，桐溪县老年大学举办了书画作品展。",
    "据悉，桐溪县今年已建成社区学习点三十个，开设课程一百余门。",
    "五月十二日上午，雁塘区社区教育学院举行了揭牌仪式。",
    "5月10日至16日，桐溪县开展了形式多样的学习活动。",
])
def test_more_news_leads(lead: str) -> None:
    assert kind_of(lead, "活动中，居民们积极参与，现场气氛热烈。") == "news"


# ---------------------------------------------------------------- untitled excerpts: the body decides

@pytest.mark.parametrize("lines, kind", [
    (("各街道、镇，区直各单位：", "根据市教育局有关要求，现将2030年全民终身学习活动周有关事项通知如下：", "一、活动时间",
      "2030年5月11日至17日。", "二、有关要求", "请于5月25日前将活动总结报送区社区学院。", "青岚市雁塘区教育局", "2030年4月2日"),
     "notice"),
    (("为深入推进学习型社会建设，结合我县实际，制定本方案。", "一、指导思想", "坚持以人民为中心，满足居民多样化学习需求。",
      "二、工作目标", "到2032年，建成覆盖城乡的社区教育网络。", "三、主要任务", "（一）完善办学网络。", "四、保障措施",
      "（一）加强组织领导。"), "plan"),
    (("一、总体要求", "以满足居民学习需求为导向，推动社区教育提质增效。", "二、重点任务", "（一）拓展学习资源。",
      "（二）培育学习品牌。", "三、组织实施", "各街道要明确专人负责，按时完成各项任务。"), "plan"),
    (("2030年，在区委区政府的领导下，我区认真组织开展了全民终身学习活动周，现将有关情况总结如下：", "一、基本情况",
      "活动周期间，全区共举办各类学习活动六十余场。", "二、主要做法", "（一）高度重视，精心组织。", "三、存在问题",
      "部分街道宣传不够深入。", "四、下一步打算", "继续办好社区学校。"), "summary"),
    (("现将我县2030年全民终身学习活动周工作情况报告如下：", "一、活动开展情况", "全县共开展活动五十余场，参与群众八千余人次。",
      "二、工作亮点", "打造了一批学习品牌。"), "summary"),
    (("开幕式上，雁塘区教育局负责人介绍了本届活动周的安排。", "随后，社区学校学员表演了舞蹈和合唱，市民纷纷驻足观看。",
      "（通讯员 林晓）"), "news"),
])
def test_untitled_excerpt_by_its_body(lines: tuple[str, ...], kind: str) -> None:
    assert title_of(*lines) is None
    assert kind_of(*lines) == kind


# ---------------------------------------------------------------- WeChat public-account articles

@pytest.mark.parametrize("top", [
    ["点击上方蓝字关注我们"],
    ["原创 林晓 青岚教育发布 2030-05-12 09:30 发表于浙江"],
    ["青岚教育发布 2030-05-12 09:30"],
    ["收录于合集 #终身学习 5个"],
    ["来源 | 青岚日报", "编辑 | 林晓"],
    ["文字 | 林晓  图片 | 王敏  编辑 | 周安"],
])
def test_wechat_header_rows_are_not_the_title(top: list[str]) -> None:
    lines = (*top, HEAD, LEAD, MORE)
    assert title_of(*lines) == HEAD
    assert title_of(HEAD, *top, LEAD, MORE) == HEAD
    assert kind_of(*lines) == "news"


def test_wechat_footer_rows_change_nothing() -> None:
    lines = (HEAD, "原创 林晓 青岚教育发布 2030-05-12 发表于浙江", LEAD, MORE, "END", "来源丨青岚日报",
             "审核丨柯远", "长按识别二维码关注我们", "阅读原文", "预览时标签不可点", "在看", "分享")
    assert title_of(*lines) == HEAD
    assert kind_of(*lines) == "news"


FEATURE = "银发学子的别样课堂"
FEATURE_LEAD = "走进桐溪县松川镇老年学校的教室，七十多岁的学员正跟着老师一笔一画地练习书法。"


@pytest.mark.parametrize("top", [[f] for f in TOP_FURNITURE if "。" not in f] + [
    ["点击上方蓝字关注我们"],
    ["原创 林晓 青岚教育发布 2030-05-12 09:30 发表于浙江"],
    ["收录于合集 #终身学习 5个"],
    ["来源 | 青岚日报", "编辑 | 林晓"],
    ["文字 | 林晓  图片 | 王敏  编辑 | 周安"],
    ["青岚市教育局", "新闻中心"],
    ["青岚教育网欢迎您"],
    ["手机版 | English | 繁體"],
    ["热门搜索：终身学习 老年大学 社区教育"],
])
def test_furniture_above_a_feature_headline_without_event_verb(top: list[str]) -> None:
    assert title_of(*top, FEATURE, FEATURE_LEAD, MORE) == FEATURE


@pytest.mark.parametrize("heading", ["相关新闻", "推荐阅读", "热点推荐", "猜你喜欢", "往期回顾", "最新动态："])
def test_related_list_above_a_feature_is_furniture(heading: str) -> None:
    lines = (heading, "关于开展2030年百姓学习之星推荐工作的通知", "桐溪县2030年社区教育工作要点", FEATURE,
             FEATURE_LEAD, MORE)
    assert title_of(*lines) == FEATURE
    assert kind_of(*lines) == "news"


def test_column_label_above_a_notice_still_gives_the_notice_title() -> None:
    lines = ("通知公告", NOTICE_TITLE, "各区县教育局：", NOTICE_BODY)
    assert title_of(*lines) == NOTICE_TITLE
    assert title_of("最新公告", NOTICE_TITLE, "各区县教育局：", NOTICE_BODY) == NOTICE_TITLE


@pytest.mark.parametrize("lead", [
    "本报青岚5月12日讯 近日，桐溪县老年大学举办了书画作品展。",
    "为进一步营造全民学习氛围，5月12日，雁塘区社区学院举办了读书分享会。",
    "青岚新闻网5月12日讯（记者 林晓）雁塘区社区教育成果展在区图书馆开展。",
])
def test_wire_and_purpose_leads(lead: str) -> None:
    assert kind_of(lead, "活动中，居民们积极参与，现场气氛热烈。") == "news"


def test_news_lead_inside_a_summary_gives_way_to_its_reporting_phrase() -> None:
    lines = ("为营造浓厚学习氛围，我县于5月11日至17日开展了全民终身学习活动周，现将活动情况总结如下：",
             "一、主要做法", "（一）精心组织。", "二、取得成效", "全县共举办活动五十余场。")
    assert kind_of(*lines) == "summary"


@pytest.mark.parametrize("letterhead", ["青岚市教育局文件", "青 岚 市 教 育 局 文 件", "中共青岚市委教育工作委员会 青岚市教育局"])
def test_letterhead_above_a_numbered_notice_is_not_the_title(letterhead: str) -> None:
    lines = (letterhead, "青教〔2030〕12号", NOTICE_TITLE, "各区县教育局：", NOTICE_BODY)
    assert title_of(*lines) == NOTICE_TITLE
    assert kind_of(*lines) == "notice"


@pytest.mark.parametrize("seo", [
    "关键词：终身学习，活动周，青岚",
    "导读：一年一度的全民终身学习活动周又来了",
    "核心提示：青岚市民家门口就能学",
    "摘要：活动周期间全市将举办各类活动",
])
def test_seo_and_digest_rows_are_not_the_title(seo: str) -> None:
    assert title_of(HEAD, seo, DATELINE, LEAD) == HEAD
    assert title_of(seo, FEATURE, FEATURE_LEAD, MORE) == FEATURE


@pytest.mark.parametrize("widget", ["【字体：大 中 小】【打印】", "分享到：微信 微博", "导读：学员们在家门口上起了书法课"])
def test_widget_row_between_headline_and_dateline_keeps_them_together(widget: str) -> None:
    lines = ("学习让生活更美好", FEATURE, widget, DATELINE, FEATURE_LEAD, MORE)
    assert title_of(*lines) == FEATURE


@pytest.mark.parametrize("lead", [
    "连日来，桐溪县各社区学校开展了形式多样的学习活动。",
    "5月12日—18日，雁塘区举办了第三届社区读书节。",
    "青岚市2030年全民终身学习活动周开幕式在市文化中心举行。",
    "为丰富老年人精神文化生活，桐溪县老年大学组织开展了书画展览活动。",
])
def test_untitled_news_leads_of_other_shapes(lead: str) -> None:
    assert kind_of(lead, "活动中，居民们积极参与，现场气氛热烈。") == "news"


# ---------------------------------------------------------------- plans under a cover notice

ACTIVITY_PLAN = ("一、活动主题", "终身学习，美好生活。", "二、活动时间", "2030年5月11日至17日。", "三、活动内容",
                 "（一）举办开幕式。各街道同步开展学习成果展示。", "（二）开展送教进社区活动，组织社区学校教师深入居民小区授课。",
                 "（三）举办学习成果展，集中展示社区学校、老年学校和各类学习团队一年来的学习成果，评选优秀学习作品。",
                 "（四）开展线上学习活动，依托区终身学习网推出系列微课，方便居民随时随地参与学习。",
                 "四、组织领导", "成立活动周领导小组，由区教育局分管领导任组长，各街道分管领导为成员，统筹协调活动周各项工作。",
                 "五、工作要求", "各单位要高度重视，加强宣传，确保活动取得实效，营造浓厚的全民学习氛围。活动结束后及时总结经验，"
                 "于5月25日前将活动总结和图片资料报区社区学院。")


def test_cover_notice_with_a_few_one_line_items_stays_a_notice() -> None:
    lines = ("关于印发《雁塘区2030年全民终身学习活动周活动方案》的通知", "各街道：",
             "现将《雁塘区2030年全民终身学习活动周活动方案》印发给你们，请认真贯彻执行。", "雁塘区教育局", "2030年4月2日",
             "雁塘区2030年全民终身学习活动周活动方案", "一、活动时间：2030年5月11日至17日。", "二、活动主题：终身学习，美好生活。",
             "三、工作要求：各单位于5月25日前报送活动总结。")
    assert kind_of(*lines) == "notice"


@pytest.mark.parametrize("cover", [
    ("关于印发《雁塘区2030年全民终身学习活动周活动方案》的通知", "各街道：",
     "现将《雁塘区2030年全民终身学习活动周活动方案》予以印发，请认真抓好落实。"),
    ("关于转发市教育局2030年社区教育工作要点的通知", "各街道：", "现将市教育局2030年社区教育工作要点转发给你们，请结合实际贯彻执行。"),
    ("各街道：", "《雁塘区2030年全民终身学习活动周活动方案》已经区教育局研究同意，现印发给你们，请遵照执行。"),
])
def test_cover_notice_followed_by_an_activity_plan_is_a_plan(cover: tuple[str, ...]) -> None:
    lines = (*cover, "雁塘区教育局", "2030年4月2日", *ACTIVITY_PLAN)
    assert kind_of(*lines) == "plan"


def test_notice_with_activity_sections_but_no_cover_stays_a_notice() -> None:
    lines = (NOTICE_TITLE, "各区县教育局：", NOTICE_BODY, *ACTIVITY_PLAN, "特此通知。", "青岚市教育局", "2030年4月2日")
    assert kind_of(*lines) == "notice"


@pytest.mark.parametrize("row", [
    "上传者：管理员 上传时间：2030-05-12",
    "发稿人：林晓  录入：王敏",
    "录入时间：2030-05-12 审稿：柯远",
    "字号：T|T",
    "【大 中 小】",
    "2030年05月12日 星期日",
    "信息来源：青岚市教育局",
    "作者：林晓",
    "阅读量：1.2万",
    "所属栏目：工作动态",
    "栏目：社区教育",
    "发布单位：青岚市社区学院",
])
def test_page_rows_above_a_feature_are_not_titles(row: str) -> None:
    assert title_of(row, FEATURE, FEATURE_LEAD, MORE) == FEATURE
    assert title_of(FEATURE, row, FEATURE_LEAD, MORE) == FEATURE


@pytest.mark.parametrize("column", ["学院通知公告", "通知公告", "社区教育简报", "政策文件解读", "公示公告"])
def test_column_label_naming_a_genre_does_not_decide_a_news_page(column: str) -> None:
    lines = (column, FEATURE, DATELINE, FEATURE_LEAD, MORE)
    assert title_of(*lines) == FEATURE
    assert kind_of(*lines) == "news"


def test_dashed_profile_line_above_the_headline_is_not_the_title() -> None:
    assert title_of("——记桐溪县松川镇老年学校", FEATURE, FEATURE_LEAD, MORE) == FEATURE


@pytest.mark.parametrize("noisy", [f"{HEAD} (kāi mù)", "青岚市2030年全民终身学习 (xué xí) 活动周开幕"])
def test_mirror_site_pinyin_is_not_part_of_the_title(noisy: str) -> None:
    assert title_of(noisy, DATELINE, LEAD) == HEAD


@pytest.mark.parametrize("title, kind", [
    ("青岚：2030年全民终身学习活动周开幕", "news"),
    ("社区教育：桐溪县召开老年教育工作推进会", "news"),
    ("终身学习：青岚市2030年社区教育工作要点", "plan"),
])
def test_headline_with_an_inner_colon_still_names_its_genre(title: str, kind: str) -> None:
    assert title_of(title, NEUTRAL) == title
    assert kind_of(title, NEUTRAL) == kind


# ---------------------------------------------------------------- whole pages, every layer at once

PAGE_TOP = ("青岚市教育局欢迎您", "无障碍浏览 | 长者模式", "首页 | 机构概况 | 政务公开 | 教育资讯 | 互动交流",
            "搜索 请输入关键字", "您现在的位置：首页 » 教育资讯 » 通知公告")
PAGE_BOTTOM = ("【字体：大 中 小】【打印本页】【关闭窗口】", "分享到：微信 微博", "上一篇：桐溪县召开社区教育工作推进会",
               "下一篇：关于公布2030年学习型社区名单的通知", "相关阅读", "雁塘区老年大学举行春季开学典礼",
               "网站地图 | 联系我们", "主办：青岚市教育局  版权所有", "浙ICP备30001234号  浙公网安备33010002000123号",
               "政府网站标识码：3300000012")


@pytest.mark.parametrize("article, title, kind", [
    ((NOTICE_TITLE, "发布时间：2030-04-03  来源：青岚市教育局  浏览次数：512", "各区县教育局，市直各学校：", NOTICE_BODY,
      "一、活动时间", "2030年5月11日至17日。", "请于5月25日前报送活动总结。", "特此通知。", "青岚市教育局", "2030年4月2日"),
     NOTICE_TITLE, "notice"),
    ((HEAD, DATELINE, LEAD, MORE, "（通讯员 林晓）", "[责任编辑：王敏]"), HEAD, "news"),
    (("雁塘区2030年全民终身学习活动周工作总结", "发布时间：2030-06-02", "2030年，我区认真组织开展了全民终身学习活动周，"
      "现将有关情况总结如下：", "一、主要做法", "（一）精心组织。", "二、取得成效", "全区共举办活动六十余场。"),
     "雁塘区2030年全民终身学习活动周工作总结", "summary"),
    (("桐溪县2030年社区教育工作要点", "发布日期：2030-02-20  信息来源：县教育局",
      "2030年全县社区教育工作的总体要求是：以满足居民学习需求为导向，推进社区教育提质增效。", "一、完善社区教育网络",
      "二、丰富学习资源"), "桐溪县2030年社区教育工作要点", "plan"),
])
def test_whole_page_with_every_layer(article: tuple[str, ...], title: str, kind: str) -> None:
    lines = (*PAGE_TOP, *article, *PAGE_BOTTOM)
    assert title_of(*lines) == title
    assert kind_of(*lines) == kind


ISSUED = "青岚市教育局发布2030年全民终身学习活动周实施方案"


def test_headline_reporting_an_issued_plan_with_a_news_body_is_news() -> None:
    lines = (ISSUED, DATELINE, "近日，青岚市教育局发布了2030年全民终身学习活动周实施方案，明确了活动周的主题和重点活动。",
             "根据方案，活动周期间全市将举办各类学习活动百余场。")
    assert kind_of(*lines) == "news"


def test_headline_reporting_an_issued_plan_over_the_plan_text_is_a_plan() -> None:
    lines = (ISSUED, "发布时间：2030-04-03", "为深入推进学习型城市建设，结合我市实际，特制定本方案。", "一、指导思想",
             "坚持以人民为中心，满足市民多样化学习需求。", "二、工作目标", "全市各街道普遍开展学习活动。", "三、主要任务",
             "（一）举办开幕式。", "四、保障措施", "（一）加强组织领导。")
    assert kind_of(*lines) == "plan"


@pytest.mark.parametrize("line", [f"{HEAD} [2030-05-12]", f"{HEAD}（2030年5月12日）", f"{HEAD} (2030-05-12 09:30)"])
def test_headline_with_a_bracketed_publish_date(line: str) -> None:
    assert title_of(line, LEAD, MORE) == HEAD


@pytest.mark.parametrize("banner", [
    "温馨提示：本站部分栏目正在升级改造，给您带来不便敬请谅解。",
    "通知：系统将于今晚22:00至24:00进行维护。",
    "本站是青岚市教育局主办的教育信息发布平台，欢迎广大市民浏览。",
])
def test_site_banner_sentence_above_the_headline(banner: str) -> None:
    assert title_of(banner, FEATURE, DATELINE, FEATURE_LEAD, MORE) == FEATURE
    assert title_of(banner, HEAD, DATELINE, LEAD, MORE) == HEAD


def test_excerpt_cut_mid_article_does_not_take_the_next_headline() -> None:
    lines = ("学员们纷纷表示，在家门口就能学到实用技能，收获很大。", "桐溪县老年大学举行春季开学典礼",
             "发布时间：2030-03-02  来源：桐溪新闻网", "3月1日上午，桐溪县老年大学举行春季开学典礼，四百余名学员参加。")
    assert title_of(*lines) is None


def test_short_headline_opening_like_a_list_heading_is_still_a_title() -> None:
    assert title_of("精彩纷呈的学习周", "——桐溪县社区学校见闻", DATELINE, FEATURE_LEAD, MORE) == "精彩纷呈的学习周"


@pytest.mark.parametrize("title", ["关注我们身边的学习之星", "社区学习星期天", "精彩纷呈学习周"])
def test_titles_that_share_a_word_with_widgets(title: str) -> None:
    assert title_of(title, DATELINE, FEATURE_LEAD, MORE) == title


def test_deadline_sentence_is_not_a_news_lead() -> None:
    lines = ("请各街道于5月20日前组织居民参加学习成果展示活动。", "各街道要高度重视，精心组织，确保活动取得实效。")
    assert kind_of(*lines) != "news"


@pytest.mark.parametrize("title, kind", [
    ("桐溪县2030年全民终身学习活动周开展情况", "summary"),
    ("雁塘区社区教育工作情况", "summary"),
    ("关于2030年全民终身学习活动周开展情况的通报", "notice"),
])
def test_situation_titles(title: str, kind: str) -> None:
    assert kind_of(title, NEUTRAL) == kind


@pytest.mark.parametrize("english", ["HOME > NEWS > CAMPUS", "QINGLAN LIFELONG LEARNING WEEK OPENS", "Qinglan Education Bureau"])
def test_english_lines_around_the_headline(english: str) -> None:
    assert title_of(english, FEATURE, DATELINE, FEATURE_LEAD) == FEATURE
    assert title_of(FEATURE, english, DATELINE, FEATURE_LEAD) == FEATURE


def test_spaced_name_cell_of_a_metadata_table() -> None:
    lines = ("| 索 引 号 | 11330000/2030-00012 |", f"| 名 称 | {NOTICE_TITLE} |", "| 发布机构 | 青岚市教育局 |",
             "各区县教育局：", NOTICE_BODY)
    assert title_of(*lines) == NOTICE_TITLE


@pytest.mark.parametrize("lead, kind", [
    ("为营造全民学习氛围，桐溪县社区学院在县文化广场举办终身学习成果展。", "news"),
    ("雁塘区2030年社区教育成果展在区图书馆开幕。", "news"),
    ("各街道社区学校要在社区广场举办学习成果展示活动。", "other"),
    ("桐溪县社区学院将在县文化广场举办终身学习成果展。", "other"),
])
def test_event_told_as_done_or_as_a_task(lead: str, kind: str) -> None:
    assert kind_of(lead, "居民可就近参加。") == kind


@pytest.mark.parametrize("title, kind", [
    ("雁塘区2030年全民终身学习活动周活动安排表", "plan"),
    ("2030年全民终身学习活动周开幕式主持词", "other"),
    ("在社区教育工作会议上的讲话稿", "other"),
    ("百姓学习之星推荐表", "other"),
])
def test_schedules_and_speech_scripts(title: str, kind: str) -> None:
    assert kind_of(title, NEUTRAL) == kind


def test_text_without_any_cue_is_other() -> None:
    assert kind_of("七十多岁的学员正跟着老师一笔一画地练习书法。", "学员们说，在这里学习很开心。") == "other"
