# supplyscreen — English interface texts (the reference catalogue).
# Every other catalogue must have exactly these ids and arguments: `cargo test -p supplyscreen-app i18n`.
# Arguments that are counts ($count, $total, …) are numbers and select plural forms; scores and
# timings arrive pre-formatted as text. Not translated: the results and decisions CSV files.

## Page frame
page-title = supplyscreen — private supplier screening
skip-link = Skip to the screening tool
language-label = Language
tagline = Screen your supplier list against U.S. forced-labour and human-rights restriction lists — entirely in your browser: your supplier file never leaves this device.
provided-by = Provided by { $org }
main-label = Screening
footer-source = Source code
footer-free = free and open source · not legal advice
fatal-error = supplyscreen hit an internal error and stopped. Your file was not uploaded anywhere. Reload the page to start again; if it happens again, please report the message below.

## Privacy
privacy-heading = How your data is handled
privacy-local = Your supplier file is read and screened by this page, on your device. Nothing you load, paste, review or export is uploaded: the only files this page downloads are the app itself and the public restriction lists, both from this site, before you choose a file.
privacy-check = To check it yourself: open your browser's developer tools, Network tab, then choose and screen a file. The only requests are for this page's own file reader, once, when you first point at the file area, and they carry nothing of yours. Or disconnect from the internet once you have chosen a file: screening, review and export keep working.
privacy-decisions = Review decisions stay in this page unless you download them, or tick "{ $remember }", which keeps them in this browser's local storage until you clear them.

## Lists loaded
lists-heading = Lists loaded
lists-line = { $count ->
    [one] 1 list
   *[other] { $count } lists
}, newest { $newest }
lists-line-old = , { $count } older than a year
lists-line-unticked = , { $count } not screened
lists-loading = Loading the restriction lists…
lists-summary = { $entities } listed parties and { $goods } goods-risk rows, checked and indexed on this device.
lists-timing = List bundle { $size } MB: fetched in { $fetch } ms, verified and decoded in { $decode } ms, indexed in { $index } ms.
lists-restricted = This site screens against the lists below only.
col-screen = Screen
col-list = List
col-agency = Agency
col-as-of = Published
col-fetched = Fetched
col-records = Records
screen-against = Screen against { $list }
list-old = older than a year
list-old-title = This snapshot is more than a year old: check the official source for changes.

## Input
input-heading = Your suppliers
supplier-file = Supplier file
file-help = CSV, TSV, Excel (.xlsx, .xls) or OpenDocument (.ods), up to { $max } MB — or drop the file here. It is read on this device only.
paste-label = Paste supplier names
paste-placeholder = One name per line, or cells copied from a spreadsheet
paste-use = Use pasted names
reading = Reading…
screen-button = Screen suppliers
hint-waiting-lists = Waiting for the lists to load…
hint-choose-file = Choose a file or paste names first.
hint-choose-name = Choose the name column first.
hint-choose-list = Tick at least one list under "Lists loaded".
progress-label = Screening progress
progress-text = Screened { $done } of { $total } suppliers
cancel = Cancel
run-cancelled = Cancelled after { $done } of { $total } suppliers.
run-screened-ms = Screened { $total } { $total ->
    [one] supplier
   *[other] suppliers
} in { $ms } ms.
run-screened-s = Screened { $total } { $total ->
    [one] supplier
   *[other] suppliers
} in { $s } s.
error-file-unreadable = The browser could not read { $file }: { $reason }. Check that the file is not open and locked by another program, then try again.
error-reader-unavailable = The file reader could not be loaded ({ $reason }). It comes from this site the first time you bring a file; if you are offline, connect and try again. Your file has not left this browser.
error-reader-crashed = The file reader stopped while reading ({ $reason }). Reload the page and try again; if it happens again with the same file, please report it. Your file has not left this browser.
error-paste-empty = Paste at least one supplier name first (one per line).
preview-summary = { $description }, { $rows } rows, { $columns } columns
file-warnings-label = Warnings about the file
preview-label = Preview of the first rows
column-name = Name column
column-country = Country column
column-address = Address column
column-product = Product column
column-id = Registration number column
column-hs = HS code column
required-suffix = (required)
option-choose = — choose —
option-none = — none —

## Results
results-heading = Results
summary-label = Summary
summary-matches = { $count ->
    [one] possible match
   *[other] possible matches
}
summary-risks = { $count ->
    [one] product risk
   *[other] product risks
}
summary-clear = clear
summary-screened = { $count ->
    [one] supplier screened
   *[other] suppliers screened
}
summary-new = { $count ->
    [one] row with a hit new since your last review
   *[other] rows with a hit new since your last review
}
summary-bad-ids = { $count ->
    [one] invalid registration number
   *[other] invalid registration numbers
}
threshold-label = Match threshold
threshold-help = Hits scoring at or above the threshold count as possible matches. Moving it does not re-screen.
histogram-label = Histogram of { $total } best hit scores from { $floor } to 1.00; the threshold is at { $threshold }
filter-show = Show
filter-all-statuses = All statuses
filter-list = List
filter-all-lists = All lists
filter-new = Only hits new since the last review
results-table-label = Screening results
col-row = Row
col-supplier = Supplier
col-country = Country
col-status = Status
col-best-score = Best score
col-lists = Lists
col-matched-entity = Matched entity
status-possible-match = Possible match
status-product-risk = Product risk
status-clear = Clear
new-tag = New
new-hint = No decision on this hit when your decisions were loaded: new since your last review.
lists-changed = Lists updated since your decisions were made: { $lists }. Hits on them may be new or changed: review them.
id-tag = Check the registration number
details-for-row = Details for row { $row }: { $name }
no-name = (no name)
no-rows = No rows match these filters.
pager-label = Result pages
pager-first = First
pager-previous = Previous
pager-next = Next
pager-last = Last
pager-status = Page { $page } of { $pages } ({ $rows } rows)
download-results = Download results (CSV)
print-report = Print report
download-decisions = Download decisions
load-decisions = Load decisions file
remember-decisions = Remember my review decisions in this browser
clear-decisions = Clear decisions
error-save-refused = Your browser refused to save { $file }.
error-read = Could not read { $file }: { $reason }
error-remember = Could not remember decisions in this browser: { $reason }
storage-unavailable = this browser does not allow local storage
storage-refused = the browser refused to save (storage full or disabled)
this-browser = this browser

## Detail
detail-heading = Row { $row }: { $name }
close-details = Close details
preparing-explanation = Preparing the explanation…
no-hit-above = No hit at or above the threshold ({ $threshold }).
weaker-candidates = { $count ->
    [one] { $count } weaker candidate is below it.
   *[other] { $count } weaker candidates are below it.
}
risk-heading = Product and place risk signals
risk-help = Risk signals, not list matches: they point at goods or places that need due diligence.
field-country = Country: { $value }
field-address = Address: { $value }
field-product = Product: { $value }
field-id = Registration number: { $value }
field-hs = HS code: { $value }
no-supplier-details = No country, address or product given.
hit-label = Hit: { $entity } on { $list }
score-title = Match score from 0 to 1
score = score { $score }
matched-alias = Matched the alias
alias-source = Chinese name from
alias-source-cited = Chinese name from { $source }
alias-source-list = Chinese name given by the list itself
id-match = Registration number matches:
id-only = The names differ: this hit comes from the registration number alone.
matched-name = Matched the listed name
words-alone = words alone score { $score }.
alignment-label = Word-by-word alignment
col-your-supplier = Your supplier
col-listed-name = Listed name
col-how-match = How they match
col-weight = Weight
align-exact = exact
align-fuzzy = fuzzy (spelling)
align-abbreviation = abbreviation
align-legal-form = legal form
align-joined-split = joined / split
align-transliteration = transliteration
align-number = number
align-initialism = initialism (acronym)
align-translation = translation (Chinese word)
align-reading = reading (pinyin)
align-unmatched = unmatched
factors-label = What raised or lowered the score
factor-country-agrees = Country agrees ({ $country }): { $delta }
factor-country-differs = Country differs (supplier: { $supplier }; listed: { $listed }): { $delta }
factor-word-order = Words in another order: { $delta }
factor-person-name = Listed party is a person, so a full-name match is required: { $delta }
factor-craft = Listed party is a vessel or aircraft, not a company, so a full-name match is required: { $delta }
factor-weak-alias = Matched a weak alias (short form or nickname): { $delta }
factor-short-name = Only short or generic words match: { $delta }
factor-typo-only = The only distinctive word that matches is misspelt — it may be another company's name: { $delta }
fact-list = List
fact-program = Program / basis
fact-citation = Citation
fact-effective-date = Effective date
fact-licence = Licence requirement
fact-merchandise = Merchandise
fact-status = Status
fact-country = Country
fact-address = Address
fact-aliases = Also listed as
fact-identifiers = Registration numbers
fact-scope = Scope
fact-subsidiaries = Extends to subsidiaries
fact-subsidiaries-help = the listing covers subsidiaries and affiliates too, so unlisted names may be covered.
fact-note = Note
fact-primary-missing = Known from the list's alias file only: its main record is missing from this snapshot.
fact-remarks = Remarks
meaning-heading = What this means for you
official-source = Official source
your-review = Your review
decision-confirmed = Confirmed match
decision-false-positive = False positive
decision-needs-review = Needs review
note-label = Note
decided-at = Decided { $when }.

## What a listing means (summaries, not legal advice)
not-legal-advice = A summary to orient you, not legal advice: check the official source and seek advice before acting.
meaning-dhs_uflpa = Goods mined, produced or manufactured wholly or in part by this entity are presumed to be made with forced labour and are barred from import into the United States, unless the importer rebuts the presumption with clear and convincing evidence (Uyghur Forced Labor Prevention Act).
meaning-cbp_wro = U.S. Customs and Border Protection detains shipments of the named merchandise from this source at the border (19 U.S.C. 1307). The importer must show the goods were not made with forced labour; under a Finding, CBP may seize them.
meaning-bis_entity = A licence from the U.S. Commerce Department is required to export, re-export or transfer items subject to the Export Administration Regulations to this party. It restricts selling (exporting) to the party, not buying from it — but it is a serious red flag for your due diligence.
meaning-bis_meu = A licence is required to export certain items to this military end user (15 CFR 744.21). It restricts exports to the party, not purchases from it.
meaning-bis_dpl = This party's U.S. export privileges are denied: no one may take part in an export transaction subject to the Export Administration Regulations with it.
meaning-bis_uvl = BIS could not verify this party's bona fides. Exports to it need an Unverified List statement and licence exceptions are unavailable; treat it as a red flag.
meaning-state_isn = The U.S. State Department has imposed nonproliferation sanctions on this party; depending on the measure, U.S. government procurement, assistance or export licences are barred.
meaning-state_dtc = This party is debarred from taking part, directly or indirectly, in exports of defence articles and services (ITAR).
meaning-ofac_sdn = All property of this party in U.S. jurisdiction is blocked and U.S. persons may not deal with it, directly or indirectly. Entities owned 50% or more by blocked parties are blocked too.
meaning-ofac_cmic = U.S. persons may not buy or sell publicly traded securities of this company (Chinese Military-Industrial Complex list), or face the narrower restrictions of the program shown. Trade in goods is not itself prohibited by this listing.
meaning-dol_ilab = The U.S. Department of Labor has reason to believe this good is produced with child labour or forced labour in this country. It is a risk signal for due diligence, not a legal prohibition on its own.

## Report
print = Print
close-report = Close report
report-heading = Supplier screening report
report-file-sha = File SHA-256
report-pasted = (pasted text, no file)
report-rows = Rows screened
report-engine = Engine version
report-bundle-sha = List bundle SHA-256
report-screened-on = Screened on
report-summary = Summary
report-summary-text = { $matches } possible matches, { $risks } product risks, { $clear } clear
report-new = New since the last review
report-new-text = { $count ->
    [one] 1 hit without an earlier decision, listed first
   *[other] { $count } hits without an earlier decision, listed first
}
report-lists-heading = Lists and their as-of dates
report-list-line = { $name } ({ $code }) — { $agency }, published { $as_of } ({ $as_of_from }), fetched { $fetched }, { $records } records
report-list-file = { $file }: SHA-256 { $sha }
report-hits-heading = Hits and risk signals
report-no-hits = No supplier scored at or above the threshold, and no risk signal was raised.
report-hits-label = Report hits
col-listed-entity = Listed entity
col-matched-name = Matched name
col-score = Score
col-decision = Decision
not-reviewed = Not reviewed
report-risk-signal = Risk signal: { $title } — { $detail }
report-footer = Screened entirely in the browser; the supplier file was not uploaded. Matches are candidates for review, not determinations; summaries of each list are not legal advice.

## Announcements (read out by screen readers)
announce-language = Language changed to English.
announce-loaded = Restriction lists loaded: { $lists } lists, { $entities } listed parties.
announce-reading = Reading the supplier file…
announce-parsed = Read { $rows } rows and { $columns } columns from { $file }.
announce-screening = Screening { $total } suppliers…
announce-finished = Screening finished: { $total } suppliers, { $matches } possible matches.
announce-cancelled = Screening cancelled after { $done } of { $total } suppliers.
announce-decided = Marked { $entity } as { $decision }.
announce-decisions-loaded = Loaded { $count } review decisions from { $file }.
announce-decisions-cleared = All review decisions cleared.
announce-decisions-saved = Saved { $count } decisions to { $file }.
announce-saved = Saved { $file }.
announce-not-ready = The lists are still loading; try again in a moment.

## File reading, list loading and risk signals (facts from the engine, worded here; the English must
## say exactly what the engine's own English says: `cargo test -p supplyscreen-app messages`)
pasted-names = Pasted names
source-xlsx = Excel workbook, sheet '{ $sheet }'
source-xls = Excel 97-2003 workbook (.xls), sheet '{ $sheet }'
source-ods = OpenDocument spreadsheet (.ods), sheet '{ $sheet }'
source-tab = Text, tab-separated, { $encoding }
source-csv = CSV, '{ $delimiter }'-separated, { $encoding }
source-lines = Text, one name per line, { $encoding }
origin-line = { $count ->
    [one] line
   *[other] lines
}
origin-row = { $count ->
    [one] row
   *[other] rows
}
at-place = { $word } { $n }
at-sheet = { $place } of sheet "{ $sheet }"
rows-ref = { $count ->
    [one] data row
   *[other] data rows
} { $rows }{ $more ->
    [0] {""}
   *[other] {" "}and { $moren } more
} ({ $word } { $origins })
input-empty = { $file }: the file is empty. Export the supplier list again, or paste the supplier names instead.
input-empty-workbook = { $file }: every sheet of the workbook is empty. Put the supplier list on the first sheet, one supplier per row, and save again.
input-header-only = { $file }: the file has a header row ({ $columns }) but no data rows. Add one supplier per row under the header.
input-not-spreadsheet = { $file }: this is not a spreadsheet or CSV file: it looks like { $detected }. Export the supplier list from your ERP as .xlsx or .csv.
input-unsupported = { $file }: { $format } files are not supported: open it in Excel or LibreOffice and save as .xlsx or .csv.
input-password = { $file }: the workbook is password-protected: save an unprotected copy (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password) and try again.
input-corrupt = { $file }: the Excel file is damaged or incomplete ({ $problem }). If it was downloaded or e-mailed, get it again; otherwise open it in Excel and save it again, or export as .csv.
input-too-big = { $file }: the file is { $size } MB, over the { $max } MB limit. Keep only the supplier columns (name, country, address, product) or split the list into several files.
input-too-many-rows = { $file }: more than { $max } data rows (the limit was passed at { $at }). Split the list into several files.
file-kind-pdf = a PDF document
file-kind-png = a PNG image
file-kind-jpeg = a JPEG image
file-kind-gif = a GIF image
file-kind-tiff = a TIFF image
file-kind-gzip = a gzip-compressed file (unpack it first)
file-kind-7z = a 7-Zip archive (unpack it first)
file-kind-rar = a RAR archive (unpack it first)
file-kind-executable = a program (ELF executable)
file-kind-sqlite = an SQLite database
file-kind-rtf = an RTF document
file-kind-word = a Word document
file-kind-ole = an old Microsoft Office (OLE) document
file-kind-odf-text = an OpenDocument text or presentation file
file-kind-docx = a Word document (.docx)
file-kind-pptx = a PowerPoint presentation (.pptx)
file-kind-binary = binary data (it contains NUL bytes or control codes that text never has)
sheet-format-xlsb = Excel binary workbook (.xlsb)
sheet-format-xml2003 = XML Spreadsheet 2003 (.xml/.xls)
sheet-format-html = Web page (HTML) tables saved with a spreadsheet name
xlsx-no-sheet = no sheet could be read: { $sheets }
xlsx-bad-zip = the zip container cannot be read: { $reason }
xlsx-missing-part = it is a zip archive but not an Excel workbook: it has no { $part }
warn-record-skipped = line { $line }: skipped a record the CSV reader rejected ({ $reason }).
warn-unclosed-quote = { $count ->
    [one] 1 cell spans
   *[other] { $n } cells span
} more than 20 lines: a quote (") opened at the start of a field was probably never closed, so the following lines were read into one cell. Check the quotes in the file.
warn-windows-1252 = The file is not UTF-8; it was read as Windows-1252 (Western European). If accented letters look wrong, save it as "CSV UTF-8" and try again.
warn-paste-cut = Only the first { $max } pasted lines were read.
warn-nothing-pasted = Nothing to screen: paste one supplier name per line, or cells copied from a spreadsheet.
warn-paste-header-only = Only a header line was pasted ({ $columns }): paste the supplier rows too.
warn-title-lines = Skipped { $count } title { $count ->
    [one] line
   *[other] lines
} above the header ({ $word } { $range }): { $titles }.
warn-no-header = No header row recognised: the first { $word } is read as data and the columns are named "Column 1" to "Column { $width }".
warn-short-rows = { $count ->
    [one] 1 row has
   *[other] { $n } rows have
} fewer cells than the header's { $width } columns; the missing cells were left empty: { $rows }.
warn-long-rows = { $count ->
    [one] 1 row has
   *[other] { $n } rows have
} more cells than the header's { $width } columns; the extra cells were kept in columns "Column { $next }" onwards: { $rows }. A delimiter inside an unquoted name often causes this.
warn-cells-cut = { $count ->
    [one] 1 cell
   *[other] { $n } cells
} longer than { $max } characters { $count ->
    [one] was
   *[other] were
} cut to that length: { $rows }.
warn-no-name-column = No column looks like supplier names: choose the name column before screening.
warn-empty-names = { $count ->
    [one] 1 row has no supplier name in column "{ $column }"; kept in the table but it cannot be screened: { $rows }.
   *[other] { $n } rows have no supplier name in column "{ $column }"; kept in the table but they cannot be screened: { $rows }.
}
warn-no-letter-names = { $count ->
    [one] 1 row has a name with no letters or digits in column "{ $column }"; kept but it cannot be screened: { $rows }.
   *[other] { $n } rows have a name with no letters or digits in column "{ $column }"; kept but they cannot be screened: { $rows }.
}
warn-legal-form-names = { $count ->
    [one] 1 row has a name that is only a legal form (like "Co., Ltd.") in column "{ $column }"; kept but it cannot be screened meaningfully: { $rows }.
   *[other] { $n } rows have a name that is only a legal form (like "Co., Ltd.") in column "{ $column }"; kept but they cannot be screened meaningfully: { $rows }.
}
warn-sheet-offset = The data on sheet "{ $sheet }" starts in column { $column }; the empty columns before it were ignored.
warn-other-sheets = The workbook has other sheets ({ $others }); only sheet "{ $sheet }" was read. Move the supplier list to the first sheet if that is the wrong one.
bundle-too-short = the list bundle is only { $len } bytes long, shorter than its header: the file is truncated; download it again or rebuild it with `supplyscreen build-lists`
bundle-bad-magic = this file is not a supplyscreen list bundle (it does not start with SSBUNDLE); build one with `supplyscreen build-lists`
bundle-version = the list bundle has format version { $found }, but this version of supplyscreen reads version { $expected }; rebuild the bundle with the matching `supplyscreen build-lists`
bundle-checksum = the list bundle's checksum does not match its content: the file is damaged or truncated; download it again or rebuild it with `supplyscreen build-lists`
bundle-decode = the list bundle passed its checksum but could not be decoded ({ $reason }); it was probably written by an incompatible build: rebuild it with `supplyscreen build-lists`
load-network = Could not load the restriction lists from { $url }: { $reason }. Reload the page; if it keeps failing, the site is missing its list bundle.
load-http = Could not load the restriction lists from { $url }: the server answered HTTP { $status }. The site is missing its list bundle (run `make bundle`).
load-bundle = Could not read the restriction lists: { $reason }.
decisions-error = { $file }, line { $line }: { $problem }
decisions-empty = the file is empty; a decisions file starts with the header { $header }
decisions-not-csv = not valid CSV: { $reason }
decisions-missing-column = the header has no "{ $column }" column; expected { $header } (found { $found })
decisions-few-columns = expected { $expected } columns as in the header, found { $found }
decisions-empty-supplier = supplier_name is empty
decisions-empty-entity = entity_id is empty
decisions-unknown-list = unknown list "{ $cell }"; expected one of { $lists }
decisions-unknown-decision = unknown decision "{ $cell }"; expected { $labels }
risk-field-address = address
risk-field-name = supplier name
risk-field-country = country column
risk-field-product = product description
risk-not-a-match = This is a product-and-country risk signal, not a match of the supplier against a listed party.
risk-uflpa = Under the Uyghur Forced Labor Prevention Act (UFLPA), goods mined, produced or manufactured wholly or in part in Xinjiang are presumed to be made with forced labour and may not be imported into the United States unless CBP grants an exception on clear and convincing evidence.
risk-title-good = { $kind ->
    [child] Child labour
    [forced-child] Forced child labour
    [derived] Input-derived labour
   *[forced] Forced labour
} risk: { $good } from { $country } (DOL ILAB List of Goods)
risk-title-wro = CBP { $order } on { $merchandise } from { $country }: { $name }
risk-title-vessels = CBP WROs on { $merchandise } from { $count } named fishing vessels
risk-title-xinjiang = Xinjiang location in the { $field }: { $places }
risk-detail-good = The DOL ILAB List of Goods Produced by Child Labor or Forced Labor names { $good } from { $country } as { $kind ->
    [child] produced with child labour
    [forced-child] produced with forced child labour
    [derived] made with an input that is produced with child or forced labour
    [derived-in] made with an input that is produced with child or forced labour in { $input }
   *[forced] produced with forced labour
}. Matched because { $why }. { risk-not-a-match }
risk-wro-since = , effective { $date }
risk-scope-region = The order covers this merchandise from the whole region or country named, whoever the producer: goods of this kind from { $country } are detained at the US border unless the importer proves they were not made with forced labour.
risk-scope-producer = The order names one producer: it matters if your supplier is, owns, or sources from that producer.
risk-detail-wro = U.S. Customs and Border Protection { $order } (19 U.S.C. 1307) "{ $name }", { $country }, merchandise "{ $merchandise }", status { $status }{ $since }. { $scope } Matched because { $why }. { risk-not-a-match }
risk-detail-vessels = U.S. Customs and Border Protection has Withhold Release Orders in force on { $merchandise } caught by named fishing vessels, wherever it is landed or processed: { $names }. Check that your supplier's catch does not come from these vessels. Matched because { $why }. { risk-not-a-match }
risk-detail-xinjiang = The { $field } names { $places } in the Xinjiang Uyghur Autonomous Region (written "{ $written }"). { risk-uflpa } This is a place risk signal, not a match against the UFLPA Entity List.
risk-title-registered = Registered in Xinjiang (division { $division }, { $place })
risk-detail-registered = The supplier's Unified Social Credit Code { $uscc } was issued by a registration authority in the Xinjiang Uyghur Autonomous Region: characters 3-8 of the code, { $division }, are the administrative division of { $place } (GB 32100-2015, GB/T 2260). The company is registered in Xinjiang whatever its name and address say. { risk-uflpa } This is a place risk signal, not a match against the UFLPA Entity List.
risk-title-listed-address = Address listed for { $entity } ({ $list })
risk-detail-listed-address = The supplier's address "{ $written }" is an address the list gives for { $entity } ({ $id }): "{ $listed }". The supplier may be that party under another name, share its premises, or act for it: check who the supplier is at that address. This is an address signal, not a match of the supplier's name.
risk-why-names = the product text "{ $product }" names { $phrase }
risk-why-filed = the product text "{ $product }" mentions "{ $word }", which trade usage files under { $good }
risk-why-shares = the product text "{ $product }" and the merchandise share "{ $word }"
risk-why-falls = the product text "{ $product }" mentions "{ $word }", which falls under { $family }
risk-title-sector = UFLPA high-priority sector: { $wording } ({ $named }), { $how }
risk-sector-by-word = word "{ $keyword }"
risk-sector-by-hs = HS { $code }
risk-sector-by-both = HS { $code } and word "{ $keyword }"
risk-detail-sector = The Forced Labor Enforcement Task Force (chaired by DHS) names "{ $wording }" a high-priority sector for enforcement of the Uyghur Forced Labor Prevention Act in the { $named } ({ $url }). Matched because { $why }, and the supplier is in China. { $scope ->
    [downstream] The product is downstream of the sector (made from its material): DHS counts downstream products in; which products they are is supplyscreen's mapping.
    [related] The product is related to the sector (a by-product or an input), supplyscreen's addition, not DHS's: a weaker signal.
   *[named] The product is one DHS names in the sector.
} CBP looks hardest at goods from these sectors: expect to show where the material comes from, down to the raw material. { risk-not-a-match }
risk-why-sector-word = the product text "{ $product }" contains "{ $keyword }"
risk-why-sector-hs = the HS code { $code } falls under HS { $prefix }
risk-why-sector-both = the HS code { $code } falls under HS { $prefix } and the product text "{ $product }" contains "{ $keyword }"

## Registration numbers (the row check of an identifier column)
id-invalid = the registration number { $value } is not a valid { $scheme }: { $problem }
id-problem-check = its check character should be { $expected }: a character is mistyped
id-problem-orgcode = the organisation code inside it (characters 9-17) fails its check: a character is mistyped
id-problem-character = it contains '{ $found }', which the scheme never uses
id-problem-length = it has { $found } characters instead of { $expected }
id-scheme-uscc = USCC
id-scheme-inn = INN
id-scheme-ogrn = OGRN
id-scheme-lei = LEI
id-scheme-other = registration number
