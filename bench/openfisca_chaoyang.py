"""The 12 monetary clauses of the Chaoyang policy in OpenFisca, computed from a Parquet file.

Run by ``bench/rules_bench.py`` with the separate venv's interpreter (never the project's):

    bench/.venv-openfisca/bin/python bench/openfisca_chaoyang.py --path FILE.parquet --save OUT.npz

A minimal tax-benefit system: one person-like entity (``company``), one variable per fact or
record column, one formula per clause ceiling and one for the stacked total (就高 with ties to
the earlier clause and the same-year bound, then 差额); rates and caps are parameters, and the
validity window is a dated parameter. All facts are known (OpenFisca has no unknown value).

Array path (the fastest documented one): ``SimulationBuilder().build_default_simulation(tbs,
count=n)`` then ``simulation.set_input(variable, period, numpy_array)`` for every column, then
``simulation.calculate``. Categories go in as integer codes (``Enum.encode`` of an int array is
a cast; strings would be looked up one by one). Money is OpenFisca's ``float`` (float32), in 分.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import resource
import time
from fractions import Fraction

import numpy as np
import polars as pl
from openfisca_core.entities import build_entity
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import ParameterNode
from openfisca_core.periods import DateUnit
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

PERIOD = "2027-06-30"
W = 1_000_000  # 1 万元 in 分
CLAUSES = ["art4_1", "art4_2", "art5_1", "art5_2", "art6", "art7", "art8_1", "art8_2", "art9", "art10",
           "art11_1", "art11_2"]


def _since(value: float, date: str = "2026-12-01") -> dict[str, object]:
    return {"values": {date: {"value": value}}}


PARAMETERS = {
    "chaoyang": {
        # 第十六条: in force from 施行 (2026-12-01 here) for 3 years
        "in_force": {"values": {"2000-01-01": 0, "2026-12-01": 1, "2029-12-01": 0}},
        "programme_years": _since(3),
        "art4_1": {"amount": _since(500 * W)},
        "art4_2": {"rate": _since(0.5), "cap": _since(200 * W)},
        "art5_1": {"amount": _since(500 * W), "cap_entity_year": _since(500 * W)},
        "art5_2": {"amount": _since(500 * W)},
        "art6": {"amount": _since(200 * W)},
        "art7": {"rate": _since(0.5), "cap": _since(500 * W)},
        "art8_1": {"rate": _since(0.5), "cap": _since(500 * W)},
        "art8_2": {"rate": _since(0.5), "cap": _since(200 * W)},
        "art9": {"amount": _since(500 * W), "cap_entity_year": _since(500 * W)},
        "art10": {"amount": _since(3000 * W), "cap_entity_years": _since(3000 * W)},
        "art11_1": {"rate": _since(0.5), "cap": _since(500 * W)},
        "art11_2": {"rate": _since(0.3), "cap": _since(100 * W)},
    }
}

company = build_entity("company", "companies", "申报单位", is_person=True)


class PlatformType(Enum):
    concept = "概念验证平台"
    pilot = "研发中试平台"
    testing = "检验检测平台"
    standards = "标准认证平台"
    scenario = "场景验证与应用平台"
    transfer = "成果转化平台"
    incubation = "产业孵化平台"
    internet = "互联网+康养服务平台"
    experience = "体验中心"
    talent = "人才培育平台"
    international = "国际交流合作平台"
    other = "其他"


class EventType(Enum):
    skills = "技能挑战赛"
    scenario_contest = "场景应用大赛"
    other_contest = "其他赛事"
    conference = "学术会议"
    forum = "论坛"
    expo = "展会"
    other_brand = "其他品牌活动"


COMMON_PLATFORMS = [PlatformType.concept, PlatformType.pilot, PlatformType.testing, PlatformType.standards,
                    PlatformType.scenario]
ECOSYSTEM_PLATFORMS = [PlatformType.transfer, PlatformType.incubation, PlatformType.internet,
                       PlatformType.experience, PlatformType.talent, PlatformType.international]
CONTESTS = [EventType.skills, EventType.scenario_contest, EventType.other_contest]
BRAND_EVENTS = [EventType.conference, EventType.forum, EventType.expo, EventType.other_brand]


def _input(name: str, value_type: type, enum: type[Enum] | None = None) -> type[Variable]:
    attrs: dict[str, object] = {"value_type": value_type, "entity": company, "definition_period": DateUnit.DAY,
                                "label": name}
    if enum is not None:
        attrs.update(possible_values=enum, default_value=next(iter(enum)))
    return type(name, (Variable,), attrs)


BOOL_FACTS = ["operates_in_chaoyang", "work_safety_accident", "serious_dishonesty", "smart_eldercare_field",
              "key_tech_breakthrough", "first_release_completed", "state_funded_project", "dataset_or_corpus_built",
              "scenario_opened", "care_consortium_built", "liability_insurance_insured", "park_operator",
              "innovative_enterprise_breakthrough", "rec_barred"]
MONEY_FACTS = ["funds_received", "project_budget", "construction_cost", "actual_premium", "event_investment",
               "rec_cap_fen__art5-1#cap1", "rec_cap_fen__art9#cap1", "rec_cap_fen__art10#cap1", "rec_prior_fen",
               "rec_difference_fen"]
INPUTS = ([_input(n, bool) for n in BOOL_FACTS] + [_input(n.replace("-", "_").replace("#", "_"), float)
                                                   for n in MONEY_FACTS]
          + [_input("programme_year", int), _input("platform_type", Enum, PlatformType),
             _input("event_type", Enum, EventType)])


def _in(values: np.ndarray, members: list[Enum]) -> np.ndarray:
    out = values == members[0]
    for member in members[1:]:
        out = out | (values == member)
    return out


def _half_up(base: np.ndarray, rate: float) -> np.ndarray:
    """Half-up at 分 as ``(2·num·base + den) // (2·den)`` with the rate as a fraction: exact in float64
    (integers below 2^53), as close as float32 allows otherwise."""
    f = Fraction(float(rate)).limit_denominator(10**6)
    return np.floor((2 * f.numerator * base + f.denominator) / (2 * f.denominator))


def _money(cls: type[Variable]) -> type[Variable]:
    """A money output: OpenFisca reads a variable's attributes from its own class, not its bases."""
    cls.value_type = float
    cls.entity = company
    cls.definition_period = DateUnit.DAY
    return cls


class chaoyang_gate(Variable):
    value_type = bool
    entity = company
    definition_period = DateUnit.DAY
    label = "有效期内、未被取消申报资格、符合第二条申报主体条件"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang
        return ((p.in_force > 0) & company("operates_in_chaoyang", period) & ~company("work_safety_accident", period)
                & ~company("serious_dishonesty", period) & company("smart_eldercare_field", period)
                & ~company("rec_barred", period))


class chaoyang_programme_ok(Variable):
    value_type = bool
    entity = company
    definition_period = DateUnit.DAY
    label = "连续支持年限内"

    def formula(company, period, parameters):
        year = company("programme_year", period)
        return (year >= 1) & (year <= parameters(period).chaoyang.programme_years)


@_money
class art4_1_ceiling(Variable):
    label = "第四条第一款"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art4_1
        ok = company("chaoyang_gate", period) & company("key_tech_breakthrough", period) & company(
            "first_release_completed", period)
        return np.where(ok, p.amount, 0)


@_money
class art4_2_ceiling(Variable):
    label = "第四条第二款"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art4_2
        ok = company("chaoyang_gate", period) & company("state_funded_project", period)
        return np.where(ok, np.minimum(_half_up(company("funds_received", period), p.rate), p.cap), 0)


@_money
class art5_1_ceiling(Variable):
    label = "第五条第一款"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art5_1
        ok = (company("chaoyang_gate", period) & _in(company("platform_type", period), COMMON_PLATFORMS)
              & company("chaoyang_programme_ok", period))
        room = np.maximum(0, p.cap_entity_year - company("rec_cap_fen__art5_1_cap1", period))
        return np.where(ok, np.minimum(p.amount, room), 0)


@_money
class art5_2_ceiling(Variable):
    label = "第五条第二款"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art5_2
        ok = company("chaoyang_gate", period) & _in(company("platform_type", period), ECOSYSTEM_PLATFORMS)
        return np.where(ok, p.amount, 0)


@_money
class art6_ceiling(Variable):
    label = "第六条"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art6
        return np.where(company("chaoyang_gate", period) & company("dataset_or_corpus_built", period), p.amount, 0)


def _ratio_clause(key: str, when: str, base: str, label: str) -> type[Variable]:
    def formula(company, period, parameters):
        p = parameters(period).chaoyang[key]
        ok = company("chaoyang_gate", period) & company(when, period)
        return np.where(ok, np.minimum(_half_up(company(base, period), p.rate), p.cap), 0)

    return _money(type(f"{key}_ceiling", (Variable,), {"label": label, "formula": formula}))


art7_ceiling = _ratio_clause("art7", "scenario_opened", "project_budget", "第七条")
art8_1_ceiling = _ratio_clause("art8_1", "care_consortium_built", "construction_cost", "第八条第一款")
art8_2_ceiling = _ratio_clause("art8_2", "liability_insurance_insured", "actual_premium", "第八条第二款")


@_money
class art9_ceiling(Variable):
    label = "第九条"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art9
        ok = company("chaoyang_gate", period) & company("park_operator", period) & company(
            "chaoyang_programme_ok", period)
        room = np.maximum(0, p.cap_entity_year - company("rec_cap_fen__art9_cap1", period))
        return np.where(ok, np.minimum(p.amount, room), 0)


@_money
class art10_ceiling(Variable):
    label = "第十条"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art10
        ok = company("chaoyang_gate", period) & company("innovative_enterprise_breakthrough", period) & company(
            "chaoyang_programme_ok", period)
        room = np.maximum(0, p.cap_entity_years - company("rec_cap_fen__art10_cap1", period))
        return np.where(ok, np.minimum(p.amount, room), 0)


@_money
class art11_1_ceiling(Variable):
    label = "第十一条第一款"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art11_1
        ok = company("chaoyang_gate", period) & _in(company("event_type", period), CONTESTS)
        return np.where(ok, np.minimum(_half_up(company("event_investment", period), p.rate), p.cap), 0)


@_money
class art11_2_ceiling(Variable):
    label = "第十一条第二款"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang.art11_2
        ok = company("chaoyang_gate", period) & _in(company("event_type", period), BRAND_EVENTS)
        return np.where(ok, np.minimum(_half_up(company("event_investment", period), p.rate), p.cap), 0)


@_money
class chaoyang_total(Variable):
    label = "第三条：就高，再扣除同一年度已获区内其他产业政策支持（差额）"

    def formula(company, period, parameters):
        p = parameters(period).chaoyang
        ceilings = np.stack([company(f"{c}_ceiling", period) for c in CLAUSES], axis=1)
        rows = np.arange(len(ceilings))
        best = np.argmax(ceilings, axis=1)  # ties to the earlier clause
        top = ceilings[rows, best]
        # the winner's bound (its ceiling before history): caps that use history are replaced by their limit
        fixed = {2: min(p.art5_1.amount, p.art5_1.cap_entity_year), 8: min(p.art9.amount, p.art9.cap_entity_year),
                 9: min(p.art10.amount, p.art10.cap_entity_years)}
        bound = top
        for j, value in fixed.items():
            bound = np.where(best == j, value, bound)
        granted = np.minimum(top, np.maximum(0, bound - company("rec_prior_fen", period)))
        return np.where(top > 0, np.maximum(0, granted - company("rec_difference_fen", period)), 0)


OUTPUTS = [chaoyang_gate, chaoyang_programme_ok, art4_1_ceiling, art4_2_ceiling, art5_1_ceiling, art5_2_ceiling,
           art6_ceiling, art7_ceiling, art8_1_ceiling, art8_2_ceiling, art9_ceiling, art10_ceiling, art11_1_ceiling,
           art11_2_ceiling, chaoyang_total]


def build_system(money_dtype: type = np.float32) -> TaxBenefitSystem:
    """The system; money in OpenFisca's ``float`` (float32), or with ``money_dtype=np.float64`` every money
    variable stored as float64 (exact for 分 below 2^53: OpenFisca casts inputs and formula results to a
    variable's ``dtype``)."""
    tbs = TaxBenefitSystem([company])
    tbs.parameters = ParameterNode("", data=PARAMETERS)
    tbs.add_variables(*INPUTS, *OUTPUTS)
    for variable in tbs.variables.values():
        if variable.value_type is float:
            variable.dtype = money_dtype
    return tbs


def load_columns(path: str) -> dict[str, np.ndarray]:
    frame = pl.read_parquet(path)
    cols: dict[str, np.ndarray] = {}
    for name in BOOL_FACTS + MONEY_FACTS + ["programme_year"]:
        cols[name.replace("-", "_").replace("#", "_")] = frame.get_column(name).to_numpy()
    cols["platform_type"] = frame.get_column("platform_type").cast(
        pl.Enum([m.value for m in PlatformType])).to_physical().to_numpy()
    cols["event_type"] = frame.get_column("event_type").cast(
        pl.Enum([m.value for m in EventType])).to_physical().to_numpy()
    return cols


def run(path: str) -> tuple[dict[str, float], np.ndarray, np.ndarray]:
    t0 = time.perf_counter()
    tbs = build_system()
    t1 = time.perf_counter()
    cols = load_columns(path)
    t2 = time.perf_counter()
    n = len(cols["rec_barred"])
    sim = SimulationBuilder().build_default_simulation(tbs, count=n)
    for name, values in cols.items():
        sim.set_input(name, PERIOD, values)
    t3 = time.perf_counter()
    total = sim.calculate("chaoyang_total", PERIOD)
    ceilings = np.stack([sim.calculate(f"{c}_ceiling", PERIOD) for c in CLAUSES], axis=1)
    t4 = time.perf_counter()
    return {"tbs": t1 - t0, "read": t2 - t1, "set_input": t3 - t2, "compute": t4 - t3, "e2e": t4 - t0}, total, ceilings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", required=True)
    ap.add_argument("--save", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    best: dict[str, float] | None = None
    for _ in range(args.repeats):
        times, total, ceilings = run(args.path)
        if best is None or times["e2e"] < best["e2e"]:
            best = times
    assert best is not None
    assert total.dtype == np.float32 and ceilings.dtype == np.float32
    np.savez(args.save, total=total, ceiling=ceilings)
    print(json.dumps({**best, "n": len(total), "version": md.version("openfisca-core"), "numpy": np.__version__,
                      "path": "SimulationBuilder().build_default_simulation(tbs, count=n) + "
                              "simulation.set_input(var, '2027-06-30', ndarray) + simulation.calculate",
                      "rss_peak_kib": _hwm_kib()}))


def _hwm_kib() -> int:
    """Resident-set high-water mark from /proc (``ru_maxrss`` would include the parent's, across exec)."""
    try:
        with open("/proc/self/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
