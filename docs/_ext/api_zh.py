"""The Chinese of the API reference: each module's introduction and each public name's summary.

The docstrings in ``src/`` are English, for the developers who read the code. On the
Chinese site (:mod:`hrss_api`) a module documented on an API page is introduced by
:data:`INTRODUCTIONS` instead of its docstring, and every public name's entry and its
line in the API index begin with its summary from :data:`SUMMARIES`; the English site
shows the docstrings. ``tests/test_docs_tools.py`` checks that every public name of
``hrss_policy`` has its Chinese summary here, so a new name cannot be left without one.
"""

from __future__ import annotations

#: module → its introduction on the Chinese site (replacing the docstring there).
INTRODUCTIONS = {
    "hrss_policy": (
        "把珠海市2011年基层人力资源社会保障公共服务平台建设实施方案变成精确、注明条款的计算。"
        "每个公开名称都可以直接从本包导入（``import hrss_policy as hp``），每个结果都有所适用的条款编号"
        " ``clauses`` 和中文计算过程 ``explain()``。"
    ),
    "hrss_policy.rules.staffing": (
        "三（一）5“合理配备人员”：街道（镇）服务机构和社区（村）服务机构的人员定额，以及实有人数与定额的核对。"
        "比例的取整（R1）、“超过8000人”的理解（R2）等采用的解读都是 ``PolicyParameters`` 的参数。"
    ),
    "hrss_policy.rules.funding.roster": (
        "三（五）所说的服务站人力资源社会保障协理员：是谁、有几人。协理员是专职或兼职，可能是公职人员；"
        "``Roster`` 按每类协理员的人数或逐人保存服务站的协理员，决不把人数展开为每人一个对象。"
        "他们应得的补助见工资补助模块。"
    ),
    "hrss_policy.rules.funding.subsidy": (
        "三（五）第二段：社区（村）人力资源社会保障协理员的工资补助。市级每人每月补助、区级配套不少于的金额，"
        "按月、按若干月或按年计算；协理员可以逐人给出，也可以按人数给出（``Roster``）。金额都是精确的"
        " ``Decimal`` 元。"
    ),
    "hrss_policy.rules.funding.payment": (
        "三（五）“加强服务机构经费保障”的检查：区级实际拨付的配套工资经费是否达到最低额，"
        "以及街道（镇）服务机构工作经费是否列入财政预算。"
    ),
    "hrss_policy.rules.naming": (
        "三（一）4“做好更名工作”：生成各类单位的标准机构名称，把名称读回为类型、地名和区，"
        "并核对单位现用名称是否规范。名称模板的括号（R4）和区镇合一（R14）的理解都是采用的解读。"
    ),
    "hrss_policy.rules.premises": (
        "三（二）“推进服务场所标准化建设”：街道（镇）服务机构的建筑面积和设备、社区（村）服务机构的办公室和设备，"
        "与标准核对。"
    ),
    "hrss_policy.rules.informatization": (
        "三（三）“推进信息化基础建设”：四级联网、统一业务软件、业务管理信息系统、信息库和台账、网上服务项目的核对。"
    ),
    "hrss_policy.rules.service": (
        "三（四）“推进公共服务专业化建设”：一站式服务、首问负责制、限时办结制、责任追究制、"
        "每年轮训和持证上岗的核对。"
    ),
    "hrss_policy.rules.deadlines.reports": (
        "实施方案的期限：四（二）的季度报送，二、三（一）和三（二）的时间节点，以及三（四）的限时办结。"
        "期限按官方工作日历计算，每个期限都能说明计数过程。"
    ),
    "hrss_policy.inspection.reporting": (
        "四（二）的报送记录：各区人力资源和社会保障局对某季度的报送，与期限对照，是否按时、逾期几个工作日或尚未报送。"
    ),
    "hrss_policy.plan.register": (
        "检查要求清单：实施方案中每项可检查的要求，作为数据保存（编号、条款、适用对象、证据、期限、所依据的解读）。"
        "单位检查对适用的每项要求各给出一项发现。"
    ),
    "hrss_policy.plan.coverage": (
        "逐句核对一至四：实施方案中每一句像要求的话，以及本库如何处理它，或由检查要求清单中的要求核对，"
        "或连同理由列为不予核对（无法由单位报送的资料核实、属全市或区、部门层面的事项、方案未给出可衡量的标准）。"
    ),
    "hrss_policy.inspection.record": "一个单位的登记情况：类型、地名、服务对象，以及各项要求的填报数据；每个字段写明它在单位表中的列。",
    "hrss_policy.inspection.unit": "按某日对一个单位检查实施方案的全部要求，每项要求一项发现。",
    "hrss_policy.inspection.totals": "已检查单位的人员和补助合计：按区或经济功能区，以及全市。",
    "hrss_policy.inspection.progress": (
        "四（二）的各区完成进度和通报：截至某日应完成的要求中已满足的比例，以及对完成进度较慢的区的通报（R9）。"
    ),
    "hrss_policy.inspection.bulletin": (
        "四（二）的通报：各区截至某日的完成情况，点名完成进度较慢的区，报送不全的区另行列出，"
        "在任何要求到期之前不点名任何区（R9、R10、R24）。"
    ),
    "hrss_policy.calendar": (
        "国家法定工作日历，即实施方案的期限据以计算的日历（采用的解读 R5）：已收录年份的法定节假日、调休休息日"
        "和调休上班日，取自国务院办公厅每年的通知。未收录年份的日期会被拒绝，决不猜测；新公布的年份可以用"
        "放假安排文件或 ``register_year`` 登记。"
    ),
    "hrss_policy.rules.deadlines.views": (
        "供查看的官方日历：一个月，或一个季度及其报送期限，排成日历格式，标出休、调、班和报。"
    ),
    "hrss_policy.plan.parameters": (
        "实施方案的数字和采用的解读，保存为一个不可变、注明日期的参数集。每个字段注明条款、单位，"
        "以及它是原文规定的数字还是本项目采用的解读。"
    ),
    "hrss_policy.plan.parameter_types": (
        "参数集所用的类型：各种采用的解读的选项（取整方式、计数起点、区级最低额的计算单位、超出定额的处理、"
        "进度较慢的判断等），以及2011年的区划数据。每个选项都注明它所切换的解读。"
    ),
    "hrss_policy.plan.readings": "原文没有规定或有歧义的地方，本项目采用的解读，每种都可以用参数切换。",
    "hrss_policy.plan.clauses": (
        "条款登记表：按文件本身的编号保存实施方案的每一条款及其原文；规则函数用 ``@cites`` 声明所实现的条款。"
    ),
    "hrss_policy.plan.findings": "检查发现：单位对照的每项要求一项，带有状态、条款、期限和一句中文。",
    "hrss_policy.plan.status": "要求是否满足：数据显示的状态，以及按检查日期读出的结论。",
    "hrss_policy.plan.units": "实施方案所管理的单位类型，以及它们所属的两个层级。",
    "hrss_policy.excel": (
        "通过 xlwings 在 Excel 中使用的工作表函数，经典加载项和 xlwings Lite 通用。每个函数都以 ``HRSS_`` 开头，"
        "按位置接受参数，可以给单个单元格或区域：给区域时返回区域，一个公式即可填满一列。本模块不含政策，只把 Excel"
        " 传来的值转换为本库的值，再把结果转换回去；算不出的单元格显示以“错误：”开头的中英文原因。计算过程的中文说明"
        "由 ``HRSS_EXPLAIN`` 按需生成。导入本模块需要 xlwings（``excel`` 附加依赖）。"
    ),
    "hrss_policy.tabular": (
        "从电子表格（CSV 或 ``.xlsx``）读入单位，并把结果写回 CSV。这是适配层：它把单元格转换为本库的值，不含政策。"
        "读入按流式进行，任何大小的单位表都以不变的内存检查；有问题的表整张拒绝，逐条列出问题及其行号。"
    ),
    "hrss_policy.cli": (
        "``hrss-policy`` 命令：只负责解析参数、读取文件和输出。每个数字都来自公开 API，本模块不含政策。命令默认使用"
        "中文（``--lang en`` 为英文），决不显示 traceback。"
    ),
    "hrss_policy.typing": (
        "本库每个结果都遵守的约定，写成类。显示结果的代码（报告生成、网页、Excel 适配层）可以通过这些协议接受任一结果，"
        "而不必逐个列出类名：``Explained`` 表示结果注明所适用的条款并能用中文说明自己，``Checked`` 表示检查还说明是否"
        "通过并列出检查发现。"
    ),
    "hrss_policy.errors": (
        "本库引发的异常。取值错误是 ``PolicyError``，"
        "它是一种 ``ValueError``，带有英文信息和中文信息（``message_zh``）；类型错误是内置的 ``TypeError``。"
    ),
}

#: public name → its one-line summary on the Chinese site.
SUMMARIES = {
    # 人员配备
    "ExtraStaffRoute": "服务机构超出定额增加人员的途径，按三（一）5的规定。",
    "StaffingCheck": "服务机构实有人数与定额的核对结果，每项要求一项发现。",
    "StaffingQuota": "三（一）5规定的服务机构人员定额。",
    "StaffingStatus": "服务机构实有人数与定额相比的情况。",
    "check_staffing": "依据三（一）5核对服务机构实有人数与定额。",
    "community_staff_quota": "返回社区（村）服务机构的人员定额。",
    "extra_staff_allowed": "实施方案是否允许该单位申请增加人员（R2），供整列数字使用。",
    "extra_staff_allowed_column": "对同一类型的一整列单位计算 ``extra_staff_allowed``，返回列表。",
    "staff_count": "只返回单位定额的人数，即 ``staff_quota(...).staff``。",
    "staff_count_column": "对同一类型的一整列单位一次计算 ``staff_count``，返回列表。",
    "staff_quota": "返回任一类型（或层级）单位的定额：按街道（镇）或服务站的规则。",
    "street_staff_quota": "返回街道（镇）服务机构的人员定额。",
    # 协理员工资补助
    "Coordinator": "一名社区（村）人力资源社会保障协理员。",
    "CoordinatorKind": "三（五）区分的四类协理员。",
    "Employment": "协理员是专职还是兼职。",
    "Roster": "服务站的协理员：各类协理员及其人数，决不展开为每人一个对象。",
    "SubsidyBreakdown": "服务站协理员若干个月应得的工资补助明细。",
    "SubsidyLine": "一名协理员（或一类协理员）在明细期间应得的补助。",
    "annual_subsidy": "返回协理员一年的补助（``params.months_per_year`` 个月，R17）。",
    "monthly_subsidy": "返回协理员一个月的补助。",
    "subsidy_for_months": "返回协理员若干个月的补助。",
    # 经费
    "DistrictPaymentCheck": "区级实际拨付的协理员工资经费与三（五）规定的最低额的核对结果。",
    "WorkingFundsCheck": "街道（镇）服务机构工作经费是否列入区（镇）财政预算。",
    "check_district_payment": "核对区级实际拨付的配套工资经费是否达到最低额。",
    "check_working_funds": "核对街道（镇）服务机构工作经费是否列入区（镇）财政预算。",
    # 机构名称
    "AgencyName": "单位的标准机构名称，以及由谁定名、何时完成。",
    "AgencyNameBatch": "多个单位的标准名称，按位置排列，无法定名的另列。",
    "AgencyNameCheck": "单位现用名称与标准名称的核对结果，即要求 ``name.standard`` 的一项发现。",
    "AgencyNameParts": "标准机构名称所表明的单位信息。",
    "AgencyUnit": "批量定名中的一个单位：类型、地名和（需要时）所在区。",
    "NamingFailure": "批量定名中无法定名的一个单位。",
    "NonStandardNameError": "不是三（一）4任一标准写法的名称。",
    "agency_name": "按三（一）4返回单位的标准机构名称，为普通字符串。",
    "agency_name_detail": "返回单位的标准名称，以及由谁定名、何时完成。",
    "agency_names": "一次为多个单位定名；有问题的单位按位置报告，其他单位照常定名。",
    "check_agency_name": "依据三（一）4核对单位现用名称是否为标准名称。",
    "normalize_district": "返回行政区的简称（香洲区或香洲 → 香洲）。",
    "normalize_place": "返回某类地名在标准名称中使用的简称。",
    "parse_agency_name": "把标准机构名称读回为类型、地名和所在区。",
    # 服务场所
    "Premises": "已知的单位服务场所情况。",
    "PremisesCheck": "单位服务场所与其层级的三（二）标准的核对结果。",
    "check_premises": "核对单位服务场所是否达到其层级的三（二）标准。",
    # 信息化
    "Informatization": "已知的单位信息化建设情况。",
    "InformatizationCheck": "单位信息化建设与三（三）的核对结果。",
    "check_informatization": "核对单位信息化建设是否符合三（三）。",
    # 专业化
    "ServicePractice": "已知的单位公共服务专业化情况。",
    "ServicePracticeCheck": "单位公共服务专业化与三（四）的核对结果。",
    "check_service_practice": "核对单位公共服务专业化是否符合三（四）。",
    # 期限
    "Milestone": "实施方案中有日期的目标，按其参数说明。",
    "QuarterlyReport": "四（二）规定的区向市报送季度材料的期限。",
    "QuarterlyReportCheck": "区的季度报送是否按时，即四（二）的报送记录。",
    "ServiceDeadline": "三（四）实行限时办结的事项的办结期限。",
    "ServiceTimeLimitCheck": "事项是否在三（四）的时限内办结。",
    "check_quarterly_report": "依据四（二）核对某季度在某日提交的报送是否按时。",
    "check_service_time_limit": "依据三（四）核对在某日办结的事项是否在时限内。",
    "plan_milestones": "实施方案的每个时间节点，按日期排列。",
    "quarterly_report": "返回四（二）的季度报送期限及其计算过程。",
    "quarterly_report_deadline": "区对某季度的报送仍算按时的最后一天，依据四（二）。",
    "report_schedule": "两个日期之间（含两端）到期的每次季度报送，按顺序排列，依据四（二）。",
    "service_deadline": "某日受理、时限为若干个工作日的事项的办结期限，依据三（四）。",
    # 报送情况
    "SubmissionEntry": "一个区对某季度的报送。",
    "SubmissionRecord": "各区对某季度的报送，逾期和未报送的在前。",
    "SubmissionStatus": "区的季度报送与期限相比的情况。",
    "report_submissions": "对照期限记录各区对某季度的报送，即四（二）的报送。",
    # 检查要求清单
    "Applies": "要求的适用对象。",
    "Evidence": "据以检查要求的数据类型。",
    "REQUIREMENTS": "检查要求清单：实施方案中每项可检查的要求。",
    "Requirement": "实施方案中的一项可检查的要求。",
    "UnitProfile": "三（一）1–3对服务机构的规定：参考资料，不作检查。",
    "requirement": "返回给定编号的要求。",
    "COVERAGE": "实施方案中每一句像要求的话，以及本库如何处理它：由哪些要求核对，或不予核对的理由。",
    "Coverage": "实施方案中像要求的一句话，以及本库如何处理它。",
    "Exclusion": "实施方案中像要求的一句话为什么不是检查要求清单中的要求。",
    "requirements": "检查要求清单，每项期限按 ``params`` 读出。",
    "unit_profile": "三（一）1–3规定的服务机构职责、性质和管理。",
    # 单位检查
    "Inspection": "按某日对一个单位检查实施方案的全部要求及其结果。",
    "Unit": "区局记录的一个基层单位。",
    "inspect_unit": "对照适用于单位的实施方案每项要求检查一个单位。",
    # 汇总
    "AreaSummary": "一个区或经济功能区（或全市）的合计。",
    "Rollup": "按区或经济功能区以及全市汇总的检查结果。",
    "RollupTally": "逐个累加检查结果，只保存合计。",
    "rollup": "按单位所属的区或经济功能区以及全市汇总检查结果。",
    # 完成进度与通报
    "DistrictProgress": "一个区（或全市）在某日的完成情况。",
    "Progress": "各区和全市在某日的完成情况。",
    "ProgressBulletin": "四（二）的通报：各区完成情况，点名进度较慢的区。",
    "ProgressTally": "逐个计入检查结果，累计各区截至某日的完成情况。",
    "district_progress": "各区截至某日的完成情况：到期的要求、已满足的要求和完成率（R9、R10）。",
    "progress_bulletin": "四（二）的通报：各区完成情况，并点名进度较慢的区（R9）。",
    # 工作日历
    "CalendarMonth": "供查看的官方日历中的一个月。",
    "CalendarQuarter": "一个季度及其报送期限所在的月份，标出四（二）的期限。",
    "DayInfo": "官方日历中的一天：类型、中文名称和原因。",
    "DayKind": "某一天在官方日历中的类型。",
    "Notice": "规定休息日和调休上班日的一份官方通知。",
    "WorkingCalendar": "覆盖连续若干年的官方工作日历。",
    "WorkingDaySpan": "两个日期之间的工作日，以及跳过的每一天及其原因。",
    "YearCoverage": "日历收录的一年及其放假安排的来源。",
    "YearSchedule": "一年的官方放假安排：休息日、调休上班日及其来源。",
    "add_working_days": "严格在某日之后的第 n 个工作日（n 为负数时为之前）。",
    "calendar_coverage": "默认日历收录的年份及其依据的通知。",
    "calendar_from_environment": "默认日历加上 ``HRSS_POLICY_CALENDAR`` 指定的放假安排文件。",
    "calendar_month": "官方日历中的一个月，可以像 ``cal`` 命令那样输出。",
    "calendar_quarter": "一个季度的各月，标出四（二）的报送期限，可以输出。",
    "day_info": "某一天在官方日历中是什么日子，附名称和原因。",
    "default_calendar": "进程的默认日历：官方日历，首次使用时构建一次。",
    "is_working_day": "某一天在官方日历中是否为工作日。",
    "load_schedule_files": "把放假安排文件中的年份加入日历（默认为默认日历）后得到的日历。",
    "next_working_day": "严格在某日之后的第一个工作日。",
    "previous_working_day": "严格在某日之前的最后一个工作日，不论该日是否为工作日。",
    "register_year": "把新公布的年份登记到本进程的**默认**日历中。",
    "reset_default_calendar": "撤销所有登记：默认日历恢复为官方日历。",
    "working_day_offset": "某日之后的第 n 个工作日（``.end``），以及到达它的工作日区间。",
    "working_day_span": "某日之后直到另一日（含）的工作日，以及跳过的日子。",
    "working_days_between": "``(start, end]`` 中的工作日数；end 早于 start 时为负数。",
    # 政策参数
    "CountFrom": "“在某日之后n个工作日内”从哪一天开始计数（R6、R15）。",
    "EquipmentList": "三（二）“包括”之后所列设备如何核对（R18）。",
    "DistrictMinimumBasis": "区级“每月不少于1000元”（和800元）按什么计算（R13）。",
    "FullTimeEvidence": "什么能表明服务站有专职工作人员（R12）。",
    "OverQuota": "超出定额、没有批准记录的人员意味着什么（R11）。",
    "PLAN_2011": "2011年实施方案的参数集：每个数字和采用的解读。",
    "ParameterInfo": "一个参数的来源。",
    "PolicyParameters": "实施方案规则用到的每个数字和采用的解读，以及适用的起始日期。",
    "Rounding": "不是整数的人员配备比例如何变成人数（R1）。",
    "StaffCounted": "服务站对照定额时计入哪些人员（R21）。",
    "AreaPlaces": "2011年的区划：各区、功能区下辖或合一的街道和镇（R26）。",
    "SlowProgress": "通报点名哪些区为完成进度较慢（R9）。",
    # 采用的解读
    "READINGS": "本项目采用的全部解读。",
    "Reading": "一种采用的解读。",
    "reading": '返回给定编号的采用的解读（``"R1"``……）。',
    # 条款
    "CLAUSES": "条款登记表：按文件编号排列的每一条款。",
    "Clause": "实施方案中有编号的一个条款。",
    "ClauseId": "条款编号的类型，按文件本身的编号书写，如 ``三（一）5``。",
    "DOCUMENT": "实施方案的标题、发文机关和日期。",
    "cited": "对象用 ``cites`` 声明的条款编号（工作日历等工具为空）。",
    "clause": "返回给定编号的条款。",
    "document_text": "随软件包提供的实施方案全文。",
    # 检查发现
    "Finding": "对一个单位（或一个区）检查的实施方案的一项要求。",
    "Status": "按报送的数据，要求是否满足。",
    "Verdict": "按检查日期读出的发现结论：报告中写在最前面的用语。",
    # 单位类型
    "BusinessSystem": "三（三）列出的业务管理信息系统。",
    "Equipment": "三（二）列出的办公设备和服务设施。",
    "Level": "实施方案中基层单位的两个层级。",
    "OnlineService": "三（三）列出的电子政务服务项目（网上办事、信息查询）。",
    "UnitKind": "三（一）4为其规定名称模板的每种单位类型。",
    # 错误
    "CalendarDataError": "提交登记的放假安排格式错误或自相矛盾。",
    "CalendarNotConfirmedError": "日期所在年份的官方放假安排本库没有收录。",
    "NotApplicableError": "所问的规则不适用：在实施方案开始之前，或超出其范围。",
    "PolicyError": "实施方案不接受的值，或实施方案无法回答的问题。",
}
