//! Bank format v1 (except items, see `item`).

mod item;

use crate::domain::bank::{Bank, Competency, Role, Source};
use crate::domain::format::json::{str_list, Enc, Obj, Value};
use crate::domain::format::problem::{Path, Problems, Seg};
use crate::domain::format::record::Json;

/// Which competencies and items were read, by their index in the file (the others had
/// problems), so that problems found later on the bank can name the file's own indices.
#[derive(Debug, Default)]
pub struct Kept {
    pub competencies: Vec<usize>,
    pub items: Vec<usize>,
}

impl Json for Bank {
    /// Reads a bank from its parsed JSON.
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Bank> {
        Bank::decode_parts(out, v, p).map(|(bank, _)| bank)
    }

    fn write(&self) -> Value {
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
            .list("sources", &self.sources, Source::write)
            .list("roles", &self.roles, Role::write)
            .list("competencies", &self.competencies, Competency::write)
            .list("items", &self.items, crate::domain::bank::Item::write)
            .done()
    }
}

impl Bank {
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
        let sources = o.list(out, "sources", Source::read);
        let roles = o.list(out, "roles", Role::read);
        let competencies = o.list(out, "competencies", |out, v, p| {
            let c = Competency::read(out, v, p)?;
            kept.competencies.push(last_index(p));
            Some(c)
        });
        let items = o.list(out, "items", |out, v, p| {
            let item = crate::domain::bank::Item::read(out, v, p)?;
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
