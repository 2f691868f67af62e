//! `supplyscreen`: the native command-line tool.
fn main() {
    eprintln!("supplyscreen: no command given");
    std::process::exit(2);
}
