"""A seeded synthetic registry for a seed district, calibrated to published aggregates.

Every figure below is either published (the number of the row in /work/shared/data/registry-aggregates.md
is given, and docs/registry.md cites its source) or marked *assumed*. An entity gets, in this order,
from one ``numpy`` PCG64 generator seeded with ``seed`` (so the same seed gives the same registry):
an industry (categorical), a size class (categorical), revenue (log-normal body by size class; a
Pareto tail, exponent 2.2, for 大型 [#42]), employees (log-normal by size class), registered capital
(the published bins [#4], log-uniform within a bin), 高新技术企业 (Bernoulli), then the facts of the
district's seed policy: the applicant facts, the segments the policy is about (hospitals, 医美,
device makers; eldercare institutions), and the project facts of the rest (some left unknown, as a
registry is never complete). Money is integer 分 throughout (amounts rounded to 100元). The 街道 (street)
comes from a second generator seeded with ``(seed, 1)``, in equal shares (*assumed*: the aggregates give
no figure by street), so that it changes no other column.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl

from subsidy.population.reader import ATTRIBUTES, STREETS, check_chars
from subsidy.rules.model import Policy

__all__ = ["CAPITAL_BINS", "DISTRICTS", "SIZE_SHARES", "District", "expected_mean_revenue_fen", "generate"]

WAN = 1_000_000  # 1万元 in 分

SIZE_SHARES = {"大型": 0.002, "中型": 0.010, "小型": 0.138, "微型": 0.850}
"""小微 = 98.8% [#41]; the split of the rest and within 小微 is assumed."""
REVENUE_BODY = {"微型": (60, 1.0), "小型": (700, 0.8), "中型": (9000, 0.7)}
"""Median revenue in 万元 and log-σ of each size class's log-normal body (assumed; 规上 = ≥2000万 [#39])."""
PARETO_ALPHA = 2.2
"""Exponent of the 大型 tail (2.0–2.5 by province [#42])."""
EMPLOYEES = {"微型": (3, 0.7), "小型": (25, 0.6), "中型": (160, 0.5), "大型": (1500, 0.8)}
"""Median and log-σ of employees by size class (assumed)."""
CAPITAL_BINS = ((1, 100, 0.275), (100, 500, 0.511), (500, 1000, 0.113), (1000, 3000, 0.060),
                (3000, 5000, 0.005), (5000, 10000, 0.011), (10000, 500000, 0.011))
"""Registered capital in 万元: (low, high, share) of new Shenzhen legal-person firms [#4] (shares as
published, normalised: they sum to 98.6%); the top bin's upper end is assumed."""
ABOVE_SCALE_FEN = 2000 * WAN  # [#39]


@dataclass(frozen=True)
class District:
    key: str
    name: str
    policy: str
    region: str  # the 6-digit administrative code inside a 统一社会信用代码
    enterprises: int  # the population the shares are of (published or derived)
    industries: dict[str, float]
    high_tech: float
    large_tail_min_wan: float  # the 大型 Pareto tail's lower end (万元)
    segments: dict[str, int]  # segment → entities in the district (published or derived)


_CHAOYANG_INDUSTRY = {  # BJ legal persons [#29] for the first three; the rest assumed, tilted to services [#30]
    "批发和零售业": 0.249, "租赁和商务服务业": 0.181, "科学研究和技术服务业": 0.150,
    "信息传输、软件和信息技术服务业": 0.100, "文化、体育和娱乐业": 0.040, "建筑业": 0.040, "房地产业": 0.040,
    "制造业": 0.030, "金融业": 0.030, "居民服务、修理和其他服务业": 0.030, "住宿和餐饮业": 0.030,
    "卫生和社会工作": 0.020, "交通运输、仓储和邮政业": 0.020, "其他": 0.040}
_BAOAN_INDUSTRY = {  # national mix [#40] with a larger 制造 share [#9, #11]; the split assumed
    "批发和零售业": 0.270, "制造业": 0.250, "租赁和商务服务业": 0.100, "科学研究和技术服务业": 0.080,
    "信息传输、软件和信息技术服务业": 0.060, "建筑业": 0.050, "交通运输、仓储和邮政业": 0.050,
    "住宿和餐饮业": 0.030, "居民服务、修理和其他服务业": 0.030, "房地产业": 0.020, "文化、体育和娱乐业": 0.020,
    "卫生和社会工作": 0.010, "金融业": 0.010, "其他": 0.020}

DISTRICTS = {
    "chaoyang": District(
        "chaoyang", "朝阳区", "cn-bj-chaoyang-smart-eldercare", "110105",
        enterprises=180_000,  # 21.1万 legal-person units [#27] × ~85% enterprises (derived)
        industries=_CHAOYANG_INDUSTRY, high_tech=0.015,  # assumed: no district figure
        large_tail_min_wan=0.0,  # solved so that mean revenue matches 企业营收 49,148.5亿 / 21.1万 [#27]
        segments={"eldercare_institution": 95,  # ≈16% of BJ's 578 养老机构 [#31, #32]; 102 in 2014 [#34]
                  "eldercare_station": 150,  # ≈16% of BJ's 915 驿站 (2019) [#33], assumed
                  "smart_eldercare": 1800}),  # assumed: ~1% of enterprises in the field
    "baoan": District(
        "baoan", "宝安区", "cn-sz-baoan-ai-health", "440306",
        enterprises=660_000,  # ≈23% [#2] of SZ's 2,867,941 enterprises [#1] (derived)
        industries=_BAOAN_INDUSTRY, high_tech=7397 / 660_000,  # 7,397 国高 [#7] (derived share)
        large_tail_min_wan=40_000.0,  # assumed (no district revenue total found)
        segments={"hospital": 40,  # SZ's 159 hospitals [#12] × 宝安's population share (derived)
                  "aesthetic": 180,  # SZ's 769 医美 [#15] × 宝安's share (derived)
                  "device_maker": 450,  # SZ >1,800 makers [#20] × 宝安's share (derived)
                  "device_distributor": 16_012,  # II/III 经营 firms in 宝安 [#22]
                  "ai_health": 500}),  # of SZ's 2,200 AI firms [#25] × 宝安's share (derived)
}

CHAOYANG_REVENUE_MEAN_FEN = round(49_148.5 * 10**8 * 100 / 211_000)  # [#27]: 企业营收 / 法人单位 (derived)


def _body_mean_wan() -> float:
    return sum(SIZE_SHARES[s] * med * math.exp(sig * sig / 2) for s, (med, sig) in REVENUE_BODY.items())


def _tail_min(d: District) -> float:
    """The 大型 tail's lower end: the district's, or solved so that the mean revenue is published's."""
    if d.large_tail_min_wan:
        return d.large_tail_min_wan
    large_mean = (CHAOYANG_REVENUE_MEAN_FEN / WAN - _body_mean_wan()) / SIZE_SHARES["大型"]
    return large_mean * (PARETO_ALPHA - 1) / PARETO_ALPHA


def expected_mean_revenue_fen(d: District) -> float:
    """The mean revenue per enterprise the generator's distributions have (analytically)."""
    tail_mean = _tail_min(d) * PARETO_ALPHA / (PARETO_ALPHA - 1)
    return (_body_mean_wan() + SIZE_SHARES["大型"] * tail_mean) * WAN


def _choice(rng: np.random.Generator, shares: dict[str, float], n: int) -> npt.NDArray[Any]:
    keys = list(shares)
    p = np.array([shares[k] for k in keys], dtype=float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=n, p=p / p.sum())]


def _lognormal_fen(rng: np.random.Generator, median_wan: float, sigma: float, n: int) -> npt.NDArray[np.int64]:
    """Amounts (分, rounded to 100元) from a log-normal with the given median in 万元."""
    wan = rng.lognormal(math.log(median_wan), sigma, n)
    return (np.round(wan * 100).astype(np.int64)) * (WAN // 100)


def _profile(d: District, n: int, rng: np.random.Generator) -> dict[str, Any]:
    industry = _choice(rng, d.industries, n)
    size = _choice(rng, SIZE_SHARES, n)
    revenue = np.zeros(n, dtype=np.int64)
    employees = np.zeros(n, dtype=np.int64)
    u = rng.random(n)
    tail = _tail_min(d) * (1 - u) ** (-1 / PARETO_ALPHA)  # Pareto by inversion
    for s, (med, sig) in EMPLOYEES.items():
        here = size == s
        if s in REVENUE_BODY:
            body_med, body_sig = REVENUE_BODY[s]
            revenue[here] = _lognormal_fen(rng, body_med, body_sig, int(here.sum()))
        else:
            revenue[here] = np.round(tail[here] * 100).astype(np.int64) * (WAN // 100)
        employees[here] = np.maximum(1, np.round(rng.lognormal(math.log(med), sig, int(here.sum())))).astype(np.int64)
    lows = np.array([b[0] for b in CAPITAL_BINS], dtype=float)
    highs = np.array([b[1] for b in CAPITAL_BINS], dtype=float)
    p = np.array([b[2] for b in CAPITAL_BINS])
    pick = rng.choice(len(CAPITAL_BINS), size=n, p=p / p.sum())
    capital_wan = np.exp(rng.uniform(np.log(lows[pick]), np.log(highs[pick])))
    capital = np.round(capital_wan * 100).astype(np.int64) * (WAN // 100)
    high_tech = rng.random(n) < d.high_tech
    return {"district": np.full(n, d.name, dtype=object), "industry": industry, "size_class": size,
            "revenue": revenue, "registered_capital": capital, "employees": employees, "high_tech": high_tech,
            "above_scale": revenue >= ABOVE_SCALE_FEN}


def _segments(d: District, n: int, rng: np.random.Generator, industry: npt.NDArray[Any]) -> dict[str, npt.NDArray[np.bool_]]:
    """Each segment as a Bernoulli at its district rate (count / enterprises), within its industries."""
    where = {"hospital": ("卫生和社会工作",), "aesthetic": ("卫生和社会工作",), "eldercare_institution": ("卫生和社会工作",),
             "eldercare_station": ("卫生和社会工作", "居民服务、修理和其他服务业"), "device_maker": ("制造业",),
             "device_distributor": ("批发和零售业",)}
    out: dict[str, npt.NDArray[np.bool_]] = {}
    taken = np.zeros(n, dtype=bool)
    for seg, count in d.segments.items():
        inds = where.get(seg)
        pool = np.isin(industry, inds) if inds else np.ones(n, dtype=bool)
        share = sum(d.industries[i] for i in inds) if inds else 1.0
        p = min(1.0, count / d.enterprises / share)
        hit = pool & ~taken & (rng.random(n) < p)
        taken |= hit
        out[seg] = hit
    return out


_NONE = np.array(None, dtype=object)


def _bool(rng: np.random.Generator, who: npt.NDArray[np.bool_], p: float) -> npt.NDArray[np.bool_]:
    return who & (rng.random(who.size) < p)


def _facts(policy: Policy, d: District, n: int, rng: np.random.Generator,
           prof: dict[str, Any]) -> tuple[dict[str, Any], npt.NDArray[np.bool_]]:
    seg = _segments(d, n, rng, prof["industry"])
    field = np.zeros(n, dtype=bool)
    for hit in seg.values():
        field |= hit
    facts: dict[str, Any] = {}
    if d.key == "chaoyang":
        facts |= {"operates_in_chaoyang": np.ones(n, dtype=bool),
                  "work_safety_accident": rng.random(n) < 0.003,  # assumed
                  "serious_dishonesty": rng.random(n) < 0.005,  # assumed
                  "smart_eldercare_field": field}
        facts["scenario_opened"] = _bool(rng, seg["eldercare_institution"] | seg["eldercare_station"], 0.4)
        facts["project_budget"] = _lognormal_fen(rng, 300, 0.9, n)
    else:
        health = field | np.isin(prof["industry"], ["卫生和社会工作"])
        facts |= {"independent_legal_person": np.ones(n, dtype=bool), "big_health_field": health,
                  "registered_in_baoan": np.ones(n, dtype=bool)}
        facts["new_private_hospital"] = _bool(rng, seg["hospital"], 0.1)
        facts["private_hospital"] = _bool(rng, seg["hospital"], 0.6)
        grades = rng.choice(4, size=n, p=[0.3, 0.4, 0.2, 0.1])
        facts["hospital_grade"] = np.where(seg["hospital"], np.array(["一级", "二级", "三级", "未定级"], dtype=object)[grades], _NONE)
        facts["hospital_type"] = np.where(seg["hospital"], np.where(rng.random(n) < 0.6, "综合医院", "专科医院"), _NONE)
        rated = _bool(rng, seg["aesthetic"], 0.05)  # <1% of all 医美 nationally [#16, #17]; higher among applicants
        facts["aesthetic_rating_first"] = rated
        facts["aesthetic_rating"] = np.where(rated, np.array(["3A", "3A", "4A", "5A"], dtype=object)[rng.integers(0, 4, n)], _NONE)
        makers = seg["device_maker"]
        new = rng.poisson(0.55, n) * makers  # ≈ 982 first registrations in SZ a year [#23] over its makers
        class3 = rng.binomial(new, 0.13)  # 13% 三类 [#18]
        facts["new_class2_certificates"] = np.where(makers, new - class3, 0)
        facts["new_class3_certificates"] = np.where(makers, class3, 0)
        facts["aesthetic_device_rnd"] = _bool(rng, makers, 0.3)
        facts["develops_medical_model"] = _bool(rng, seg["ai_health"], 0.5)
        facts["rented_compute_last_year"] = _bool(rng, facts["develops_medical_model"], 0.7)
        facts["compute_contract_amount"] = _lognormal_fen(rng, 150, 1.0, n)
    for name, f in policy.facts.items():  # every other fact: rare among the field's entities, none elsewhere
        if name in facts:
            continue
        if f.type == "bool":
            facts[name] = _bool(rng, field, 0.08)
        elif f.type == "money":
            facts[name] = _lognormal_fen(rng, 200, 1.0, n)
        elif f.type == "category":
            facts[name] = np.array(f.values, dtype=object)[rng.integers(0, len(f.values), n)]
        elif f.type == "integer":
            facts[name] = rng.integers(1, 4, n) if f.unit == "年" else rng.poisson(1.0, n)
        else:
            facts[name] = None
    return facts, field


def generate(district: str, rows: int, seed: int, policy: Policy) -> pl.DataFrame:
    """``rows`` synthetic enterprises of ``district`` (``chaoyang`` or ``baoan``) in the table form:
    entity columns, the attributes, and every fact of ``policy`` (money Int64 分; null = unknown)."""
    d = DISTRICTS[district]
    rng = np.random.Generator(np.random.PCG64(seed))
    n = rows
    prof = _profile(d, n, rng)
    # the street from a stream of its own (seed, 1): adding it left every other column as it was
    streets = STREETS[d.name]
    prof = {"district": prof.pop("district"),
            "street": np.array(streets, dtype=object)[np.random.Generator(np.random.PCG64([seed, 1])).integers(
                0, len(streets), n)], **prof}
    facts, field = _facts(policy, d, n, rng, prof)
    # project facts (those no applicant rule reads) of entities outside the field are unknown (not
    # asked); 5% of the field's are unknown too (a registry is never complete)
    applicant = {"operates_in_chaoyang", "work_safety_accident", "serious_dishonesty", "smart_eldercare_field",
                 "independent_legal_person", "big_health_field", "registered_in_baoan"}
    columns: dict[str, pl.Series] = {}
    offset = int(rng.integers(0, 10**8))
    number = pl.Series(np.arange(1, n + 1, dtype=np.int64)).cast(pl.String).str.pad_start(7, "0")
    first17 = pl.Series((offset + np.arange(n, dtype=np.int64) * 7919) % 10**9).cast(pl.String).str.pad_start(9, "0")
    first17 = f"91{d.region}" + first17
    columns["entity_id"] = (f"{d.key}-" + number).alias("entity_id")
    columns["uscc"] = (first17 + check_chars(first17)).alias("uscc")
    columns["name"] = (f"{d.name}模拟企业" + number + "有限公司").alias("name")
    for name, values in prof.items():
        f = ATTRIBUTES[name]
        columns[name] = pl.Series(name, values, dtype=_DTYPES[f.type])
    for name, f in policy.facts.items():
        values = facts.get(name)
        if values is None:
            columns[name] = pl.Series(name, [None] * n, dtype=_DTYPES[f.type])
            continue
        s = pl.Series(name, values.tolist() if values.dtype == object else values, dtype=_DTYPES[f.type])
        if name not in applicant:
            keep = field & (rng.random(n) >= 0.05)
            s = pl.select(pl.when(pl.Series(keep)).then(s).otherwise(None)).to_series().alias(name)
        columns[name] = s
    return pl.DataFrame(columns)


_DTYPES: dict[str, Any] = {"money": pl.Int64, "integer": pl.Int64, "bool": pl.Boolean, "category": pl.String,
                           "number": pl.Decimal(30, 10)}
