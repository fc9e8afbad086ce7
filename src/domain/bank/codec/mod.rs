//! Bank format v1 (except items, see `item`).

mod item;

use crate::domain::bank::{
    Bank, BankRef, Competency, CompetencyWeight, Level, Role, Source, SourceRef,
};
use crate::domain::format::json::{str_list, Enc, Obj, Value};
use crate::domain::format::problem::{Path, Problems, Seg};

/// Which competencies and items were read, by their index in the file (the others had
/// problems), so that problems found later on the bank can name the file's own indices.
#[derive(Debug, Default)]
pub struct Kept {
    pub competencies: Vec<usize>,
    pub items: Vec<usize>,
}

impl Bank {
    /// Reads a bank from its parsed JSON.
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Bank> {
        Bank::decode_parts(out, v, p).map(|(bank, _)| bank)
    }

    /// Reads a bank; competencies and items that fail are reported and left out, so the rest
    /// can still be validated and every problem shown at once.
    pub fn decode_parts(out: &mut Problems, v: &Value, p: &Path) -> Option<(Bank, Kept)> {
        let mut kept = Kept::default();
        let mut o = Obj::new(out, v, p)?;
        let format = o.str(out, "format");
        let format_version = o.u64(out, "format_version");
        let id = o.str(out, "id");
        let title = o.str(out, "title");
        let version = o.str(out, "version");
        let language = o.str(out, "language");
        let description = o.text(out, "description");
        let disclaimer = o.text(out, "disclaimer");
        let likert_anchors = o.req_with(out, "likert_anchors", str_list);
        let simulation_minutes = o.opt_u64(out, "simulation_minutes");
        let draw_per_competency = o.opt_u64(out, "draw_per_competency");
        let sources = o.list(out, "sources", Source::decode);
        let roles = o.list(out, "roles", Role::decode);
        let competencies = o.list(out, "competencies", |out, v, p| {
            let c = Competency::decode(out, v, p)?;
            kept.competencies.push(last_index(p));
            Some(c)
        });
        let items = o.list(out, "items", |out, v, p| {
            let item = crate::domain::bank::Item::decode(out, v, p)?;
            kept.items.push(last_index(p));
            Some(item)
        });
        o.finish(out);
        let bank = Bank {
            format: format?,
            format_version: u32::try_from(format_version?).ok()?,
            id: id?,
            title: title?,
            version: version?,
            language: language?,
            description,
            disclaimer,
            likert_anchors: likert_anchors?,
            simulation_minutes: simulation_minutes.map(clamp_u32),
            draw_per_competency: draw_per_competency.map(clamp_u32),
            sources: sources?,
            roles: roles?,
            competencies: competencies?,
            items: items?,
        };
        Some((bank, kept))
    }

    pub fn encode(&self) -> Value {
        Enc::new()
            .str("format", &self.format)
            .int("format_version", u64::from(self.format_version))
            .str("id", &self.id)
            .str("title", &self.title)
            .str("version", &self.version)
            .str("language", &self.language)
            .opt_str("description", &self.description)
            .opt_str("disclaimer", &self.disclaimer)
            .strs("likert_anchors", &self.likert_anchors)
            .opt_int("simulation_minutes", self.simulation_minutes.map(u64::from))
            .opt_int(
                "draw_per_competency",
                self.draw_per_competency.map(u64::from),
            )
            .list("sources", &self.sources, Source::encode)
            .list("roles", &self.roles, Role::encode)
            .list("competencies", &self.competencies, Competency::encode)
            .list("items", &self.items, crate::domain::bank::Item::encode)
            .done()
    }
}

/// Whole numbers above u32 are out of any sensible range; validation reports them.
fn clamp_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn last_index(p: &Path) -> usize {
    match p.0.last() {
        Some(Seg::Index(i)) => *i,
        _ => 0,
    }
}

impl Source {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Source> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let title = o.str(out, "title");
        let url = o.text(out, "url");
        o.finish(out);
        Some(Source {
            id: id?,
            title: title?,
            url,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("title", &self.title)
            .opt_str("url", &self.url)
            .done()
    }
}

impl Role {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Role> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let short = o.str(out, "short");
        let name = o.str(out, "name");
        o.finish(out);
        Some(Role {
            id: id?,
            short: short?,
            name: name?,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("short", &self.short)
            .str("name", &self.name)
            .done()
    }
}

impl Competency {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Competency> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let name = o.str(out, "name");
        let name_en = o.str(out, "name_en");
        let description = o.str(out, "description");
        let rubric = o.list(out, "rubric", Level::decode);
        o.finish(out);
        Some(Competency {
            id: id?,
            name: name?,
            name_en: name_en?,
            description: description?,
            rubric: rubric?,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("name", &self.name)
            .str("name_en", &self.name_en)
            .str("description", &self.description)
            .list("rubric", &self.rubric, Level::encode)
            .done()
    }
}

impl Level {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Level> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let label = o.str(out, "label");
        let min = o.f64(out, "min");
        let descriptor = o.str(out, "descriptor");
        let recommendation = o.str(out, "recommendation");
        o.finish(out);
        Some(Level {
            id: id?,
            label: label?,
            min: min?,
            descriptor: descriptor?,
            recommendation: recommendation?,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("label", &self.label)
            .num("min", self.min)
            .str("descriptor", &self.descriptor)
            .str("recommendation", &self.recommendation)
            .done()
    }
}

impl CompetencyWeight {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<CompetencyWeight> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let weight = o.f64(out, "weight");
        o.finish(out);
        Some(CompetencyWeight {
            id: id?,
            weight: weight?,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .num("weight", self.weight)
            .done()
    }
}

impl SourceRef {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<SourceRef> {
        let mut o = Obj::new(out, v, p)?;
        let source = o.str(out, "ref");
        let locator = o.text(out, "locator");
        o.finish(out);
        Some(SourceRef {
            source: source?,
            locator,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("ref", &self.source)
            .opt_str("locator", &self.locator)
            .done()
    }
}

impl BankRef {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<BankRef> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let version = o.str(out, "version");
        let sha256 = o.str(out, "sha256");
        o.finish(out);
        Some(BankRef {
            id: id?,
            version: version?,
            sha256: sha256?,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("version", &self.version)
            .str("sha256", &self.sha256)
            .done()
    }
}
