//! A synthetic knowledge pack shaped like the bundled ones (laws with
//! citations, glossary terms, procedures with steps; English and French
//! titles from the domain's vocabulary, bodies mixing domain words with a
//! long-tailed vocabulary), for benchmarks at any size.
//! Deterministic: the same size gives the same pack.

use std::fmt::Write;
use std::path::Path;

const EN: &[&str] = &[
    "trafficking",
    "persons",
    "recruitment",
    "transportation",
    "transfer",
    "harbouring",
    "receipt",
    "threat",
    "force",
    "coercion",
    "abduction",
    "fraud",
    "deception",
    "abuse",
    "power",
    "vulnerability",
    "payment",
    "consent",
    "exploitation",
    "prostitution",
    "sexual",
    "forced",
    "labour",
    "services",
    "slavery",
    "servitude",
    "organs",
    "child",
    "victim",
    "protection",
    "assistance",
    "border",
    "document",
    "passport",
    "smuggling",
    "migrant",
    "illegal",
    "entry",
    "benefit",
    "organized",
    "criminal",
    "group",
    "offence",
    "penalty",
    "investigation",
    "interview",
    "witness",
    "evidence",
    "referral",
    "shelter",
    "medical",
    "return",
    "state",
    "party",
    "measures",
    "cooperation",
    "information",
    "training",
    "law",
    "enforcement",
    "officer",
    "court",
];
const FR: &[&str] = &[
    "traite",
    "personnes",
    "recrutement",
    "transport",
    "transfert",
    "hébergement",
    "accueil",
    "menace",
    "force",
    "contrainte",
    "enlèvement",
    "fraude",
    "tromperie",
    "abus",
    "autorité",
    "vulnérabilité",
    "paiement",
    "consentement",
    "exploitation",
    "prostitution",
    "sexuelle",
    "travail",
    "forcé",
    "services",
    "esclavage",
    "servitude",
    "organes",
    "enfant",
    "victime",
    "protection",
    "assistance",
    "frontière",
    "document",
    "passeport",
    "trafic",
    "migrant",
    "illicite",
    "entrée",
    "avantage",
    "organisé",
    "criminel",
    "groupe",
    "infraction",
    "peine",
    "enquête",
    "audition",
    "témoin",
    "preuve",
    "orientation",
    "refuge",
    "médical",
    "retour",
    "État",
    "partie",
    "mesures",
    "coopération",
    "l'information",
    "formation",
    "loi",
    "police",
];

/// Items per file, keeping every file far below the 8 MiB limit.
const PER_FILE: usize = 1000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
    fn sentence(&mut self, words: &[&str], n: usize) -> String {
        (0..n)
            .map(|_| self.pick(words))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A body: mostly words from a long-tailed vocabulary (rank drawn
    /// log-uniformly, roughly Zipf), one domain word in six, as real text
    /// mixes a few common legal terms with many rarer ones.
    fn body(&mut self, domain: &[&str], tail: &[String], n: usize) -> String {
        let words: Vec<String> = (0..n)
            .map(|_| {
                if self.next().is_multiple_of(6) {
                    self.pick(domain).to_string()
                } else {
                    let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
                    let rank = (tail.len() as f64).powf(u) as usize - 1;
                    tail[rank.min(tail.len() - 1)].clone()
                }
            })
            .collect();
        words.join(" ")
    }
}

/// Pseudo-words for the vocabulary's long tail, built from syllables.
fn tail_vocabulary(size: usize) -> Vec<String> {
    const SYL: &[&str] = &[
        "ka", "ri", "mo", "te", "lu", "na", "so", "vi", "de", "pa", "ro", "mi", "gu", "ze", "bo",
        "fa",
    ];
    (0..size)
        .map(|i| {
            let (a, b, c) = (i % 16, (i / 16) % 16, (i / 256) % 16);
            format!(
                "{}{}{}{}",
                SYL[a],
                SYL[b],
                SYL[c],
                if i >= 4096 { "n" } else { "" }
            )
        })
        .collect()
}

/// Writes a pack of `items` synthetic items into `dir` (created if needed).
pub fn write_pack(dir: &Path, items: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("pack.toml"),
        "id = \"synthetic\"\njurisdiction = \"test\"\nversion = \"0\"\nreviewed = 2026-01-01\n\
         title = { en = \"Synthetic benchmark pack\", fr = \"Pack synthétique de mesure\" }\n",
    )?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let tail = tail_vocabulary(8000);
    let mut file = String::from(
        "[[instrument]]\nid = \"synth\"\ntitle = { en = \"Synthetic Convention\", fr = \"Convention synthétique\" }\n\
         short = { en = \"Synthetic Convention\", fr = \"Convention synthétique\" }\naliases = [\"synth\"]\n\n",
    );
    for n in 0..items {
        let (title_en, title_fr) = (rng.sentence(EN, 5), rng.sentence(FR, 5));
        let (body_en, body_fr) = (rng.body(EN, &tail, 60), rng.body(FR, &tail, 60));
        let tags = format!("[\"{}\", \"{}\"]", rng.pick(EN), rng.pick(FR));
        match n % 10 {
            0..=5 => {
                let _ = write!(
                    file,
                    "[[law]]\nid = \"synth.art{n}\"\ntext_kind = \"summary\"\nverified = true\nsource = \"synthetic\"\n\
                     tags = {tags}\ncitation = {{ instrument = \"synth\", article = \"{}\", paragraph = \"a\" }}\n",
                    n % 500 + 1
                );
                let _ = write!(
                    file,
                    "[law.en]\ntitle = \"{title_en}\"\nbody = \"{body_en}\"\n[law.fr]\ntitle = \"{title_fr}\"\nbody = \"{body_fr}\"\n\n"
                );
            }
            6..=8 => {
                let _ = write!(
                    file,
                    "[[glossary]]\nid = \"synth.term{n}\"\nsource = \"synthetic\"\ntags = {tags}\n\
                     [glossary.en]\ntitle = \"{title_en}\"\nbody = \"{body_en}\"\n[glossary.fr]\ntitle = \"{title_fr}\"\nbody = \"{body_fr}\"\n\n"
                );
            }
            _ => {
                let _ = write!(
                    file,
                    "[[procedure]]\nid = \"synth.proc{n}\"\nsource = \"synthetic\"\ntags = {tags}\n\
                     [procedure.en]\ntitle = \"{title_en}\"\nbody = \"{body_en}\"\n[procedure.fr]\ntitle = \"{title_fr}\"\nbody = \"{body_fr}\"\n"
                );
                for _ in 0..5 {
                    let _ = write!(
                        file,
                        "[[procedure.steps]]\ntitle = {{ en = \"{}\", fr = \"{}\" }}\ndetail = {{ en = \"{}\", fr = \"{}\" }}\n",
                        rng.sentence(EN, 4),
                        rng.sentence(FR, 4),
                        rng.sentence(EN, 12),
                        rng.sentence(FR, 12)
                    );
                }
                file.push('\n');
            }
        }
        if (n + 1) % PER_FILE == 0 || n + 1 == items {
            std::fs::write(
                dir.join(format!("items-{:04}.toml", n / PER_FILE)),
                std::mem::take(&mut file),
            )?;
        }
    }
    Ok(())
}
