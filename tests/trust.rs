//! Trusted packs: a pack signed with a key the user trusts loads clean; one
//! whose files or manifest changed after signing is refused by name; packs
//! that are unsigned, or signed by a key the user does not trust, load with
//! every item (above all every phone number) marked "local, unsigned".
//!
//! Keys and signatures are made here with the `minisign` crate, the same
//! format `minisign -G` and `minisign -Sm` produce. TEST KEYS ONLY: they
//! live in tempdirs and vanish with the test.

mod common;

use common::*;
use fieldref::knowledge::manifest::{self, MANIFEST_FILE, SIGNATURE_FILE};
use fieldref::knowledge::{Knowledge, LoadOptions, Loaded, Trust};
use minisign::KeyPair;
use std::path::{Path, PathBuf};

const PACK: &str = "test-signed";
const TERM: &str = "test.signed.term";
const CONTACT: &str = "test.signed.contact";

/// A fictional contact with the fake number `000 000 000`.
const CONTACT_TOML: &str = "# TEST DATA: fictional contact.\n\
[[contact]]\nid = \"test.signed.contact\"\norganisation = \"Fictional office (test data)\"\n\
services = [\"police\"]\nregions = [\"Testland\"]\n\
phones = [{ number = \"000 000 000\", label = { en = \"Fake line\", fr = \"Ligne fictive\" } }]\n\
verified = false\nsource = \"fieldref test data (fictional)\"\n\
[contact.en]\ntitle = \"Fictional office\"\nbody = \"Test data only.\"\n\
[contact.fr]\ntitle = \"Bureau fictif\"\nbody = \"Données de test uniquement.\"\n";

/// A fresh key pair, as `minisign -G -W` would make.
fn keypair() -> KeyPair {
    KeyPair::generate_unencrypted_keypair().expect("generate a test key")
}

/// The key id as `minisign` prints it.
fn key_id(kp: &KeyPair) -> String {
    let n: [u8; 8] = kp.pk.keynum().try_into().expect("8-byte key id");
    format!("{:016X}", u64::from_le_bytes(n))
}

/// The `.pub` file text of a key.
fn pub_file(kp: &KeyPair) -> String {
    kp.pk.to_box().expect("key box").to_string()
}

/// A pack directory with a glossary term and a contact, not yet signed.
fn pack_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "pack.toml", &pack_toml(PACK));
    write(dir.path(), "items.toml", &glossary_toml(TERM));
    write(dir.path(), "contacts.toml", CONTACT_TOML);
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write test file");
}

/// Writes the manifest (naming `embed`'s public key if given) and signs it
/// with `signer`, like `fieldref manifest` then `minisign -Sm pack.manifest`.
fn sign_pack(dir: &Path, signer: &KeyPair, embed: Option<&KeyPair>) {
    let m = manifest::build(dir, embed.map(|k| k.pk.to_base64())).expect("build manifest");
    write(dir, MANIFEST_FILE, &m.to_text());
    resign(dir, signer);
}

/// Signs whatever `pack.manifest` holds now.
fn resign(dir: &Path, signer: &KeyPair) {
    let bytes = std::fs::read(dir.join(MANIFEST_FILE)).expect("read manifest");
    let sig = minisign::sign(
        Some(&signer.pk),
        &signer.sk,
        std::io::Cursor::new(bytes),
        None,
        None,
    )
    .expect("sign");
    write(dir, SIGNATURE_FILE, &sig.to_string());
}

/// A trusted-keys directory holding these keys.
fn trusted(keys: &[&KeyPair]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (n, k) in keys.iter().enumerate() {
        write(dir.path(), &format!("office-{n}.pub"), &pub_file(k));
    }
    dir
}

/// Loads the bundled packs, then `pack`, trusting the keys in `keys`.
fn load(pack: &Path, keys: &Path) -> Loaded {
    Knowledge::load(&LoadOptions {
        bundled: true,
        extra_dirs: vec![pack.to_path_buf()],
        trusted_keys_dir: Some(keys.to_path_buf()),
    })
}

fn trust_of(loaded: &Loaded) -> Option<Trust> {
    loaded.knowledge.pack(PACK).map(|p| p.trust.clone())
}

/// Asserts the pack was refused with an error naming `file` and saying
/// `says`, and that every bundled item is still there.
fn assert_refused(loaded: &Loaded, file: &str, says: &str) {
    let errs = errors(loaded);
    assert!(
        loaded.knowledge.pack(PACK).is_none(),
        "the pack must be refused whole, got {:?}\n{}",
        trust_of(loaded),
        listing(&errs)
    );
    assert!(loaded.knowledge.get(TERM).is_none());
    assert!(loaded.knowledge.get(CONTACT).is_none());
    assert!(
        errs.iter()
            .any(|d| d.file.ends_with(file) && d.message.contains(says)),
        "expected an error naming {file} that says {says:?}:\n{}",
        listing(&errs)
    );
    for d in &errs {
        assert!(d.message.contains("refused"), "{d}");
    }
    assert_bundled_all_there(loaded);
}

/// Every bundled item is loaded, with no error from the bundled packs.
fn assert_bundled_all_there(loaded: &Loaded) {
    let alone = Knowledge::load(&LoadOptions {
        bundled: true,
        ..Default::default()
    });
    assert!(!alone.knowledge.items.is_empty());
    for item in &alone.knowledge.items {
        assert!(
            loaded.knowledge.get(&item.id).is_some(),
            "bundled item {} lost",
            item.id
        );
    }
}

#[test]
fn signed_pack_with_a_trusted_key_is_signed_and_its_items_are_not_marked() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    let keys = trusted(&[&keypair(), &office]);
    let loaded = load(pack.path(), keys.path());
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    assert_eq!(
        trust_of(&loaded),
        Some(Trust::Signed {
            key_id: key_id(&office)
        })
    );
    for id in [TERM, CONTACT] {
        let item = loaded.knowledge.get(id).expect(id);
        assert!(loaded.knowledge.is_trusted(item), "{id}");
    }
    assert_bundled_all_there(&loaded);
}

#[test]
fn one_changed_byte_in_an_item_file_refuses_the_pack_naming_that_file() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    let path = pack.path().join("contacts.toml");
    let mut bytes = std::fs::read(&path).expect("read");
    let at = bytes
        .windows(3)
        .position(|w| w == b"000")
        .expect("the number");
    bytes[at] = b'1'; // 000 000 000 -> 100 000 000: one byte, another phone
    std::fs::write(&path, bytes).expect("write");
    let keys = trusted(&[&office]);
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, "contacts.toml", "does not match pack.manifest");
    assert_eq!(errors(&loaded).len(), 1, "{}", listing(&errors(&loaded)));
}

#[test]
fn an_unlisted_toml_file_refuses_the_pack() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    write(
        pack.path(),
        "extra.toml",
        &glossary_toml("test.signed.smuggled"),
    );
    let keys = trusted(&[&office]);
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, "extra.toml", "not listed in pack.manifest");
    assert!(loaded.knowledge.get("test.signed.smuggled").is_none());
}

#[test]
fn a_listed_file_that_is_missing_refuses_the_pack_at_its_manifest_line() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    std::fs::remove_file(pack.path().join("items.toml")).expect("remove");
    let keys = trusted(&[&office]);
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, MANIFEST_FILE, "`items.toml`, which is missing");
    let d = errors(&loaded)[0].clone();
    assert!(d.line > 0, "{d}");
}

#[test]
fn a_tampered_manifest_fails_signature_verification() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    let keys = trusted(&[&office]);

    // Any edit, even a comment, breaks the signature.
    let path = pack.path().join(MANIFEST_FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, format!("{text}# edited\n")).expect("write");
    let loaded = load(pack.path(), keys.path());
    assert_refused(
        &loaded,
        SIGNATURE_FILE,
        "does not verify with the trusted key",
    );

    // The real attack: change a number and update its digest to match.
    write(
        pack.path(),
        "contacts.toml",
        &CONTACT_TOML.replace("000 000 000", "111 111 111"),
    );
    let forged = manifest::build(pack.path(), None).expect("build");
    std::fs::write(&path, forged.to_text()).expect("write");
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, SIGNATURE_FILE, "changed after it was signed");
}

#[test]
fn a_valid_signature_by_an_untrusted_key_is_signed_untrusted_and_marked() {
    let stranger = keypair();
    let keys = trusted(&[&keypair()]);

    // The manifest names its key, so the signature is checked with it.
    let pack = pack_dir();
    sign_pack(pack.path(), &stranger, Some(&stranger));
    let loaded = load(pack.path(), keys.path());
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    assert_eq!(
        trust_of(&loaded),
        Some(Trust::SignedUntrusted {
            key_id: key_id(&stranger),
            checked: true
        })
    );
    for id in [TERM, CONTACT] {
        let item = loaded.knowledge.get(id).expect(id);
        assert!(!loaded.knowledge.is_trusted(item), "{id} must be marked");
    }

    // Without a named key the signature cannot be checked: still marked.
    let bare = pack_dir();
    sign_pack(bare.path(), &stranger, None);
    let loaded = load(bare.path(), keys.path());
    assert_eq!(
        trust_of(&loaded),
        Some(Trust::SignedUntrusted {
            key_id: key_id(&stranger),
            checked: false
        })
    );
    let item = loaded.knowledge.get(CONTACT).expect("contact");
    assert!(!loaded.knowledge.is_trusted(item));
}

#[test]
fn a_tampered_manifest_signed_by_an_untrusted_named_key_is_refused() {
    let stranger = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &stranger, Some(&stranger));
    let path = pack.path().join(MANIFEST_FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("fieldref pack manifest", "edited manifest"),
    )
    .expect("write");
    let keys = trusted(&[]);
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, SIGNATURE_FILE, "does not verify with its own key");
}

#[test]
fn a_signature_by_another_key_than_the_manifest_names_is_refused() {
    let pack = pack_dir();
    sign_pack(pack.path(), &keypair(), Some(&keypair()));
    let keys = trusted(&[]);
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, SIGNATURE_FILE, "but pack.manifest names key");
}

#[test]
fn a_malformed_manifest_or_signature_refuses_the_pack() {
    let office = keypair();
    let keys = trusted(&[&office]);
    let cases: [(&str, &str, &str, &str); 4] = [
        (
            MANIFEST_FILE,
            "[files\n",
            MANIFEST_FILE,
            "malformed pack.manifest",
        ),
        (
            MANIFEST_FILE,
            "[files]\n\"pack.toml\" = \"abc\"\n",
            MANIFEST_FILE,
            "64 hexadecimal",
        ),
        (
            MANIFEST_FILE,
            "[files]\n\"../pack.toml\" = \"abc\"\n",
            MANIFEST_FILE,
            "plain name",
        ),
        (
            SIGNATURE_FILE,
            "untrusted comment: x\nnot base64\n",
            SIGNATURE_FILE,
            "not a minisign signature",
        ),
    ];
    for (name, text, blamed, says) in cases {
        let pack = pack_dir();
        sign_pack(pack.path(), &office, None);
        write(pack.path(), name, text);
        let loaded = load(pack.path(), keys.path());
        assert_refused(&loaded, blamed, says);
    }
}

#[test]
fn a_manifest_without_signature_is_checked_but_the_pack_stays_unsigned() {
    let pack = pack_dir();
    let m = manifest::build(pack.path(), None).expect("build");
    write(pack.path(), MANIFEST_FILE, &m.to_text());
    let keys = trusted(&[]);
    let loaded = load(pack.path(), keys.path());
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    assert_eq!(trust_of(&loaded), Some(Trust::Unsigned));

    write(
        pack.path(),
        "items.toml",
        &glossary_toml("test.signed.other"),
    );
    let loaded = load(pack.path(), keys.path());
    assert_refused(&loaded, "items.toml", "does not match");
}

#[test]
fn a_signature_without_manifest_is_a_warning_and_the_pack_is_unsigned() {
    let pack = pack_dir();
    write(pack.path(), SIGNATURE_FILE, "untrusted comment: stray\n");
    let loaded = load(pack.path(), trusted(&[]).path());
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    assert_eq!(trust_of(&loaded), Some(Trust::Unsigned));
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.file.ends_with(SIGNATURE_FILE) && !d.is_error()),
        "{:?}",
        loaded.diagnostics
    );
}

#[test]
fn a_broken_key_file_is_a_warning_and_the_other_keys_still_count() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    let keys = trusted(&[&office]);
    write(
        keys.path(),
        "broken.pub",
        "untrusted comment: x\nRWQ not a key\n",
    );
    write(keys.path(), "notes.txt", "ignored: not a .pub file\n");
    let loaded = load(pack.path(), keys.path());
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.file.ends_with("broken.pub") && d.message.contains("not trusted")),
        "{:?}",
        loaded.diagnostics
    );
    assert!(matches!(trust_of(&loaded), Some(Trust::Signed { .. })));
}

#[test]
fn the_search_cache_fingerprint_follows_manifests_and_trusted_keys() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    let keys = tempfile::tempdir().expect("tempdir");
    let opts = LoadOptions {
        bundled: false,
        extra_dirs: vec![pack.path().to_path_buf()],
        trusted_keys_dir: Some(keys.path().to_path_buf()),
    };
    let fp = || fieldref::knowledge::sources::fingerprint(&opts);
    let before = fp();
    // A trusted key can turn an unchecked signature into a refused pack.
    write(keys.path(), "office.pub", &pub_file(&office));
    let with_key = fp();
    assert_ne!(before, with_key);
    // A changed manifest (same length) can refuse a pack: rebuild the index.
    let path = pack.path().join(MANIFEST_FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("SHA-256", "sha-256", 1)).expect("write");
    let now = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(now))
        .expect("touch");
    assert_ne!(with_key, fp());
}

// ---- the command line -------------------------------------------------

/// A sandbox whose trusted-keys directory holds `keys`.
fn sandbox_trusting(keys: &[&KeyPair]) -> Sandbox {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("config/trusted-keys");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (n, k) in keys.iter().enumerate() {
        write(&dir, &format!("office-{n}.pub"), &pub_file(k));
    }
    sandbox
}

fn knowledge_arg(dir: &Path) -> String {
    dir.to_str().expect("utf-8 tempdir").to_string()
}

#[test]
fn an_unsigned_pack_is_marked_on_every_item_in_show_including_the_phone_line() {
    let pack = pack_dir();
    let sandbox = Sandbox::new();
    let dir = knowledge_arg(pack.path());
    for (lang, marker) in [("en", "[local, unsigned]"), ("fr", "[local, non signé]")] {
        for id in [TERM, CONTACT] {
            let run = sandbox.run(&["--lang", lang, "--knowledge", &dir, "show", id]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            let badges = run.stdout.lines().nth(1).unwrap_or_default();
            assert!(
                badges.contains(marker),
                "{id} ({lang}) badges: {badges}\n{}",
                run.stdout
            );
        }
        let run = sandbox.run(&["--lang", lang, "--knowledge", &dir, "show", CONTACT]);
        let phone = run
            .stdout
            .lines()
            .find(|l| l.contains("000 000 000"))
            .unwrap_or_else(|| panic!("no phone line:\n{}", run.stdout));
        assert!(phone.contains(marker), "{phone}");
    }
    // Bundled items stay unmarked beside it.
    let run = sandbox.run(&["--knowledge", &dir, "show", "bi.contact.tip-hotline"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("local, unsigned"), "{}", run.stdout);
}

#[test]
fn a_pack_signed_with_a_trusted_key_shows_without_marker() {
    let office = keypair();
    let pack = pack_dir();
    sign_pack(pack.path(), &office, None);
    let sandbox = sandbox_trusting(&[&office]);
    let run = sandbox.run(&["--knowledge", &knowledge_arg(pack.path()), "show", CONTACT]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("000 000 000"), "{}", run.stdout);
    assert!(!run.stdout.contains("local, unsigned"), "{}", run.stdout);
}

#[test]
fn check_reports_each_packs_trust_state() {
    let office = keypair();
    let stranger = keypair();
    let root = tempfile::tempdir().expect("tempdir");
    let make = |name: &str, id: &str| -> PathBuf {
        let dir = root.path().join(name);
        std::fs::create_dir(&dir).expect("mkdir");
        write(&dir, "pack.toml", &pack_toml(id));
        write(&dir, "items.toml", &glossary_toml(&format!("{id}.term")));
        dir
    };
    let signed = make("signed", "test-trust-signed");
    sign_pack(&signed, &office, None);
    let untrusted = make("untrusted", "test-trust-untrusted");
    sign_pack(&untrusted, &stranger, Some(&stranger));
    make("unsigned", "test-trust-unsigned");

    let sandbox = sandbox_trusting(&[&office]);
    let run = sandbox.run(&["--knowledge", &knowledge_arg(root.path()), "check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let trust_line = |pack: &str| -> String {
        let mut lines = run.stdout.lines();
        lines
            .find(|l| l.starts_with(&format!("pack {pack} ")))
            .and_then(|_| lines.next())
            .unwrap_or_else(|| panic!("no summary for {pack}:\n{}", run.stdout))
            .to_string()
    };
    for pack in ["international", "burundi", "guidance"] {
        assert_eq!(trust_line(pack), "  trust: bundled");
    }
    assert_eq!(
        trust_line("test-trust-signed"),
        format!("  trust: signed by trusted key {}", key_id(&office))
    );
    let line = trust_line("test-trust-untrusted");
    assert!(line.contains(&key_id(&stranger)), "{line}");
    assert!(line.contains("not among your trusted keys"), "{line}");
    assert!(trust_line("test-trust-unsigned").contains("unsigned"));

    // A tampered pack is an error and a refusal, the others still report.
    write(
        &signed,
        "items.toml",
        &glossary_toml("test-trust-signed.other"),
    );
    let run = sandbox.run(&["--knowledge", &knowledge_arg(root.path()), "check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.contains("signed/items.toml: error:")
                && l.contains("does not match pack.manifest")),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("pack test-trust-signed "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("pack test-trust-unsigned "),
        "{}",
        run.stdout
    );
}

#[test]
fn manifest_command_writes_digests_refuses_to_overwrite_and_signs_into_a_trusted_pack() {
    let pack = pack_dir();
    let sandbox = Sandbox::new();
    let dir = knowledge_arg(pack.path());
    let run = sandbox.run(&["manifest", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("minisign -Sm"), "{}", run.stdout);
    let path = pack.path().join(MANIFEST_FILE);
    let text = std::fs::read_to_string(&path).expect("manifest written");
    let m = manifest::Manifest::parse("m", &text).expect("parses");
    let names: Vec<&str> = m.files.keys().map(String::as_str).collect();
    assert_eq!(names, ["contacts.toml", "items.toml", "pack.toml"]);
    let items = std::fs::read(pack.path().join("items.toml")).expect("read");
    assert_eq!(m.files["items.toml"], manifest::sha256_hex(&items));

    std::fs::write(&path, "keep me").expect("write");
    let run = sandbox.run(&["manifest", &dir]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "keep me");
    let run = sandbox.run(&["manifest", "--force", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The office signs; a user who trusts its key sees no marker.
    let office = keypair();
    resign(pack.path(), &office);
    let keys = trusted(&[&office]);
    let loaded = load(pack.path(), keys.path());
    assert_eq!(
        trust_of(&loaded),
        Some(Trust::Signed {
            key_id: key_id(&office)
        })
    );
}

#[test]
fn manifest_command_records_the_public_key_and_refuses_a_non_pack() {
    let pack = pack_dir();
    let office = keypair();
    let key_file = pack.path().join("office.pub"); // not *.toml: not listed
    write(pack.path(), "office.pub", &pub_file(&office));
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "manifest",
        "--public-key",
        key_file.to_str().expect("utf-8"),
        &knowledge_arg(pack.path()),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    resign(pack.path(), &office);
    let loaded = load(pack.path(), trusted(&[]).path());
    assert_eq!(
        trust_of(&loaded),
        Some(Trust::SignedUntrusted {
            key_id: key_id(&office),
            checked: true
        })
    );

    let empty = tempfile::tempdir().expect("tempdir");
    let run = sandbox.run(&["manifest", &knowledge_arg(empty.path())]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no pack.toml"), "{}", run.stderr);
}

#[test]
fn paths_shows_the_trusted_keys_directory() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["paths"]);
    let home = sandbox.home.path().to_str().expect("utf-8");
    assert!(
        run.stdout.lines().any(
            |l| l.starts_with("trusted") && l.ends_with(&format!("{home}/config/trusted-keys"))
        ),
        "{}",
        run.stdout
    );
}
