//! Rebuilds when bundled knowledge or keymaps change, since both are embedded.
fn main() {
    println!("cargo:rerun-if-changed=knowledge");
    println!("cargo:rerun-if-changed=keymaps");
}
