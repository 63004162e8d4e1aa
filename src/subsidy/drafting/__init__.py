"""Drafting rules from a new policy text (``subsidy draft``): pure functions from the text to a draft
policy directory and its review report. No database, CLI, web or settings.

clean → structure → classify → propose (numerals) → write (YAML, starter cases) and report (HTML).
A draft is never adopted by itself: every figure carries a confidence and every clause the drafter did
not understand is present as ``manual_amount`` or a provision with a 待核 note, never dropped.
"""
