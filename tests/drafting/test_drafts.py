"""Every reference policy, seed and shipped source drafts into a directory that loads and passes
`subsidy check` with its starter cases; every quote is verbatim; the citation labels are the document's."""

from __future__ import annotations

from pathlib import Path

import pytest

from subsidy.drafting.draft import clause_id, make_draft
from subsidy.drafting.review import review_html
from subsidy.drafting.write import write_draft
from subsidy.errors import SourceTextError
from subsidy.rules.check import check_policy
from subsidy.rules.parse import clean_source, load_policy

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path("/work/shared")
TEXTS = sorted(ROOT.glob("policies/*/source.txt")) + sorted(SHARED.glob("reference-policies/*.txt")) + sorted(
    SHARED.glob("seeds/*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_draft_loads_and_passes_check(path: Path, tmp_path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    draft = make_draft(original, policy_id="draft-under-test")
    write_draft(draft, tmp_path / "d", original)
    assert (tmp_path / "d" / "source.txt").read_bytes() == original.encode("utf-8")
    policy = load_policy(tmp_path / "d")
    checked = check_policy(policy)
    assert checked.ok, (checked.problems, [o.failures for o in checked.cases if not o.ok])
    source = clean_source(original)
    quotes = [q for c in policy.clauses for q in c.quotes] + [q for x in policy.provisions for q in x.quotes]
    assert quotes and all(q in source for q in quotes)
    assert any(c.kind == "monetary" for c in policy.clauses)


def test_citation_labels_are_the_documents() -> None:
    original = (ROOT / "policies/cn-sz-baoan-ai-health/source.txt").read_text(encoding="utf-8")
    cites = {c.cite for c in make_draft(original, policy_id="x").clauses}
    assert {"第二条", "第五条（一）", "第五条（二）1", "第五条（二）2", "第六条（二）2", "第十一条", "第十四条"} <= cites
    original = (ROOT / "policies/cn-bj-chaoyang-smart-eldercare/source.txt").read_text(encoding="utf-8")
    cites = {c.cite for c in make_draft(original, policy_id="x").clauses}
    assert {"第四条第一款", "第四条第二款", "第七条", "第八条第二款", "第十一条第二款"} <= cites


def test_ocr_spaced_articles_are_cited_as_numbered() -> None:
    draft = make_draft("第 1 0 条 对新认定的企业，给予企业20万元奖励。\n第 1 1 条 本办法自发布之日起施行，有效期3年。",
                       policy_id="x")
    assert [c.cite for c in draft.clauses] == ["第10条"]
    assert draft.clauses[0].quotes == ["对新认定的企业，给予企业20万元奖励。"]
    assert draft.validity is not None and draft.validity[0] == 3


@pytest.mark.parametrize(("cite", "ident"), [("第四条第二款", "art4-2"), ("第五条（二）1", "art5-2-1"), ("第10条", "art10"),
                                             ("六、附则", "part6"), ("第二章总则", "part2"), ("序言", "preamble")])
def test_clause_ids(cite: str, ident: str) -> None:
    assert clause_id(cite) == ident


def test_unreadable_amounts_are_kept_as_manual(tmp_path: Path) -> None:
    text = "第一条 对A类企业按投资额的10%给予奖励，对B类企业按投资额的20%给予奖励。\n第二条 本办法自2024年1月1日起施行，有效期5年。"
    draft = make_draft(text, policy_id="x")
    assert [c.proposal.form for c in draft.clauses] == ["manual"]
    assert any("待核" in n for n in draft.clauses[0].proposal.notes)
    write_draft(draft, tmp_path / "d", text)
    policy = load_policy(tmp_path / "d")
    assert policy.clauses[0].kind == "manual_amount"
    assert str(policy.effective_from) == "2024-01-01" and policy.validity_years == 5
    html = review_html(draft)
    assert "含金额但没有条款计算的句子（1 句" in html and "http" not in html and "<script" not in html


@pytest.mark.parametrize("text", ["", "   \n\t", "。，！？；……", "1234 5678", "\x01\x02\x03"])
def test_texts_that_are_not_policies(text: str) -> None:
    with pytest.raises(SourceTextError):
        make_draft(text, policy_id="x")
