"""The API reference of the hrss_policy site, generated from ``hrss_policy.__all__``.

* ``.. api-group:: staffing`` documents one group of public names (see :mod:`api_model`):
  a visible import block the page's examples run from, the module's own docstring, then
  the functions, their result types, the other classes, exceptions and data, each under
  its public path ``hrss_policy.<name>``. ``.. api-group:: *`` documents the names of
  every group that has no page of its own.
* ``.. api-index::`` lists every public name with its one-line summary, grouped by rule.
* ``.. api-imports:: hrss_policy.excel`` is the import block alone, for an adapter's page.
* References to a
  public name by its defining module (``hrss_policy.plan.findings.Finding``, as autodoc writes
  type hints) or by its bare name resolve to ``hrss_policy.<name>``; ``attrs.*`` link
  to the attrs documentation; the source links follow a name to its defining module.
"""

from __future__ import annotations

import enum
import functools
import importlib
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import api_model
import api_zh
import hrss_i18n
from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.pycode import ModuleAnalyzer
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

logger = logging.getLogger(__name__)

PACKAGE = "hrss_policy"

SECTION_TITLES = {
    "function": "函数 Functions",
    "result": "结果类型 Result types",
    "class": "其他类 Other classes",
    "enum": "枚举 Enumerations",
    "exception": "异常 Exceptions",
    "data": "数据 Data",
}

INTERNALS_TITLE = "写规则用 For rule authors"
INTERNALS_INTRO = (
    "不由 ``hrss_policy`` 导出：规则模块使用的名称，因本页提到它们而在此说明。 "
    "Not exported by ``hrss_policy``: the names the rule modules use, documented here "
    "because this page refers to them."
)

IMPORTS_INTRO = "本页示例都从这几行导入开始 Every example on this page starts from these imports:"

#: The attrs documentation; its objects are documented under ``attrs.<name>``.
ATTRS_API = "https://www.attrs.org/en/stable/api.html"


def _package() -> Any:
    return importlib.import_module(PACKAGE)


def _data_docs(modules: list[str]) -> dict[str, str]:
    """Return the docstrings of module-level data (string literals after assignments)."""
    docs: dict[str, str] = {}
    for modname in modules:
        try:
            attr_docs = ModuleAnalyzer.for_module(modname).find_attr_docs()
        except Exception:
            continue
        for (scope, name), lines in attr_docs.items():
            if scope == "":
                docs.setdefault(name, "\n".join(lines))
    return docs


@functools.cache
def _names() -> tuple[api_model.PublicName, ...]:
    package = _package()
    modules = [m.__name__ for m in api_model.submodules(package)]
    return tuple(api_model.public_names(package, _data_docs(modules)))


def _groups_with_pages(env: BuildEnvironment) -> set[str]:
    return {d.split("/", 1)[1] for d in env.found_docs if d.startswith("api/")}


def _imports_rst(
    names: set[str], language: str | None, extra: list[str] | None = None
) -> list[str]:
    lines = api_model.import_block(names) + (extra or [])
    if not lines:
        return []
    return [
        hrss_i18n.label(IMPORTS_INTRO, language),
        "",
        ".. testcode::",
        "",
        *(f"   {ln}" for ln in lines),
        "",
    ]


def _heading(text: str, char: str) -> list[str]:
    # CJK characters are two columns wide; docutils wants the underline at least as long.
    return [text, char * (2 * len(text) + 2), ""]


def _no_labels(document: nodes.document, container: nodes.Element) -> None:
    """Keep generated headings out of the site's labels (the index repeats page titles).

    MyST's ``eval-rst`` makes every top-level node with a name an explicit target, which
    Sphinx turns into a site-wide label; :class:`UnlabelGenerated` undoes it.
    """
    for section in container.findall(nodes.section):
        section["classes"].append(_GENERATED)


_GENERATED = "hrss-generated"


class UnlabelGenerated(SphinxTransform):
    """Make the names of generated sections implicit before the domains collect labels."""

    default_priority = 840  # sphinx.transforms.references.SphinxDomains runs at 850

    def apply(self, **kwargs: Any) -> None:
        for section in self.document.findall(nodes.section):
            if _GENERATED in section["classes"]:
                for name in section["names"]:
                    self.document.nametypes[name] = False


def _directive(section: str, name: str) -> list[str]:
    if section == "function":
        return [f".. autofunction:: {name}", ""]
    if section == "exception":
        return [f".. autoexception:: {name}", "   :members:", ""]
    if section == "data":
        return [f".. autodata:: {name}", "   :no-value:", ""]
    lines = [f".. autoclass:: {name}", "   :members:"]
    obj = _resolve(name)
    if _private_bases(obj):
        # Accessors two results share, written once in a private base, are each one's
        # own; the members of the other bases (``Cited``'s ``clauses``, which the class's
        # docstring lists) are not.
        others = [b.__name__ for b in getattr(obj, "__mro__", ())[1:] if b.__name__[0] != "_"]
        lines.append(f"   :inherited-members: {','.join(others)}")
    return [*lines, ""]


def _resolve(name: str) -> object:
    """The object of a public name (``Unit``) or of a module path (``hrss_policy.plan.x.y``)."""
    if "." not in name:
        return getattr(_package(), name, None)
    module, _, attr = name.rpartition(".")
    return getattr(sys.modules.get(module), attr, None)


def _private_bases(obj: object) -> list[type]:
    """The bases of a library class that are private helpers (named with an underscore)."""
    bases: tuple[type, ...] = getattr(obj, "__bases__", ())
    return [b for b in bases if b.__name__.startswith("_") and b.__module__.startswith(PACKAGE)]


class ApiGroupDirective(SphinxDirective):
    """``.. api-group:: GROUP`` — the reference of one group (``*``: groups without a page)."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        wanted = self.arguments[0]
        all_names = _names()
        if wanted == "*":
            pages = _groups_with_pages(self.env)
            members = [n for n in all_names if n.group not in pages]
        else:
            members = [n for n in all_names if n.group == wanted]
            if not members:
                logger.warning(
                    "api-group %s: no public name of hrss_policy belongs to it",
                    wanted,
                    location=self.get_location(),
                )
        if not members and wanted == "*":
            title = api_model.group_title("other", _package(), pick=self._label)
            lines = [
                *_heading(title, "="),
                self._label(
                    "每个公开名称都有自己的页面。 Every public name has a page of its own."
                ),
            ]
            container = nodes.container()
            nested_parse_with_titles(self.state, StringList(lines, "<api-group>"), container)
            _no_labels(self.state.document, container)
            hrss_i18n.keep(container)
            return list(container.children)
        modules = sorted({n.module for n in members})
        for modname in modules:
            module = sys.modules.get(modname)
            if module is not None and getattr(module, "__file__", None):
                self.env.note_dependency(module.__file__)
        used: set[str] = set()
        # Every file that holds a definition shown here (a package's names live in its
        # submodules): the examples of their docstrings run from the page's imports.
        groups = {n.group for n in members}
        files = {n.source for n in members if n.source} | {
            str(module.__file__)
            for name, module in list(sys.modules.items())
            if name.startswith(f"{PACKAGE}.")
            and api_model.group_of(name) in groups
            and getattr(module, "__file__", None)
        }
        for path in sorted(files):
            self.env.note_dependency(path)
            used |= api_model.names_used(Path(path).read_text(encoding="utf-8"))
        title = api_model.group_title(
            "other" if wanted == "*" else wanted, _package(), members, pick=self._label
        )
        lines = _heading(title, "=") + _imports_rst(used, self.config.language)
        # The module each name is exported from (``rules.staffing``, ``rules.naming``,
        # ``calendar``): its docstring introduces the page.
        tops = sorted({n.exported_from for n in members if n.exported_from})
        for top in tops:
            lines += [f".. automodule:: {top}", ""]
        lines += [f".. currentmodule:: {PACKAGE}", ""]
        ordered = api_model.page_order(members, _package())
        for section in api_model.KIND_ORDER:
            chosen = [n for s, n in ordered if s == section]
            if not chosen:
                continue
            lines += _heading(self._label(SECTION_TITLES[section]), "-")
            for n in chosen:
                lines += _directive(section, n.name)
        lines += self._internals(tops)
        container = nodes.container()
        nested_parse_with_titles(self.state, StringList(lines, "<api-group>"), container)
        _no_labels(self.state.document, container)
        hrss_i18n.keep(container)
        return list(container.children)

    def _label(self, text: str) -> str:
        return hrss_i18n.label(text, self.config.language)

    def _internals(self, modules: list[str]) -> list[str]:
        """Names the page's text refers to that are not exported (``clauses.cites``)."""
        public = [n.name for n in _names()]
        lines: list[str] = []
        for modname in modules:
            module = sys.modules.get(modname)
            if module is None:
                continue
            for name in api_model.referenced_internals(module, public):
                obj = getattr(module, name)
                kind = "function" if callable(obj) and not isinstance(obj, type) else "data"
                kind = "class" if isinstance(obj, type) else kind
                directive = _directive(kind, f"{modname}.{name}")
                if kind == "data":
                    directive = [f".. autodata:: {modname}.{name}", ""]
                lines += directive
        if lines:
            lines = [
                *_heading(self._label(INTERNALS_TITLE), "-"),
                self._label(INTERNALS_INTRO),
                "",
                *lines,
            ]
        return lines


class ApiImportsDirective(SphinxDirective):
    """``.. api-imports:: MODULE`` — the import block for the examples of one module."""

    required_arguments = 1
    option_spec = {"extra": directives.unchanged}  # noqa: RUF012 - docutils' API

    def run(self) -> list[nodes.Node]:
        modname = self.arguments[0]
        module = importlib.import_module(modname)
        if getattr(module, "__file__", None):
            self.env.note_dependency(module.__file__)
        extra = [x.strip() for x in self.options.get("extra", "").split(";") if x.strip()]
        lines = _imports_rst(
            api_model.names_used(api_model.module_source(modname)), self.config.language, extra
        )
        container = nodes.container()
        self.state.nested_parse(StringList(lines, "<api-imports>"), 0, container)
        hrss_i18n.keep(container)
        return list(container.children)


def _role(n: api_model.PublicName) -> str:
    role = {"function": "func", "data": "data", "exception": "exc"}.get(n.kind, "class")
    return f":py:{role}:`~{PACKAGE}.{n.name}`"


class ApiIndexDirective(SphinxDirective):
    """``.. api-index::`` — every public name with its summary, grouped by rule."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        names = _names()
        pages = _groups_with_pages(self.env)
        language = self.config.language
        lines: list[str] = []
        for group in api_model.sorted_groups(n.group for n in names):
            members = [n for n in names if n.group == group]
            page = f"api/{group}" if group in pages else "api/other"
            title = api_model.group_title(
                group, _package(), members, pick=lambda t: hrss_i18n.label(t, language)
            )
            lines += _heading(title, "-")
            lines += [f"→ :doc:`/{page}`", ""]
            lines += [".. list-table::", "   :header-rows: 1", "   :widths: 35 65", ""]
            lines += [
                f"   * - {hrss_i18n.label('名称 Name', language)}",
                f"     - {hrss_i18n.label('说明 Summary', language)}",
            ]
            for _section, n in api_model.page_order(members, _package()):
                summary = n.summary.replace("\n", " ") or "—"
                if not hrss_i18n.is_english(language):
                    summary = api_zh.SUMMARIES.get(n.name, summary)
                lines += [f"   * - {_role(n)}", f"     - {summary}"]
            lines.append("")
        container = nodes.container()
        nested_parse_with_titles(self.state, StringList(lines, "<api-index>"), container)
        _no_labels(self.state.document, container)
        hrss_i18n.keep(container)
        return [self._toctree(pages), *container.children]

    def _toctree(self, pages: set[str]) -> nodes.Node:
        """A hidden toctree: the group pages in rule order, then the other API pages."""
        ordered = [g for g in api_model.sorted_groups(pages) if g in api_model.GROUP_ORDER]
        ordered += sorted(pages - set(ordered) - {"index", "other"})
        ordered += ["other"] if "other" in pages else []
        toctree = addnodes.toctree()
        toctree["parent"] = self.env.docname
        toctree["entries"] = [(None, f"api/{g}") for g in ordered]
        toctree["includefiles"] = [f"api/{g}" for g in ordered]
        toctree["maxdepth"] = 1
        toctree["caption"] = None
        toctree["glob"] = False
        toctree["hidden"] = True
        toctree["includehidden"] = False
        toctree["numbered"] = 0
        toctree["titlesonly"] = False
        wrapper = nodes.compound(classes=["toctree-wrapper"])
        wrapper.append(toctree)
        return wrapper


def hide_private_bases(app: Sphinx, name: str, obj: Any, options: Any, bases: list[Any]) -> None:
    """Leave out of "Bases:" a base that is no public name (``core.citing.Cited``).

    Such a base only supplies a member the class's own docstring lists (``clauses``); the
    reader's contract is the class, and the base's path is an implementation detail.
    """
    public = {n.name for n in _names()}
    bases[:] = [
        b
        for b in bases
        if not getattr(b, "__module__", "").startswith(f"{PACKAGE}.")
        or getattr(b, "__name__", "") in public
    ] or [object]


_ATTRS_DEFAULT = re.compile(r"attr_dict\['(\w+)'\]\.default")


def attrs_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Show an attrs class's defaults as values, not as attrs' generated source.

    ``autodoc_preserve_defaults`` prints a default as the source writes it
    (``params=PLAN_2011``); for the ``__init__`` attrs generates, that source is
    ``attr_dict['source'].default``. The field's default is printed instead: its repr, a
    public constant by its name, or ``factory()`` for a factory.
    """
    if what not in ("class", "exception") or not signature or "attr_dict[" not in signature:
        return None
    import attrs

    if not attrs.has(obj):
        return None
    fields = attrs.fields_dict(obj)
    package = _package()
    constants = {id(getattr(package, n.name)): n.name for n in _names() if n.kind == "data"}

    def shown(match: re.Match[str]) -> str:
        default = fields[match.group(1)].default if match.group(1) in fields else None
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            return f"{getattr(default.factory, '__name__', 'factory')}()"
        if id(default) in constants:
            return constants[id(default)]
        text = repr(default)
        return text if len(text) <= 40 else "…"

    return _ATTRS_DEFAULT.sub(shown, signature), return_annotation


def _public_target(target: str) -> str | None:
    """Return the ``hrss_policy.<name>`` path a reference means, or None."""
    public = {n.name for n in _names()}
    parts = target.lstrip("~.").split(".")
    if parts[0] == PACKAGE:
        parts = parts[1:]
    # hrss_policy.plan.findings.Finding → Finding; UnitKind.ZONE stays UnitKind.ZONE.
    for i, part in enumerate(parts):
        if part in public:
            return ".".join([PACKAGE, *parts[i:]])
    return None


def _context_class(node: nodes.Element) -> type | None:
    """Return the class whose docstring holds *node* (for data: the class of its value).

    autodoc names the source of a docstring ``…:docstring of hrss_policy.PLAN_2011``.
    """
    source = node.source or ""
    if "docstring of " not in source:
        return None
    path = source.rsplit("docstring of ", 1)[1].split(":", 1)[0]
    obj: Any = None
    owner: Any = None
    parts = path.split(".")
    for n in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:n]))
        except ImportError:
            continue
        for part in parts[n:]:
            owner, obj = obj, getattr(obj, part, None)
        break
    if isinstance(obj, type):
        return obj
    if isinstance(owner, type):
        return owner
    if obj is not None and not callable(obj) and type(obj).__module__.startswith(PACKAGE):
        return type(obj)
    return None


def _is_module(name: str) -> bool:
    """Whether *name* is an importable module (``False`` when a parent is not a package,
    where :func:`importlib.util.find_spec` raises)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def resolve_public(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve a reference to a public name by another path, or to attrs' documentation.

    In order: the public path of the name (``hrss_policy.plan.findings.Finding`` and
    ``Finding`` → ``hrss_policy.Finding``); a member of the class whose docstring holds
    the reference (``:meth:`describe``` in ``PLAN_2011``'s docstring); for an enum, the
    standard library's ``enum.Enum`` members; for an undocumented attribute, its class.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"].lstrip("~.")
    if target.startswith("dt."):  # datetime as the modules import it
        from sphinx.ext import intersphinx

        std = node.deepcopy()
        std["reftarget"] = "datetime." + target[3:]
        return intersphinx.missing_reference(app, env, std, contnode)
    if target.startswith(("attrs.", "attr.")):
        name = "attrs." + target.split(".", 1)[1].rstrip("()")
        ref = nodes.reference("", "", internal=False, refuri=f"{ATTRS_API}#{name}")
        ref += contnode
        return ref
    last = target.rsplit(".", 1)[-1]
    if target.startswith(f"{PACKAGE}.") and (last.startswith("_") or "._" in target):
        # A private module or type variable is an implementation detail with no page.
        return contnode
    domain = env.get_domain("py")
    if node["reftype"] == "mod":
        # A submodule of a documented package (naming's grammar, parse …) is part of the
        # package's page: link there.
        context = node.get("py:module") or PACKAGE
        for full in (f"{context}.{target}", target):
            parts = full.split(".")
            if parts[0] != PACKAGE or not _is_module(full):
                continue
            for n in range(len(parts) - 1, 0, -1):
                ancestor = ".".join(parts[:n])
                if ancestor in domain.modules:
                    return domain.resolve_xref(
                        env, node["refdoc"], app.builder, "mod", ancestor, node, contnode
                    )
    candidates = []
    public = _public_target(target)
    if public:
        candidates.append(public)
    cls = _context_class(node) if "." not in target else None
    if cls is not None and cls.__name__ in {n.name for n in _names()}:
        candidates.append(f"{PACKAGE}.{cls.__name__}.{target}")
    if "." not in target:
        # A name documented once under the package, by whatever module path.
        matches = [
            name
            for name in domain.objects
            if name.startswith(f"{PACKAGE}.") and name.rsplit(".", 1)[-1] == target
        ]
        if len(matches) == 1:
            candidates.append(matches[0])
    for candidate in candidates:
        for typ in (node["reftype"], "obj"):
            found = domain.resolve_xref(
                env, node["refdoc"], app.builder, typ, candidate, node, contnode
            )
            if found is not None:
                return found
    if cls is not None and node["reftype"] in ("attr", "meth"):
        if isinstance(cls, type) and issubclass(cls, enum.Enum) and hasattr(enum.Enum, target):
            from sphinx.ext import intersphinx

            std = node.deepcopy()
            std["reftarget"] = f"enum.Enum.{target}"
            found = intersphinx.missing_reference(app, env, std, contnode)
            if found is not None:
                return found
        # An attribute the class sets in __init__ and does not document: its class.
        for candidate in (f"{PACKAGE}.{cls.__name__}", f"{cls.__module__}.{cls.__qualname__}"):
            found = domain.resolve_xref(
                env, node["refdoc"], app.builder, "class", candidate, node, contnode
            )
            if found is not None:
                return found
    return None


_PROSE = re.compile(r"[\u3400-\u9fff]|[A-Za-z]\s+[A-Za-z(]")


def _is_prose(text: str) -> bool:
    """True when napoleon took the words before a colon for a type (``Round up: …``)."""
    return bool(_PROSE.search(text)) and "`" not in text


_BEFORE_NAPOLEON: dict[tuple[str, str], list[str]] = {}
_PLAIN = ("attribute", "property", "data")


def keep_plain_docstrings(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Remember an attribute's docstring before napoleon reads it (see :func:`restore`)."""
    if what in _PLAIN:
        _BEFORE_NAPOLEON[(what, name)] = list(lines)


def restore_plain_docstrings(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Give an attribute, property or datum its docstring as written.

    Napoleon reads ``None: one case's time …`` or ``Round up: 45 000 ÷ 6000 …`` as
    *type: description* and prints the words as an untranslated "Type" field; the type
    of an attribute is in its signature already.
    """
    original = _BEFORE_NAPOLEON.pop((what, name), None)
    if original is not None:
        lines[:] = original


def repair_napoleon(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Undo napoleon reading prose before a colon as a type.

    Google style reads ``Returns: The name with its basis (…): …`` and an attribute's
    ``Round up: 45 000 ÷ 6000 …`` as *type: description*; the "type" then renders as an
    unresolvable link. Where that "type" is prose, the line is put back as written.
    """
    for i, line in enumerate(lines):
        match = re.match(r"^(\s*):(rtype|type):\s*(.*)$", line)
        if not match or not _is_prose(match.group(3)):
            continue
        kind, text = match.group(2), match.group(3)
        lines[i] = ""
        field = ":returns: " if kind == "rtype" else ""
        for j, other in enumerate(lines):
            if kind == "rtype" and other.startswith(":returns:"):
                lines[j] = f":returns: {text}: {other[len(':returns:') :].strip()}"
                break
            if kind == "type" and other.strip():
                lines[j] = f"{text}: {other.strip()}"
                break
        else:
            lines.insert(0, f"{field}{text}")


def speak_chinese(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """On the Chinese site, introduce a module in Chinese and a public name by its summary.

    A module documented on an API page gets its introduction of :mod:`api_zh` in place of
    its English docstring; a public name ``hrss_policy.X`` gets its Chinese summary as the
    first paragraph of its entry, before the docstring. The English site is unchanged.
    """
    if hrss_i18n.is_english(app.config.language):
        return
    if what == "module" and name in api_zh.INTRODUCTIONS:
        lines[:] = [api_zh.INTRODUCTIONS[name], ""]
        return
    head, _, bare = name.rpartition(".")
    if head == PACKAGE and bare in api_zh.SUMMARIES:
        lines[:0] = [api_zh.SUMMARIES[bare], ""]


def follow_imported(app: Sphinx, modname: str, attribute: str) -> str | None:
    """Source links: a name documented as ``hrss_policy.X`` lives in its defining module."""
    if modname != PACKAGE:
        return None
    obj = getattr(_package(), attribute.split(".")[0], None)
    module = getattr(obj, "__module__", None)
    if module and module.startswith(PACKAGE):
        return module
    home = {n.name: n.module for n in _names()}
    return home.get(attribute)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("api-group", ApiGroupDirective)
    app.add_transform(UnlabelGenerated)
    app.add_directive("api-index", ApiIndexDirective)
    app.add_directive("api-imports", ApiImportsDirective)
    app.connect("missing-reference", resolve_public)
    app.connect("autodoc-process-signature", attrs_signature)
    app.connect("autodoc-process-bases", hide_private_bases)
    # Around napoleon (priority 500), which turns Google style into fields.
    app.connect("autodoc-process-docstring", speak_chinese, priority=300)
    app.connect("autodoc-process-docstring", keep_plain_docstrings, priority=400)
    app.connect("autodoc-process-docstring", repair_napoleon, priority=600)
    app.connect("autodoc-process-docstring", restore_plain_docstrings, priority=610)
    app.connect("viewcode-follow-imported", follow_imported)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
