"""A small, safe expression language for relevance rules and tripwires. Never Python ``eval``.

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := operand (("=="|"!="|"<"|"<="|">"|">="|"in"|"contains") operand)?
    operand := NUMBER | 'string' | "string" | true | false | null | QUESTION_ID
             | [operand, ...] | FUNC(QUESTION_ID) | ( expr )
    FUNC    := answered | count | known

A question id evaluates to that question's answer (None when unanswered or not relevant);
``answered(X)`` is true once X has any answer, ``known(X)`` once it has an answer other than
"unknown", ``count(X)`` is the number of choices picked in a multiple-choice answer.
Comparisons with None are false, so a rule never fires on a missing answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<num>-?\d+(?:\.\d+)?)
  | (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
""",
    re.VERBOSE,
)

KEYWORDS = {"and", "or", "not", "in", "contains", "true", "false", "null"}
FUNCS = {"answered", "count", "known"}
CMP = {"==", "!=", "<", "<=", ">", ">=", "in", "contains"}


class ExprError(ValueError):
    pass


@dataclass(frozen=True)
class Expr:
    source: str
    tree: tuple
    names: frozenset

    def evaluate(self, answers: dict) -> bool:
        return bool(_eval(self.tree, answers))


def _tokenize(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExprError(f"unexpected character {text[pos]!r} at position {pos + 1}")
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        out.append((kind, m.group()))
    return out


class _Parser:
    def __init__(self, text: str):
        self.toks = _tokenize(text)
        self.i = 0
        self.names: set[str] = set()

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self, value=None):
        tok = self.peek()
        if tok[0] is None or (value is not None and tok[1] != value):
            raise ExprError(f"expected {value or 'more'} but found {tok[1] or 'the end'}")
        self.i += 1
        return tok

    def parse(self):
        tree = self.or_()
        if self.peek()[0] is not None:
            raise ExprError(f"unexpected {self.peek()[1]!r}")
        return tree

    def or_(self):
        left = self.and_()
        while self.peek() == ("name", "or"):
            self.take()
            left = ("or", left, self.and_())
        return left

    def and_(self):
        left = self.not_()
        while self.peek() == ("name", "and"):
            self.take()
            left = ("and", left, self.not_())
        return left

    def not_(self):
        if self.peek() == ("name", "not"):
            self.take()
            return ("not", self.not_())
        return self.compare()

    def compare(self):
        left = self.operand()
        kind, val = self.peek()
        if (kind == "op" and val in CMP) or (kind == "name" and val in ("in", "contains")):
            self.take()
            return ("cmp", val, left, self.operand())
        return left

    def operand(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return ("lit", float(val) if "." in val else int(val))
        if kind == "str":
            self.take()
            return ("lit", bytes(val[1:-1], "utf-8").decode("unicode_escape") if "\\" in val else val[1:-1])
        if kind == "op" and val == "(":
            self.take()
            inner = self.or_()
            self.take(")")
            return inner
        if kind == "op" and val == "[":
            self.take()
            items = []
            if self.peek() != ("op", "]"):
                items.append(self.operand())
                while self.peek() == ("op", ","):
                    self.take()
                    items.append(self.operand())
            self.take("]")
            return ("list", tuple(items))
        if kind == "name":
            self.take()
            if val in ("true", "false"):
                return ("lit", val == "true")
            if val == "null":
                return ("lit", None)
            if val in KEYWORDS:
                raise ExprError(f"unexpected {val!r}")
            if val in FUNCS:
                self.take("(")
                k, name = self.take()
                if k != "name" or name in KEYWORDS:
                    raise ExprError(f"{val}() takes a question id")
                self.take(")")
                self.names.add(name)
                return ("func", val, name)
            self.names.add(val)
            return ("ref", val)
        raise ExprError(f"unexpected {val or 'end of rule'}")


def parse(text: str) -> Expr:
    p = _Parser(str(text))
    tree = p.parse()
    return Expr(str(text), tree, frozenset(p.names))


def _value(node, answers):
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "ref":
        return answers.get(node[1])
    if kind == "list":
        return [_value(n, answers) for n in node[1]]
    if kind == "func":
        v = answers.get(node[2])
        if node[1] == "answered":
            return v is not None
        if node[1] == "known":
            return v is not None and v != "unknown"
        if node[1] == "count":
            return len(v) if isinstance(v, list) else 0
    return _eval(node, answers)


def _eval(node, answers):
    kind = node[0]
    if kind == "and":
        return bool(_eval(node[1], answers)) and bool(_eval(node[2], answers))
    if kind == "or":
        return bool(_eval(node[1], answers)) or bool(_eval(node[2], answers))
    if kind == "not":
        return not _eval(node[1], answers)
    if kind == "cmp":
        op, a, b = node[1], _value(node[2], answers), _value(node[3], answers)
        if a is None or b is None:
            return False
        try:
            if op == "==":
                return a == b
            if op == "!=":
                return a != b
            if op == "in":
                return a in b if isinstance(b, list) else False
            if op == "contains":
                return b in a if isinstance(a, list) else (str(b) in str(a))
            if isinstance(a, str) or isinstance(b, str):
                return False
            return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
        except TypeError:
            return False
    v = _value(node, answers)
    if isinstance(v, list):
        return len(v) > 0
    if v == "no" or v == "unknown":
        return False
    return bool(v)
