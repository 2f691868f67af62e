//! The one command-line parser of the `supplyscreen` tools, on `lexopt`: `--name value` (or
//! `--name=value`), `--switch`, and positionals, each command naming the options it knows so a typo
//! is an error that prints the usage.

use lexopt::prelude::*;

pub struct Args {
    pub positional: Vec<String>,
    values: Vec<(String, String)>,
    switches: Vec<String>,
    /// `-h` / `--help` was given: the command prints its usage and does nothing else.
    pub help: bool,
}

impl Args {
    /// Parses `args` (without the program and command names). `valued` options take a value,
    /// `switches` do not.
    pub fn parse(
        args: &[String],
        valued: &[&str],
        switches: &[&str],
        usage: &str,
    ) -> Result<Args, String> {
        let mut out = Args {
            positional: Vec::new(),
            values: Vec::new(),
            switches: Vec::new(),
            help: false,
        };
        let mut p = lexopt::Parser::from_args(args.iter());
        while let Some(arg) = p.next().map_err(|e| format!("{e}\n{usage}"))? {
            match arg {
                Short('h') | Long("help") => out.help = true,
                Long(name) if valued.contains(&name) => {
                    let name = name.to_string();
                    let v = p
                        .value()
                        .map_err(|e| format!("{e}\n{usage}"))?
                        .into_string()
                        .map_err(|v| format!("--{name}: {v:?} is not valid UTF-8"))?;
                    out.values.push((name, v));
                }
                Long(name) if switches.contains(&name) => out.switches.push(name.to_string()),
                Value(v) => out.positional.push(
                    v.into_string()
                        .map_err(|v| format!("{v:?} is not valid UTF-8"))?,
                ),
                other => return Err(format!("{}\n{usage}", other.unexpected())),
            }
        }
        Ok(out)
    }

    /// The value of `--name` (the last one when given twice).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the switch `--name` was given.
    pub fn has(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(a: &[&str]) -> Result<Args, String> {
        let a: Vec<String> = a.iter().map(|s| s.to_string()).collect();
        Args::parse(&a, &["out", "top"], &["misses"], "usage: x")
    }

    #[test]
    fn values_switches_and_positionals() {
        let a = parse(&[
            "in.csv", "--out", "o.csv", "--top=3", "--misses", "--top", "4",
        ])
        .unwrap();
        assert_eq!(a.positional, ["in.csv"]);
        assert_eq!(a.get("out"), Some("o.csv"));
        assert_eq!(a.get("top"), Some("4"));
        assert!(a.has("misses") && !a.help);
        assert!(parse(&["-h"]).unwrap().help);
    }

    #[test]
    fn mistakes_print_the_usage() {
        let e = parse(&["--nope"]).err().unwrap();
        assert!(e.contains("--nope") && e.ends_with("usage: x"), "{e}");
        let e = parse(&["--out"]).err().unwrap();
        assert!(e.contains("usage: x"), "{e}");
    }
}
