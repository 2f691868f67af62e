# supplyscreen — 简体中文界面文本。与 locales/en.ftl 的 id 和参数相同（中文没有复数形式，只用于选择复数的参数可以省略）。

## Page frame
page-title = supplyscreen — 私密的供应商筛查
skip-link = 跳到筛查工具
language-label = 语言
tagline = 将您的供应商名单与美国强迫劳动和人权限制清单进行比对——完全在您的浏览器中进行：您的供应商文件绝不会离开本设备。
provided-by = 由 { $org } 提供
main-label = 筛查
footer-source = 源代码
footer-free = 免费开源 · 不构成法律意见
fatal-error = supplyscreen 出现内部错误并已停止。您的文件没有上传到任何地方。请重新加载页面重新开始；如果再次发生，请报告下面的信息。

## Privacy
privacy-heading = 我们如何处理您的数据
privacy-local = 您的供应商文件由本页面在您的设备上读取和筛查。您加载、粘贴、审核或导出的任何内容都不会上传：在您选择文件之前，本页面只从本网站下载应用程序本身和公开的限制清单。
privacy-check = 自行核实的方法：打开浏览器的开发者工具中的“网络”标签，然后选择并筛查一个文件。唯一的请求是本页面自己的文件读取程序，仅在您首次指向文件区域时发生一次，且不包含您的任何数据。或者在选择文件后断开互联网：筛查、审核和导出仍可正常使用。
privacy-decisions = 审核决定只保留在本页面中，除非您下载它们，或勾选“{ $remember }”，这会将它们保存在本浏览器的本地存储中，直到您清除为止。

## Lists loaded
lists-heading = 已加载的清单
lists-line = { $count } 份清单，最新截至 { $newest }
lists-line-old = ，{ $count } 份已超过一年
lists-line-unticked = ，{ $count } 份未使用
lists-loading = 正在加载限制清单…
lists-summary = { $entities } 个被列名方和 { $goods } 行商品风险数据，已在本设备上校验并建立索引。
lists-timing = 清单包 { $size } MB：下载用时 { $fetch } 毫秒，校验和解码用时 { $decode } 毫秒，建立索引用时 { $index } 毫秒。
lists-restricted = 本网站只对照下列清单进行筛查。
col-screen = 筛查
col-list = 清单
col-agency = 机构
col-as-of = 发布日期
col-fetched = 获取日期
col-records = 记录数
screen-against = 对照 { $list } 筛查
list-old = 超过一年
list-old-title = 此快照已超过一年：请查看官方来源了解变化。

## Input
input-heading = 您的供应商
supplier-file = 供应商文件
file-help = CSV、TSV、Excel（.xlsx、.xls）或 OpenDocument（.ods），最大 { $max } MB——也可以把文件拖放到这里。文件只在本设备上读取。
paste-label = 粘贴供应商名称
paste-placeholder = 每行一个名称，或从电子表格复制的单元格
paste-use = 使用粘贴的名称
reading = 正在读取…
screen-button = 筛查供应商
hint-waiting-lists = 正在等待清单加载…
hint-choose-file = 请先选择文件或粘贴名称。
hint-choose-name = 请先选择名称列。
hint-choose-list = 请在“已加载的清单”中至少勾选一个清单。
progress-label = 筛查进度
progress-text = 已筛查 { $done } / { $total } 个供应商
cancel = 取消
run-cancelled = 已在筛查 { $done } / { $total } 个供应商后取消。
run-screened-ms = 已筛查 { $total } 个供应商，用时 { $ms } 毫秒。
run-screened-s = 已筛查 { $total } 个供应商，用时 { $s } 秒。
error-file-unreadable = 浏览器无法读取 { $file }：{ $reason }。请确认该文件没有被其他程序打开并锁定，然后重试。
error-reader-unavailable = 无法加载文件读取程序（{ $reason }）。首次提供文件时会从本网站下载该程序；如果您处于离线状态，请联网后重试。您的文件没有离开此浏览器。
error-reader-crashed = 文件读取程序在读取时停止（{ $reason }）。请重新加载页面后重试；如果同一文件再次出现此问题，请报告。您的文件没有离开此浏览器。
error-paste-empty = 请先粘贴至少一个供应商名称（每行一个）。
preview-summary = { $description }，{ $rows } 行，{ $columns } 列
file-warnings-label = 关于文件的警告
preview-label = 前几行预览
column-name = 名称列
column-country = 国家列
column-address = 地址列
column-product = 产品列
column-id = 登记号码列
column-hs = HS 编码列
required-suffix = （必填）
option-choose = — 请选择 —
option-none = — 无 —

## Results
results-heading = 结果
summary-label = 摘要
summary-matches = 个可能匹配
summary-risks = 个产品风险
summary-clear = 个无问题
summary-screened = 个供应商已筛查
summary-new = 行含有自上次审核以来的新命中
summary-bad-ids = 个无效登记号码
threshold-label = 匹配阈值
threshold-help = 得分达到或超过阈值的命中视为可能匹配。调整阈值不会重新筛查。
histogram-label = { $total } 个最佳命中得分的直方图，范围 { $floor } 至 1.00；阈值为 { $threshold }
filter-show = 显示
filter-all-statuses = 所有状态
filter-list = 清单
filter-all-lists = 所有清单
filter-new = 仅显示自上次审核以来的新命中
results-table-label = 筛查结果
col-row = 行
col-supplier = 供应商
col-country = 国家
col-status = 状态
col-best-score = 最高得分
col-lists = 清单
col-matched-entity = 匹配的实体
status-possible-match = 可能匹配
status-product-risk = 产品风险
status-clear = 无问题
new-tag = 新
new-hint = 载入您的决定时，该命中尚无决定：这是自上次审核以来的新命中。
lists-changed = 自您作出审查决定以来已更新的名单：{ $lists }。这些名单上的命中可能是新的或已变化，请复核。
id-tag = 请核对登记号码
details-for-row = 第 { $row } 行详情：{ $name }
no-name = （无名称）
no-rows = 没有符合这些筛选条件的行。
pager-label = 结果分页
pager-first = 第一页
pager-previous = 上一页
pager-next = 下一页
pager-last = 最后一页
pager-status = 第 { $page } / { $pages } 页（共 { $rows } 行）
download-results = 下载结果（CSV）
print-report = 打印报告
download-decisions = 下载审核决定
load-decisions = 加载审核决定文件
remember-decisions = 在本浏览器中记住我的审核决定
clear-decisions = 清除审核决定
error-save-refused = 您的浏览器拒绝保存 { $file }。
error-read = 无法读取 { $file }：{ $reason }
error-remember = 无法在本浏览器中记住审核决定：{ $reason }
storage-unavailable = 本浏览器不允许本地存储
storage-refused = 浏览器拒绝保存（存储已满或已禁用）
this-browser = 本浏览器

## Detail
detail-heading = 第 { $row } 行：{ $name }
close-details = 关闭详情
preparing-explanation = 正在准备说明…
no-hit-above = 没有达到阈值（{ $threshold }）的命中。
weaker-candidates = 另有 { $count } 个较弱的候选低于阈值。
risk-heading = 产品和地点风险信号
risk-help = 这些是风险信号，不是清单匹配：它们指出需要开展尽职调查的商品或地点。
field-country = 国家：{ $value }
field-address = 地址：{ $value }
field-product = 产品：{ $value }
field-id = 登记号码：{ $value }
field-hs = HS 编码：{ $value }
no-supplier-details = 未提供国家、地址或产品。
hit-label = 命中：{ $list } 上的 { $entity }
score-title = 匹配得分，0 到 1
score = 得分 { $score }
matched-alias = 匹配了别名
alias-source = 中文名称来源：
alias-source-cited = 中文名称来源：{ $source }
alias-source-list = 中文名称来自名单本身
id-match = 登记号码一致：
id-only = 名称不同：此命中仅来自登记号码。
matched-name = 匹配了列名名称
words-alone = 仅按词语计分为 { $score }。
alignment-label = 逐词对照
col-your-supplier = 您的供应商
col-listed-name = 列名名称
col-how-match = 匹配方式
col-weight = 权重
align-exact = 完全相同
align-fuzzy = 近似（拼写）
align-abbreviation = 缩写
align-legal-form = 法律形式
align-joined-split = 连写 / 分写
align-transliteration = 音译
align-number = 数字
align-initialism = 首字母缩写
align-translation = 翻译（中文词）
align-reading = 读音（拼音）
align-unmatched = 未匹配
factors-label = 提高或降低得分的因素
factor-country-agrees = 国家一致（{ $country }）：{ $delta }
factor-country-differs = 国家不同（供应商：{ $supplier }；清单：{ $listed }）：{ $delta }
factor-word-order = 词序不同：{ $delta }
factor-person-name = 被列名方是个人，因此需要全名匹配：{ $delta }
factor-craft = 被列名方是船舶或飞机而非公司，因此需要全名匹配：{ $delta }
factor-weak-alias = 匹配了弱别名（简称或绰号）：{ $delta }
factor-short-name = 只有短词或通用词匹配：{ $delta }
factor-typo-only = 唯一匹配的特征词拼写有误——可能是另一家公司的名称：{ $delta }
fact-list = 清单
fact-program = 项目 / 依据
fact-citation = 引用
fact-effective-date = 生效日期
fact-licence = 许可证要求
fact-merchandise = 商品
fact-status = 状态
fact-country = 国家
fact-address = 地址
fact-aliases = 其他列名名称
fact-identifiers = 登记号码
fact-scope = 范围
fact-subsidiaries = 延伸至子公司
fact-subsidiaries-help = 该列名也涵盖子公司和关联公司，因此未列名的名称也可能受影响。
fact-note = 注意
fact-primary-missing = 仅见于该清单的别名文件：此快照中缺少其主记录。
fact-remarks = 备注
meaning-heading = 这对您意味着什么
official-source = 官方来源
your-review = 您的审核
decision-confirmed = 确认匹配
decision-false-positive = 误报
decision-needs-review = 需要审核
note-label = 备注
decided-at = 决定于 { $when }。

## What a listing means (summaries, not legal advice)
not-legal-advice = 以下摘要仅供参考，不构成法律意见：在采取行动前请查看官方来源并寻求专业意见。
meaning-dhs_uflpa = 由该实体全部或部分开采、生产或制造的商品被推定为使用强迫劳动制造，禁止进口到美国，除非进口商以清楚且令人信服的证据推翻该推定（《维吾尔强迫劳动预防法》）。
meaning-cbp_wro = 美国海关与边境保护局（CBP）在边境扣留来自该来源的指定商品（《美国法典》第 19 编第 1307 条）。进口商必须证明商品并非使用强迫劳动制造；在作出认定（Finding）的情况下，CBP 可以没收这些商品。
meaning-bis_entity = 向该方出口、再出口或转让受《出口管理条例》管辖的物品，需要获得美国商务部的许可证。它限制的是向该方销售（出口），而不是向其采购——但这对您的尽职调查而言是一个严重的警示信号。
meaning-bis_meu = 向该军事最终用户出口某些物品需要许可证（《联邦法规》第 15 编第 744.21 条）。它限制的是向该方出口，而不是向其采购。
meaning-bis_dpl = 该方的美国出口权利已被拒绝：任何人不得与其进行受《出口管理条例》管辖的出口交易。
meaning-bis_uvl = 美国工业与安全局（BIS）无法核实该方的真实性。向其出口需要提供未经核实清单声明，且不得使用许可证例外；请将其视为警示信号。
meaning-state_isn = 美国国务院已对该方实施防扩散制裁；根据具体措施，禁止美国政府采购、援助或出口许可证。
meaning-state_dtc = 该方被禁止直接或间接参与国防物品和服务的出口（《国际武器贸易条例》ITAR）。
meaning-ofac_sdn = 该方在美国管辖范围内的所有财产均被冻结，美国人不得直接或间接与其交易。被冻结方拥有 50% 或以上股权的实体也被冻结。
meaning-ofac_cmic = 美国人不得买卖该公司公开交易的证券（中国军工复合体企业清单），或受所示项目中较窄的限制。该列名本身并不禁止商品贸易。
meaning-dol_ilab = 美国劳工部有理由相信，该国的这种商品是使用童工或强迫劳动生产的。这是尽职调查的风险信号，本身并不构成法律禁令。

## Report
print = 打印
close-report = 关闭报告
report-heading = 供应商筛查报告
report-file-sha = 文件 SHA-256
report-pasted = （粘贴的文本，无文件）
report-rows = 已筛查行数
report-engine = 引擎版本
report-bundle-sha = 清单包 SHA-256
report-screened-on = 筛查时间
report-summary = 摘要
report-summary-text = { $matches } 个可能匹配，{ $risks } 个产品风险，{ $clear } 个无问题
report-new = 自上次审核以来的新内容
report-new-text = { $count } 个没有先前决定的命中，列在最前
report-lists-heading = 清单及其截至日期
report-list-line = { $name }（{ $code }）— { $agency }，发布于 { $as_of }（{ $as_of_from }），获取于 { $fetched }，{ $records } 条记录
report-list-file = { $file }：SHA-256 { $sha }
report-hits-heading = 命中和风险信号
report-no-hits = 没有供应商的得分达到阈值，也没有出现风险信号。
report-hits-label = 报告中的命中
col-listed-entity = 被列名实体
col-matched-name = 匹配的名称
col-score = 得分
col-decision = 决定
not-reviewed = 未审核
report-risk-signal = 风险信号：{ $title } — { $detail }
report-footer = 完全在浏览器中筛查；供应商文件没有上传。匹配结果是待审核的候选项，而非结论；各清单的摘要不构成法律意见。

## Announcements (read out by screen readers)
announce-language = 语言已切换为简体中文。
announce-loaded = 限制清单已加载：{ $lists } 个清单，{ $entities } 个被列名方。
announce-reading = 正在读取供应商文件…
announce-parsed = 已从 { $file } 读取 { $rows } 行、{ $columns } 列。
announce-screening = 正在筛查 { $total } 个供应商…
announce-finished = 筛查完成：{ $total } 个供应商，{ $matches } 个可能匹配。
announce-cancelled = 已在筛查 { $done } / { $total } 个供应商后取消筛查。
announce-decided = 已将 { $entity } 标记为“{ $decision }”。
announce-decisions-loaded = 已从 { $file } 加载 { $count } 个审核决定。
announce-decisions-cleared = 所有审核决定已清除。
announce-decisions-saved = 已将 { $count } 个审核决定保存到 { $file }。
announce-saved = 已保存 { $file }。
announce-not-ready = 清单仍在加载中；请稍后再试。

## 文件读取、名单加载与风险信号（引擎给出事实，此处措辞）
pasted-names = 粘贴的名称
source-xlsx = Excel 工作簿，工作表“{ $sheet }”
source-xls = Excel 97-2003 工作簿（.xls），工作表“{ $sheet }”
source-ods = OpenDocument 电子表格（.ods），工作表“{ $sheet }”
source-tab = 制表符分隔的文本，{ $encoding }
source-csv = 以“{ $delimiter }”分隔的 CSV，{ $encoding }
source-lines = 文本，每行一个名称，{ $encoding }
origin-line = { $count ->
   *[other] 行
}
origin-row = { $count ->
   *[other] 行
}
at-place = 第 { $n } { $word }
at-sheet = 工作表“{ $sheet }”的{ $place }
rows-ref = 数据行 { $rows }{ $more ->
    [0] {""}
   *[other] {" "}等（另有 { $moren } 行）
}（文件中的{ $word } { $origins }）
input-empty = { $file }：文件为空。请重新导出供应商名单，或直接粘贴供应商名称。
input-empty-workbook = { $file }：工作簿的所有工作表都是空的。请把供应商名单放在第一个工作表，每行一个供应商，然后重新保存。
input-header-only = { $file }：文件有标题行（{ $columns }），但没有数据行。请在标题下每行添加一个供应商。
input-not-spreadsheet = { $file }：这不是电子表格或 CSV 文件，看起来是{ $detected }。请从 ERP 将供应商名单导出为 .xlsx 或 .csv。
input-unsupported = { $file }：不支持 { $format } 文件：请在 Excel 或 LibreOffice 中打开并另存为 .xlsx 或 .csv。
input-password = { $file }：工作簿受密码保护：请保存一份未加密的副本（在 Excel 中：文件 > 信息 > 保护工作簿 > 用密码进行加密，清除密码）后重试。
input-corrupt = { $file }：Excel 文件已损坏或不完整（{ $problem }）。如果是下载或通过电子邮件收到的，请重新获取；否则请在 Excel 中打开并重新保存，或导出为 .csv。
input-too-big = { $file }：文件大小为 { $size } MB，超过 { $max } MB 的上限。请只保留供应商相关列（名称、国家、地址、产品），或把名单拆分为多个文件。
input-too-many-rows = { $file }：数据行超过 { $max } 行（在{ $at }处超出上限）。请把名单拆分为多个文件。
file-kind-pdf = PDF 文档
file-kind-png = PNG 图片
file-kind-jpeg = JPEG 图片
file-kind-gif = GIF 图片
file-kind-tiff = TIFF 图片
file-kind-gzip = gzip 压缩文件（请先解压）
file-kind-7z = 7-Zip 压缩包（请先解压）
file-kind-rar = RAR 压缩包（请先解压）
file-kind-executable = 程序（ELF 可执行文件）
file-kind-sqlite = SQLite 数据库
file-kind-rtf = RTF 文档
file-kind-word = Word 文档
file-kind-ole = 旧版 Microsoft Office（OLE）文档
file-kind-odf-text = OpenDocument 文本或演示文稿
file-kind-docx = Word 文档（.docx）
file-kind-pptx = PowerPoint 演示文稿（.pptx）
file-kind-binary = 二进制数据（包含文本中不会出现的 NUL 字节或控制字符）
sheet-format-xlsb = Excel 二进制工作簿（.xlsb）
sheet-format-xml2003 = XML 电子表格 2003（.xml/.xls）
sheet-format-html = 以电子表格文件名保存的网页（HTML）表格
xlsx-no-sheet = 没有可读取的工作表：{ $sheets }
xlsx-bad-zip = 无法读取 zip 容器：{ $reason }
xlsx-missing-part = 这是 zip 压缩包但不是 Excel 工作簿：缺少 { $part }
warn-record-skipped = 第 { $line } 行：跳过了 CSV 读取器拒绝的一条记录（{ $reason }）。
warn-unclosed-quote = { $n } 个单元格跨越 20 行以上：某个字段开头的引号（"）可能没有闭合，导致后面的行被读进同一个单元格。请检查文件中的引号。
warn-windows-1252 = 文件不是 UTF-8 编码，已按 Windows-1252（西欧）读取。如果带重音的字母显示不正确，请另存为“CSV UTF-8”后重试。
warn-paste-cut = 只读取了前 { $max } 行粘贴内容。
warn-nothing-pasted = 没有可筛查的内容：请每行粘贴一个供应商名称，或粘贴从电子表格复制的单元格。
warn-paste-header-only = 只粘贴了标题行（{ $columns }）：请同时粘贴供应商行。
warn-title-lines = 跳过了标题行上方的 { $count } 行标题（第 { $range } { $word }）：{ $titles }。
warn-no-header = 未识别到标题行：第一{ $word }按数据读取，各列命名为“Column 1”到“Column { $width }”。
warn-short-rows = { $n } 行的单元格少于标题的 { $width } 列；缺少的单元格留空：{ $rows }。
warn-long-rows = { $n } 行的单元格多于标题的 { $width } 列；多出的单元格保留在“Column { $next }”及之后的列中：{ $rows }。这通常是未加引号的名称中含有分隔符造成的。
warn-cells-cut = { $n } 个超过 { $max } 个字符的单元格已截断到该长度：{ $rows }。
warn-no-name-column = 没有哪一列像是供应商名称：请在筛查前选择名称列。
warn-empty-names = { $n } 行在“{ $column }”列中没有供应商名称；这些行保留在表中，但无法筛查：{ $rows }。
warn-no-letter-names = { $n } 行在“{ $column }”列中的名称不含字母或数字；这些行已保留，但无法筛查：{ $rows }。
warn-legal-form-names = { $n } 行在“{ $column }”列中的名称只是公司类型（如“Co., Ltd.”）；这些行已保留，但无法有意义地筛查：{ $rows }。
warn-sheet-offset = 工作表“{ $sheet }”的数据从 { $column } 列开始；前面的空列已忽略。
warn-other-sheets = 工作簿还有其他工作表（{ $others }）；只读取了工作表“{ $sheet }”。如果选错了，请把供应商名单移到第一个工作表。
bundle-too-short = 名单数据包只有 { $len } 字节，比其文件头还短：文件被截断；请重新下载，或用 `supplyscreen build-lists` 重新生成
bundle-bad-magic = 此文件不是 supplyscreen 名单数据包（不以 SSBUNDLE 开头）；请用 `supplyscreen build-lists` 生成
bundle-version = 名单数据包的格式版本为 { $found }，而此版本的 supplyscreen 读取版本 { $expected }；请用对应的 `supplyscreen build-lists` 重新生成数据包
bundle-checksum = 名单数据包的校验和与内容不符：文件已损坏或被截断；请重新下载，或用 `supplyscreen build-lists` 重新生成
bundle-decode = 名单数据包通过了校验但无法解码（{ $reason }）；它可能由不兼容的版本生成：请用 `supplyscreen build-lists` 重新生成
load-network = 无法从 { $url } 加载限制名单：{ $reason }。请重新加载页面；如果仍然失败，说明网站缺少名单数据包。
load-http = 无法从 { $url } 加载限制名单：服务器返回 HTTP { $status }。网站缺少名单数据包（请运行 `make bundle`）。
load-bundle = 无法读取限制名单：{ $reason }。
decisions-error = { $file }，第 { $line } 行：{ $problem }
decisions-empty = 文件为空；决定文件以标题 { $header } 开头
decisions-not-csv = 不是有效的 CSV：{ $reason }
decisions-missing-column = 标题中没有“{ $column }”列；应为 { $header }（实际为 { $found }）
decisions-few-columns = 应与标题一样有 { $expected } 列，实际为 { $found } 列
decisions-empty-supplier = supplier_name 为空
decisions-empty-entity = entity_id 为空
decisions-unknown-list = 未知名单“{ $cell }”；应为以下之一：{ $lists }
decisions-unknown-decision = 未知决定“{ $cell }”；应为 { $labels }
risk-field-address = 地址
risk-field-name = 供应商名称
risk-field-country = 国家列
risk-field-product = 产品描述
risk-not-a-match = 这是产品与国家的风险信号，并不表示该供应商与被列名方匹配。
risk-uflpa = 根据《维吾尔强迫劳动预防法》（UFLPA），全部或部分在新疆开采、生产或制造的货物被推定为使用强迫劳动制造，不得进口到美国，除非美国海关与边境保护局（CBP）基于清晰且令人信服的证据给予例外。
risk-title-good = { $kind ->
    [child] 童工
    [forced-child] 强迫童工
    [derived] 投入品劳工
   *[forced] 强迫劳动
}风险：来自{ $country }的{ $good }（DOL ILAB 货物清单）
risk-title-wro = CBP 针对来自{ $country }的{ $merchandise }的{ $order }：{ $name }
risk-title-vessels = CBP 针对 { $count } 艘具名渔船的{ $merchandise }的暂扣令（WRO）
risk-title-xinjiang = { $field }中的新疆地点：{ $places }
risk-detail-good = 美国劳工部国际劳工事务局（DOL ILAB）《童工或强迫劳动生产的货物清单》将来自{ $country }的{ $good }列为{ $kind ->
    [child] 使用童工生产
    [forced-child] 使用强迫童工生产
    [derived] 使用以童工或强迫劳动生产的投入品制造
    [derived-in] 使用在{ $input }以童工或强迫劳动生产的投入品制造
   *[forced] 使用强迫劳动生产
}。匹配原因：{ $why }。{ risk-not-a-match }
risk-wro-since = ，自 { $date } 起生效
risk-scope-region = 该命令涵盖来自所列整个地区或国家的此类商品，无论生产者是谁：来自{ $country }的此类货物会在美国边境被扣留，除非进口商证明其并非使用强迫劳动制造。
risk-scope-producer = 该命令针对一家生产者：如果您的供应商就是该生产者、拥有该生产者或从该生产者采购，则与您相关。
risk-detail-wro = 美国海关与边境保护局 { $order }（19 U.S.C. 1307）“{ $name }”，{ $country }，商品“{ $merchandise }”，状态 { $status }{ $since }。{ $scope }匹配原因：{ $why }。{ risk-not-a-match }
risk-detail-vessels = 美国海关与边境保护局对具名渔船捕捞的{ $merchandise }有生效中的暂扣令（WRO），无论在何处上岸或加工：{ $names }。请确认您的供应商的渔获不来自这些渔船。匹配原因：{ $why }。{ risk-not-a-match }
risk-detail-xinjiang = { $field }提到新疆维吾尔自治区的{ $places }（原文写作“{ $written }”）。{ risk-uflpa }这是地点风险信号，并不是与 UFLPA 实体清单的匹配。
risk-title-registered = 在新疆注册（行政区划 { $division }，{ $place }）
risk-detail-registered = 该供应商的统一社会信用代码 { $uscc } 由新疆维吾尔自治区的登记管理机关颁发：代码第 3 至 8 位 { $division } 是 { $place } 的行政区划代码（GB 32100-2015，GB/T 2260）。无论其名称和地址如何，该公司都是在新疆注册的。{ risk-uflpa }这是地点风险信号，并不是与 UFLPA 实体清单的匹配。
risk-title-listed-address = { $entity } 的清单地址（{ $list }）
risk-detail-listed-address = 供应商地址“{ $written }”是清单为 { $entity }（{ $id }）登记的地址：“{ $listed }”。该供应商可能就是以其他名称出现的该方、与其共用场所或代其行事：请核实该地址上的供应商是谁。这是地址信号，并不是供应商名称的匹配。
risk-why-names = 产品描述“{ $product }”提到了{ $phrase }
risk-why-filed = 产品描述“{ $product }”提到“{ $word }”，按贸易惯例归入{ $good }
risk-why-shares = 产品描述“{ $product }”与该商品共有“{ $word }”
risk-why-falls = 产品描述“{ $product }”提到“{ $word }”，属于{ $family }
risk-title-sector = UFLPA 高优先级执法行业：{ $wording }（{ $named }），{ $how }
risk-sector-by-word = 关键词“{ $keyword }”
risk-sector-by-hs = HS { $code }
risk-sector-by-both = HS { $code } 及关键词“{ $keyword }”
risk-detail-sector = 强迫劳动执法工作组（Forced Labor Enforcement Task Force，由美国国土安全部主持）在 { $named }（{ $url }）中将“{ $wording }”列为执行《维吾尔强迫劳动预防法》的高优先级行业。匹配原因：{ $why }，且该供应商位于中国。{ $scope ->
    [downstream] 该产品属于该行业的下游产品（以其材料制成）：国土安全部将下游产品包括在内；具体是哪些产品，是 supplyscreen 的对应归类。
    [related] 该产品与该行业相关（副产品或原料），这是 supplyscreen 的补充，而非国土安全部的认定：信号较弱。
   *[named] 该产品属于国土安全部在该行业中点名的产品。
}美国海关与边境保护局对这些行业的货物审查最严：请准备好证明材料的来源，一直追溯到原材料。{ risk-not-a-match }
risk-why-sector-word = 产品描述“{ $product }”包含“{ $keyword }”
risk-why-sector-hs = HS 编码 { $code } 属于 HS { $prefix }
risk-why-sector-both = HS 编码 { $code } 属于 HS { $prefix }，且产品描述“{ $product }”包含“{ $keyword }”

## Registration numbers (the row check of an identifier column)
id-invalid = 登记号码 { $value } 不是有效的{ $scheme }：{ $problem }
id-problem-check = 其校验码应为 { $expected }：有字符录入错误
id-problem-orgcode = 其中的组织机构代码（第 9 至 17 位）未通过校验：有字符录入错误
id-problem-character = 其中含有该编码从不使用的字符“{ $found }”
id-problem-length = 共 { $found } 位，应为 { $expected } 位
id-scheme-uscc = 统一社会信用代码
id-scheme-inn = 俄罗斯纳税人识别号（INN）
id-scheme-ogrn = 俄罗斯国家注册号（OGRN）
id-scheme-lei = 法人识别编码（LEI）
id-scheme-other = 登记号码
