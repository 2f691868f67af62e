use super::*;
use crate::explain::Explanation;
use crate::model::{EntityKind, ListCode};
use crate::risk::{RiskKind, RiskSignal, RiskText, Why};
use crate::rows::{RowInput, RowResult};
use crate::screen::Hit;
use std::collections::HashMap;

fn read(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn formula_cells_are_neutralised() {
    for (cell, want) in [
        (
            "=HYPERLINK(\"http://evil.example\",\"Click\")",
            "'=HYPERLINK(\"http://evil.example\",\"Click\")",
        ),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        (
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "'@SUM(1+9)*cmd|' /C calc'!A0",
        ),
        ("   =1+2", "'   =1+2"),
        ("\u{a0}@x", "'\u{a0}@x"),
        ("\t=1", "'\t=1"),
        ("\rfoo", "'\rfoo"),
        ("＝1+2", "'＝1+2"),
        ("'=1", "''=1"),
    ] {
        assert_eq!(neutralise_cell(cell), want, "{cell:?}");
        assert_eq!(restore_cell(want), cell, "{want:?}");
    }
    for safe in [
        "ACME Ltd",
        "",
        "   ",
        "A=B",
        "1-2",
        "user@example.com",
        "'quoted'",
        "<b>Bold</b> & Co",
    ] {
        assert!(
            matches!(neutralise_cell(safe), std::borrow::Cow::Borrowed(_)),
            "{safe:?}"
        );
        assert_eq!(restore_cell(safe), safe);
    }
}

fn decision(name: &str, id: &str, status: DecisionStatus, note: &str) -> Decision {
    Decision {
        supplier_name: name.into(),
        entity_id: id.into(),
        list: ListCode::OfacSdn,
        entity_name: "BANK MELLAT".into(),
        status,
        note: note.into(),
        decided_at: "2026-07-10T09:30:00Z".into(),
        list_as_of: String::new(),
    }
}

#[test]
fn decision_keys_survive_respacing_and_case() {
    assert_eq!(
        decision_key("  Acme   Trading\tLtd ", "ofac_sdn:306"),
        decision_key("ACME TRADING LTD", " ofac_sdn:306")
    );
    assert_ne!(
        decision_key("Acme", "ofac_sdn:306"),
        decision_key("Acme", "ofac_sdn:307")
    );
    assert_ne!(decision_key("Acme Ltd", "x"), decision_key("Acme", "Ltd x"));
    let d = decision("Ümlaut GmbH", "a", DecisionStatus::Confirmed, "");
    assert_eq!(d.key(), decision_key("ümlaut gmbh", "a"));
}

#[test]
fn decisions_round_trip_through_csv() {
    let ds = vec![
        decision(
            "Bank Mellat",
            "ofac_sdn:306",
            DecisionStatus::Confirmed,
            "Same SWIFT code",
        ),
        decision(
            "=HYPERLINK(\"x\")",
            "ofac_sdn:1",
            DecisionStatus::FalsePositive,
            "-not them, see @alice",
        ),
        decision(
            "Line\nbreak, \"quoted\"",
            "ofac_sdn:2",
            DecisionStatus::NeedsReview,
            "'=kept",
        ),
        decision(
            "<script>alert(1)</script>",
            "ofac_sdn:3",
            DecisionStatus::NeedsReview,
            "",
        ),
    ];
    let text = decisions_to_csv(&ds);
    assert!(text.starts_with(
        "supplier_name,entity_id,list,entity_name,decision,note,decided_at,list_as_of\n"
    ));
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(
        text.contains("<script>alert(1)</script>"),
        "HTML is kept as text: {text}"
    );
    let lines = read(&text);
    assert_eq!(lines[1][4], "Confirmed match");
    assert_eq!(lines[2][4], "False positive");
    assert_eq!(lines[2][5], "'-not them, see @alice");
    assert_eq!(decisions_from_csv("decisions.csv", &text).unwrap(), ds);
    // A BOM, CRLF line ends, reordered and extra columns, blank lines and lenient labels still load.
    let edited =
        "\u{feff}note,decision,supplier_name,entity_id,list,entity_name,decided_at,extra\r\n\
                  ok,confirmed,Bank Mellat,ofac_sdn:306,OFAC_SDN,BANK MELLAT,2026-07-10,x\r\n\r\n\
                  ,needs_review,Other,ofac_sdn:9,ofac_sdn,,,\r\n";
    let got = decisions_from_csv("edited.csv", edited).unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].status, DecisionStatus::Confirmed);
    assert_eq!(got[0].list, ListCode::OfacSdn);
    assert_eq!(got[1].status, DecisionStatus::NeedsReview);
    let map = decisions_map(got);
    assert!(map.contains_key(&decision_key("BANK MELLAT", "ofac_sdn:306")));
}

#[test]
fn malformed_decisions_files_say_where_and_what() {
    let h = "supplier_name,entity_id,list,entity_name,decision,note,decided_at\n";
    let ok = "Acme,ofac_sdn:1,ofac_sdn,X,False positive,,2026-07-10\n";
    let cases = [
        ("", 1, "empty"),
        ("supplier_name,id\nAcme,1\n", 1, "no \"entity_id\" column"),
        (
            &*format!("{h}{ok}Acme,ofac_sdn:1,ofac_sdn,X,Maybe,,\n"),
            3,
            "unknown decision \"Maybe\"",
        ),
        (
            &*format!("{h}{ok}{ok}Acme,ofac_sdn:1,sdn,X,Confirmed match,,\n"),
            4,
            "unknown list \"sdn\"",
        ),
        (
            &*format!("{h}\"Acme\nCo\",ofac_sdn:1\n"),
            2,
            "expected 7 columns",
        ),
        (
            &*format!(
                "{h}{ok}\"Multi\nline\",x,ofac_sdn,X,Confirmed match,,\n ,x,ofac_sdn,X,Confirmed match,,\n"
            ),
            5,
            "supplier_name is empty",
        ),
        (
            &*format!("{h}Acme,,ofac_sdn,X,Confirmed match,,\n"),
            2,
            "entity_id is empty",
        ),
    ];
    for (text, line, what) in cases {
        let e = decisions_from_csv("my decisions.csv", text).unwrap_err();
        assert_eq!(e.file, "my decisions.csv");
        assert_eq!(e.line, line, "{e}");
        assert!(e.problem.to_string().contains(what), "{e}");
        assert!(
            e.to_string()
                .starts_with(&format!("my decisions.csv, line {line}: ")),
            "{e}"
        );
    }
}

fn hit(score: f64, id: &str, name: &str) -> Hit {
    Hit {
        score,
        list: ListCode::DhsUflpa,
        entity_id: id.into(),
        entity_name: name.into(),
        entity_kind: EntityKind::Organisation,
        matched_name: name.into(),
        entity_countries: vec!["China".into(), "Hong Kong".into()],
        explanation: Explanation {
            list: ListCode::DhsUflpa,
            entity_id: id.into(),
            entity_name: name.into(),
            matched_name: name.into(),
            matched_alias: false,
            alias_source: None,
            identifier: None,
            name_score: score,
            alignment: vec![],
            factors: vec![],
        },
    }
}

fn signal(good: &str) -> RiskSignal {
    RiskSignal {
        kind: RiskKind::ForcedLabourGood,
        list: ListCode::DolIlab,
        text: RiskText::Good {
            good: good.into(),
            country: "China".into(),
            input_country: None,
            why: Why::Names {
                product: good.to_lowercase(),
                phrase: good.to_lowercase(),
            },
        },
        source_ref: good.into(),
    }
}

#[test]
fn results_csv_lines_decisions_and_risks() {
    let inputs = [
        RowInput {
            name: "Hoshine Silicon".into(),
            country: "CN".into(),
            product: "polysilicon".into(),
            id: "91653101MA78TQ2K20".into(),
            ..RowInput::default()
        },
        RowInput {
            name: "=cmd|'/C calc'!A0".into(),
            country: "<i>US</i>".into(),
            ..RowInput::default()
        },
    ];
    // As the screen reports the row's number (`finish_row`).
    let (id_check, id_problem) = crate::rows::id_outcome(inputs[0].id_checked().as_ref());
    let results = [
        RowResult {
            hits: vec![
                hit(
                    0.934,
                    "dhs_uflpa:hoshine",
                    "Hoshine Silicon Industry Co., Ltd.",
                ),
                hit(0.81, "dhs_uflpa:other", "Hoshine Other"),
                hit(0.5, "dhs_uflpa:low", "Below Threshold"),
            ],
            risks: vec![signal("Polysilicon"), signal("Silica-based products")],
            id_check,
            id_problem,
        },
        RowResult {
            hits: vec![hit(0.4, "dhs_uflpa:x", "X")],
            ..RowResult::default()
        },
    ];
    let rows = inputs
        .iter()
        .zip(&results)
        .enumerate()
        .map(|(i, (input, result))| ExportRow {
            row: i + 1,
            input,
            result,
        });
    let decisions = decisions_map([Decision {
        supplier_name: "HOSHINE  silicon".into(),
        entity_id: "dhs_uflpa:hoshine".into(),
        list: ListCode::DhsUflpa,
        entity_name: "Hoshine Silicon Industry Co., Ltd.".into(),
        status: DecisionStatus::Confirmed,
        note: "+ same address".into(),
        decided_at: "2026-07-10".into(),
        list_as_of: String::new(),
    }]);
    // The decisions as loaded covered the first hit only: the second is new since that review.
    let earlier = decision_keys(&decisions);
    let review = Review {
        decisions: &decisions,
        earlier: Some(&earlier),
    };
    let text = results_csv(rows, &review, 0.78);
    let lines = read(&text);
    assert_eq!(lines[0], RESULTS_HEADER);
    assert_eq!(lines.len(), 4, "{text}");
    let l1 = &lines[1];
    assert_eq!(
        l1,
        &[
            "1",
            "Hoshine Silicon",
            "CN",
            "0.934",
            "dhs_uflpa",
            "dhs_uflpa:hoshine",
            "Hoshine Silicon Industry Co., Ltd.",
            "Hoshine Silicon Industry Co., Ltd.",
            "China; Hong Kong",
            "all words match",
            "Possible match",
            "",
            "Confirmed match",
            "'+ same address",
            "Forced labour risk: Polysilicon from China (DOL ILAB List of Goods); \
             Forced labour risk: Silica-based products from China (DOL ILAB List of Goods)",
            "91653101MA78TQ2K20",
            "the registration number 91653101MA78TQ2K20 is not a valid USCC: its check character \
             should be 8: a character is mistyped",
        ]
    );
    assert_eq!(lines[2][5], "dhs_uflpa:other");
    let col = |n: &str| RESULTS_HEADER.iter().position(|h| *h == n).unwrap();
    assert_eq!(
        lines[2][col("decision")],
        "",
        "no decision for the second hit"
    );
    assert_eq!(lines[2][col("new")], "New", "no earlier decision for it");
    assert_eq!(
        lines[2][col("risk_signals")],
        l1[col("risk_signals")],
        "risks repeated on every line of the row"
    );
    // A row whose hits are all below the threshold: one line, empty hit columns, cells protected.
    assert_eq!(
        lines[3],
        [
            "2",
            "'=cmd|'/C calc'!A0",
            "<i>US</i>",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "Clear",
            "",
            "",
            "",
            "",
            "",
            ""
        ]
    );
    // The CLI's columns can be picked out by name and equal screen_cells.
    let pick: Vec<usize> = SCREEN_HEADER
        .iter()
        .map(|h| RESULTS_HEADER.iter().position(|r| r == h).unwrap())
        .collect();
    let cli = screen_cells(1, "Hoshine Silicon", "CN", Some(&results[0].hits[0]));
    assert_eq!(pick.iter().map(|&i| l1[i].clone()).collect::<Vec<_>>(), cli);
}

#[test]
fn results_csv_from_a_real_screen() {
    let set = crate::risk::sample::sample_set();
    let screener = crate::screen::Screener::new(&set);
    let risk = crate::risk::RiskIndex::new(&set);
    let opts = crate::screen::ScreenOptions::default();
    let q = crate::screen::SupplierQuery {
        name: "Hoshine Silicon Industry Co Ltd".into(),
        country: Some("China".into()),
    };
    let hits = screener.screen(&q, &opts);
    assert_eq!(hits[0].entity_id, "cbp_wro:hoshine-silicon-industry-co-ltd");
    let input = RowInput {
        name: q.name.clone(),
        country: "China".into(),
        address: "Shihezi, Xinjiang".into(),
        product: "polysilicon".into(),
        ..RowInput::default()
    };
    let result = RowResult {
        id_problem: None,
        id_check: Default::default(),
        risks: risk.assess(
            Some("China"),
            Some("Shihezi, Xinjiang"),
            Some("polysilicon"),
        ),
        hits,
    };
    let rows = [ExportRow {
        row: 1,
        input: &input,
        result: &result,
    }];
    let text = results_csv(rows, &Review::fresh(&HashMap::new()), opts.threshold);
    let lines = read(&text);
    assert_eq!(lines[1][5], "cbp_wro:hoshine-silicon-industry-co-ltd");
    assert!(
        lines[1][RESULTS_HEADER
            .iter()
            .position(|h| *h == "risk_signals")
            .unwrap()]
        .starts_with("Xinjiang location in the address: Xinjiang, Shihezi; "),
        "{}",
        lines[1][RESULTS_HEADER
            .iter()
            .position(|h| *h == "risk_signals")
            .unwrap()]
    );
}

fn info(code: ListCode, as_of: &str) -> crate::model::ListInfo {
    crate::model::ListInfo {
        code,
        name: format!("{} list", code.as_str()),
        agency: String::new(),
        as_of: as_of.into(),
        as_of_from: "content".into(),
        fetched: String::new(),
        files: Vec::new(),
        source_url: String::new(),
        record_count: 0,
        notes: Vec::new(),
    }
}

#[test]
fn decisions_record_the_list_version_and_say_which_lists_changed_since() {
    let mut old = decision(
        "Bank Mellat",
        "ofac_sdn:306",
        DecisionStatus::FalsePositive,
        "",
    );
    old.list_as_of = "2024-05-03".into();
    let mut older = decision("Other", "ofac_sdn:9", DecisionStatus::Confirmed, "");
    older.list_as_of = "2023-01-01".into();
    let mut same = decision("Hik", "bis_entity:x", DecisionStatus::Confirmed, "");
    same.list = ListCode::BisEntity;
    same.list_as_of = "2026-07".into();
    let unknown = decision("Y", "dhs_uflpa:1", DecisionStatus::Confirmed, "");
    let ds = vec![old, older, same, unknown];
    // The column round-trips; files without it load with an empty date.
    let text = decisions_to_csv(&ds);
    assert_eq!(decisions_from_csv("d.csv", &text).unwrap(), ds);
    let lists = [
        info(ListCode::OfacSdn, "2026-07-09"),
        info(ListCode::BisEntity, "2026-07"),
        info(ListCode::DhsUflpa, "2026-01-01"),
    ];
    let changed = lists_changed(&ds, &lists);
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].list, ListCode::OfacSdn);
    assert_eq!(changed[0].decided_against, "2023-01-01");
    assert_eq!(changed[0].now, "2026-07-09");
    assert_eq!(
        changed[0].to_string(),
        "ofac_sdn list (2023-01-01 -> 2026-07-09)"
    );
    let no_dates = decisions_from_csv(
        "old.csv",
        "supplier_name,entity_id,list,entity_name,decision,note,decided_at\nA,ofac_sdn:1,ofac_sdn,A,confirmed,,\n",
    )
    .unwrap();
    assert_eq!(no_dates[0].list_as_of, "");
    assert!(lists_changed(&no_dates, &lists).is_empty());
}
