//! Which column holds the supplier name, the country, the address and the product.
//!
//! Header names are tried first because they are the user's own words; ERP exports use a small
//! vocabulary in a handful of languages. When the header says nothing (no header, or "Field1"), the
//! content decides: a column of ISO codes or country names is the country, and the column whose cells
//! look most like company names (letters, legal forms, mostly distinct, not numbers or e-mails) is the
//! name.

use super::Table;
use supplyscreen_vocab::country::is_country;
use supplyscreen_vocab::ids;
use supplyscreen_vocab::legal;

/// Indices into [`Table::columns`] of the columns the screen uses; `None` when not found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ColumnMapping {
    pub name: Option<usize>,
    pub country: Option<usize>,
    pub address: Option<usize>,
    pub product: Option<usize>,
    /// A registration or tax number (USCC, INN, VAT, ...).
    #[serde(default)]
    pub id: Option<usize>,
    /// An HS (tariff) code.
    #[serde(default)]
    pub hs: Option<usize>,
}

/// What a header cell says its column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Name,
    Country,
    Address,
    Product,
    /// A registration or tax number.
    Identifier,
    /// An HS / tariff code.
    HsCode,
    /// A recognised header word that is none of the above (ID, VAT number, e-mail, city...): proof of
    /// a header row, and a veto against treating the column as a name.
    Other,
}

/// Header phrases, compared after [`normalize_header`]. Longer, more specific phrases score higher.
const NAME_WORDS: &[&str] = &[
    "supplier name",
    "vendor name",
    "company name",
    "business name",
    "legal name",
    "supplier legal name",
    "name of supplier",
    "name of company",
    "manufacturer name",
    "factory name",
    "entity name",
    "counterparty name",
    "partner name",
    "organisation name",
    "organization name",
    "firm name",
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "company",
    "name",
    "name 1",
    "name1",
    "firma",
    "firmenname",
    "lieferant",
    "lieferantenname",
    "kreditor",
    "kreditorname",
    "unternehmen",
    "proveedor",
    "nombre",
    "nombre del proveedor",
    "razon social",
    "empresa",
    "fournisseur",
    "nom",
    "nom du fournisseur",
    "raison sociale",
    "societe",
    "fornitore",
    "ragione sociale",
    "fornecedor",
    "nome",
    "nome do fornecedor",
    "leverancier",
    "bedrijf",
    "bedrijfsnaam",
    "manufacturer",
    "factory",
    "entity",
    "counterparty",
    "business partner",
    "partner",
    "organisation",
    "organization",
    "供应商",
    "供应商名称",
    "公司名称",
    "公司",
    "名称",
    "企业名称",
    "厂商",
    "厂商名称",
    "工厂",
    "供應商",
    "公司名稱",
    "取引先",
    "取引先名",
    "会社名",
    "仕入先",
    "サプライヤー",
    "공급업체",
    "업체명",
    "회사명",
    "поставщик",
    "наименование",
    "компания",
];
const COUNTRY_WORDS: &[&str] = &[
    "country",
    "country code",
    "country name",
    "supplier country",
    "vendor country",
    "country of origin",
    "origin country",
    "country/region",
    "country region",
    "ctry",
    "cntry",
    "iso country",
    "iso code",
    "pais",
    "pais de origen",
    "codigo de pais",
    "pays",
    "pays d origine",
    "code pays",
    "land",
    "landcode",
    "landerkennzeichen",
    "herkunftsland",
    "land code",
    "paese",
    "nazione",
    "país",
    "nation",
    "origin",
    "国家",
    "国家/地区",
    "国家地区",
    "国别",
    "国家代码",
    "產地",
    "产地",
    "国",
    "国名",
    "국가",
    "страна",
];
const ADDRESS_WORDS: &[&str] = &[
    "address",
    "supplier address",
    "vendor address",
    "street address",
    "full address",
    "address 1",
    "address line 1",
    "address1",
    "street",
    "adresse",
    "anschrift",
    "strasse",
    "direccion",
    "domicilio",
    "calle",
    "rue",
    "indirizzo",
    "endereco",
    "adres",
    "地址",
    "公司地址",
    "住所",
    "주소",
    "адрес",
];
const PRODUCT_WORDS: &[&str] = &[
    "product",
    "products",
    "goods",
    "commodity",
    "commodities",
    "item",
    "items",
    "item description",
    "product description",
    "material",
    "materials",
    "material group",
    "material description",
    "category",
    "product category",
    "merchandise",
    "purchased goods",
    "what they supply",
    "producto",
    "productos",
    "mercancia",
    "material",
    "produit",
    "produits",
    "marchandise",
    "produkt",
    "produkte",
    "ware",
    "waren",
    "warengruppe",
    "artikel",
    "prodotto",
    "produto",
    "产品",
    "产品名称",
    "商品",
    "物料",
    "货物",
    "品目",
    "製品",
    "제품",
    "товар",
    "продукция",
];
/// Headers of a registration or tax number column, in the languages of supplier files
/// (`docs/research/identifiers.md` §5). Internal ERP keys ("Vendor No.", "Supplier Code") are not
/// among them: they identify the supplier in one company's books only.
const ID_WORDS: &[&str] = &[
    "uscc",
    "unified social credit code",
    "social credit code",
    "credit code",
    "unified code",
    "organization code",
    "organisation code",
    "business license no",
    "business licence no",
    "business license number",
    "business licence number",
    "business registration no",
    "business registration number",
    "br no",
    "registration no",
    "registration number",
    "reg no",
    "company registration number",
    "company registration no",
    "company reg no",
    "company number",
    "company no",
    "crn",
    "commercial register no",
    "commercial register number",
    "trade register no",
    "incorporation no",
    "tax id",
    "tax id no",
    "tax number",
    "tax no",
    "tax code",
    "taxpayer id",
    "taxpayer identification number",
    "tin",
    "tax registration no",
    "tax registration number",
    "tax reg no",
    "fiscal code",
    "fiscal number",
    "vat",
    "vat no",
    "vat number",
    "vat reg no",
    "vat registration number",
    "vat registration no",
    "vat id",
    "vatin",
    "gst no",
    "gstin",
    "ein",
    "fein",
    "federal tax id",
    "employer identification number",
    "lei",
    "legal entity identifier",
    "inn",
    "ogrn",
    "okpo",
    "tax number 1",
    "统一社会信用代码",
    "社会信用代码",
    "信用代码",
    "统一代码",
    "营业执照号",
    "营业执照注册号",
    "执照号码",
    "组织机构代码",
    "机构代码",
    "注册号",
    "工商注册号",
    "企业注册号",
    "税号",
    "纳税人识别号",
    "税务登记号",
    "纳税识别号",
    "增值税号",
    "統一社會信用代碼",
    "社會信用代碼",
    "信用代碼",
    "營業執照號",
    "組織機構代碼",
    "註冊號",
    "稅號",
    "納稅人識別號",
    "統一編號",
    "商業登記號碼",
    "numero de identificacion fiscal",
    "nif",
    "cif",
    "identificacion fiscal",
    "numero de registro",
    "registro mercantil",
    "numero de iva",
    "rfc",
    "ruc",
    "rut",
    "cuit",
    "nit",
    "numero tva",
    "n tva",
    "no tva",
    "tva intracommunautaire",
    "numero de tva intracommunautaire",
    "siren",
    "siret",
    "rcs",
    "numero d immatriculation",
    "n d immatriculation",
    "identifiant fiscal",
    "numero fiscal",
    "numero d entreprise",
    "ust idnr",
    "ust id",
    "umsatzsteuer identifikationsnummer",
    "steuernummer",
    "handelsregisternummer",
    "registernummer",
    "cnpj",
    "nipc",
    "numero de contribuinte",
    "инн",
    "огрн",
    "кпп",
    "окпо",
    "регистрационный номер",
    "налоговый номер",
];

/// Headers of an HS (tariff) code column.
const HS_WORDS: &[&str] = &[
    "hs",
    "h s code",
    "hsn",
    "hsn code",
    "harmonized code",
    "harmonized system code",
    "harmonised code",
    "tariff code",
    "tariff no",
    "tariff number",
    "customs tariff",
    "customs code",
    "commodity code",
    "hts",
    "hts code",
    "htsus",
    "hts number",
    "schedule b",
    "cn code",
    "taric",
    "海关编码",
    "海关商品编码",
    "商品编码",
    "hs编码",
    "hs编号",
    "hs代码",
    "税则号",
    "海關編碼",
    "商品編碼",
    "codigo sa",
    "codigo hs",
    "codigo arancelario",
    "partida arancelaria",
    "fraccion arancelaria",
    "posicion arancelaria",
    "ncm",
    "code sh",
    "nomenclature douaniere",
    "code douanier",
    "position tarifaire",
    "code nc",
    "zolltarifnummer",
    "warentarifnummer",
    "warennummer",
    "тн вэд",
    "код тн вэд",
];

/// Header words that prove a header row but must never be taken for the name column.
const OTHER_WORDS: &[&str] = &[
    "id",
    "no",
    "nr",
    "number",
    "code",
    "vendor id",
    "supplier id",
    "vendor number",
    "supplier number",
    "vendor no",
    "supplier no",
    "vendor code",
    "supplier code",
    "account",
    "city",
    "town",
    "ort",
    "stadt",
    "ciudad",
    "ville",
    "citta",
    "城市",
    "state",
    "province",
    "region",
    "zip",
    "postcode",
    "postal code",
    "plz",
    "duns",
    "email",
    "e-mail",
    "phone",
    "telephone",
    "tel",
    "fax",
    "contact",
    "contact person",
    "contact name",
    "website",
    "url",
    "currency",
    "amount",
    "spend",
    "total",
    "date",
    "status",
    "notes",
    "comment",
    "comments",
    "remarks",
    "type",
    "hs code",
    "#",
    "s/n",
    "sn",
    "序号",
    "编号",
];
/// Words inside a longer header that veto the name role ("Supplier ID", "Contact Name").
const NOT_NAME_TOKENS: &[&str] = &[
    "id", "no", "nr", "number", "num", "code", "#", "contact", "person", "email", "mail", "phone",
    "tax", "vat", "first", "last", "buyer", "owner", "user", "created", "account", "city", "group",
    "type",
];

/// Lower-cases, strips Latin accents and punctuation, and collapses spaces: "Razón  Social:" ->
/// "razon social". CJK characters pass through untouched.
pub(crate) fn normalize_header(h: &str) -> String {
    let mut out = String::with_capacity(h.len());
    for c in h.trim().chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() || c == '#' || c == '/' {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ß' => 's',
        _ => c,
    }
}

/// The role a header cell announces, with a strength (3 exact specific phrase, 2 exact generic word,
/// 1 word contained in a longer header).
pub(crate) fn header_role(cell: &str) -> Option<(Role, u8)> {
    let h = normalize_header(cell);
    if h.is_empty() {
        return None;
    }
    let exact = |words: &[&str]| words.iter().any(|w| normalize_header(w) == h);
    let tokens: Vec<&str> = h.split(' ').collect();
    let strength = |words: &[&str]| -> u8 {
        if exact(words) {
            if h.contains(' ') || !h.is_ascii() {
                3
            } else {
                2
            }
        } else if words
            .iter()
            .any(|w| !w.contains(' ') && w.is_ascii() && tokens.contains(w))
            || words.iter().any(|w| !w.is_ascii() && h.contains(w))
        {
            1
        } else {
            0
        }
    };
    // Identifier and tariff-code headers are specific phrases: taken when exact, when one of them
    // stands whole inside a longer header ("Supplier VAT No"), or, for Chinese, contained.
    let phrase_in = |w: &str| {
        let p: Vec<&str> = w.split(' ').collect();
        tokens.windows(p.len()).any(|win| win == p.as_slice())
    };
    for (role, words) in [(Role::HsCode, HS_WORDS), (Role::Identifier, ID_WORDS)] {
        if exact(words) {
            return Some((role, 3));
        }
        if words.iter().any(|w| {
            let w = normalize_header(w);
            if w.is_ascii() {
                phrase_in(&w)
            } else {
                h.contains(&w)
            }
        }) {
            return Some((role, 2));
        }
    }
    // Order matters: "Supplier Country" is a country, "Supplier ID" is not a name.
    for (role, words) in [
        (Role::Country, COUNTRY_WORDS),
        (Role::Address, ADDRESS_WORDS),
        (Role::Product, PRODUCT_WORDS),
    ] {
        let s = strength(words);
        if s >= 2 || (s == 1 && !exact(OTHER_WORDS)) {
            return Some((role, s));
        }
    }
    if exact(OTHER_WORDS) || tokens.iter().any(|t| NOT_NAME_TOKENS.contains(t)) {
        return Some((Role::Other, 2));
    }
    match strength(NAME_WORDS) {
        0 => None,
        s => Some((Role::Name, s)),
    }
}

/// Words that, beside the legal forms of [`supplyscreen_vocab::legal`], show that a cell is a
/// company name ("Acme Trading", "Foo Technologies", "Bar & Sons") and, alone, that a "name" has
/// nothing distinctive to match on.
const COMPANY_WORDS: &[&str] = &[
    "group",
    "holding",
    "holdings",
    "industries",
    "industry",
    "industrial",
    "trading",
    "manufacturing",
    "mfg",
    "factory",
    "enterprises",
    "international",
    "technology",
    "technologies",
    "private",
];

/// The same for Han-script names, beside the Han legal forms.
const HAN_COMPANY_WORDS: &[&str] = &["集团", "厂"];

fn is_company_word(t: &str) -> bool {
    legal::is_form_word(t) || COMPANY_WORDS.contains(&t.trim_end_matches('.'))
}

fn word_tokens(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase())
}

/// True if the text has a legal-form word ("Ltd", "GmbH", "有限公司"): it is probably a company.
pub(crate) fn has_legal_form(s: &str) -> bool {
    word_tokens(s).any(|t| is_company_word(&t))
        || legal::has_han_form(s)
        || HAN_COMPANY_WORDS.iter().any(|f| s.contains(f))
}

/// True if every word is a legal form ("Co., Ltd.", "GmbH"): a name with nothing to match on.
pub(crate) fn is_legal_form_only(s: &str) -> bool {
    if legal::is_han_form(s) || HAN_COMPANY_WORDS.contains(&s.trim()) {
        return true;
    }
    let mut any = false;
    for t in word_tokens(s) {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '/');
        if t.is_empty() {
            continue;
        }
        if t == "&" || legal::is_linking_word(t) {
            // "S.A. de C.V.", "Co. & Co.": joins legal forms, adds nothing to match on.
            any = true;
            continue;
        }
        if !is_company_word(t) {
            return false;
        }
        any = true;
    }
    any
}

/// True if the cell is a number, amount, date or code made of digits and separators.
pub(crate) fn is_numeric_like(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || " .,-/:+%$€£()#".contains(c))
}

fn is_email_or_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    (l.contains('@') && l.contains('.') && !l.contains(' '))
        || l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("www.")
}

/// How much a cell looks like a company name, 0.0 to 1.0.
fn name_likeness(s: &str) -> f64 {
    let s = s.trim();
    let len = s.chars().count();
    if !(2..=300).contains(&len) || is_numeric_like(s) || is_email_or_url(s) || is_country(s) {
        return 0.0;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let digits = s.chars().filter(|c| c.is_ascii_digit()).count();
    if letters == 0 || digits > letters {
        return 0.0;
    }
    let mut score: f64 = 0.5;
    if has_legal_form(s) {
        score += 0.4;
    }
    if s.contains(' ') || !s.is_ascii() {
        score += 0.1;
    }
    if digits > 3 {
        score -= 0.3;
    }
    score.clamp(0.0, 1.0)
}

/// How much a cell looks like a postal address, 0.0 to 1.0.
fn address_likeness(s: &str) -> f64 {
    let s = s.trim();
    let has_digit = s.chars().any(|c| c.is_ascii_digit());
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if !has_digit || letters < 4 || s.chars().count() < 10 || is_email_or_url(s) {
        return 0.0;
    }
    let lower = s.to_lowercase();
    let street = [
        "road", "rd", "street", "st.", "avenue", "ave", "str.", "strasse", "straße", "rue",
        "calle", "via", "district", "zone", "building", "floor", "no.", "路", "号", "区", "街",
    ]
    .iter()
    .any(|w| lower.contains(w));
    0.4 + if s.contains(',') { 0.3 } else { 0.0 } + if street { 0.3 } else { 0.0 }
}

/// Finds the name, country, address and product columns of `table`.
pub fn detect_columns(table: &Table) -> ColumnMapping {
    let mut best: [(Option<usize>, u8); 6] = [(None, 0); 6];
    let mut vetoed = vec![false; table.columns.len()];
    for (i, header) in table.columns.iter().enumerate() {
        let Some((role, strength)) = header_role(header) else {
            continue;
        };
        let slot = match role {
            Role::Name => 0,
            Role::Country => 1,
            Role::Address => 2,
            Role::Product => 3,
            Role::Identifier => 4,
            Role::HsCode => 5,
            Role::Other => {
                vetoed[i] = true;
                continue;
            }
        };
        if strength > best[slot].1 {
            best[slot] = (Some(i), strength);
        }
    }
    let mut mapping = ColumnMapping {
        name: best[0].0,
        country: best[1].0,
        address: best[2].0,
        product: best[3].0,
        id: best[4].0,
        hs: best[5].0,
    };
    let taken = |m: &ColumnMapping, i: usize| {
        [m.name, m.country, m.address, m.product, m.id, m.hs].contains(&Some(i)) || vetoed[i]
    };
    let sample: Vec<&Vec<String>> = table.rows.iter().take(500).collect();
    let column_score = |i: usize, f: &dyn Fn(&str) -> f64| -> f64 {
        let cells: Vec<&str> = sample
            .iter()
            .filter_map(|r| r.get(i))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        if cells.is_empty() {
            return 0.0;
        }
        cells.iter().map(|c| f(c)).sum::<f64>() / cells.len() as f64
    };
    let pick = |m: &ColumnMapping, f: &dyn Fn(&str) -> f64, threshold: f64| -> Option<usize> {
        (0..table.columns.len())
            .filter(|i| !taken(m, *i))
            .map(|i| (i, column_score(i, f)))
            .filter(|(_, s)| *s >= threshold)
            .fold(None, |acc: Option<(usize, f64)>, (i, s)| match acc {
                Some((_, best)) if best >= s => acc,
                _ => Some((i, s)),
            })
            .map(|(i, _)| i)
    };
    if mapping.country.is_none() {
        let is_c = |c: &str| if is_country(c) { 1.0 } else { 0.0 };
        mapping.country = pick(&mapping, &is_c, 0.6);
    }
    if mapping.name.is_none() {
        // Distinctness matters: a "status" column of "Active" repeated is not the name.
        let distinct = |i: usize| -> f64 {
            let mut cells: Vec<&str> = sample
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.trim())
                .collect();
            cells.retain(|c| !c.is_empty());
            let n = cells.len();
            cells.sort_unstable();
            cells.dedup();
            if n == 0 {
                0.0
            } else {
                cells.len() as f64 / n as f64
            }
        };
        let mut best_name: Option<(usize, f64)> = None;
        for i in (0..table.columns.len()).filter(|i| !taken(&mapping, *i)) {
            let score = column_score(i, &name_likeness) * (0.5 + 0.5 * distinct(i));
            if score >= 0.3 && best_name.is_none_or(|(_, b)| score > b) {
                best_name = Some((i, score));
            }
        }
        mapping.name = best_name.map(|(i, _)| i);
    }
    if mapping.address.is_none() {
        mapping.address = pick(&mapping, &address_likeness, 0.5);
    }
    if mapping.id.is_none() {
        // A column whose cells are mostly valid USCCs, whatever its header says: a random
        // 18-character string passes both USCC checks about once in 341 tries.
        let uscc = |c: &str| {
            if ids::uscc_valid(&ids::normalise(c)) {
                1.0
            } else {
                0.0
            }
        };
        mapping.id = pick(&mapping, &uscc, 0.5);
    }
    mapping
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_roles_in_several_languages() {
        for (h, role) in [
            ("Supplier Name", Role::Name),
            ("Vendor", Role::Name),
            ("Razón social", Role::Name),
            ("Firma", Role::Name),
            ("供应商", Role::Name),
            ("公司名称", Role::Name),
            ("Country", Role::Country),
            ("País", Role::Country),
            ("Pays", Role::Country),
            ("Land", Role::Country),
            ("国家", Role::Country),
            ("Supplier Country", Role::Country),
            ("Dirección", Role::Address),
            ("Adresse", Role::Address),
            ("Commodity", Role::Product),
            ("产品", Role::Product),
            ("Supplier ID", Role::Other),
            ("Vendor No.", Role::Other),
            ("Contact Name", Role::Other),
            ("USCC", Role::Identifier),
            ("Unified Social Credit Code", Role::Identifier),
            ("统一社会信用代码", Role::Identifier),
            ("Tax ID", Role::Identifier),
            ("Supplier VAT No.", Role::Identifier),
            ("INN", Role::Identifier),
            ("ИНН", Role::Identifier),
            ("N° TVA", Role::Identifier),
            ("Número de identificación fiscal", Role::Identifier),
            ("Registration No.", Role::Identifier),
            ("HS Code", Role::HsCode),
            ("海关编码", Role::HsCode),
            ("Code SH", Role::HsCode),
            ("Partida arancelaria", Role::HsCode),
            ("Vendor Code", Role::Other),
            ("Supplier No.", Role::Other),
        ] {
            assert_eq!(header_role(h).map(|r| r.0), Some(role), "{h}");
        }
        assert_eq!(header_role("Hoshine Silicon Industry Co., Ltd."), None);
    }

    #[test]
    fn legal_form_only_names() {
        assert!(is_legal_form_only("Co., Ltd."));
        assert!(is_legal_form_only("GmbH"));
        assert!(is_legal_form_only("有限公司"));
        assert!(!is_legal_form_only("Nestlé S.A."));
        assert!(!is_legal_form_only("..."));
    }
}
