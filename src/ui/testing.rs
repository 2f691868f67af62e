//! Values the page's unit tests build states from: hits, risk signals, screened rows, a parsed
//! table. Only compiled for tests.

use super::state::{Action, State};
use std::rc::Rc;
use supplyscreen_app::protocol::{ParsedTable, RowInput, RowResult};
use supplyscreen_engine::explain::Explanation;
use supplyscreen_engine::input::{ColumnMapping, Format, Source};
use supplyscreen_engine::model::{EntityKind, ListCode};
use supplyscreen_engine::risk::{Field, RiskKind, RiskSignal, RiskText};
use supplyscreen_engine::screen::Hit;
use yew::Reducible;

/// A hit on `entity_id` of `list` with `score`.
pub fn hit(list: ListCode, entity_id: &str, score: f64) -> Hit {
    let entity_name = format!("Entity {entity_id}");
    Hit {
        score,
        list,
        entity_id: entity_id.to_string(),
        entity_name: entity_name.clone(),
        entity_kind: EntityKind::Organisation,
        matched_name: entity_name.clone(),
        entity_countries: vec!["China".into()],
        explanation: Explanation {
            list,
            entity_id: entity_id.to_string(),
            entity_name: entity_name.clone(),
            matched_name: entity_name,
            matched_alias: false,
            alias_source: None,
            identifier: None,
            name_score: score,
            alignment: Vec::new(),
            factors: Vec::new(),
        },
    }
}

/// A place signal on the UFLPA list (any signal makes a row without hits a product risk).
pub fn risk() -> RiskSignal {
    RiskSignal {
        kind: RiskKind::XinjiangAddress,
        list: ListCode::DhsUflpa,
        text: RiskText::Xinjiang {
            field: Field::Address,
            places: vec!["Xinjiang".into()],
            written: vec!["Xinjiang".into()],
        },
        source_ref: String::new(),
    }
}

pub fn result(hits: Vec<Hit>, risks: Vec<RiskSignal>) -> RowResult {
    RowResult {
        hits,
        risks,
        ..RowResult::default()
    }
}

pub fn clear() -> RowResult {
    result(Vec::new(), Vec::new())
}

pub fn input(name: &str) -> RowInput {
    RowInput {
        name: name.to_string(),
        ..RowInput::default()
    }
}

/// A CSV of supplier names in column 0 and countries in column 1 (detected as such).
pub fn table(names: &[&str]) -> ParsedTable {
    ParsedTable {
        file_name: "suppliers.csv".into(),
        sha256: "ab".repeat(32),
        byte_len: 100,
        columns: vec!["Supplier".into(), "Country".into()],
        rows: names
            .iter()
            .map(|n| vec![n.to_string(), "CN".to_string()])
            .collect(),
        source: Source {
            format: Format::Csv,
            encoding: "UTF-8".into(),
            delimiter: Some(','),
            sheet: None,
        },
        warnings: Vec::new(),
        mapping: ColumnMapping {
            name: Some(0),
            country: Some(1),
            address: None,
            product: None,
            ..ColumnMapping::default()
        },
    }
}

/// Applies the actions in order, as the page's reducer would.
pub fn apply(state: Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
    actions.into_iter().fold(state, |s, a| s.reduce(a))
}

/// A state that screened `rows` (name and result each) in one run, all results in one chunk.
pub fn screened(rows: Vec<(&str, RowResult)>) -> Rc<State> {
    let (names, results): (Vec<&str>, Vec<RowResult>) = rows.into_iter().unzip();
    let inputs: Vec<RowInput> = names.iter().map(|n| input(n)).collect();
    apply(
        Rc::new(State::default()),
        [
            Action::ScreenStarted {
                total: inputs.len(),
                inputs: Rc::new(inputs),
                lists: None,
            },
            Action::ChunkDone {
                first_row: 0,
                results,
            },
        ],
    )
}
