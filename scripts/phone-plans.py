#!/usr/bin/env python3
"""Writes src/rules/pii/phone_plans.rs: every country's dialling plan,
compacted from libphonenumber's metadata as the `phonenumbers` package
ships it (the version is pinned below and recorded in the output).

    make phone-plans          # regenerate (installs the pinned package in target/)
    make check-phone-plans    # fail if the committed file is not what this writes

For each country calling code (the regions sharing one, such as the 25 of
the North American plan, merged) the output holds:

- the trunk prefix dialled before national numbers (`0`, `1`, `8`, `06`);
- which national significant numbers exist: for each first two digits,
  the set of lengths a valid number starting with them can have. The
  lengths come from walking an automaton built from the metadata's
  number pattern, so no regular expression is shipped;
- how numbers are written nationally: for each format, its digit groups
  (`(\\d{3})(\\d{3,4})` → 3, 3–4), how the trunk prefix is written with the
  first group (`0\\1`, `(0\\1)`, `8 (\\1)`, …) and which first digits it
  applies to (from its leading-digits pattern).

Byte layout (all numbers unsigned; the Rust side in phone_plan.rs reads it):

    record   := cc:u16be trunk:u8 validity formats
    validity := 10 × entry           (one per first digit of the number)
    entry    := 0                     no number starts with this digit
              | 1..=254               mask index: every second digit allowed, these lengths
              | 255 10 × u8           one mask index (0 = none) per second digit
    formats  := count:u8 count × format
    format   := head:u8 groups lead:u16be
    head     := group count (bits 0–2) | trunk style (bits 3–5) | trunk optional (bit 6)
    groups   := per group: min (bits 0–3) | (max − min) (bits 4–7)
    lead     := bit d set when the format applies to numbers starting with digit d

Trunk styles: 0 not written, 1 glued (`0\\1`), 2 in brackets with the group
(`(0\\1)`, `(0-\\1)`), 3 brackets without trunk (`(\\1)`), 4 separate
(`0 \\1`, `8 \\1`, `06 \\1`), 5 separate before brackets (`8 (\\1)`,
`(8 \\1)`, `(06 \\1)`), 6 separate and glued (`8 0\\1`).
"""

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

PINNED = "9.0.43"

try:  # Python 3.11+
    import re._constants as C
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse

OUT = Path(__file__).resolve().parent.parent / "src" / "rules" / "pii" / "phone_plans.rs"
TRUNKS = [None, "0", "1", "8", "06"]
MAX_LEN = 15  # length masks are u16; E.164 leaves at most 15 digits after a one-digit code


class Nfa:
    """A Thompson automaton over digits for the regex subset the metadata uses."""

    def __init__(self, pattern):
        self.eps, self.edges = [], []
        self.start = self._state()
        self.accept = self._build(sre_parse.parse(pattern), self.start)

    def _state(self):
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1

    def _set(self, items):
        out = set()
        for op, av in items:
            if op is C.LITERAL:
                out.add(av - 48)
            elif op is C.RANGE:
                out.update(range(av[0] - 48, av[1] - 47))
            elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
                out.update(range(10))
            else:
                raise ValueError(f"unsupported class item {op}")
        return frozenset(d for d in out if 0 <= d <= 9)

    def _build(self, items, cur):
        for op, av in items:
            cur = self._one(op, av, cur)
        return cur

    def _one(self, op, av, cur):
        if op in (C.LITERAL, C.IN):
            nxt = self._state()
            self.edges[cur].append((frozenset([av - 48]) if op is C.LITERAL else self._set(av), nxt))
            return nxt
        if op is C.SUBPATTERN:
            return self._build(av[-1], cur)
        if op is C.BRANCH:
            end = self._state()
            for alt in av[1]:
                start = self._state()
                self.eps[cur].append(start)
                self.eps[self._build(alt, start)].append(end)
            return end
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av
            hi = lo + MAX_LEN if hi is C.MAXREPEAT else hi
            for _ in range(lo):
                cur = self._build(sub, cur)
            end = self._state()
            self.eps[cur].append(end)
            for _ in range(hi - lo):
                cur = self._build(sub, cur)
                self.eps[cur].append(end)
            return end
        if op is C.AT:
            return cur
        raise ValueError(f"unsupported regex node {op}")

    def _closure(self, states):
        todo, seen = list(states), set(states)
        while todo:
            for nxt in self.eps[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return frozenset(seen)

    def _after(self, prefix):
        states = self._closure({self.start})
        for digit in prefix:
            states = self._closure({t for s in states for ds, t in self.edges[s] if digit in ds})
        return states

    def lengths(self, prefix):
        """Total lengths of the strings that start with `prefix` and match whole."""
        states, out = self._after(prefix), set()
        for k in range(MAX_LEN + 1 - len(prefix)):
            if not states:
                break
            if self.accept in states:
                out.add(len(prefix) + k)
            states = self._closure({t for s in states for ds, t in self.edges[s]})
        return out

    def starts(self, digit):
        """Whether the pattern, matched at the start (lookingAt), can begin with `digit`."""
        states = self._closure({self.start})
        return self.accept in states or bool(self._after([digit]))


def group_sizes(pattern):
    def span(items):
        lo = hi = 0
        for op, av in items:
            if op in (C.LITERAL, C.IN):
                lo, hi = lo + 1, hi + 1
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                sl, sh = span(av[2])
                lo, hi = lo + av[0] * sl, hi + (av[1] if av[1] is not C.MAXREPEAT else av[0] + MAX_LEN) * sh
            elif op is C.SUBPATTERN:
                sl, sh = span(av[-1])
                lo, hi = lo + sl, hi + sh
            elif op is C.BRANCH:
                spans = [span(alt) for alt in av[1]]
                lo, hi = lo + min(s[0] for s in spans), hi + max(s[1] for s in spans)
            else:
                raise ValueError(f"unsupported node {op} in format {pattern}")
        return lo, hi

    groups = []
    for op, av in sre_parse.parse(pattern):
        if op is not C.SUBPATTERN:
            raise ValueError(f"format {pattern} has text outside its groups")
        groups.append(span(av[-1]))
    return groups


def trunk_style(rule):
    if not rule:
        return 0
    rule = rule.replace("\\1", "G")
    styles = {
        "0G": 1, "(0G)": 2, "(0-G)": 2, "(G)": 3, "0 G": 4, "8 G": 4, "06 G": 4,
        "8 (G)": 5, "(8 G)": 5, "(06 G)": 5, "8 0G": 6,
    }
    if rule not in styles:
        raise ValueError(f"unknown national prefix formatting rule {rule}")
    return styles[rule]


def build(phonenumbers):
    from phonenumbers import PhoneMetadata

    by_code = defaultdict(list)
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        by_code[meta.country_code].append(meta)
    masks, records = [], []

    def mask_index(mask):
        if mask not in masks:
            masks.append(mask)
        return masks.index(mask) + 1

    for cc in sorted(by_code):
        metas = by_code[cc]
        trunks = {m.national_prefix for m in metas}
        trunk = next((t for t in TRUNKS if t in trunks and t), None)
        nfa = Nfa("|".join(f"(?:{m.general_desc.national_number_pattern})" for m in metas))
        rec = bytearray(cc.to_bytes(2, "big") + bytes([TRUNKS.index(trunk)]))
        for d1 in range(10):
            row = [sum(1 << n for n in nfa.lengths([d1, d2])) for d2 in range(10)]
            if not any(row):
                rec.append(0)
            elif len(set(row)) == 1:
                rec.append(mask_index(row[0]))
            else:
                rec.append(255)
                rec += bytes(mask_index(m) if m else 0 for m in row)
        formats = {}
        for meta in metas:
            for f in meta.number_format:
                groups = group_sizes(f.pattern)
                if len(groups) > 7 or any(lo > 15 or hi - lo > 15 for lo, hi in groups):
                    raise ValueError(f"format {f.pattern} does not fit the layout")
                style = trunk_style(f.national_prefix_formatting_rule) if meta.national_prefix else 0
                optional = bool(f.national_prefix_optional_when_formatting) or style == 0
                key = (tuple(groups), style, optional)
                lead = Nfa(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None
                bits = sum(1 << d for d in range(10) if lead is None or lead.starts(d))
                formats[key] = formats.get(key, 0) | bits
        if len(formats) > 255:
            raise ValueError(f"+{cc} has too many formats")
        rec.append(len(formats))
        for (groups, style, optional), bits in sorted(formats.items()):
            rec.append(len(groups) | style << 3 | optional << 6)
            rec += bytes(lo | (hi - lo) << 4 for lo, hi in groups)
            rec += bits.to_bytes(2, "big")
        records.append((cc, bytes(rec)))
    if len(masks) > 254:
        raise ValueError("too many distinct length masks")
    return masks, records


def render(version, masks, records):
    data = b"".join(rec for _, rec in records)
    index, at = [], 0
    for cc, rec in records:
        index.append((cc, at))
        at += len(rec)
    digest = hashlib.sha256(data).hexdigest()[:16]
    out = [
        "// @generated by scripts/phone-plans.py from libphonenumber's metadata as",
        f"// the phonenumbers {version} package ships it. Do not edit: run `make phone-plans`.",
        "// The layout is described in the script; `phone_plan.rs` reads it.",
        "",
        "/// The `phonenumbers` release the plans were derived from.",
        "#[cfg(test)]",
        f'pub const SOURCE_VERSION: &str = "{version}";',
        "/// First 16 hex digits of the SHA-256 of [`PLANS`]; a test recomputes it.",
        "#[cfg(test)]",
        f'pub const PLANS_SHA256: &str = "{digest}";',
        "/// Length masks (bit n: national significant numbers of n digits), by index − 1.",
        "pub const LENGTHS: &[u16] = &[",
    ]
    for i in range(0, len(masks), 12):
        out.append("    " + " ".join(f"{m:#06x}," for m in masks[i : i + 12]))
    out.append("];")
    out.append("/// Country calling codes in ascending order and where their record starts in [`PLANS`].")
    out.append("pub const INDEX: &[(u16, u16)] = &[")
    for i in range(0, len(index), 8):
        out.append("    " + " ".join(f"({cc}, {at})," for cc, at in index[i : i + 8]))
    out.append("];")
    out.append("/// One record per country calling code.")
    out.append("pub const PLANS: &[u8] = &[")
    for i in range(0, len(data), 24):
        out.append("    " + " ".join(f"{b}," for b in data[i : i + 24]))
    out.append("];")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed file differs")
    args = ap.parse_args()
    import phonenumbers

    if phonenumbers.__version__ != PINNED:
        sys.exit(f"phonenumbers {phonenumbers.__version__} is installed; the plans are pinned to {PINNED}")
    text = render(PINNED, *build(phonenumbers))
    if args.check:
        if OUT.read_text() != text:
            sys.exit(f"{OUT} is not what scripts/phone-plans.py writes: run `make phone-plans`")
        print(f"{OUT.name} is current (phonenumbers {PINNED})")
    else:
        OUT.write_text(text)
        print(f"wrote {OUT} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
