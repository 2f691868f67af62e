//! `supplyscreen diff OLD.bundle NEW.bundle`: per list the counts of entities added, removed and
//! changed, then one line per entity (`+ CODE ID NAME`, `- CODE ID NAME`, `~ CODE ID NAME: what
//! changed`).

use crate::args::Args;
use crate::cmd_screen::load_bundle;
use std::path::Path;
use supplyscreen_engine::diff::{diff, render};

const USAGE: &str = "usage: supplyscreen diff OLD.bundle NEW.bundle";

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &[], &[], USAGE)?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    let [old, new] = a.positional.as_slice() else {
        return Err(format!("diff takes two bundles, OLD and NEW\n{USAGE}"));
    };
    let old = load_bundle(Path::new(old))?;
    let new = load_bundle(Path::new(new))?;
    print!("{}", render(&diff(&old, &new)));
    Ok(())
}
