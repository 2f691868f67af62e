//! The list bundle built into the binary (see `build.rs`): the default for every command that
//! reads lists, so the CLI works from any directory. `--bundle FILE` reads another one instead — a
//! bundle written by `supplyscreen refresh` or `build-lists`, or a test bundle.

use std::borrow::Cow;
use std::path::Path;
use supplyscreen_engine::bundle;
use supplyscreen_engine::model::ListSet;

/// The bundle `build.rs` built from the committed `data/sources` when this binary was compiled.
pub static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lists.bundle"));

/// Where a command's lists came from, for its messages ("the built-in bundle", or the file).
pub enum Origin<'a> {
    BuiltIn,
    File(&'a Path),
}

impl std::fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::BuiltIn => f.write_str("the built-in list bundle"),
            Origin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// The bytes of the bundle `--bundle` names, or of the built-in one when it names none.
pub fn bundle_bytes(arg: Option<&str>) -> Result<(Cow<'static, [u8]>, Origin<'_>), String> {
    match arg {
        None => Ok((Cow::Borrowed(BUNDLE), Origin::BuiltIn)),
        Some(p) => {
            let path = Path::new(p);
            let bytes = std::fs::read(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    format!(
                        "no list bundle at {}; build one with `supplyscreen build-lists --out {}`, or leave \
                         out --bundle to use the lists built into this binary",
                        path.display(),
                        path.display()
                    )
                } else {
                    format!("cannot read the list bundle {}: {e}", path.display())
                }
            })?;
            Ok((Cow::Owned(bytes), Origin::File(path)))
        }
    }
}

/// The decoded bundle `--bundle` names, or the built-in one.
pub fn load(arg: Option<&str>) -> Result<ListSet, String> {
    let (bytes, origin) = bundle_bytes(arg)?;
    bundle::decode(&bytes).map_err(|e| format!("{origin}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_bundle_decodes_and_carries_every_list() {
        let set = load(None).expect("built-in bundle decodes");
        assert!(set.lists.len() >= 11, "{} lists", set.lists.len());
        assert!(
            set.entities.len() > 10_000,
            "{} entities",
            set.entities.len()
        );
    }

    #[test]
    fn a_missing_bundle_file_says_how_to_make_one() {
        let err = load(Some("/nonexistent/x.bundle")).unwrap_err();
        assert!(
            err.contains("no list bundle at /nonexistent/x.bundle"),
            "{err}"
        );
        assert!(err.contains("build-lists"), "{err}");
    }
}
