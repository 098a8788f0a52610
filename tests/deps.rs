//! Offline by construction: the build fails if a networking crate enters the
//! dependency tree (normal, build or dev), and fieldref's own code names no
//! socket API.

use std::collections::BTreeSet;
use std::path::PathBuf;

/// Crates whose purpose is talking to a network: HTTP clients and servers,
/// TLS, DNS, WebSockets, QUIC, async runtimes built around sockets.
const BANNED: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "hyper-tls",
    "hyper-rustls",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "http-client",
    "native-tls",
    "openssl",
    "openssl-sys",
    "rustls",
    "tokio-rustls",
    "tokio-native-tls",
    "h2",
    "h3",
    "quinn",
    "tungstenite",
    "tokio-tungstenite",
    "async-tungstenite",
    "hickory-resolver",
    "hickory-proto",
    "trust-dns-resolver",
    "trust-dns-proto",
    "tokio",
    "async-std",
    "smol",
    "async-net",
    "socket2",
    "libp2p",
    "actix-web",
    "axum",
    "warp",
    "tiny_http",
    "lettre",
    "ssh2",
    "libssh2-sys",
    "git2",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every package name in Cargo.lock.
fn locked_packages() -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("Cargo.lock")).expect("read Cargo.lock");
    let lock: toml::Table = toml::from_str(&text).expect("Cargo.lock is TOML");
    lock.get("package")
        .and_then(|p| p.as_array())
        .expect("[[package]] entries")
        .iter()
        .filter_map(|p| p.get("name").and_then(|n| n.as_str()).map(String::from))
        .collect()
}

#[test]
fn no_networking_crate_is_in_the_dependency_tree() {
    let packages = locked_packages();
    assert!(packages.contains("tantivy"), "Cargo.lock looks incomplete");
    let found: Vec<&str> = BANNED
        .iter()
        .copied()
        .filter(|b| packages.contains(*b))
        .collect();
    assert!(
        found.is_empty(),
        "networking crates in the tree: {found:?}. fieldref must work with no network \
         and hold no network code (DESIGN.md, principle 2); `cargo tree -i NAME` shows who pulls it in"
    );
}

/// `cargo metadata` for the whole resolved graph (about 0.3 s, offline).
fn metadata() -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--locked"])
        .current_dir(root())
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("metadata JSON")
}

/// `mio` is in the tree through crossterm, which polls the terminal and a
/// signal pipe with it: no socket to any host. Its `net` feature is switched
/// on by `signal-hook-mio` (crossterm's SIGWINCH handling), which uses
/// `mio::net::UnixStream` as a local socket pair to wake the poller when the
/// window is resized: Unix-domain, same process, no address. This test keeps
/// it that way: only crossterm and signal-hook-mio may depend on mio, only
/// signal-hook-mio may ask for `net`, and fieldref's own Cargo.toml names no
/// mio at all.
#[test]
fn mio_is_only_the_terminal_event_poller() {
    let meta = metadata();
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("read Cargo.toml");
    let own: toml::Table = toml::from_str(&manifest).expect("Cargo.toml is TOML");
    for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
        let deps = own.get(section).and_then(|d| d.as_table());
        assert!(
            deps.is_none_or(|d| !d.contains_key("mio")),
            "Cargo.toml [{section}] names mio: fieldref itself must not use it"
        );
    }
    assert!(
        !manifest.contains("mio/net"),
        "Cargo.toml enables mio's net feature"
    );

    let packages = meta["packages"].as_array().expect("packages");
    let mut dependents = BTreeSet::new();
    for pkg in packages {
        let name = pkg["name"].as_str().unwrap_or("");
        for dep in pkg["dependencies"].as_array().into_iter().flatten() {
            if dep["name"] != "mio" {
                continue;
            }
            // Only dependencies that this build can actually resolve count.
            if !is_resolved_dependent(&meta, pkg) {
                continue;
            }
            dependents.insert(name.to_string());
            let features: Vec<&str> = dep["features"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f.as_str())
                .collect();
            if features.contains(&"net") {
                assert_eq!(
                    name, "signal-hook-mio",
                    "{name} enables mio's net feature; see this test's comment before allowing it"
                );
            }
        }
    }
    assert!(
        dependents.contains("crossterm"),
        "expected crossterm to depend on mio; the metadata walk found {dependents:?}"
    );
    let allowed: BTreeSet<String> = ["crossterm", "signal-hook-mio"]
        .into_iter()
        .map(String::from)
        .collect();
    assert!(
        dependents.is_subset(&allowed),
        "new crates depend on mio: {:?}",
        dependents.difference(&allowed).collect::<Vec<_>>()
    );
}

/// Whether `pkg` is a node of the resolved graph that depends on mio.
fn is_resolved_dependent(meta: &serde_json::Value, pkg: &serde_json::Value) -> bool {
    let id = &pkg["id"];
    meta["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| &n["id"] == id)
        .any(|n| {
            n["deps"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|d| d["name"] == "mio")
        })
}

/// Walks `src/` for socket APIs: fieldref opens no connection of its own.
#[test]
fn fieldref_source_names_no_socket_api() {
    let needles = [
        "std::net",
        "TcpStream",
        "TcpListener",
        "UdpSocket",
        "ToSocketAddrs",
        "mio::net",
    ];
    let mut stack = vec![root().join("src")];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).expect("read source");
                for n in needles {
                    assert!(
                        !text.contains(n),
                        "{} uses {n}: fieldref holds no network code",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(files > 10, "walked only {files} source files");
}
