//! The bundle's body: a [`ListSet`] laid out by column, with repeated short strings interned.
//!
//! Why columns: the values of one field across all entities look alike (every primary name, then
//! every alias, then every address), so a compressor finds far more repeats than in the
//! entity-after-entity layout, where a name sits between an address and a remark. Why a string
//! table: countries, programs, citations, licence requirements, statuses and dates take a few
//! hundred distinct values over tens of thousands of entities; each is stored once and referred to
//! by its index. Free text that rarely repeats (ids, names, aliases, addresses, remarks) stays inline
//! in its column, in entity order: an index would cost more than the repeat it saves.
//!
//! Every field of [`crate::model`] is carried: [`decode`] gives back exactly the set [`encode`] was
//! given (`ListSet` equality), so nothing downstream knows about this layout.
//!
//! Adding a field: a column here (per entity, or a count per entity plus a flat column for a list
//! field), filled in [`encode`], read and checked in [`decode`], and a bump of
//! [`crate::bundle::FORMAT_VERSION`]. For a list of typed values (e.g. identifiers with a scheme, a
//! value and a country), use `*_count` plus one flat column per part: scheme and country as
//! [`Strings`] indexes, the value as a [`Text`]. For a new alias kind that carries data (e.g. the
//! source of an alias from another table), give it its own code in [`alias_kind_code`] and put the
//! data in a flat column with one entry per alias of that kind (a string index for a URL).

use crate::model::{
    Alias, AliasKind, Entity, EntityKind, GoodsRisk, Identifier, ListCode, ListInfo, ListSet,
    Scheme,
};
use serde::{Deserialize, Serialize};
#[cfg(not(target_arch = "wasm32"))]
use std::collections::HashMap;

/// Strings of one column, each followed by a NUL byte: `"a\0b\0"` holds `a` and `b`. The text of a
/// column stays together (what compresses well) and costs one byte per value for its boundaries.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Text(String);

impl Text {
    #[cfg(not(target_arch = "wasm32"))]
    fn push(&mut self, s: &str) {
        self.0.push_str(s);
        self.0.push('\0');
    }

    fn values(&self) -> std::str::SplitTerminator<'_, char> {
        self.0.split_terminator('\0')
    }
}

/// Column for an optional interned string: 0 is `None`, `i + 1` is string `i` of the table.
type OptRef = u32;

/// Index into the body's string table.
type Ref = u32;

/// The bundle's body (encoded with postcard, then compressed; see [`crate::bundle`]). One value
/// per entity in every `Vec` whose name has no `_flat` suffix; `*_count` says how many entries of
/// the matching flat column belong to each entity, in entity order.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Body {
    built_from: String,
    lists: Vec<ListInfo>,
    goods: Vec<GoodsRisk>,
    /// The interned strings, in order of first use.
    strings: Text,

    /// [`ListCode::ALL`] position.
    list: Vec<u8>,
    /// [`ENTITY_KINDS`] position.
    kind: Vec<u8>,
    /// [`FLAG_EXTENDS`], [`FLAG_PRIMARY_MISSING`], [`FLAG_OWN_ID`], [`FLAG_REMARKS`].
    flags: Vec<u8>,
    /// The id without its `<list code>:` prefix (the whole id when it has no such prefix,
    /// [`FLAG_OWN_ID`]).
    id: Text,
    name: Text,
    alias_count: Vec<u32>,
    alias_name_flat: Text,
    /// [`alias_kind_code`].
    alias_kind_flat: Vec<u8>,
    /// One string index per alias of kind [`AliasKind::CrossScript`], in alias order: its source.
    alias_source_flat: Vec<Ref>,
    country_count: Vec<u32>,
    country_flat: Vec<Ref>,
    address_count: Vec<u32>,
    address_flat: Text,
    program_count: Vec<u32>,
    program_flat: Vec<Ref>,
    citation: Vec<OptRef>,
    effective_date: Vec<OptRef>,
    source_url: Vec<OptRef>,
    license_requirement: Vec<OptRef>,
    merchandise: Vec<OptRef>,
    status: Vec<OptRef>,
    /// One value per entity with [`FLAG_REMARKS`].
    remarks_flat: Text,
    /// Identifiers: how many per entity, then per identifier its [`SCHEMES`] position, label
    /// (interned: a few dozen types), value and country.
    identifier_count: Vec<u32>,
    identifier_scheme_flat: Vec<u8>,
    identifier_label_flat: Vec<Ref>,
    identifier_value_flat: Text,
    identifier_country_flat: Vec<OptRef>,
}

const FLAG_EXTENDS: u8 = 1;
const FLAG_PRIMARY_MISSING: u8 = 2;
const FLAG_OWN_ID: u8 = 4;
const FLAG_REMARKS: u8 = 8;
const KNOWN_FLAGS: u8 = FLAG_EXTENDS | FLAG_PRIMARY_MISSING | FLAG_OWN_ID | FLAG_REMARKS;

const ENTITY_KINDS: [EntityKind; 6] = [
    EntityKind::Organisation,
    EntityKind::Person,
    EntityKind::Vessel,
    EntityKind::Aircraft,
    EntityKind::RegionWideOrder,
    EntityKind::Unknown,
];

#[cfg(not(target_arch = "wasm32"))]
fn entity_kind_code(k: EntityKind) -> u8 {
    // Exhaustive, so a new kind does not compile until it has a code (and a place in ENTITY_KINDS).
    match k {
        EntityKind::Organisation => 0,
        EntityKind::Person => 1,
        EntityKind::Vessel => 2,
        EntityKind::Aircraft => 3,
        EntityKind::RegionWideOrder => 4,
        EntityKind::Unknown => 5,
    }
}

const SCHEMES: [Scheme; 5] = [
    Scheme::CnUscc,
    Scheme::RuInn,
    Scheme::RuOgrn,
    Scheme::Lei,
    Scheme::Other,
];

#[cfg(not(target_arch = "wasm32"))]
fn scheme_code(s: Scheme) -> u8 {
    match s {
        Scheme::CnUscc => 0,
        Scheme::RuInn => 1,
        Scheme::RuOgrn => 2,
        Scheme::Lei => 3,
        Scheme::Other => 4,
    }
}

const ALIAS_KINDS: [AliasKind; 6] = [
    AliasKind::Aka,
    AliasKind::Fka,
    AliasKind::Nka,
    AliasKind::WeakAka,
    AliasKind::Translation,
    AliasKind::CrossScript,
];

#[cfg(not(target_arch = "wasm32"))]
fn alias_kind_code(k: AliasKind) -> u8 {
    match k {
        AliasKind::Aka => 0,
        AliasKind::Fka => 1,
        AliasKind::Nka => 2,
        AliasKind::WeakAka => 3,
        AliasKind::Translation => 4,
        AliasKind::CrossScript => 5,
    }
}

/// Interns strings into the body's table, in order of first use (deterministic).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Interner<'a> {
    index: HashMap<&'a str, Ref>,
    table: Text,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Interner<'a> {
    fn get(&mut self, s: &'a str) -> Ref {
        let next = self.index.len() as Ref;
        *self.index.entry(s).or_insert_with(|| {
            self.table.push(s);
            next
        })
    }

    fn opt(&mut self, s: &'a Option<String>) -> OptRef {
        s.as_deref().map_or(0, |s| self.get(s) + 1)
    }
}

/// Lays a list set out by column. Fails only on a string holding a NUL character (the column
/// separator), naming the entity.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn encode(set: &ListSet) -> Result<Body, String> {
    let n = set.entities.len();
    let mut strings = Interner::default();
    let mut b = Body {
        built_from: set.built_from.clone(),
        lists: set.lists.clone(),
        goods: set.goods.clone(),
        list: Vec::with_capacity(n),
        kind: Vec::with_capacity(n),
        flags: Vec::with_capacity(n),
        ..Body::default()
    };
    for e in &set.entities {
        if e.all_names()
            .chain(e.addresses.iter().map(String::as_str))
            .chain(std::iter::once(e.id.as_str()))
            .chain(e.remarks.as_deref())
            .any(|s| s.contains('\0'))
        {
            return Err(format!("entity {} holds a NUL character", e.id));
        }
        let code = ListCode::ALL
            .iter()
            .position(|c| *c == e.list)
            .expect("ListCode::ALL holds every code") as u8;
        b.list.push(code);
        b.kind.push(entity_kind_code(e.kind));
        let mut flags = 0;
        if e.extends_to_subsidiaries {
            flags |= FLAG_EXTENDS;
        }
        if e.primary_record_missing {
            flags |= FLAG_PRIMARY_MISSING;
        }
        match e
            .id
            .strip_prefix(e.list.as_str())
            .and_then(|r| r.strip_prefix(':'))
        {
            Some(rest) => b.id.push(rest),
            None => {
                flags |= FLAG_OWN_ID;
                b.id.push(&e.id);
            }
        }
        if let Some(r) = &e.remarks {
            flags |= FLAG_REMARKS;
            b.remarks_flat.push(r);
        }
        b.flags.push(flags);
        b.name.push(&e.name);
        b.alias_count.push(e.aliases.len() as u32);
        for a in &e.aliases {
            b.alias_name_flat.push(&a.name);
            b.alias_kind_flat.push(alias_kind_code(a.kind));
            match (a.kind, &a.source) {
                (AliasKind::CrossScript, Some(src)) => b.alias_source_flat.push(strings.get(src)),
                (AliasKind::CrossScript, None) => {
                    return Err(format!(
                        "entity {}: cross-script alias {} has no source",
                        e.id, a.name
                    ))
                }
                (_, Some(_)) => {
                    return Err(format!(
                        "entity {}: only a cross-script alias carries a source ({})",
                        e.id, a.name
                    ))
                }
                (_, None) => {}
            }
        }
        b.country_count.push(e.countries.len() as u32);
        for c in &e.countries {
            b.country_flat.push(strings.get(c));
        }
        b.address_count.push(e.addresses.len() as u32);
        for a in &e.addresses {
            b.address_flat.push(a);
        }
        b.program_count.push(e.programs.len() as u32);
        for p in &e.programs {
            b.program_flat.push(strings.get(p));
        }
        b.citation.push(strings.opt(&e.citation));
        b.effective_date.push(strings.opt(&e.effective_date));
        b.source_url.push(strings.opt(&e.source_url));
        b.license_requirement
            .push(strings.opt(&e.license_requirement));
        b.merchandise.push(strings.opt(&e.merchandise));
        b.status.push(strings.opt(&e.status));
        b.identifier_count.push(e.identifiers.len() as u32);
        for id in &e.identifiers {
            if id.value.contains('\0') || id.label.contains('\0') {
                return Err(format!("entity {} holds a NUL character", e.id));
            }
            b.identifier_scheme_flat.push(scheme_code(id.scheme));
            b.identifier_label_flat.push(strings.get(&id.label));
            b.identifier_value_flat.push(&id.value);
            b.identifier_country_flat.push(strings.opt(&id.country));
        }
    }
    b.strings = strings.table;
    Ok(b)
}

/// Reads the columns back into a list set, checking every length and index: a damaged or forged
/// body gives an error naming the column, never a panic.
pub(crate) fn decode(b: Body) -> Result<ListSet, String> {
    let n = b.list.len();
    // The text columns (id, name, ...) are checked as they are read: "ends early", "values beyond".
    let per_entity: [(&str, usize); 14] = [
        ("identifier_count", b.identifier_count.len()),
        ("kind", b.kind.len()),
        ("flags", b.flags.len()),
        ("alias_count", b.alias_count.len()),
        ("country_count", b.country_count.len()),
        ("address_count", b.address_count.len()),
        ("program_count", b.program_count.len()),
        ("citation", b.citation.len()),
        ("effective_date", b.effective_date.len()),
        ("source_url", b.source_url.len()),
        ("license_requirement", b.license_requirement.len()),
        ("merchandise", b.merchandise.len()),
        ("status", b.status.len()),
        ("list", n),
    ];
    if let Some((column, len)) = per_entity.iter().find(|(_, len)| *len != n) {
        return Err(format!("column {column} has {len} values for {n} entities"));
    }
    let strings: Vec<&str> = b.strings.values().collect();
    let string = |column: &str, r: Ref| -> Result<String, String> {
        strings
            .get(r as usize)
            .map(|s| (*s).to_owned())
            .ok_or_else(|| format!("column {column}: string {r} of {}", strings.len()))
    };
    let opt = |column: &str, r: OptRef| -> Result<Option<String>, String> {
        match r {
            0 => Ok(None),
            r => string(column, r - 1).map(Some),
        }
    };
    let mut ids = b.id.values();
    let mut names = b.name.values();
    let mut alias_names = b.alias_name_flat.values();
    let mut alias_kinds = b.alias_kind_flat.iter();
    let mut alias_sources = b.alias_source_flat.iter();
    let mut countries = b.country_flat.iter();
    let mut addresses = b.address_flat.values();
    let mut programs = b.program_flat.iter();
    let mut remarks = b.remarks_flat.values();
    let mut id_schemes = b.identifier_scheme_flat.iter();
    let mut id_labels = b.identifier_label_flat.iter();
    let mut id_values = b.identifier_value_flat.values();
    let mut id_countries = b.identifier_country_flat.iter();
    let short = |column: &str| format!("column {column} ends early");

    let mut entities = Vec::with_capacity(n);
    for i in 0..n {
        let list = *ListCode::ALL
            .get(b.list[i] as usize)
            .ok_or_else(|| format!("entity {i}: list code {}", b.list[i]))?;
        let kind = *ENTITY_KINDS
            .get(b.kind[i] as usize)
            .ok_or_else(|| format!("entity {i}: entity kind {}", b.kind[i]))?;
        let flags = b.flags[i];
        if flags & !KNOWN_FLAGS != 0 {
            return Err(format!("entity {i}: unknown flags {flags:#x}"));
        }
        let id_text = ids.next().ok_or_else(|| short("id"))?;
        let id = if flags & FLAG_OWN_ID != 0 {
            id_text.to_owned()
        } else {
            let code = list.as_str();
            let mut id = String::with_capacity(code.len() + 1 + id_text.len());
            id.push_str(code);
            id.push(':');
            id.push_str(id_text);
            id
        };
        let name = names.next().ok_or_else(|| short("name"))?.to_owned();
        let mut aliases = Vec::with_capacity(b.alias_count[i].min(1024) as usize);
        for _ in 0..b.alias_count[i] {
            let name = alias_names
                .next()
                .ok_or_else(|| short("alias_name_flat"))?
                .to_owned();
            let code = *alias_kinds.next().ok_or_else(|| short("alias_kind_flat"))?;
            let kind = *ALIAS_KINDS
                .get(code as usize)
                .ok_or_else(|| format!("entity {i}: alias kind {code}"))?;
            let source = if kind == AliasKind::CrossScript {
                let r = *alias_sources
                    .next()
                    .ok_or_else(|| short("alias_source_flat"))?;
                Some(string("alias_source_flat", r)?)
            } else {
                None
            };
            aliases.push(Alias { name, kind, source });
        }
        let mut entity_countries = Vec::with_capacity(b.country_count[i].min(1024) as usize);
        for _ in 0..b.country_count[i] {
            let r = *countries.next().ok_or_else(|| short("country_flat"))?;
            entity_countries.push(string("country_flat", r)?);
        }
        let mut entity_addresses = Vec::with_capacity(b.address_count[i].min(1024) as usize);
        for _ in 0..b.address_count[i] {
            entity_addresses.push(
                addresses
                    .next()
                    .ok_or_else(|| short("address_flat"))?
                    .to_owned(),
            );
        }
        let mut entity_programs = Vec::with_capacity(b.program_count[i].min(1024) as usize);
        for _ in 0..b.program_count[i] {
            let r = *programs.next().ok_or_else(|| short("program_flat"))?;
            entity_programs.push(string("program_flat", r)?);
        }
        let entity_remarks = if flags & FLAG_REMARKS != 0 {
            Some(
                remarks
                    .next()
                    .ok_or_else(|| short("remarks_flat"))?
                    .to_owned(),
            )
        } else {
            None
        };
        let mut identifiers = Vec::with_capacity(b.identifier_count[i].min(1024) as usize);
        for _ in 0..b.identifier_count[i] {
            let code = *id_schemes
                .next()
                .ok_or_else(|| short("identifier_scheme_flat"))?;
            let scheme = *SCHEMES
                .get(code as usize)
                .ok_or_else(|| format!("entity {i}: identifier scheme {code}"))?;
            let label = *id_labels
                .next()
                .ok_or_else(|| short("identifier_label_flat"))?;
            let value = id_values
                .next()
                .ok_or_else(|| short("identifier_value_flat"))?
                .to_owned();
            let country = *id_countries
                .next()
                .ok_or_else(|| short("identifier_country_flat"))?;
            identifiers.push(Identifier {
                scheme,
                label: string("identifier_label_flat", label)?,
                value,
                country: opt("identifier_country_flat", country)?,
            });
        }
        entities.push(Entity {
            id,
            identifiers,
            list,
            kind,
            name,
            aliases,
            countries: entity_countries,
            addresses: entity_addresses,
            programs: entity_programs,
            citation: opt("citation", b.citation[i])?,
            effective_date: opt("effective_date", b.effective_date[i])?,
            source_url: opt("source_url", b.source_url[i])?,
            remarks: entity_remarks,
            license_requirement: opt("license_requirement", b.license_requirement[i])?,
            merchandise: opt("merchandise", b.merchandise[i])?,
            status: opt("status", b.status[i])?,
            extends_to_subsidiaries: flags & FLAG_EXTENDS != 0,
            primary_record_missing: flags & FLAG_PRIMARY_MISSING != 0,
        });
    }
    let leftovers: [(&str, bool); 13] = [
        ("identifier_scheme_flat", id_schemes.next().is_some()),
        ("identifier_label_flat", id_labels.next().is_some()),
        ("identifier_value_flat", id_values.next().is_some()),
        ("identifier_country_flat", id_countries.next().is_some()),
        ("alias_name_flat", alias_names.next().is_some()),
        ("alias_kind_flat", alias_kinds.next().is_some()),
        ("alias_source_flat", alias_sources.next().is_some()),
        ("country_flat", countries.next().is_some()),
        ("address_flat", addresses.next().is_some()),
        ("program_flat", programs.next().is_some()),
        ("remarks_flat", remarks.next().is_some()),
        ("id", ids.next().is_some()),
        ("name", names.next().is_some()),
    ];
    if let Some((column, _)) = leftovers.iter().find(|(_, left)| *left) {
        return Err(format!("column {column} has values beyond the last entity"));
    }
    Ok(ListSet {
        built_from: b.built_from,
        lists: b.lists,
        entities,
        goods: b.goods,
    })
}
