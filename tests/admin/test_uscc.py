from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from subsidy.admin.uscc import ALPHABET, WEIGHTS, check_uscc, compute_check_char

VALID = "91350100M000100Y43"

first17 = st.text(alphabet=ALPHABET, min_size=17, max_size=17)


def test_weights_are_powers_of_three_mod_31() -> None:
    assert list(WEIGHTS) == [pow(3, i, 31) for i in range(17)]
    assert len(ALPHABET) == 31


def test_known_valid_code() -> None:
    result = check_uscc(VALID)
    assert result.valid
    assert result.code == VALID
    assert result.message == "统一社会信用代码校验通过"
    assert compute_check_char(VALID[:17]) == "3"


def test_normalisation_of_pasted_input() -> None:
    assert check_uscc(" 9135 0100-m000 100y43 ").valid
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in VALID)
    result = check_uscc(full_width)
    assert result.valid and result.code == VALID


@pytest.mark.parametrize(
    ("code", "fragment"), [("", "为空"), ("91350100M000100Y4", "实际为 17 位"), (VALID + "0", "实际为 19 位")]
)
def test_wrong_length(code: str, fragment: str) -> None:
    result = check_uscc(code)
    assert not result.valid
    assert fragment in result.message


def test_bad_character_names_position() -> None:
    result = check_uscc("91350100MO00100Y43")
    assert not result.valid
    assert result.position == 10
    assert result.actual == "O"
    assert result.message.startswith("第 10 位字符「O」不是统一社会信用代码允许的字符")
    assert "是否应为「0」" in result.message


def test_wrong_check_character_says_expected_and_actual() -> None:
    result = check_uscc("91350100M000100Y44")
    assert not result.valid
    assert (result.position, result.expected, result.actual) == (18, "3", "4")
    assert "第 18 位应为「3」，实际为「4」" in result.message


def test_check_character_zero_case() -> None:
    # A weighted sum ≡ 0 (mod 31) gives 31 − 0 = 31, which wraps to check character "0".
    prefix = "0" * 16 + "0"
    assert compute_check_char(prefix) == "0"
    assert check_uscc(prefix + "0").valid


def test_compute_check_char_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="前 17 位"):
        compute_check_char("123")
    with pytest.raises(ValueError, match="第 3 位字符「I」"):
        compute_check_char("91I50100M000100Y4")


@settings(max_examples=300)
@given(prefix=first17)
def test_computed_check_char_makes_code_valid(prefix: str) -> None:
    code = prefix + compute_check_char(prefix)
    assert check_uscc(code).valid
    assert check_uscc(code.lower()).valid


@settings(max_examples=300)
@given(prefix=first17, position=st.integers(0, 17), replacement=st.sampled_from(ALPHABET))
def test_any_single_substitution_is_detected(prefix: str, position: int, replacement: str) -> None:
    code = prefix + compute_check_char(prefix)
    assume(code[position] != replacement)
    changed = code[:position] + replacement + code[position + 1 :]
    result = check_uscc(changed)
    assert not result.valid
    assert result.position == 18


@settings(max_examples=200)
@given(prefix=first17, position=st.integers(0, 16))
def test_adjacent_transposition_is_detected(prefix: str, position: int) -> None:
    code = prefix + compute_check_char(prefix)
    assume(code[position] != code[position + 1])
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    assert not check_uscc(swapped).valid
