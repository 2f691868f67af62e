//! `supplyscreen lists [--bundle FILE]`: what a bundle contains — one line per list
//! (code, name, agency, as-of date, records) followed by its notes, so a user knows how fresh and how
//! complete each list is before trusting a screen.

use crate::args::Args;
use supplyscreen_engine::bundle;

const USAGE: &str = "usage: supplyscreen lists [--bundle FILE]
  --bundle FILE   list bundle to describe (default: the lists built into this binary)";

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["bundle"], &[], USAGE)?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    if let Some(extra) = a.positional.first() {
        return Err(format!("lists takes no {extra:?}\n{USAGE}"));
    }
    let (bytes, origin) = crate::embedded::bundle_bytes(a.get("bundle"))?;
    let set = bundle::decode(&bytes).map_err(|e| format!("{origin}: {e}"))?;
    println!(
        "{origin} — built from sources up to {}, sha256 {}",
        set.built_from,
        bundle::fingerprint(&bytes)
    );
    println!(
        "{:<11} {:<10} {:>7}  {:<45} agency",
        "code", "as-of", "records", "name"
    );
    for l in &set.lists {
        println!(
            "{:<11} {:<10} {:>7}  {:<45} {}",
            l.code.as_str(),
            l.as_of,
            l.record_count,
            l.name,
            l.agency
        );
        for n in &l.notes {
            println!("{:<11} - {n}", "");
        }
        println!("{:<11}   source: {}", "", l.source_url);
    }
    Ok(())
}
