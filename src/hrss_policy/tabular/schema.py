"""The schema of a units table: every column it accepts (:data:`COLUMNS`) — its English
name, the Chinese headers accepted for it, whether it is required, what it holds and how
its cells are read — and the columns that make up each of a unit's value objects.

The one statement of a table's columns: the reader, the CSV header and the command's
labels derive from it.
"""

from __future__ import annotations

import attrs

__all__ = [
    "COLUMNS",
    "COORDINATORS",
    "GROUPS",
    "INFORMATIZATION",
    "PREMISES",
    "SERVICE",
    "Column",
    "by_header",
    "by_name",
]


@attrs.frozen
class Column:
    """One column of the units table.

    Attributes:
        name: The canonical (English) header.
        aliases: Chinese headers accepted for it; the first is the one reports print.
        required: Whether every file must have it.
        description: What it holds, in Chinese.
        kind: How its cells are read: ``text``, ``kind``, ``count``, ``number``,
            ``money``, ``yes_no``, or a list (``equipment``, ``systems``, ``online``).
    """

    name: str
    aliases: tuple[str, ...]
    required: bool
    description: str
    kind: str = "text"

    @property
    def label(self) -> str:
        """The Chinese header reports print."""
        return self.aliases[0]


_C = Column
COLUMNS: tuple[Column, ...] = (
    _C("kind", ("类型", "单位类型"), True, "单位类型：UnitKind 名称或中文（行政区街道、社区……）", "kind"),
    _C("place", ("名称", "地名", "单位名称"), True, "街道、镇、功能区、社区或村的地名"),
    _C("district", ("区", "所在区"), True, "名称中含区名的单位所在行政区；其他类型留空"),
    _C("service_recipients", ("服务对象", "服务对象数"), True, "服务对象人数（整数）", "count"),
    _C("id", ("编号",), False, "单位编号"),
    _C("area", ("所属区", "所属区域"), False, "汇总所属的区或功能区"),
    _C("actual_staff", ("实有人数", "在岗人数"), False, "实有工作人员数", "count"),
    _C("extra_staff_approved", ("增员已批准",), False, "增加人员是否已经区政府（管委会）批准（是/否）", "yes_no"),
    _C("full_time_coordinators", ("专职协理员",), False, "专职协理员人数", "count"),
    _C("part_time_coordinators", ("兼职协理员",), False, "兼职协理员人数（不含公职人员）", "count"),
    _C("part_time_public_servants", ("兼职公职人员",), False, "属于公职人员的兼职协理员人数", "count"),
    _C("full_time_public_servants", ("专职公职人员",), False, "属于公职人员的专职协理员人数（三（五）；是否计补助见本库解读R3）", "count"),
    _C("district_paid", ("区级实付",), False, "区级财政当月实付协理员配套工资经费（元）", "money"),
    _C("floor_area_m2", ("建筑面积",), False, "办公和服务场地建筑面积（平方米）", "number"),
    _C("service_windows", ("服务窗口",), False, "服务窗口数", "count"),
    _C("equipment", ("设备", "办公设备"), False, "已配备的设备，以、或；分隔", "equipment"),
    _C("dedicated_office", ("专门办公室",), False, "是否设立专门办公室（是/否）", "yes_no"),
    _C("co_located", ("合署办公",), False, "是否与社区多功能服务平台合署办公（是/否）", "yes_no"),
    _C("current_name", ("现用名称",), False, "单位现用名称"),
    _C("merged_town", ("合并镇", "区镇合一的镇"), False, "区镇合一的经济功能区所合并的镇名（三（一）4）"),
    _C("staffing_filed", ("人员已备案",), False, "社区（村）配备工作人员后是否已报市劳动就业服务中心备案（是/否）", "yes_no"),
    _C("funds_in_budget", ("经费列入预算",), False, "街道（镇）服务机构工作经费是否已列入本区（镇）财政预算（是/否）", "yes_no"),
    _C("network_connected", ("四级联网",), False, "是否已实现市、区、街道（镇）、社区（村）四级联网（是/否）", "yes_no"),
    _C("unified_software", ("统一业务软件",), False, "是否使用全市统一的业务软件（是/否）", "yes_no"),
    _C("business_systems", ("业务系统", "业务管理信息系统"), False, "已完善的业务管理信息系统，以、分隔（就业、社会保险……）", "systems"),
    _C("ledgers_kept", ("信息库和台账",), False, "是否已健全信息库和各类台账（是/否）", "yes_no"),
    _C("online_services", ("网上服务",), False, "已开展的网上服务，以、分隔（网上办事、信息查询）", "online"),
    _C("standards", ("服务标准",), False, "是否已制定服务标准（是/否）", "yes_no"),
    _C("operations", ("规范业务操作",), False, "是否已规范业务操作（是/否）", "yes_no"),
    _C("simplified", ("简化办事手续",), False, "是否已简化办事手续（是/否）", "yes_no"),
    _C("items_public", ("公开服务项目",), False, "是否已公开服务项目（是/否）", "yes_no"),
    _C("procedures_clear", ("办理流程",), False, "是否已明确办理流程（是/否）", "yes_no"),
    _C("one_stop", ("一站式服务",), False, "是否开展“一站式”服务（是/否）", "yes_no"),
    _C("satisfied_window", ("满意窗口",), False, "是否开展创建满意窗口活动（是/否）", "yes_no"),
    _C("first_contact", ("首问负责制",), False, "是否实行首问负责制（是/否）", "yes_no"),
    _C("time_limit", ("限时办结制",), False, "是否实行限时办结制（是/否）", "yes_no"),
    _C("accountability", ("责任追究制",), False, "是否实行责任追究制（是/否）", "yes_no"),
    _C("training_system", ("定期培训制度",), False, "是否已建立定期培训制度（是/否）", "yes_no"),
    _C("trained_staff", ("轮训人数", "参加轮训人数"), False, "本年度参加轮训的工作人员数", "count"),
    _C("certified_staff", ("持证人数", "持证上岗人数"), False, "持证上岗的工作人员数", "count"),
)  # fmt: skip
"""Every column the units table accepts, in the order reports print them."""

by_header = {alias: c for c in COLUMNS for alias in (c.name, *c.aliases)}
by_name = {c.name: c for c in COLUMNS}

#: The columns of each of a unit's value objects, by the unit's field that holds it.
PREMISES = ("floor_area_m2", "service_windows", "equipment", "dedicated_office", "co_located")
INFORMATIZATION = (
    "network_connected",
    "unified_software",
    "business_systems",
    "ledgers_kept",
    "online_services",
)
SERVICE = (
    "standards",
    "operations",
    "simplified",
    "items_public",
    "procedures_clear",
    "one_stop",
    "satisfied_window",
    "first_contact",
    "time_limit",
    "accountability",
    "training_system",
    "trained_staff",
    "certified_staff",
)
COORDINATORS = (
    "full_time_coordinators",
    "part_time_coordinators",
    "part_time_public_servants",
    "full_time_public_servants",
)

GROUPS: dict[str, tuple[str, ...]] = {
    "coordinators": COORDINATORS,
    "premises": PREMISES,
    "informatization": INFORMATIZATION,
    "service": SERVICE,
}
