"""Propose the rule a monetary sentence states, read by the project's own grammar of the drafting idiom
(docs/reading-conventions.md): 给予X万元 (fixed), 最高/不超过X (a cap: the figure is a ceiling), 不低于/以上
(a floor: a condition, not an award), 按…的X% (a ratio of a named base), 每个品种/每人每月 (per unit),
分别给予A、B、C (a table by the items listed before it), 分N年/按50%、30%、20%的比例 (tranches), 连续N年
(a programme), 由金融机构申请兑付 (the payee). Every figure carries its relation, its scope (for caps)
and a confidence; what the grammar cannot read becomes ``manual`` with a 待核 note.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise
from typing import Literal

from subsidy.drafting.numerals import CN_DIGITS, read_number
from subsidy.money import FEN_PER_UNIT, format_fen, format_rate

__all__ = ["Figure", "Proposal", "propose"]

Relation = Literal["fixed", "cap", "floor", "ratio", "per_unit", "table", "tranche", "range"]
Form = Literal["fixed", "ratio", "per_unit", "table", "manual"]
RELATION_LABELS = {"fixed": "固定额", "cap": "上限", "floor": "门槛（条件）", "ratio": "比例", "per_unit": "单价",
                   "table": "分档", "tranche": "分期比例", "range": "比例区间"}
SCOPE_NAMES = {"application": "单个申报", "entity_year": "单个主体每年", "entity_validity": "单个主体有效期内",
               "entity_years": "单个主体连续多年"}

# a clause sentence is rarely above a few hundred characters: longer ones are not read figure by figure
MAX_SENTENCE = 2000
MAX_FIGURES = 40
_NUM = rf"[0-9]+(?:\.[0-9]+)?|[{CN_DIGITS}]+"
_MONEY = re.compile(rf"(?P<num>{_NUM})\s*(?P<unit>亿元|万元|元)")
_RATE = re.compile(rf"(?P<num>[0-9]+(?:\.[0-9]+)?)\s*%|(?P<den>[{CN_DIGITS}]+)分之(?P<nom>[{CN_DIGITS}]+)")
_RANGE = re.compile(r"([0-9]+(?:\.[0-9]+)?)%?\s*[—\-–~至]+\s*([0-9]+(?:\.[0-9]+)?)%")
_CAP_BEFORE = re.compile(r"(最高|不超过|不高于|最多|至多|上限为?|封顶)(奖励|补贴|资助|支持)?(金额|额度)?(为)?$")
_FLOOR_BEFORE = re.compile(r"(不低于|不少于|达到|达|(?<!不)超过|高于|低于|满|在|投资|销售额|纳税额|产值|总额|总规模|面积)$")
_FLOOR_AFTER = re.compile(r"^(及以上|以上|以下|及以下|（含|至)")
_SEG_END = "，：（）"
_BASE_CUT = re.compile(r"按照不超过|按不超过|按照|参照其|参照|按其|给予企业|给予|对其|不超过|每人每次|每人每月|补贴标准为|按")
_PER = re.compile(r"每(个品种|品种|个|人|家|次|亩|月|户|项|张|件|台|单位|企业|年)")
_ENTITY_UNITS = {"家", "单位", "企业", "个"}
_PER_LABELS = {"推荐": "推荐成功的个数", "个品种": "品种数", "品种": "品种数", "人": "人数", "次": "次数", "亩": "面积（亩）", "月": "月数",
               "户": "户数", "项": "项数", "张": "张数", "件": "件数", "台": "台数"}
_PER_UNITS = {"推荐": "个", "个品种": "个", "品种": "个", "人": "人", "次": "次", "亩": "亩", "月": "个月", "户": "户", "项": "项",
              "张": "张", "件": "件", "台": "台"}
_ENUM_SEP = re.compile(r"[、和及与或]")
_BOUNDARY = "为的对获得在等是即按于办新批入"


@dataclass
class Figure:
    """One figure of the text as the drafter read it."""

    text: str  # as written: 500万元, 50%
    value: str  # in the policy format: 500万元, 50%
    relation: Relation
    start: int  # in the sentence
    end: int
    fen: int | None = None
    rate: Fraction | None = None
    scope: str | None = None  # for caps
    years: int = 0  # for entity_years caps
    confidence: float = 0.5


@dataclass
class Proposal:
    """The rule proposed for one monetary sentence (or one award of it)."""

    form: Form
    figures: list[Figure]
    unit: str  # the unit its money is written in
    discretionary: bool = False
    fixed: Figure | None = None
    rate: Figure | None = None
    base_label: str = ""
    count_label: str = ""
    count_unit: str = ""
    count_limit: int | None = None  # 补贴期限不超过6个月: count = min(count, 6)
    table: list[tuple[str, Figure]] = field(default_factory=list)
    caps: list[Figure] = field(default_factory=list)
    schedule: dict[str, object] = field(default_factory=lambda: {"type": "lump_sum"})
    programme_years: int | None = None
    once: bool = False  # 同一级别只配套支持一次、每人仅可申请一次: at most one grant per entity
    floors: list[tuple[str, Figure, str]] = field(default_factory=list)  # (what, figure, at_least/above/…)
    # the rate by bands: (low, high, rate figure), of a money fact (投资1000万元及以上至5000万元…) or of the
    # programme year (前2年80%，后3年50%)
    rate_bands: list[tuple[int | None, int | None, Figure]] = field(default_factory=list)
    rate_band_of: str = ""  # the label of the banded value; "" with rate_bands: the programme year
    rate_band_unit: str = "万元"
    payee: str = "applicant"
    condition_label: str = ""
    notes: list[str] = field(default_factory=list)
    confidence: float = 0.5

    @property
    def manual(self) -> bool:
        return self.form == "manual"


def _fen(num: str, unit: str) -> int | None:
    try:
        value = read_number(num) * FEN_PER_UNIT[unit]
    except (ValueError, KeyError, ZeroDivisionError):
        return None
    return int(value) if value.denominator == 1 and 0 < value <= 10**13 else None


def _segment_start(text: str, at: int) -> int:
    k = at
    while k > 0 and text[k - 1] not in _SEG_END:
        k -= 1
    return k


def _segment_end(text: str, at: int) -> int:
    k = at
    while k < len(text) and text[k] not in _SEG_END + "。；":
        k += 1
    return k


def _cap_scope(text: str, start: int) -> tuple[str, int]:
    seg = text[_segment_start(text, start):start]
    mt = re.search(rf"(?P<n>{_NUM})年(总计|累计|内累计|合计)", seg) or re.search(rf"(?P<n>{_NUM})年(总计|累计)", text)
    if mt:
        try:
            return "entity_years", int(read_number(mt.group("n")))
        except ValueError:
            pass
    if re.search(r"每年|年度|/年", seg):
        return "entity_year", 1
    if re.search(r"单个主体|每个企业|同一企业|单个企业|每家|每个.{0,4}单位|同一.{0,4}机构|单个机构", seg):
        return ("entity_year", 1) if "年度" in text[:start] else ("entity_validity", 1)
    return "application", 1


_MINUS = "-−﹣－"


def _minus_at(text: str, start: int) -> int | None:
    """Where the minus sign stands before the figure at ``start`` (增长率为-50%, −30万元), when it does not
    join a range (5%-20%, 5-20%, 5万元-10万元): a decrease, never a rate of support or an award."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] not in _MINUS:
        return None
    j = k - 1
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return None if j > 0 and (text[j - 1].isdigit() or text[j - 1] in "%元") else k - 1


def _negative(text: str, start: int) -> bool:
    return _minus_at(text, start) is not None


def _negatives(text: str) -> list[str]:
    """The negative figures of the text as written (-50%, -50万元): read as no amount at all."""
    found = []
    for rx in (_MONEY, _RATE):
        for mt in rx.finditer(text):
            at = _minus_at(text, mt.start())
            if at is not None:
                found.append((at, text[at:mt.end()]))
    return [fig for _, fig in sorted(found)]


def _money_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    for mt in _MONEY.finditer(text):
        fen = _fen(mt.group("num"), mt.group("unit"))
        if fen is None or _negative(text, mt.start()):
            continue
        unit = mt.group("unit")
        seg0 = _segment_start(text, mt.start())
        pre = text[seg0:mt.start()].rstrip()
        post = text[mt.end():]
        relation: Relation
        if out and re.search(r"[、和及与]$", pre) and out[-1].end >= seg0 - 1 and text[out[-1].end:mt.start()].strip(" ") in "、和及与":
            relation = out[-1].relation
        elif _CAP_BEFORE.search(pre) or post.startswith("以内"):
            relation = "cap"
        elif _FLOOR_AFTER.match(post) or _FLOOR_BEFORE.search(pre):
            relation = "floor"
        else:
            relation = "fixed"
        fig = Figure(mt.group(0), format_fen(fen, unit), relation, mt.start(), mt.end(), fen=fen, confidence=0.9)
        if relation == "cap":
            fig.scope, fig.years = _cap_scope(text, mt.start())
            fig.confidence = 0.85 if fig.scope == "application" else 0.7
        out.append(fig)
    return out


def _fraction(text: str, mt: re.Match[str]) -> tuple[Fraction, int]:
    """「四分之一」 and where it ends: the longest numerator that reads, so that 「四分之一一、适用范围」
    is 1/4 followed by the list mark 一、 (not 11/4)."""
    for end in range(mt.end("nom"), mt.start("nom"), -1):
        try:
            return read_number(text[mt.start():end]), end
        except ValueError:
            continue
    raise ValueError(f"no numerator in {mt.group(0)!r}")


def _rate_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    ranges = [(mt.start(), mt.end()) for mt in _RANGE.finditer(text)]
    for mt in _RATE.finditer(text):
        end = mt.end()
        try:
            if mt.group("num"):
                rate = Fraction(mt.group("num")) / 100
            else:
                rate, end = _fraction(text, mt)
        except (ValueError, ZeroDivisionError):
            continue
        if rate <= 0 or _negative(text, mt.start()):
            continue
        pre = text[_segment_start(text, mt.start()):mt.start()]
        post = text[end:]
        relation: Relation = "ratio"
        if any(a == mt.start() for a, b in ranges):
            relation = "floor"  # the lower end of a range of rates
        elif any(a < mt.start() < b for a, b in ranges):
            relation = "range"
        elif _FLOOR_AFTER.match(post) or re.search(r"(达|达到|超过|不低于|不少于)$", pre):
            relation = "floor"
        out.append(Figure(text[mt.start():end], format_rate(rate), relation, mt.start(), end, rate=rate, confidence=0.9))
    # a list of rates adding up to 100% paid in stages: tranches
    seq = [f for f in out if f.relation == "ratio"]
    if len(seq) >= 2 and sum((f.rate or Fraction(0)) for f in seq) == 1 and re.search(
            r"分.{0,3}(年|期|次|阶段)|发放|拨付|兑现|分别按应", text[seq[0].start - 8:]):
        for f in seq:
            f.relation = "tranche"
    return out


def _base(text: str, rate: Figure) -> str:
    seg = text[_segment_start(text, rate.start):rate.start].rstrip("的 ")
    cuts = list(_BASE_CUT.finditer(seg))
    base = seg[cuts[-1].end():] if cuts else seg
    base = base.lstrip("的其")
    if len(base) > 12 and "的" in base:
        base = base.rsplit("的", 1)[1]
    return base.strip() or "计算基数"


def _items_before(text: str, at: int, n: int) -> list[str]:
    """The n items listed before ``at`` (国家级、省级、市级 / “小升规”“规改股”“股上市” / 3A、4A、5A)."""
    seg_start = max(text.rfind("；", 0, at), text.rfind("。", 0, at)) + 1
    before = text[seg_start:at]
    quoted = re.findall(r"“([^”]{1,12})”", before)
    chains: list[list[str]] = []
    parts = re.split(r"([、]|和|及|与)", before)
    # rebuild: each separator splits; the chain is the last n pieces
    pieces = [p for p in parts[::2]]
    if len(pieces) >= n:
        tail = pieces[-n:]
        first = tail[0]
        k = max((first.rfind(ch) for ch in _BOUNDARY), default=-1)
        mt = re.search(r"[A-Za-z0-9Ⅰ-Ⅻ]+[A-Za-z类级]*$", first)
        first = mt.group(0) if mt else first[k + 1:][-6:]
        width = max([len(first), *(len(p) for p in tail[1:-1])])
        last = tail[-1]
        noun = ""
        ends = [i + 1 for i, ch in enumerate(last[:width + 2]) if first and ch == first[-1]]
        cut = ends[0] if ends else min(width, len(last))
        if cut < len(last):
            noun = re.split(r"[的，]", last[cut:])[0]
            last = last[:cut]
        items = [first, *tail[1:-1], last]
        if noun and len(noun) <= 8:
            items = [i + noun for i in items]
        chains.append(items)
    if len(quoted) >= n:
        chains.append(quoted[-n:])
    good = [c for c in chains if all(c) and len(set(c)) == n]
    if not good:
        return []
    if len(quoted) >= n and before.rfind("”") > before.rfind("、"):
        return quoted[-n:]
    return good[0]


def _schedule(text: str, prop: Proposal, rates: list[Figure], money: list[Figure]) -> None:
    if prop.form == "per_unit" and prop.count_unit == "个月":
        mt = re.search(rf"期限(最长)?(不超过|为)?(?P<n>{_NUM})年", text)
        if mt and prop.count_limit is None:
            with contextlib.suppress(ValueError):
                prop.count_limit = 12 * int(read_number(mt.group("n")))
        prop.schedule = {"type": "periodic", "period": "月"}
        return
    tranches = [f for f in rates if f.relation == "tranche"]
    if tranches:
        shares = [f.rate or Fraction(0) for f in tranches]
        prop.schedule = {"type": "tranches", "shares": [format_rate(s) for s in shares]}
        return
    staged = [f for f in money if re.search(r"第[一二三四五六七八九十]年(奖励|给予|补贴|支付|发放)?$", text[max(0, f.start - 6):f.start])]
    if len(staged) >= 2 and prop.fixed is not None and sum(f.fen or 0 for f in staged) == prop.fixed.fen:
        total = prop.fixed.fen or 1
        prop.schedule = {"type": "tranches", "shares": [format_rate(Fraction(f.fen or 0, total)) for f in staged]}
        for f in staged:
            f.relation = "tranche"
        return
    mt = re.search(rf"连续(?P<n>{_NUM})(个)?年", text) or re.search(
        rf"(补贴|支持|奖励|资助)?期限(最长)?(不超过|为)?(?P<n>{_NUM})年", text)
    if mt:
        try:
            years = int(read_number(mt.group("n")))
        except ValueError:
            years = 0
        if 1 < years <= 10:
            prop.programme_years = years
            prop.schedule = {"type": "annual", "years": years}
            return
    if prop.form == "per_unit" and prop.count_unit == "个月":
        prop.schedule = {"type": "periodic", "period": "月"}
    elif re.search(r"每年(安排|给予|发放)", text):
        prop.schedule = {"type": "periodic", "period": "年"}


_ONCE = re.compile(r"(只|仅)(可)?(配套|支持|奖励|资助|补贴|享受|申请|申报|给予)?(支持)?一次|仅限一次")


def _payee(text: str) -> str:
    if re.search(r"由金融机构申请兑付|拨付给?金融机构|支付给金融机构", text):
        return "financial_institution"
    if re.search(r"承办单位|主办单位|举办单位", text) and re.search(r"给予.{0,4}(承办|主办|举办)", text):
        return "organiser"
    if "园区" in text and re.search(r"给予.{0,2}运营单位", text):
        return "park_operator"
    return "applicant"


_CONDITION_END = re.compile(r"[，、]?(一次性)?(给予|按照|按不超过|按|予以|分别|参照|可连续|可|每年安排|补贴标准)")


def _condition(text: str, upto: int) -> str:
    """Who or what the award is for: 对具有引领作用的标杆应用项目，按… → 具有引领作用的标杆应用项目."""
    head = text[:upto]
    mt = [m for m in re.finditer(r"(对于|对)", head) if m.start() == 0 or head[m.start() - 1] in "，。；"]
    if mt:
        head = head[mt[-1].end():]
    end = _CONDITION_END.search(head, 1)
    if end is not None:
        head = head[:end.start()]
    head = head.strip("，、 ").removesuffix("的")
    return (head[:60] or text[:60]).rstrip("，、")


_FLOOR_OPS = (("及以上", "at_least"), ("以上", "at_least"), ("及以下", "at_most"), ("以下", "at_most"),
              ("不低于", "at_least"), ("不少于", "at_least"), ("达到", "at_least"), ("达", "at_least"),
              ("超过", "above"), ("高于", "above"), ("低于", "below"))


def _floors(text: str, money: list[Figure], upto: int, since: int = 0) -> list[tuple[str, Figure, str]]:
    """Money thresholds before the award (固定资产投资1000万元及以上、亩均投资强度不低于200万元): conditions."""
    out = []
    for f in money:
        if f.relation != "floor" or not since <= f.start < upto:
            continue
        post, pre = text[f.end:f.end + 4], text[_segment_start(text, f.start):f.start].rstrip()
        if post.startswith("至") or pre.endswith("至") or re.match(r"^(及以上|以上)?至", post):
            continue  # a bound of a band: read with the bands
        op = next((o for w, o in _FLOOR_OPS if post.startswith(w)), None) or next(
            (o for w, o in _FLOOR_OPS if pre.endswith(w)), None)
        if op is None:
            continue
        label = re.sub(r"(不低于|不少于|达到|超过|高于|低于|在|达|为|满)$", "", pre)
        label = re.split(r"且|并且|并|或|对于|对|的|在|，", label)[-1].strip("（）、 ")
        if 2 <= len(label) <= 16 and not re.search(r"[0-9]", label):
            out.append((label, f, op))
    return out


_BAND = re.compile(rf"(?P<low>{_NUM})\s*(?P<lu>亿元|万元)(?P<inc>及以上|以上)至(?P<high>{_NUM})\s*(?P<hu>亿元|万元)")
_BAND_OPEN = re.compile(rf"(?P<low>{_NUM})\s*(?P<lu>亿元|万元)(?P<inc>及以上|以上)(?!至)")


def _money_bands(text: str, ratios: list[Figure], prop: Proposal) -> bool:
    """A1及以上至B1、B1以上至C1、C1以上的，…的70%、80%和90%: the rate by bands of a money value."""
    closed = list(_BAND.finditer(text))
    if not closed:
        return False
    end = closed[-1].end()
    rest = _BAND_OPEN.match(text, end + 1) if end < len(text) and text[end] in "、，和" else None
    bands: list[tuple[int | None, int | None]] = []
    for mt in closed:
        low, high = _fen(mt.group("low"), mt.group("lu")), _fen(mt.group("high"), mt.group("hu"))
        if low is None or high is None:
            return False
        bands.append((low if mt.group("inc") == "及以上" else low + 1, high))
    if rest is not None:
        low = _fen(rest.group("low"), rest.group("lu"))
        if low is None:
            return False
        bands.append((low if rest.group("inc") == "及以上" else low + 1, None))
    if len(bands) != len(ratios) or any(b[1] is not None and b[0] is not None and b[0] > b[1] for b in bands):
        return False
    for (_, prev_high), (low, _) in pairwise(bands):
        if prev_high is None or low is None or low <= prev_high:
            return False  # bands run from low to high, each above the one before
    label = text[_segment_start(text, closed[0].start()):closed[0].start()]
    label = re.split(r"且|并且|并|或|对于|对|的|在|，", label)[-1].strip("（）、 ") or "分档依据"
    prop.rate_bands = [(lo, hi, r) for (lo, hi), r in zip(bands, ratios, strict=True)]
    prop.rate_band_of = label
    prop.rate_band_unit = closed[0].group("lu")
    return True


def _year_bands(text: str, ratios: list[Figure], prop: Proposal) -> bool:
    """前2年…80%的奖励，后3年…50%的奖励: the rate by the programme year."""
    marks = [re.search(rf"(前|后|第)(?P<n>{_NUM})(个)?年[^，；。]*$", text[_segment_start(text, r.start):r.start]) for r in ratios]
    if len(ratios) != 2 or not all(marks):
        return False
    try:
        first, second = (int(read_number(mt.group("n"))) for mt in marks if mt)
    except ValueError:
        return False
    if not (marks[0] and marks[0].group(1) == "前" and marks[1] and marks[1].group(1) == "后" and first >= 1 and second >= 1):
        return False
    prop.rate_bands = [(1, first, ratios[0]), (first + 1, first + second, ratios[1])]
    prop.rate_band_of = ""
    prop.programme_years = first + second
    return True


def propose(text: str) -> list[Proposal]:
    """The rule(s) a monetary sentence proposes: one per award it states (one sentence may state
    several: 1-2级…2元，3-5级…4元); a sentence the grammar cannot read gives one ``manual`` proposal.
    A negative figure (增长率为-50%) is a decrease: no rate and no amount, and a 待核 note says so."""
    out = _propose(text)
    for sign in _negatives(text):
        for p in out:
            p.notes.append(f"待核：原文中的负数「{sign}」表示下降或减少，不是支持比例或金额，未起草为金额")
    return out


def _propose(text: str) -> list[Proposal]:
    if len(text) > MAX_SENTENCE or len(_MONEY.findall(text)) + len(_RATE.findall(text)) > MAX_FIGURES:
        long = Proposal("manual", [], "万元", confidence=0.1)
        long.notes.append(f"待核：句子过长（{len(text)} 字）或金额过多，未逐项起草，金额另行核定；请核对原文的断句")
        long.condition_label = text[:60]
        return [long]
    money = _money_figures(text)
    rates = _rate_figures(text)
    unit = next((f.text[-2:] if f.text.endswith(("万元", "亿元")) else "元" for f in money if f.relation != "floor"),
                "万元")
    awards = [f for f in money if f.relation in ("fixed", "cap")]
    ratios = [f for f in rates if f.relation in ("ratio", "range")]
    caps = [f for f in money if f.relation == "cap"]
    figures = sorted(money + rates, key=lambda f: f.start)
    base = Proposal("manual", figures, unit, payee=_payee(text), once=bool(_ONCE.search(text)))
    base.condition_label = _condition(text, (awards or ratios or figures or [Figure("", "", "fixed", len(text), len(text))])[0].start)
    split = text.find("分别")
    if len(ratios) > 1 and _BAND.search(text):
        split = -1  # 1000万元及以上至2000万元、…，分别参照…的70%、80%和90%: bands, read below
    if (split != -1 and len([f for f in awards if f.start > split]) >= 2) or (
            split != -1 and len([f for f in ratios if f.start > split]) >= 2):
        return [_table(text, base, money, rates, split)]
    if len(ratios) == 1:
        rate = ratios[0]
        prop = base
        prop.form, prop.rate = "ratio", rate
        lower = [f for f in rates if f.relation == "floor" and f.end <= rate.start and rate.start - f.end <= 3]
        prop.base_label = _base(text, lower[-1] if rate.relation == "range" and lower else rate)
        prop.caps = [f for f in caps if True]
        prop.discretionary = bool(re.search(r"不超过|不高于|最高", text[:rate.start][-20:])) or bool(prop.caps)
        prop.confidence = 0.9 if len(prop.base_label) <= 10 else 0.7
        rate.confidence = prop.confidence
        if rate.relation == "range":
            lo = _RANGE.search(text[max(0, rate.start - 12):rate.end])
            prop.notes.append(f"待核：原文为比例区间（{lo.group(0) if lo else rate.text}），按区间上限 {rate.value} 起草，"
                              "核定比例由评审在区间内确定")
            prop.discretionary = True
            prop.confidence = rate.confidence = 0.5
        _schedule(text, prop, rates, money)
        prop.floors = _floors(text, money, rate.start)
        return [prop]
    if len(ratios) > 1 and (_money_bands(text, ratios, base) or _year_bands(text, ratios, base)):
        prop = base
        prop.form, prop.rate = "ratio", ratios[0]
        prop.base_label = _base(text, ratios[0])
        prop.caps = caps
        prop.discretionary = bool(prop.caps)
        prop.confidence = 0.6
        for f in ratios:
            f.relation, f.confidence = "ratio", 0.6
        prop.notes.append("待核：比例按" + (f"「{prop.rate_band_of}」分档" if prop.rate_band_of else "支持年度分段")
                          + "（" + "、".join(f.text for f in ratios) + "），请核对各档的边界")
        years = prop.programme_years
        _schedule(text, prop, rates, money)
        if years and not prop.rate_band_of:
            prop.programme_years = max(years, prop.programme_years or 0)
            prop.schedule = {"type": "annual", "years": prop.programme_years}
        prop.floors = _floors(text, money, ratios[0].start)
        return [prop]
    if len(ratios) > 1:
        base.notes.append("待核：一句中有多个比例（" + "、".join(f.text for f in ratios) + "），未能确定各自适用的情形，金额另行核定")
        base.confidence = 0.2
        return [base]
    fixed = [f for f in awards if f.relation == "fixed"]
    staged = [f for f in fixed if re.search(r"第[一二三四五六七八九十]年(奖励|给予|补贴|支付|发放)?$", text[max(0, f.start - 6):f.start])]
    fixed = [f for f in fixed if f not in staged]
    mains = fixed or caps[:1]
    if not mains:
        base.notes.append("待核：句中有金额，但未能读出给予的金额或公式，金额另行核定")
        base.confidence = 0.2
        return [base]
    out: list[Proposal] = []
    for k, main in enumerate(mains):
        prop = Proposal("fixed", figures, unit, payee=base.payee, once=base.once)
        prop.fixed = main
        start = mains[k - 1].end if k else 0
        prop.condition_label = _condition(text[start:], main.start - start) if k else base.condition_label
        prop.caps = [f for f in caps if f is not main or (f.scope or "application") != "application"]
        prop.discretionary = main.relation == "cap" or any(
            f.relation == "cap" and f.value == main.value for f in caps)
        seg = text[_segment_start(text, main.start) - 0:main.start]
        before = text[:main.start]
        if re.search(r"每(成功)?(推荐|引进|培育|新增|引入)(1|一)?个", text[:main.start]):
            per_marker = ["推荐"]
        else:
            per_marker = []
        seg_at = _segment_start(text, main.start)
        window = max(0, text.rfind("，", 0, seg_at - 1)) if seg_at > 1 else 0  # this segment and the one before
        per = per_marker + [u for u in _PER.findall(text[window:main.start])
               if u not in _ENTITY_UNITS and u != "年"]
        post = text[main.end:main.end + 4]
        if post.startswith("/"):
            mt = re.match(r"/([\u4e00-\u9fff])", post)
            if mt:
                per.append(mt.group(1))
        if per:
            u = per[-1]
            prop.form = "per_unit"
            prop.count_label = _PER_LABELS.get(u, f"{u}数")
            if per[0] == "人" and u == "次":
                prop.count_label = "人次"
            prop.count_unit = _PER_UNITS.get(u, "个")
            mt = re.search(rf"期限(最长)?(不超过|为)?(?P<n>{_NUM})个月", text)
            if u == "月" and mt:
                with contextlib.suppress(ValueError):
                    prop.count_limit = int(read_number(mt.group("n")))
            main.relation = "per_unit"
            main.confidence = prop.confidence = 0.7
        else:
            prop.confidence = main.confidence
        del seg, before
        _schedule(text, prop, rates, money)
        prop.floors = _floors(text, money, main.start, mains[k - 1].end if k else 0)
        if len(prop.condition_label) < 6 or _CAP_BEFORE.search(prop.condition_label):
            prop.condition_label = text[main.end:_segment_end(text, main.end)].strip("，、的")[:60] or prop.condition_label
        if len(mains) > 1:
            prop.notes.append(f"待核：本句给出 {len(mains)} 项金额，按各自的情形分别起草为条款（第 {k + 1} 项）")
        out.append(prop)
    return out


def _table(text: str, prop: Proposal, money: list[Figure], rates: list[Figure], split: int) -> Proposal:
    """分别给予A、B、C: values by the items listed before each 分别 (several groups in one sentence)."""
    starts = [m.start() for m in re.finditer("分别", text)]
    rows: list[tuple[str, Figure]] = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        values = [f for f in money if at < f.start < end and f.relation in ("fixed", "cap")] or [
            f for f in rates if at < f.start < end and f.relation == "ratio"]
        values = [f for f in values if f.start < _segment_end(text, values[0].start) + 1] if values else []
        if len(values) < 2:
            continue
        items = _items_before(text, at, len(values))
        if not items:
            prop.notes.append(f"待核：「分别」之前未能找到与 {len(values)} 个金额对应的 {len(values)} 个类别，金额另行核定")
            prop.confidence = 0.2
            return prop
        rows += list(zip(items, values, strict=True))
    if not rows or any(f.rate is not None for _, f in rows):
        prop.notes.append("待核：按类别的比例表（分别按…%）未能起草为公式，金额另行核定")
        prop.confidence = 0.3
        return prop
    names = [n for n, _ in rows]
    if len(set(names)) != len(names):
        prop.notes.append("待核：分档的类别名称重复，金额另行核定")
        return prop
    prop.form = "table"
    prop.table = rows
    for _, f in rows:
        f.relation, f.confidence, f.scope = "table", 0.75, None
    prop.discretionary = any(re.search(r"最高|不超过", text[s:s + 12]) for s in starts)
    prop.caps = [f for f in money if f.relation == "cap"]
    prop.confidence = 0.75
    _schedule(text, prop, rates, money)
    return prop
