"""The worksheet functions through xlwings' own code, not a stand-in.

Two paths, both xlwings 0.37's real code:

- the classic add-in: ``xlwings.udfs`` registers the functions (``xlfunc``/``xlarg``) and
  ``generate_vba_wrapper`` writes the VBA module that *Import Functions* compiles in
  Excel. It is Windows code; only the modules it imports from pywin32 are stubbed.
- the custom-function path of xlwings Lite and xlwings Server (Office.js):
  ``custom_functions_meta`` (the metadata Excel registers) and ``custom_functions_call``
  with request bodies shaped as the add-in sends them. This path is in ``xlwings.pro``,
  which needs a licence key: the tests use the free non-commercial mode
  (``XLWINGS_LICENSE_KEY=noncommercial``) and nothing else.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import inspect
import io
import re
import sys
import types
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
import xlwings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import excel as excel

#: VBA's reserved identifiers (case-insensitive), from the VBA language specification
#: [MS-VBAL] 3.3.5.2 "Reserved Identifiers and IDENTIFIER": statement keywords, marker
#: keywords, operator identifiers, reserved names, special forms, reserved type
#: identifiers, literal identifiers, Rem, names reserved for implementation use and future
#: reserved words; with "Object" (3.3.5.3, used as a type) and the keywords of Office's
#: "Visual Basic keywords" list not in the grammar (Alias, Base, Binary, Compare, Error,
#: Explicit, Lib, Property, PtrSafe, Step, Text, Time …). A parameter with one of these
#: names makes the generated module fail to compile (xlwings' own currency converter shows the trap).
VBA_RESERVED = frozenset(
    w.lower()
    for w in [
        "Call",
        "Case",
        "Close",
        "Const",
        "Declare",
        "DefBool",
        "DefByte",
        "DefCur",
        "DefDate",
        "DefDbl",
        "DefInt",
        "DefLng",
        "DefLngLng",
        "DefLngPtr",
        "DefObj",
        "DefSng",
        "DefStr",
        "DefVar",
        "Dim",
        "Do",
        "Else",
        "ElseIf",
        "End",
        "EndIf",
        "Enum",
        "Erase",
        "Event",
        "Exit",
        "For",
        "Friend",
        "Function",
        "Get",
        "Global",
        "GoSub",
        "GoTo",
        "If",
        "Implements",
        "Input",
        "Let",
        "Lock",
        "Loop",
        "LSet",
        "Next",
        "On",
        "Open",
        "Option",
        "Print",
        "Private",
        "Public",
        "Put",
        "RaiseEvent",
        "ReDim",
        "Resume",
        "Return",
        "RSet",
        "Seek",
        "Select",
        "Set",
        "Static",
        "Stop",
        "Sub",
        "Type",
        "Unlock",
        "Wend",
        "While",
        "With",
        "Write",
        "Any",
        "As",
        "ByRef",
        "ByVal",
        "Each",
        "In",
        "New",
        "Shared",
        "Until",
        "WithEvents",
        "Optional",
        "ParamArray",
        "Preserve",
        "Spc",
        "Tab",
        "Then",
        "To",
        "AddressOf",
        "And",
        "Eqv",
        "Imp",
        "Is",
        "Like",
        "Mod",
        "Not",
        "Or",
        "TypeOf",
        "Xor",
        "Abs",
        "CBool",
        "CByte",
        "CCur",
        "CDate",
        "CDbl",
        "CDec",
        "CInt",
        "CLng",
        "CLngLng",
        "CLngPtr",
        "CSng",
        "CStr",
        "CVar",
        "CVErr",
        "Date",
        "Debug",
        "DoEvents",
        "Fix",
        "Int",
        "Len",
        "LenB",
        "Me",
        "PSet",
        "Scale",
        "Sgn",
        "String",
        "Array",
        "Circle",
        "InputB",
        "LBound",
        "UBound",
        "Boolean",
        "Byte",
        "Currency",
        "Double",
        "Integer",
        "Long",
        "LongLong",
        "LongPtr",
        "Single",
        "Variant",
        "True",
        "False",
        "Nothing",
        "Empty",
        "Null",
        "Rem",
        "Attribute",
        "LINEINPUT",
        "VB_Base",
        "VB_Control",
        "VB_Creatable",
        "VB_Customizable",
        "VB_Description",
        "VB_Exposed",
        "VB_Ext_KEY",
        "VB_GlobalNameSpace",
        "VB_HelpID",
        "VB_Invoke_Func",
        "VB_Invoke_Property",
        "VB_Invoke_PropertyPut",
        "VB_Invoke_PropertyPutRef",
        "VB_MemberFlags",
        "VB_Name",
        "VB_PredeclaredId",
        "VB_ProcData",
        "VB_TemplateDerived",
        "VB_UserMemId",
        "VB_VarDescription",
        "VB_VarHelpID",
        "VB_VarMemberFlags",
        "VB_VarProcData",
        "VB_VarUserMemId",
        "CDecl",
        "Decimal",
        "DefDec",
        "Object",
        "Alias",
        "Base",
        "Binary",
        "Compare",
        "Database",
        "Error",
        "Explicit",
        "Lib",
        "Module",
        "Property",
        "PtrSafe",
        "Step",
        "Text",
        "Time",
        "Access",
        "Append",
        "Output",
        "Random",
        "Read",
        "Line",
        "Width",
        "Name",
        "Stop",
    ]
)

#: A VBA identifier: a letter, then letters, digits or underscores, at most 255 characters.
VBA_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,254}")


def _fresh_excel_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """Import hrss_policy.excel anew, so it registers with the xlwings now in place."""
    monkeypatch.delitem(sys.modules, "hrss_policy.excel")
    monkeypatch.setattr(hp, "excel", excel, raising=False)
    return importlib.import_module("hrss_policy.excel")


# -- the classic add-in ---------------------------------------------------------------------


@pytest.fixture
def classic(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[types.ModuleType, Any]]:
    """xlwings.udfs, the classic add-in's registration, with pywin32's modules stubbed."""
    pythoncom = types.ModuleType("pythoncom")
    pythoncom.CoInitialize = lambda: None  # type: ignore[attr-defined]
    pywintypes = types.ModuleType("pywintypes")
    pywintypes.com_error = type("com_error", (Exception,), {})  # type: ignore[attr-defined]
    win32com = types.ModuleType("win32com")
    client = types.ModuleType("win32com.client")
    client.Dispatch = lambda *args: None  # type: ignore[attr-defined]
    win32com.client = client  # type: ignore[attr-defined]
    for module in (pythoncom, pywintypes, win32com, client):
        monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.delitem(sys.modules, "xlwings.udfs", raising=False)
    monkeypatch.setattr(xlwings, "udfs", None, raising=False)
    udfs = importlib.import_module("xlwings.udfs")
    monkeypatch.setitem(sys.modules, "xlwings.udfs", udfs)
    # What xlwings/__init__.py binds on Windows with pywin32.
    monkeypatch.setattr(xlwings, "func", udfs.xlfunc)
    monkeypatch.setattr(xlwings, "arg", udfs.xlarg)
    monkeypatch.setattr(xlwings, "ret", udfs.xlret)
    module = _fresh_excel_module(monkeypatch)
    yield udfs, module
    udfs.com_executor.shutdown(wait=False)


def _vba(udfs: types.ModuleType, module: types.ModuleType) -> str:
    out = io.StringIO()
    workbook = types.SimpleNamespace(Name="units.xlsm")
    udfs.generate_vba_wrapper("hrss_policy.excel", module, out, workbook)
    return out.getvalue()


_HEADER = re.compile(r"^Function (\w+)\((.*)\)$", re.MULTILINE)


def _blocks(vba: str) -> dict[str, tuple[list[str], str]]:
    """Each generated function: its parameter list as written, and its body."""
    blocks = {}
    for header in _HEADER.finditer(vba):
        body = vba[header.end() : vba.index("End Function", header.end())]
        blocks[header.group(1)] = ([a.strip() for a in header.group(2).split(",")], body)
    return blocks


def test_xlwings_writes_one_vba_function_per_worksheet_function_with_its_parameters(classic):
    udfs, module = classic
    vba = _vba(udfs, module)
    blocks = _blocks(vba)
    # If xlwings' generator changes shape, these stop matching: re-read it, then the test.
    assert sorted(blocks) == module.__all__
    assert vba.count("End Function") == len(module.__all__)
    for name, (written, body) in blocks.items():
        params = inspect.signature(getattr(module, name)).parameters.values()
        expected = [
            ("Optional " if p.default is not inspect.Parameter.empty else "") + p.name
            for p in params
        ]
        assert written == expected, name
        call = f'XLPy.CallUDF("hrss_policy.excel", "{name}", Array({", ".join(p.name for p in params)})'
        assert call in body, name
        assert f"{name} = Err.Description" in body


def test_no_generated_vba_identifier_is_a_vba_keyword_or_clashes_with_the_wrapper(classic):
    udfs, module = classic
    for name, (written, body) in _blocks(_vba(udfs, module)).items():
        params = [w.removeprefix("Optional ") for w in written]
        for identifier in [name, *params]:
            assert VBA_IDENTIFIER.fullmatch(identifier), identifier
            assert identifier.lower() not in VBA_RESERVED, f"{name}: {identifier}"
        # The wrapper's own names (Application, Caller, XLPy, Err, failed …) must not be
        # shadowed by a parameter, nor a parameter share the function's name.
        own = re.sub(r'"[^"]*"|Array\([^)]*\)', " ", body)
        wrapper_names = {w.lower() for w in re.findall(r"[A-Za-z_]\w*", own)} - {name.lower()}
        lowered = [p.lower() for p in params]
        assert len(set(lowered)) == len(lowered), name
        assert name.lower() not in lowered
        assert not wrapper_names & set(lowered), (name, wrapper_names & set(lowered))


def test_the_classic_add_in_gets_descriptions_excel_keeps_whole(classic):
    # import_udfs passes ret["doc"][:255] and each arg["doc"][:255] to MacroOptions.
    _, module = classic
    for name in module.__all__:
        info = getattr(module, name).__xlfunc__
        assert info["ret"]["doc"][:255] == info["ret"]["doc"], name
        assert "\n" not in info["ret"]["doc"]
        for arg in info["args"]:
            assert arg["doc"][:255] == arg["doc"], (name, arg["name"])
            assert arg["options"] == {"ndim": 2, "err_to_str": True}, (name, arg["name"])
        # The docs site still gets the long docstring.
        assert ">>>" in getattr(module, name).__doc__


# -- xlwings Lite and xlwings Server (Office.js custom functions) -----------------------------


def _lite(monkeypatch: pytest.MonkeyPatch, *, raw: bool) -> Iterator[tuple[Any, Any]]:
    """xlwings imported as xlwings Lite and Server run it, and hrss_policy.excel under it.

    ``raw=False`` registers the functions as they are registered outside those runtimes
    (xlwings cleans each cell first), in case a runtime does not say it is one.
    """
    monkeypatch.setenv("XLWINGS_ON_SERVER", "true")
    monkeypatch.setenv("XLWINGS_LICENSE_KEY", "noncommercial")
    ours = [k for k in sys.modules if k == "xlwings" or k.startswith("xlwings.")]
    saved = {k: sys.modules.pop(k) for k in ours}
    try:
        server = importlib.import_module("xlwings.server")
        if not raw:
            monkeypatch.setattr(sys.modules["xlwings"], "on_server", False)
        yield server, _fresh_excel_module(monkeypatch)
    finally:
        for k in [k for k in sys.modules if k == "xlwings" or k.startswith("xlwings.")]:
            del sys.modules[k]
        sys.modules.update(saved)


@pytest.fixture
def officejs(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any]]:
    yield from _lite(monkeypatch, raw=True)


@pytest.fixture
def officejs_cleaned(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any]]:
    yield from _lite(monkeypatch, raw=False)


def _body(server: Any, name: str, args: list[Any], runtime: str = "1.3") -> dict[str, Any]:
    """A request body as the add-in's custom-functions code sends it."""
    return {
        "func_name": name,
        "args": args,
        "caller_address": "[units.xlsx]Sheet1!F2",
        "content_language": "zh-CN",
        "culture_info_name": "zh-CN",
        "date_format": "yyyy/m/d",
        "version": server.__dict__.get("__version__", xlwings.__version__),
        "client": "Office.js",
        "runtime": runtime,
    }


def _call(server: Any, module: Any, name: str, *args: Any, runtime: str = "1.3") -> Any:
    return asyncio.run(server.custom_functions_call(_body(server, name, list(args)), module))


def _matrix(value: Any) -> Any:
    """One cell as Office.js sends an argument of dimensionality matrix."""
    return [[value]]


def _error(code: str, kind: str) -> dict[str, str]:
    """An error cell as Office.js sends it with allowErrorForDataTypeAny."""
    return {"type": "Error", "basicType": "Error", "basicValue": code, "errorType": kind}


def test_an_error_object_without_its_value_is_read_by_its_kind(officejs):
    server, module = officejs
    (cell,) = _call(
        server, module, "HRSS_IS_WORKING_DAY", [[{"type": "Error", "errorType": "Ref"}]]
    )[0]
    assert "错误值 #REF!" in cell


def _as_excel(expected: Any) -> Any:
    """An example's expected cell as xlwings writes it back through Office.js (runtime 1.3)."""
    if isinstance(expected, dt.date):
        return float((expected - dt.date(1899, 12, 30)).days)
    return expected


def test_the_metadata_excel_registers_has_short_descriptions_and_format_hints(officejs):
    server, module = officejs
    meta = server.custom_functions_meta(module)
    functions = {f["id"]: f for f in meta["functions"]}
    for name in module.__all__:
        # The cells as Office.js sends them: the functions read error objects themselves.
        for arg in getattr(module, name).__xlfunc__["args"]:
            assert arg["options"] == {"convert": "raw"}, (name, arg["name"])
    assert sorted(functions) == module.__all__
    assert meta["allowErrorForDataTypeAny"] is True
    for name, f in functions.items():
        assert f["name"] == name
        description = f["description"]
        assert len(description) <= 255, name
        assert "\n" not in description
        assert unicodedata.name(description[0]).startswith("CJK"), name  # Chinese first
        assert re.search(r"[A-Za-z]{3,} [a-z]+", description), name  # then English
        params = list(inspect.signature(getattr(module, name)).parameters.values())
        assert [p["name"] for p in f["parameters"]] == [p.name for p in params]
        for p, q in zip(params, f["parameters"], strict=True):
            assert q.get("optional", False) == (p.default is not inspect.Parameter.empty)
            assert q["dimensionality"] == "matrix"
            assert len(q["description"]) <= 255
            zh, _, en = q["description"].partition(" / ")
            assert zh, q["description"]
            assert en, q["description"]
            assert not re.match(r"(arg|Positional argument)", en), (name, q)


def test_every_example_through_the_custom_function_path(officejs):
    server, module = officejs
    for name, cases in module.examples().items():
        for args, expected in cases:
            (got,) = _call(server, module, name, *map(_matrix, args))
            if hasattr(expected, "text"):
                assert expected.text in got[0], (name, args, got)
            else:
                assert got == [_as_excel(expected)], (name, args, got)


def test_a_column_as_office_js_sends_it_numbers_empty_cells_text_and_errors(officejs):
    server, module = officejs
    column = [[45000], [45000.0], [6001], [None], [""], [" 12000 "], [45000.5]]
    column += [[_error("#DIV/0!", "Div0")], [_error("#N/A", "NotAvailable")], [True]]
    out = _call(server, module, "HRSS_STREET_QUOTA", column)
    assert out[:6] == [[8], [8], [2], [""], [""], [2]]
    assert "须为整数" in out[6][0]
    assert "错误值 #DIV/0!" in out[7][0]
    assert "the input cell holds the Excel error #N/A" in out[8][0]
    assert "must be a number" in out[9][0]
    for cell in out[6:]:
        assert cell[0].startswith(excel.ERROR_PREFIX)


def test_dates_arrive_as_serial_numbers_and_leave_as_excel_dates(officejs):
    server, module = officejs
    sep30 = (dt.date(2024, 9, 30) - dt.date(1899, 12, 30)).days
    out = _call(server, module, "HRSS_ADD_WORKING_DAYS", [[sep30], [float(sep30)]], [[5], [5]])
    assert out == [[45577.0], [45577.0]]
    body = _body(server, "HRSS_ADD_WORKING_DAYS", [[[sep30]], [[5]]], runtime="1.4")
    (cell,) = asyncio.run(server.custom_functions_call(body, module))[0]
    assert cell == {"type": "FormattedNumber", "basicValue": 45577.0, "numberFormat": "yyyy/m/d"}


def test_left_out_optional_arguments_take_their_defaults(officejs):
    server, module = officejs
    # Office.js passes an argument left out of the formula as null.
    assert _call(server, module, "HRSS_SUBSIDY_CITY", [[2]], [[1]], None, None) == [[2800.0]]
    assert _call(server, module, "HRSS_SUBSIDY_CITY", [[2]], [[1]], None, [[12]]) == [[33600.0]]


def test_explain_through_the_custom_function_path(officejs):
    server, module = officejs
    out = _call(server, module, "HRSS_EXPLAIN", [["hrss_street_quota"]], [[45000], [6001]])
    assert out[0][0] == hp.street_staff_quota(45000).explain()
    assert out[1][0] == hp.street_staff_quota(6001).explain()


office_cells = st.one_of(
    st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
    st.just(""),
    st.booleans(),
    st.text(max_size=5),
    st.sampled_from(
        [_error(c, k) for c, k in [("#DIV/0!", "Div0"), ("#N/A", "NotAvailable"), ("#REF!", "Ref")]]
    ),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(office_cells, min_size=1, max_size=12))
def test_through_office_js_every_cell_is_the_direct_call_on_the_cleaned_cell(officejs, cells):
    # The fixture's xlwings is only read, so one import serves every example.
    server, module = officejs
    out = _call(server, module, "HRSS_STREET_QUOTA", [[c] for c in cells])
    cleaned = [[c["basicValue"] if isinstance(c, dict) else None if c == "" else c] for c in cells]
    direct = module.HRSS_STREET_QUOTA(cleaned)
    assert out == [["" if d is None else d] for [d] in direct]


def test_with_xlwings_cleaning_the_cells_first_every_example_and_cell_reads_the_same(
    officejs_cleaned,
):
    server, module = officejs_cleaned
    options = module.HRSS_STREET_QUOTA.__xlfunc__["args"][0]["options"]
    assert options == {"ndim": 2, "err_to_str": True}
    for name, cases in module.examples().items():
        for args, expected in cases:
            (got,) = _call(server, module, name, *map(_matrix, args))
            if hasattr(expected, "text"):
                assert expected.text in got[0], (name, args, got)
            else:
                assert got == [_as_excel(expected)], (name, args, got)
    column = [[45000], [None], [""], [_error("#DIV/0!", "Div0")], [True]]
    out = _call(server, module, "HRSS_STREET_QUOTA", column)
    assert out[:3] == [[8], [""], [""]]
    assert "错误值 #DIV/0!" in out[3][0]
    assert "must be a number" in out[4][0]


class _Count(int):
    """An int subclass: equal to an int, converted by xlwings as its own type."""


class _Text(str):
    """A str subclass."""


result_cells = st.one_of(
    st.integers(min_value=-(2**60), max_value=2**60),
    st.booleans(),
    st.floats(),
    st.none(),
    st.text(max_size=4),
    st.sampled_from(["#N/A", "#DIV/0!", "#不是错误", "错误：…", 0.0, -0.0]),
    st.dates(),
    st.datetimes(),
    # Types no worksheet function returns, equal to ones it does: cell by cell, as xlwings.
    st.sampled_from([Decimal(1), Fraction(1, 2), _Count(1), _Text("#N/A")]),
)
results = st.one_of(
    result_cells,
    st.lists(result_cells, min_size=1, max_size=5),
    st.integers(min_value=1, max_value=4).flatmap(
        lambda width: st.lists(
            st.lists(result_cells, min_size=width, max_size=width).map(
                lambda row: row if len(row) % 2 else tuple(row)
            ),
            min_size=1,
            max_size=12,
        )
    ),
)


def _typed(value: Any) -> Any:
    """Cells with their types: True == 1 == 1.0, but Excel shows them differently."""
    if isinstance(value, list | tuple):
        return [_typed(v) for v in value]
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    return (type(value).__name__, repr(value) if isinstance(value, float) else value)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=results, runtime=st.sampled_from(["1.3", "1.4"]))
def test_results_leave_for_office_js_as_xlwings_own_conversion_makes_them(officejs, value, runtime):
    # The functions' results skip xlwings' cell-by-cell conversion for their own, which
    # converts each distinct cell once with xlwings' own code: the cells must not differ.
    _, module = officejs
    conversion = importlib.import_module("xlwings.conversion")
    ret = module.HRSS_ADD_WORKING_DAYS.__xlfunc__["ret"]["options"]
    assert set(ret) == {"convert"}
    options = {"date_format": "yyyy/m/d", "runtime": runtime}
    xlwings_own = conversion.write(value, None, dict(options), engine_name="officejs")
    ours = conversion.write(value, None, {**ret, **options}, engine_name="officejs")
    assert _typed(ours) == _typed(xlwings_own)
    assert all(type(row) is list for row in ours)
