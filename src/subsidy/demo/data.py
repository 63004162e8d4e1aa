"""The demo's people and applicants: realistic, deterministic, and chosen to exercise every rule.

Among the applicants: some qualify, some do not (a safety accident, a clause condition not met),
one has not said enough (unknown facts), one is missing a document, one is returned for correction
(补正), several share an organisation with an expert (回避), and one entity later breaks the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from subsidy.admin.uscc import compute_check_char

__all__ = ["APPLICANTS", "EXPERTS", "RUBRIC", "Applicant", "Expert", "uscc"]


def uscc(region: str, n: int) -> str:
    """A valid 统一社会信用代码 for region ``region`` (行政区划代码) and serial ``n``."""
    first17 = f"91{region}MA{n:06d}X"
    return first17 + compute_check_char(first17)


CHAOYANG, BAOAN, UNIVERSITY = "110105", "440306", "110108"

RUBRIC: list[dict[str, Any]] = [
    {"id": "tech", "name": "技术先进性与创新性", "weight": 40, "max": 40},
    {"id": "team", "name": "实施能力与团队", "weight": 30, "max": 30},
    {"id": "benefit", "name": "经济社会效益", "weight": 30, "max": 30},
]


@dataclass(frozen=True)
class Expert:
    username: str
    name: str
    employer: str  # USCC
    relations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Applicant:
    key: str
    name: str
    uscc: str
    policy: str  # "chaoyang" / "baoan"
    clause: str
    project: str
    facts: dict[str, Any]
    profile: dict[str, Any]
    quality: int  # how good the project is (drives the experts' scores), 0–100
    documents: tuple[str, ...] = ("营业执照", "项目申报书")
    note: str = ""
    correction: str | None = None  # returned for correction (补正) with this reason
    co_applicants: tuple[str, ...] = field(default=())


CY_OK = {"operates_in_chaoyang": True, "work_safety_accident": False, "serious_dishonesty": False,
         "smart_eldercare_field": True}
BA_OK = {"independent_legal_person": True, "big_health_field": True, "registered_in_baoan": True}


def _cy(n: int, name: str, clause: str, project: str, facts: dict[str, Any], quality: int,
        **kw: Any) -> Applicant:
    profile = {**CY_OK, **kw.pop("profile", {})}
    return Applicant(f"cy{n}", name, uscc(CHAOYANG, n), "chaoyang", clause, project, facts, profile, quality, **kw)


def _ba(n: int, name: str, clause: str, project: str, facts: dict[str, Any], quality: int,
        **kw: Any) -> Applicant:
    profile = {**BA_OK, **kw.pop("profile", {})}
    return Applicant(f"ba{n}", name, uscc(BAOAN, n), "baoan", clause, project, facts, profile, quality, **kw)


APPLICANTS: tuple[Applicant, ...] = (
    # ---- 朝阳区智慧康养 ------------------------------------------------------------------------
    _cy(1, "北京康联智护科技有限公司", "art7", "社区养老驿站智慧照护场景揭榜项目",
        {"scenario_opened": True, "project_budget": "860万元"}, 88),
    _cy(2, "北京颐年数智健康科技有限公司", "art4-1", "养老护理机器人多模态交互首发首试",
        {"key_tech_breakthrough": True, "first_release_completed": True}, 92),
    _cy(3, "北京安康脑机科技有限公司", "art4-2", "脑机接口康复训练系统（国家重点研发计划课题）",
        {"state_funded_project": True, "funds_received": "380万元"}, 81),
    _cy(4, "北京朝阳医养联合体管理有限公司", "art8-1", "心脑血管专科医养康联合体",
        {"care_consortium_built": True, "construction_cost": "1240万元"}, 76),
    _cy(5, "北京智养数据科技有限公司", "art6", "智慧康养高质量语料库",
        {"dataset_or_corpus_built": True}, 70, correction="数据集规模说明与申报书不一致，请补充数据清单"),
    _cy(6, "北京银龄赛事运营有限公司", "art11-1", "智慧康养场景应用大赛",
        {"event_type": "场景应用大赛", "event_investment": "520万元"}, 64),
    _cy(7, "北京康养国际会展有限公司", "art11-2", "智能康养国际论坛",
        {"event_type": "论坛", "event_investment": "290万元"}, 58),
    _cy(8, "北京平安智护保险代理有限公司", "art8-2", "养老机构综合责任保险",
        {"liability_insurance_insured": True, "actual_premium": "126.5万元"}, 61),
    _cy(9, "北京慧眼养老科技有限公司", "art7", "失能老人居家智能监护场景",
        {"scenario_opened": True, "project_budget": "420万元"}, 73),
    _cy(10, "北京朝阳康复辅具有限公司", "art4-1", "外骨骼康复机器人首发首试",
        {"key_tech_breakthrough": True, "first_release_completed": True}, 67,
        profile={"work_safety_accident": True}, note="发生过安全生产事故：不符合第二条，提交被拒"),
    _cy(11, "北京乐龄互联科技有限公司", "art7", "老年人健康管理场景开放",
        {"scenario_opened": False, "project_budget": "300万元"}, 55, note="未开放应用场景：不符合第七条，提交被拒"),
    _cy(12, "北京晨曦养老服务有限公司", "art8-1", "医养结合服务体系", {"care_consortium_built": True}, 60,
        note="未填写项目建设费用：提交被拒并列出所需信息"),
    _cy(13, "北京长者科技有限公司", "art6", "康养大模型训练数据集", {"dataset_or_corpus_built": True}, 66,
        documents=("营业执照",), note="缺少项目申报书：提交被拒"),
    _cy(14, "北京夕阳红智能设备有限公司", "art4-2", "智能跌倒检测（省部级课题）",
        {"state_funded_project": True, "funds_received": "150万元"}, 69),
    _cy(15, "北京和睦家康养科技有限公司", "art11-1", "银发技能挑战赛",
        {"event_type": "技能挑战赛", "event_investment": "300万元"}, 52),
    # ---- 宝安区人工智能+大健康 ----------------------------------------------------------------------
    _ba(1, "深圳宝安仁爱医院有限公司", "art14a", "新建三级综合医院",
        {"new_private_hospital": True, "hospital_grade": "三级", "hospital_type": "综合医院"}, 85),
    _ba(2, "深圳智影医疗科技有限公司", "art5-1", "AI 医学影像辅助诊断标杆项目",
        {"benchmark_project": True, "ai_scenario": "医学影像", "builder_actual_investment": "1180万元"}, 90),
    _ba(3, "深圳灵犀算力医疗科技有限公司", "art2", "康复养老场景大模型训练算力租用",
        {"develops_medical_model": True, "rented_compute_last_year": True, "compute_contract_amount": "640万元"}, 83),
    _ba(4, "深圳美研医疗器械有限公司", "art6-2-1", "射频医美设备与口腔种植导航系统注册",
        {"aesthetic_device_rnd": True, "new_class2_certificates": 3, "new_class3_certificates": 2}, 78),
    _ba(5, "深圳宝安中医药创新研究院", "art8-2-1", "中医智能舌诊设备成果转化",
        {"tcm_quality_project": True, "tcm_achievement_applied": True, "tcm_project_investment": "460万元"}, 74),
    _ba(6, "深圳颐康康复器械有限公司", "art7-2-1", "仿生义肢量产项目",
        {"rehab_device_mass_production": True, "rehab_total_investment": "9200万元"}, 72),
    _ba(7, "深圳宝安湾区医院", "art5-2-2a", "首次获得 GCP 资质", {"first_gcp_qualification": True}, 68),
    _ba(8, "深圳光明健康产业园运营有限公司", "art15", "市级大健康特色产业园区", {"city_recognised_health_park": True}, 66),
    _ba(9, "深圳雅美医疗美容门诊部有限公司", "art6-2-2", "首次获得 5A 等级评价",
        {"aesthetic_rating_first": True, "aesthetic_rating": "5A"}, 57),
    _ba(10, "深圳港澳药械医院有限公司", "art11b", "临床急需进口港澳药械首次使用",
         {"hk_macao_new_varieties": 7}, 63),
    _ba(11, "深圳新桥康复医院有限公司", "art14a", "新建二级专科医院",
        {"new_private_hospital": True, "hospital_grade": "二级", "hospital_type": "专科医院"}, 71),
    _ba(12, "深圳前海数智医疗有限公司", "art5-1", "影像质控标杆项目",
        {"benchmark_project": False, "ai_scenario": "医学影像", "builder_actual_investment": "600万元"}, 50,
        note="非标杆应用项目：不符合第五条（一），提交被拒"),
    _ba(13, "深圳宝安中医院有限公司", "art8-1", "中药智能审方系统",
        {"benchmark_project": True, "ai_scenario": "中医药", "builder_actual_investment": "700万元"}, 62),
    _ba(14, "深圳云医语料科技有限公司", "art3", "临床专病开放语料", {"corpus_opened": True,
                                                          "corpus_meets_requirements": True}, 59),
    _ba(15, "深圳康宁医疗美容医院有限公司", "art6-1", "AI 手术规划与效果模拟",
        {"benchmark_project": True, "ai_scenario": "医疗美容", "builder_actual_investment": "350万元"}, 54),
)

EXPERTS: tuple[Expert, ...] = (
    Expert("expert_zhang", "张明远（清华大学）", uscc(UNIVERSITY, 901)),
    Expert("expert_li", "李慧敏（北京大学）", uscc(UNIVERSITY, 902)),
    Expert("expert_wang", "王建国（中国康复研究中心）", uscc(UNIVERSITY, 903)),
    Expert("expert_zhao", "赵雪（颐年数智，兼职专家）", uscc(CHAOYANG, 2)),  # works for applicant cy2
    Expert("expert_chen", "陈立（深圳大学）", uscc(BAOAN, 904), relations=(uscc(BAOAN, 2),)),  # related to ba2
    Expert("expert_liu", "刘洋（南方科技大学）", uscc(BAOAN, 905)),
    Expert("expert_huang", "黄晓峰（中山大学）", uscc(BAOAN, 906)),
    Expert("expert_zhou", "周敏（北京协和医学院）", uscc(UNIVERSITY, 907)),
    Expert("expert_wu", "吴静（深圳市人民医院）", uscc(BAOAN, 908)),
    Expert("expert_sun", "孙立新（首都医科大学）", uscc(UNIVERSITY, 909)),
)
