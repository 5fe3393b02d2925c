"""List wording, places, people and numbers copied from the evaluation samples into project code.

The extractors must describe the genre, not the handful of sample documents they were
developed against; a docstring, pattern or test fixture that quotes a sample is a sign of
a rule fitted to that sample and makes the scores an unreliable estimate. This script
reports, for every project source file, what it shares with the sample documents:

* runs of >= 5 Han characters that occur in a sample, unless every 5-gram in the run is
  generic (occurs in at least ``GENERIC_DOC_COUNT`` different samples, or is covered by
  common genre vocabulary);
* place names from cpca's ``adcodes.csv`` that occur in the samples;
* person names that occur in the samples (gold contact/committee names, and 2-3 Han
  characters next to 同志 or a role word);
* multi-digit numbers that occur in the samples next to a unit (350万, 3200人), and
  phone numbers / e-mail addresses from the gold records.

Files that are explicitly about the sample files (dev-set and schema tests) are skipped.

    .venv/bin/python tools/check_sample_leaks.py [--quiet]

Exit status is 1 when something is reported, so it can run in CI.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SAMPLE_SETS = ("dev", "real")
SOURCE_DIRS = ("pipeline", "parsers", "models", "flows", "tests")
SKIP_FILES = {"tests/test_devset.py", "tests/test_schema.py", "tests/test_format_parity.py"}
N = 5
GENERIC_DOC_COUNT = 3
HAN = r"\u4e00-\u9fff"
HAN_RUN = re.compile(f"[{HAN}]{{{N},}}")

# Words of the genre itself: a 5-gram made only of these says nothing about one sample.
GENERIC_VOCAB = (
    "全民终身学习活动周", "全民终身学习", "终身学习", "终身教育", "学习型社会", "学习型城市",
    "学习型组织", "社区教育", "老年教育", "继续教育", "职业教育", "成人教育", "开放大学",
    "社区学院", "学习活动", "活动周", "学习周", "推进周", "宣传周", "启动仪式", "开幕式",
    "活动方案", "实施方案", "工作方案", "活动总结", "工作总结", "通知", "方案", "总结",
    "主办单位", "承办单位", "协办单位", "支持单位", "参与单位", "成员单位", "主办", "承办",
    "协办", "领导小组", "组委会", "组织委员会", "指导委员会", "委员会", "办公室主任",
    "常务副主任", "副主任", "主任", "组长", "副组长", "成员", "顾问", "秘书长", "联系人",
    "联系电话", "电子邮箱", "邮箱", "截止时间", "截止日期", "报送", "上报", "提交", "材料",
    "教育部办公厅", "教育部", "教育厅", "教育局", "教育委员会", "人民政府", "办公厅", "办公室",
    "宣传部", "文明办", "文化", "旅游", "体育", "科技", "民政", "人力资源", "社会保障",
    "妇联", "团委", "总工会", "科协", "图书馆", "文化馆", "博物馆", "市委", "区委", "县委",
    "省委", "常委", "副市长", "市长", "区长", "县长", "局长", "副局长", "处长", "科长",
    "各区", "各县", "各市", "各地", "各单位", "各级", "有关", "相关", "单位", "部门", "工作",
    "活动", "举办", "开展", "组织", "参加", "参与", "主题", "时间", "地点", "内容", "要求",
    "关于", "印发", "做好", "年度", "期间", "全国", "全省", "全市", "全区", "全县", "市民",
    "群众", "学习", "教育", "学校", "社区", "宣传", "推进", "终身", "全民", "评选", "表彰",
    "市级", "区级", "县级", "省级", "我市", "我区", "我县", "我省", "以及", "进一步",
    "日前", "近日", "年月日", "附件", "如下", "现将", "请于", "前将", "前报", "特色",
    "品牌", "项目", "共同", "重点", "加强", "积极", "广泛", "充分", "认真", "及时", "确保",
    "部署", "落实", "安排", "情况", "成果", "经验", "服务", "资源", "平台", "网络", "线上",
    "线下", "大力", "城区", "东方", "同志", "兼任", "担任", "下设", "组成", "电话", "联系人及电话",
    "单位及职务", "公文生成日期", "您现在的位置", "活动结束后", "结束后", "如下", "事项", "有关事项",
    "现将", "形式多样", "丰富多彩", "结合实际", "各单位要", "通知如下", "文件", "日期", "发布",
    "来源", "浏览", "人民政府", "镇长", "副镇长", "本届", "本次", "现在的位置", "全国总开幕式",
    "总开幕式", "开幕式", "各主办单位", "共同主办", "主办单位及协办单位", "成员单位", "各成员单位",
    "的", "了", "及", "在", "等", "个", "由", "为", "以", "和", "与", "于", "将", "各", "市", "区",
    "县", "省", "镇", "乡", "年", "月", "日", "前", "后", "届", "第", "是", "要", "并", "对", "次数", "打印", "关闭", "首页", "新闻", "动态", "信息", "营造", "氛围", "良好", "人人", "皆学", "处处", "能学", "时时",
)

UNIT = r"(?:人次|人|个|项|场|家|所|名|届|次|期|批|门|部|份|册|课时|小时|天|元|件|支|本|篇|户|条|种|类|类别|余人)"
NUMBER_WITH_UNIT = re.compile(rf"(?<![\d.])(\d{{2,}}(?:\.\d+)?(?:万|千|亿)?)\s*(?:余|多|个)?\s*({UNIT})")
ROLE_WORDS = r"(?:同志|局长|主任|市长|区长|县长|书记|部长|校长|院长|馆长|组长|处长|科长|主席|会长|秘书长|老师|联系人)"
NAME_NEAR_ROLE = (
    re.compile(rf"(?<![{HAN}])([{HAN}]{{2,3}})同志"),
    re.compile(rf"{ROLE_WORDS}[:：\s]+([{HAN}]{{2,3}})(?![{HAN}])"),
)


@dataclass(frozen=True)
class Finding:
    """One thing a source file shares with a sample."""

    path: str
    line: int
    kind: str
    text: str


@dataclass
class Samples:
    """Everything taken from the samples that the source must not contain."""

    texts: list[str]
    gram_docs: dict[str, int]
    places: set[str]
    persons: set[str]
    numbers: set[str]
    literals: set[str]


def sample_paths() -> list[Path]:
    """The sample documents (dev and real sets)."""
    return sorted(p for s in SAMPLE_SETS for p in (SHARED / s / "docs").glob("*.txt"))


def gold_records() -> list[dict[str, object]]:
    """Gold records of all sample documents."""
    paths = sorted(p for s in SAMPLE_SETS for p in (SHARED / s / "gold").glob("*.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def han_grams(text: str) -> set[str]:
    """All N-character windows inside Han runs of ``text``."""
    grams: set[str] = set()
    for run in HAN_RUN.findall(text):
        grams.update(run[i : i + N] for i in range(len(run) - N + 1))
    return grams


def gram_doc_counts(texts: list[str]) -> dict[str, int]:
    """In how many samples each Han N-gram occurs."""
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for gram in han_grams(text):
            counts[gram] += 1
    return counts


def cpca_names() -> set[str]:
    """Place names of cpca's adcodes.csv, with their short forms (suffix dropped)."""
    import cpca  # lazy: only this script needs the dataset

    path = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    names: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names.add(row["name"])
            short = re.sub(r"(?:省|市|自治区|自治州|地区|盟|区|县|自治县|旗|镇|乡|街道)$", "", row["name"])
            if len(short) >= 2:
                names.add(short)
    return names


def sample_places(texts: list[str]) -> set[str]:
    """cpca place names that occur in some sample."""
    joined = "\n".join(texts)
    return {
        name
        for name in cpca_names()
        if len(name) >= 2 and name in joined and not is_generic_run(name)
    }


def sample_persons(texts: list[str], gold: list[dict[str, object]]) -> set[str]:
    """Person names in the samples: gold names plus names next to 同志/role words."""
    names: set[str] = set()
    for rec in gold:
        contacts = rec.get("contacts") or {}
        if isinstance(contacts, dict):
            names.update(str(n) for n in contacts.get("names") or [])
        for member in rec.get("committee") or []:  # type: ignore[attr-defined]
            if isinstance(member, dict) and member.get("name"):
                names.add(str(member["name"]))
    for text in texts:
        for pattern in NAME_NEAR_ROLE:
            names.update(m.group(1) for m in pattern.finditer(text))
    return {n for n in names if not is_generic_run(n)}


def sample_numbers(texts: list[str]) -> set[str]:
    """Multi-digit numbers that stand next to a unit in some sample, as "number+unit".

    Two-digit numbers are common in any text (10个, 20日), so for them the unit is part of
    the key; longer numbers and 万/千 amounts are distinctive on their own.
    """
    return {key for text in texts for key in number_keys(text)}


def number_keys(text: str) -> Iterator[str]:
    """Keys of the numbers with a unit in ``text`` (see ``sample_numbers``)."""
    for m in NUMBER_WITH_UNIT.finditer(text):
        yield m.group(1) + "|" + m.group(2)
        if len(m.group(1)) >= 3:
            yield m.group(1)


def gold_literals(gold: list[dict[str, object]]) -> set[str]:
    """Phone numbers and e-mail addresses of the gold records."""
    out: set[str] = set()
    for rec in gold:
        contacts = rec.get("contacts") or {}
        if isinstance(contacts, dict):
            for key in ("phones", "emails"):
                out.update(str(v) for v in contacts.get(key) or [])
    return {v for v in out if len(v) >= 5}


def load_samples() -> Samples:
    """Read the samples and derive every kind of forbidden item from them."""
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    gold = gold_records()
    return Samples(
        texts=texts,
        gram_docs=gram_doc_counts(texts),
        places=sample_places(texts),
        persons=sample_persons(texts, gold),
        numbers=sample_numbers(texts),
        literals=gold_literals(gold),
    )


def generic_cover(run: str) -> list[bool]:
    """Which characters of ``run`` belong to an occurrence of a genre word."""
    covered = [False] * len(run)
    for word in GENERIC_VOCAB:
        for m in re.finditer(re.escape(word), run):
            for i in range(m.start(), m.end()):
                covered[i] = True
    return covered


def is_generic_run(run: str) -> bool:
    """True when ``run`` is made only of genre vocabulary."""
    return all(generic_cover(run))


def specific_spans(run: str, samples: Samples) -> Iterator[str]:
    """Maximal stretches of ``run`` made of sample-specific N-grams."""
    covered = generic_cover(run)
    flagged = [False] * len(run)
    for i in range(len(run) - N + 1):
        gram = run[i : i + N]
        count = samples.gram_docs.get(gram, 0)
        if 0 < count < GENERIC_DOC_COUNT and not all(covered[i : i + N]):
            for j in range(i, i + N):
                flagged[j] = True
    start = None
    for i, flag in enumerate([*flagged, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            yield run[start:i]
            start = None


def source_files() -> Iterator[Path]:
    """Project source files to check."""
    for top in SOURCE_DIRS:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel not in SKIP_FILES:
                yield path


def token_hits(line: str, items: Iterable[str], boundary: str) -> list[str]:
    """Items that occur in ``line`` not glued to further ``boundary`` characters."""
    hits = []
    for item in items:
        if item in line and re.search(rf"(?<![{boundary}]){re.escape(item)}(?![{boundary}])", line):
            hits.append(item)
    return hits


def longest(items: Iterable[str]) -> list[str]:
    """Drop items that are part of another item (南京 inside 南京市)."""
    found = sorted(set(items), key=len, reverse=True)
    return sorted(x for i, x in enumerate(found) if not any(x in y for y in found[:i]))


def check_line(rel: str, no: int, line: str, samples: Samples) -> Iterator[Finding]:
    """Everything on one source line that comes from a sample."""
    for run in HAN_RUN.findall(line):
        for span in specific_spans(run, samples):
            yield Finding(rel, no, "phrase", span)
    for place in longest(p for p in samples.places if p in line):
        yield Finding(rel, no, "place", place)
    for person in sorted(p for p in samples.persons if p in line):
        yield Finding(rel, no, "person", person)
    numbers = {k for k in number_keys(line) if k in samples.numbers}
    bare = {n for n in samples.numbers if "|" not in n}
    numbers.update(token_hits(line, bare, r"\d."))
    for number in sorted(numbers):
        yield Finding(rel, no, "number", number.replace("|", ""))
    for literal in sorted(token_hits(line, samples.literals, r"\w@.")):
        yield Finding(rel, no, "contact", literal)


def check_file(path: Path, samples: Samples) -> list[Finding]:
    """All findings in one source file."""
    rel = path.relative_to(ROOT).as_posix()
    lines = path.read_text(encoding="utf-8").splitlines()
    return [f for no, line in enumerate(lines, 1) for f in check_line(rel, no, line, samples)]


def main(argv: list[str]) -> int:
    """Print findings grouped by file; exit 1 if there are any."""
    samples = load_samples()
    findings = [f for path in source_files() for f in check_file(path, samples)]
    for f in findings:
        print(f"{f.path}:{f.line}: {f.kind}: {f.text}")
    if "--quiet" not in argv:
        per_file: dict[str, int] = defaultdict(int)
        for f in findings:
            per_file[f.path] += 1
        print(f"-- {len(findings)} findings in {len(per_file)} files", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
