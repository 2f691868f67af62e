//! `supplyscreen`: the native command-line tool.
mod args;
mod cmd_build_lists;
mod cmd_diff;
mod cmd_eval;
mod cmd_lists;
mod cmd_pairs;
mod cmd_refresh;
mod cmd_screen;
mod embedded;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    let result = match args.first().map(String::as_str) {
        Some("build-lists") => cmd_build_lists::run(rest),
        Some("lists") => cmd_lists::run(rest),
        Some("screen") => cmd_screen::run(rest),
        Some("pairs") => cmd_pairs::run(rest),
        Some("eval") => cmd_eval::run(rest),
        Some("refresh") => cmd_refresh::run(rest),
        Some("diff") => cmd_diff::run(rest),
        _ => {
            eprintln!("supplyscreen: no command given (build-lists, refresh, diff, lists, screen, pairs, eval)");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("supplyscreen: {e}");
        std::process::exit(1);
    }
}
