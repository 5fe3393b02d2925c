"""The doc_type text classifier: it loads, agrees with the genres on invented texts, speaks only
where the rules are unsure, falls back to the rules without its files, and trains reproducibly.

Every text is invented (places, people, numbers in no corpus document).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import header_doctype_model as dm
from pipeline.extract.header_doctype import Decision

pytest.importorskip("spacy")

TEXTS = {
    "notice": "青禾县教育局关于开展2031年社区学习节活动的通知\n各乡镇中心学校、县直各单位：\n为推进学习型社会建设，"
              "经研究，决定在全县开展社区学习节活动。现将有关事项通知如下：\n一、活动时间\n2031年10月12日至18日。\n"
              "二、工作要求\n请各单位于10月25日前将活动总结报送县教育局职成教股。\n联系人：周老师\n青禾县教育局\n2031年9月20日",
    "news": "青禾县社区学习节开幕\n本报讯（记者 林一舟）10月12日上午，青禾县2031年社区学习节开幕式在县文化广场举行。"
            "县委常委出席开幕式并讲话。活动现场，各乡镇展示了特色课程，群众纷纷参与体验。据了解，本次学习节将持续一周，"
            "开展讲座、展演等活动。（责任编辑：王小川）",
    "plan": "青禾县社区学习节实施方案\n为深入推进学习型社会建设，根据上级要求，结合我县实际，制定本方案。\n一、指导思想\n"
            "以终身学习理念为引领，构建服务全民的学习体系。\n二、工作目标\n到2033年，全县社区教育覆盖率达到百分之九十。\n"
            "三、主要任务\n（一）完善社区教育网络。（二）丰富学习资源。\n四、保障措施\n加强组织领导，落实经费保障。",
    "summary": "青禾县2031年社区学习节活动总结\n今年以来，我县社区学习节活动取得了明显成效。现将有关情况总结如下：\n"
               "一、主要做法\n（一）加强组织领导。（二）丰富活动形式。\n二、取得成效\n全县共开展活动120场，参与群众达到3万人次。\n"
               "三、存在问题和下一步打算\n活动覆盖面还不够广，下一步我们将继续努力。",
}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_model_agrees_on_invented_genres(kind: str) -> None:
    assert dm.model() is not None, "the shipped model should load"
    guess = dm.classify(TEXTS[kind])
    assert guess is not None and guess[0] == kind


def test_titled_or_clear_decisions_are_the_rules() -> None:
    titled = Decision("notice", 0, 4, margin=1.0, titled=True)
    clear = Decision("notice", 0, 4, margin=dm.MAX_MARGIN + 1)
    assert dm.combine(titled, TEXTS["news"]) == titled
    assert dm.combine(clear, TEXTS["news"]) == clear


def test_unsure_rules_take_the_model_and_keep_their_evidence() -> None:
    unsure = Decision("notice", 5, 9, margin=1.5)
    decided = dm.combine(unsure, TEXTS["news"])
    assert decided.kind == "news" and decided.span == (5, 9)


def test_rules_decide_without_the_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dm, "MODEL_DIR", tmp_path / "absent")
    dm.model.cache_clear()
    try:
        unsure = Decision("notice", 5, 9, margin=1.5)
        assert dm.model() is None and dm.combine(unsure, TEXTS["news"]) == unsure
    finally:
        dm.model.cache_clear()


def test_training_is_reproducible() -> None:
    from tools.train_doctype import train

    pairs = [(text, kind) for kind, text in TEXTS.items()] * 2
    first, second = (train(pairs, seed=3, epochs=3) for _ in range(2))
    probe = TEXTS["plan"][:60]
    assert first(probe).cats == second(probe).cats
