"""Cost of the naming functions an inspection calls once per unit (三（一）4).

The integrator's ``hrss-policy inspect`` calls :func:`hrss_policy.agency_name_detail` and
:func:`hrss_policy.check_agency_name` once per unit, for up to 640,000 units in a run
that must finish in 30 s. Names repeat little across units, but districts, kinds and
suffixes repeat: the generated places below are all distinct, as in a real file.

Run from the repository root: ``python benchmarks/bench_naming.py [UNITS]``; prints
microseconds per call, the best of five passes over the same units.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable

import hrss_policy as hp

K = hp.UnitKind
CHARS = "拱北吉大前山梅华香湾狮翠南屏凤唐家井岸白蕉斗门乾务莲洲藤红旗灶平沙水横琴桂担杆夏江东西新"


def places(n: int) -> list[str]:
    """*n* distinct two- or three-character place names."""
    pairs = (a + b for a, b in itertools.product(CHARS, repeat=2))
    triples = (a + b + c for a, b, c in itertools.product(CHARS, repeat=3))
    return list(itertools.islice(itertools.chain(pairs, triples), n))


def units(n: int) -> list[tuple[hp.UnitKind, str, str | None]]:
    """A mix as a country's file has it: mostly communities and villages."""
    out: list[tuple[hp.UnitKind, str, str | None]] = []
    for i, place in enumerate(places(n)):
        if i % 16 == 0:
            out.append((K.DISTRICT_STREET, place + "街道", ("香洲区", "斗门", "金湾区")[i % 3]))
        elif i % 16 == 1:
            out.append((K.DISTRICT_TOWN, place, ("斗门区", "金湾")[i % 2]))
        elif i % 16 == 2:
            out.append((K.ZONE_TOWN, place + "镇", None))
        elif i % 2:
            out.append((K.COMMUNITY, place + "社区", None))
        else:
            out.append((K.VILLAGE, place, None))
    return out


def per_call(label: str, n: int, run: Callable[[], object]) -> None:
    best = min(_timed(run) for _ in range(5))
    print(f"{label:<52} {best / n * 1e6:8.2f} µs per call")


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    us = units(n)
    standard = [hp.agency_name(k, p, district=d) for k, p, d in us]
    slipped = [s.replace("人力资源和社会保障", "劳动保障") for s in standard]
    with_standard = list(zip(us, standard, strict=True))
    with_slipped = list(zip(us, slipped, strict=True))
    print(f"{n} distinct units, hrss_policy {hp.__version__}")
    per_call("agency_name", n, lambda: [hp.agency_name(k, p, district=d) for k, p, d in us])
    per_call(
        "agency_name_detail",
        n,
        lambda: [hp.agency_name_detail(k, p, district=d) for k, p, d in us],
    )
    per_call(
        "check_agency_name, the standard name",
        n,
        lambda: [hp.check_agency_name(k, p, s, district=d) for (k, p, d), s in with_standard],
    )
    per_call(
        "check_agency_name, no current name",
        n,
        lambda: [hp.check_agency_name(k, p, None, district=d) for k, p, d in us],
    )
    per_call(
        "check_agency_name, an old 劳动保障 name",
        n,
        lambda: [hp.check_agency_name(k, p, s, district=d) for (k, p, d), s in with_slipped],
    )
    per_call("parse_agency_name", n, lambda: [hp.parse_agency_name(s) for s in standard])
    per_call(
        "an inspection's pattern: detail, then check",
        n,
        lambda: [
            (
                hp.agency_name_detail(k, p, district=d),
                hp.check_agency_name(k, p, s, district=d),
            )
            for (k, p, d), s in with_standard
        ],
    )
    checks = [hp.check_agency_name(k, p, s, district=d) for (k, p, d), s in with_standard]
    per_call("the check's finding (.findings)", n, lambda: [c.findings for c in checks])


if __name__ == "__main__":
    main()
