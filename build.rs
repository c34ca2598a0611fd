//! Compiles the service contract with `protox`, so the build needs no system `protoc`, and
//! lists the finding pages under `docs/checks/` so that they are compiled in (SARIF help);
//! a test holds the pages to the findings catalogue.

/// `$OUT_DIR/check_pages.rs`: `(code, page text)` for every `docs/checks/*.md`.
fn check_pages() -> Result<(), Box<dyn std::error::Error>> {
    // The checkout being built, read when the script runs: a compiled-in path would point at
    // whichever checkout first built this script when two share a target directory.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR")?;
    let dir = std::path::Path::new(&manifest_dir).join("docs/checks");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut pages: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    let mut out = String::from("/// Every page under docs/checks/, by code.\npub const PAGES: &[(&str, &str)] = &[\n");
    for page in pages {
        println!("cargo:rerun-if-changed={}", page.display());
        let code = page.file_stem().and_then(|s| s.to_str()).ok_or("page name")?;
        out.push_str(&format!("    ({code:?}, include_str!({:?})),\n", page.display().to_string()));
    }
    out.push_str("];\n");
    let target = std::path::Path::new(&std::env::var("OUT_DIR")?).join("check_pages.rs");
    std::fs::write(target, out)?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    check_pages()?;
    let proto = "proto/rentflow/leases/v1/lease.proto";
    println!("cargo:rerun-if-changed={proto}");
    let descriptors = protox::compile([proto], ["proto"])?;
    tonic_prost_build::configure().build_client(true).build_server(true).compile_fds(descriptors)?;
    Ok(())
}
