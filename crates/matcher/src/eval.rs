//! Measuring the matcher on a labelled supplier file (format: `data/eval/dev/README.md`).
//!
//! Pure functions over already-read rows and hits, so the CLI (`supplyscreen eval`) and the test
//! that guards the dev-set floors compute exactly the same figures.

use crate::screen::Hit;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One row of `labels.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// 1-based data row of the supplier file.
    pub row: usize,
    pub positive: bool,
    pub expected_list: String,
    /// Primary name then aliases of the expected entity.
    pub expected_names: Vec<String>,
    /// Perturbation kinds, e.g. `["typo", "noise"]`; negatives: `real_unlisted_company` or
    /// `hard_sister_name`.
    pub kinds: Vec<String>,
}

impl Label {
    /// Builds a label from the CSV columns `row,kind,expected_list,expected_names,perturbation`.
    pub fn from_columns(
        row: &str,
        kind: &str,
        list: &str,
        names: &str,
        perturbation: &str,
    ) -> Result<Label, String> {
        let row: usize = row
            .trim()
            .parse()
            .map_err(|_| format!("`row` must be a 1-based number, got {row:?}"))?;
        let positive = match kind.trim() {
            "positive" => true,
            "negative" => false,
            other => {
                return Err(format!(
                    "`kind` must be positive or negative, got {other:?}"
                ))
            }
        };
        let mut kinds: Vec<String> = perturbation
            .split('+')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        kinds.sort();
        kinds.dedup();
        Ok(Label {
            row,
            positive,
            expected_list: list.trim().to_string(),
            expected_names: names
                .split(" | ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
            kinds,
        })
    }
}

/// Lower-cases and drops punctuation, as the label rules say.
pub fn name_key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Counts at one threshold.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub positives: usize,
    pub found: usize,
    pub negatives: usize,
    pub negatives_flagged: usize,
    pub false_alarms: usize,
}

impl Counts {
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.positives)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.found, self.found + self.false_alarms)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Share of negatives with any hit.
    pub fn false_alarm_rate(&self) -> f64 {
        ratio(self.negatives_flagged, self.negatives)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Result at one threshold, overall and per perturbation kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThresholdResult {
    pub threshold: f64,
    pub overall: Counts,
    pub by_kind: BTreeMap<String, Counts>,
}

/// Did this label's screen succeed at `t`? Returns (found, false_alarm).
pub fn judge(label: &Label, hits: &[Hit], t: f64) -> (bool, bool) {
    let above: Vec<&Hit> = hits.iter().filter(|h| h.score + 1e-9 >= t).collect();
    if !label.positive {
        return (false, !above.is_empty());
    }
    let keys: Vec<String> = label.expected_names.iter().map(|n| name_key(n)).collect();
    let found = above.iter().any(|h| {
        keys.contains(&name_key(&h.entity_name)) || keys.contains(&name_key(&h.matched_name))
    });
    (found, !found && !above.is_empty())
}

/// Scores hits (`hits[i]` belongs to data row `i + 1`) against labels at each threshold.
pub fn evaluate(labels: &[Label], hits: &[Vec<Hit>], thresholds: &[f64]) -> Vec<ThresholdResult> {
    thresholds
        .iter()
        .map(|&t| {
            let mut overall = Counts::default();
            let mut by_kind: BTreeMap<String, Counts> = BTreeMap::new();
            for l in labels {
                let h = hits.get(l.row.wrapping_sub(1)).map_or(&[][..], |v| v);
                let (found, fa) = judge(l, h, t);
                let add = |c: &mut Counts| {
                    if l.positive {
                        c.positives += 1;
                        c.found += usize::from(found);
                    } else {
                        c.negatives += 1;
                        c.negatives_flagged += usize::from(fa);
                    }
                    c.false_alarms += usize::from(fa);
                };
                add(&mut overall);
                if l.kinds.is_empty() {
                    add(by_kind.entry("none".to_string()).or_default());
                }
                for k in &l.kinds {
                    add(by_kind.entry(k.clone()).or_default());
                }
            }
            ThresholdResult {
                threshold: t,
                overall,
                by_kind,
            }
        })
        .collect()
}

/// A plain-text report: the default threshold in detail, then the sweep.
pub fn report(results: &[ThresholdResult], default_threshold: f64) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    if let Some(d) = results
        .iter()
        .find(|r| (r.threshold - default_threshold).abs() < 1e-9)
    {
        let o = &d.overall;
        let _ = writeln!(
            s,
            "At the default threshold {:.2}: recall {:.3}  precision {:.3}  F1 {:.3}  negatives flagged {:.3} ({}/{})  false alarms {}",
            d.threshold,
            o.recall(),
            o.precision(),
            o.f1(),
            o.false_alarm_rate(),
            o.negatives_flagged,
            o.negatives,
            o.false_alarms
        );
        let _ = writeln!(
            s,
            "\nBy perturbation kind (a row counts under each of its kinds):"
        );
        let _ = writeln!(
            s,
            "{:<24} {:>6} {:>8} {:>10}",
            "kind", "rows", "recall", "flagged"
        );
        for (k, c) in &d.by_kind {
            if c.positives > 0 {
                let _ = writeln!(
                    s,
                    "{:<24} {:>6} {:>8.3} {:>10}",
                    k,
                    c.positives,
                    c.recall(),
                    ""
                );
            } else {
                let _ = writeln!(
                    s,
                    "{:<24} {:>6} {:>8} {:>10.3}",
                    k,
                    c.negatives,
                    "",
                    c.false_alarm_rate()
                );
            }
        }
    }
    let _ = writeln!(s, "\nThreshold sweep:");
    let _ = writeln!(
        s,
        "{:>9} {:>8} {:>9} {:>7} {:>9}",
        "threshold", "recall", "precision", "F1", "flagged"
    );
    for r in results {
        let o = &r.overall;
        let mark = if (r.threshold - default_threshold).abs() < 1e-9 {
            "  <- default"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "{:>9.2} {:>8.3} {:>9.3} {:>7.3} {:>9.3}{}",
            r.threshold,
            o.recall(),
            o.precision(),
            o.f1(),
            o.false_alarm_rate(),
            mark
        );
    }
    s
}

/// The thresholds of the sweep: 0.50 to 0.95 by 0.05, plus the default.
pub fn sweep(default_threshold: f64) -> Vec<f64> {
    let mut v: Vec<f64> = (10..=19).map(|i| f64::from(i) * 0.05).collect();
    if !v.iter().any(|t| (t - default_threshold).abs() < 1e-9) {
        v.push(default_threshold);
    }
    v.sort_by(f64::total_cmp);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_keys() {
        let l = Label::from_columns("3", "positive", "ofac_sdn", "A, B. | C", "typo+noise+typo")
            .unwrap();
        assert_eq!(l.expected_names, ["A, B.", "C"]);
        assert_eq!(l.kinds, ["noise", "typo"]);
        assert_eq!(name_key("Foo, Co. (Ltd.)"), "foo co ltd");
        assert!(Label::from_columns("x", "positive", "", "", "").is_err());
        assert!(Label::from_columns("1", "maybe", "", "", "").is_err());
    }
}
