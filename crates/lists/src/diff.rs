//! What changed between two list sets: per list, the entities added, removed and changed (by id),
//! and for a changed entity which fields changed. `supplyscreen diff` and `supplyscreen refresh`
//! print it; a host's daily refresh puts it in the run summary.

use crate::model::{Entity, GoodsRisk, ListCode, ListSet};
use std::collections::BTreeMap;

/// One entity (or goods row) in a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub name: String,
    /// For a changed item: what changed, e.g. "aliases +1 (\"X\"); status Active -> Inactive".
    pub what: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListDiff {
    pub code: ListCode,
    pub old_records: u32,
    pub new_records: u32,
    pub added: Vec<Item>,
    pub removed: Vec<Item>,
    pub changed: Vec<Item>,
}

impl ListDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The differences of every list present in either set, in list-code order.
pub fn diff(old: &ListSet, new: &ListSet) -> Vec<ListDiff> {
    let mut out = Vec::new();
    for code in ListCode::ALL {
        let count = |s: &ListSet| s.list(code).map_or(0, |l| l.record_count);
        if old.list(code).is_none() && new.list(code).is_none() {
            continue;
        }
        let mut d = ListDiff {
            code,
            old_records: count(old),
            new_records: count(new),
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
        };
        if code == ListCode::DolIlab {
            diff_goods(&old.goods, &new.goods, &mut d);
        } else {
            let of = |s: &'_ ListSet| -> BTreeMap<String, Entity> {
                s.entities
                    .iter()
                    .filter(|e| e.list == code)
                    .map(|e| (e.id.clone(), e.clone()))
                    .collect()
            };
            let (a, b) = (of(old), of(new));
            for (id, e) in &b {
                match a.get(id) {
                    None => d.added.push(item(e, String::new())),
                    Some(o) if o != e => d.changed.push(item(e, changes(o, e))),
                    Some(_) => {}
                }
            }
            for (id, e) in &a {
                if !b.contains_key(id) {
                    d.removed.push(item(e, String::new()));
                }
            }
        }
        out.push(d);
    }
    out
}

fn item(e: &Entity, what: String) -> Item {
    Item {
        id: e.id.clone(),
        name: e.name.clone(),
        what,
    }
}

fn goods_key(g: &GoodsRisk) -> String {
    format!("{}/{}", g.good, g.country)
}

fn diff_goods(old: &[GoodsRisk], new: &[GoodsRisk], d: &mut ListDiff) {
    let a: BTreeMap<String, &GoodsRisk> = old.iter().map(|g| (goods_key(g), g)).collect();
    let b: BTreeMap<String, &GoodsRisk> = new.iter().map(|g| (goods_key(g), g)).collect();
    let it = |k: &str, g: &GoodsRisk, what: String| Item {
        id: k.to_string(),
        name: g.good.clone(),
        what,
    };
    for (k, g) in &b {
        match a.get(k) {
            None => d.added.push(it(k, g, String::new())),
            Some(o) if o != g => d.changed.push(it(k, g, "labour flags".into())),
            Some(_) => {}
        }
    }
    for (k, g) in &a {
        if !b.contains_key(k) {
            d.removed.push(it(k, g, String::new()));
        }
    }
}

/// A value for a one-line description: quoted and cut at 60 characters.
fn show(v: &str) -> String {
    let cut: String = v.chars().take(60).collect();
    if cut.len() < v.len() {
        format!("{cut:?}…")
    } else {
        format!("{cut:?}")
    }
}

fn opt(v: &Option<String>) -> String {
    v.as_deref().map_or("none".into(), show)
}

/// "aliases +2 (\"A\", \"B\") -1 (\"C\")" for two lists of values.
fn set_change(what: &str, old: &[String], new: &[String], out: &mut Vec<String>) {
    let added: Vec<&String> = new.iter().filter(|v| !old.contains(v)).collect();
    let removed: Vec<&String> = old.iter().filter(|v| !new.contains(v)).collect();
    if added.is_empty() && removed.is_empty() {
        if old != new {
            out.push(format!("{what} reordered"));
        }
        return;
    }
    let list = |vs: &[&String]| {
        let shown: Vec<String> = vs.iter().take(3).map(|v| show(v)).collect();
        let more = if vs.len() > 3 { ", …" } else { "" };
        format!("({}{more})", shown.join(", "))
    };
    let mut s = what.to_string();
    if !added.is_empty() {
        s.push_str(&format!(" +{} {}", added.len(), list(&added)));
    }
    if !removed.is_empty() {
        s.push_str(&format!(" -{} {}", removed.len(), list(&removed)));
    }
    out.push(s);
}

/// What differs between two versions of an entity, field by field.
pub fn changes(o: &Entity, n: &Entity) -> String {
    let mut out = Vec::new();
    if o.name != n.name {
        out.push(format!("name {} -> {}", show(&o.name), show(&n.name)));
    }
    if o.kind != n.kind {
        out.push(format!("kind {:?} -> {:?}", o.kind, n.kind));
    }
    let names = |e: &Entity| e.aliases.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    set_change("aliases", &names(o), &names(n), &mut out);
    if names(o) == names(n) && o.aliases != n.aliases {
        out.push("alias kinds".into());
    }
    set_change("countries", &o.countries, &n.countries, &mut out);
    set_change("addresses", &o.addresses, &n.addresses, &mut out);
    set_change("programs", &o.programs, &n.programs, &mut out);
    let ids = |e: &Entity| {
        e.identifiers
            .iter()
            .map(|i| format!("{} {}", i.label, i.value))
            .collect::<Vec<_>>()
    };
    set_change("identifiers", &ids(o), &ids(n), &mut out);
    for (what, a, b) in [
        ("citation", &o.citation, &n.citation),
        ("effective date", &o.effective_date, &n.effective_date),
        ("link", &o.source_url, &n.source_url),
        ("remarks", &o.remarks, &n.remarks),
        (
            "licence requirement",
            &o.license_requirement,
            &n.license_requirement,
        ),
        ("merchandise", &o.merchandise, &n.merchandise),
        ("status", &o.status, &n.status),
    ] {
        if a != b {
            out.push(format!("{what} {} -> {}", opt(a), opt(b)));
        }
    }
    if o.extends_to_subsidiaries != n.extends_to_subsidiaries {
        out.push(format!(
            "extends to subsidiaries {} -> {}",
            o.extends_to_subsidiaries, n.extends_to_subsidiaries
        ));
    }
    if o.primary_record_missing != n.primary_record_missing {
        out.push(format!(
            "primary record missing {} -> {}",
            o.primary_record_missing, n.primary_record_missing
        ));
    }
    out.join("; ")
}

/// The diff as `supplyscreen diff` prints it: per list a count line, then one line per entity
/// (`+ CODE ID NAME`, `- CODE ID NAME`, `~ CODE ID NAME: what changed`). Unchanged lists get only
/// their count line.
pub fn render(diffs: &[ListDiff]) -> String {
    let mut s = String::new();
    for d in diffs {
        s.push_str(&format!(
            "{}: {} added, {} removed, {} changed ({} -> {} records)\n",
            d.code,
            d.added.len(),
            d.removed.len(),
            d.changed.len(),
            d.old_records,
            d.new_records
        ));
        for i in &d.added {
            s.push_str(&format!("+ {} {} {}\n", d.code, i.id, i.name));
        }
        for i in &d.removed {
            s.push_str(&format!("- {} {} {}\n", d.code, i.id, i.name));
        }
        for i in &d.changed {
            s.push_str(&format!("~ {} {} {}: {}\n", d.code, i.id, i.name, i.what));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn e(id: &str, name: &str) -> Entity {
        Entity {
            id: id.into(),
            list: ListCode::OfacSdn,
            kind: EntityKind::Organisation,
            name: name.into(),
            aliases: vec![],
            countries: vec!["Iran".into()],
            addresses: vec![],
            programs: vec!["SDGT".into()],
            citation: None,
            effective_date: None,
            source_url: None,
            remarks: None,
            license_requirement: None,
            merchandise: None,
            status: None,
            extends_to_subsidiaries: false,
            identifiers: Vec::new(),
            primary_record_missing: false,
        }
    }

    fn set(es: Vec<Entity>) -> ListSet {
        ListSet {
            built_from: "x".into(),
            lists: vec![ListInfo {
                code: ListCode::OfacSdn,
                name: "SDN".into(),
                agency: "OFAC".into(),
                as_of: "2026-01-01".into(),
                as_of_from: "fetched".into(),
                fetched: "2026-01-01".into(),
                files: vec![],
                source_url: "u".into(),
                record_count: es.len() as u32,
                notes: vec![],
            }],
            entities: es,
            goods: vec![],
        }
    }

    #[test]
    fn added_removed_changed() {
        let old = set(vec![e("ofac_sdn:1", "A CO"), e("ofac_sdn:2", "B CO")]);
        let mut b = e("ofac_sdn:2", "B CO");
        b.aliases.push(Alias::listed("B COMPANY", AliasKind::Aka));
        b.status = Some("Active".into());
        let new = set(vec![b, e("ofac_sdn:3", "C CO")]);
        let d = diff(&old, &new);
        assert_eq!(d.len(), 1);
        let text = render(&d);
        assert_eq!(
            text,
            "ofac_sdn: 1 added, 1 removed, 1 changed (2 -> 2 records)\n\
             + ofac_sdn ofac_sdn:3 C CO\n\
             - ofac_sdn ofac_sdn:1 A CO\n\
             ~ ofac_sdn ofac_sdn:2 B CO: aliases +1 (\"B COMPANY\"); status none -> \"Active\"\n"
        );
        assert!(diff(&old, &old)[0].is_empty());
    }
}
