//! Results file v1 as JSON.

use crate::domain::attempt::{Answer, Mode, Participant};
use crate::domain::bank::{BankRef, Evidence};
use crate::domain::format::json::{as_str, Enc, Obj, Value};
use crate::domain::format::problem::{Path, ProblemKind, Problems};
use crate::domain::results::{ItemResult, ResultsFile};
use crate::domain::scoring::{CompetencyScore, EvidenceScore};

impl ResultsFile {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<ResultsFile> {
        let mut o = Obj::new(out, v, p)?;
        let format = o.str(out, "format");
        let format_version = o.u64(out, "format_version");
        let app_version = o.str(out, "app_version");
        let bank = o.req_with(out, "bank", BankRef::decode);
        let participant = o.req_with(out, "participant", Participant::decode);
        let mode = o.req_with(out, "mode", Mode::decode);
        let seed = o.u64(out, "seed");
        let started_at = o.str(out, "started_at");
        let finished_at = o.str(out, "finished_at");
        let deadline = o.opt_str(out, "deadline");
        let timed_out = o.opt_bool(out, "timed_out").unwrap_or(false);
        let items = o.list(out, "items", ItemResult::decode);
        let competencies = o.list(out, "competencies", CompetencyScore::decode);
        o.finish(out);
        Some(ResultsFile {
            format: format?,
            format_version: u32::try_from(format_version?).ok()?,
            app_version: app_version?,
            bank: bank?,
            participant: participant?,
            mode: mode?,
            seed: u32::try_from(seed?).ok()?,
            started_at: started_at?,
            finished_at: finished_at?,
            deadline,
            timed_out,
            items: items?,
            competencies: competencies?,
        })
    }

    pub fn encode(&self) -> Value {
        let e = Enc::new()
            .str("format", &self.format)
            .int("format_version", u64::from(self.format_version))
            .str("app_version", &self.app_version)
            .val("bank", self.bank.encode())
            .val("participant", self.participant.encode())
            .str("mode", self.mode.name())
            .int("seed", u64::from(self.seed))
            .str("started_at", &self.started_at)
            .str("finished_at", &self.finished_at);
        let e = match &self.deadline {
            Some(d) => e.str("deadline", d),
            None => e,
        };
        let e = if self.timed_out {
            e.bool("timed_out", true)
        } else {
            e
        };
        e.list("items", &self.items, ItemResult::encode)
            .list("competencies", &self.competencies, CompetencyScore::encode)
            .done()
    }
}

fn evidence(out: &mut Problems, v: &Value, p: &Path) -> Option<Evidence> {
    let name = as_str(out, v, p)?;
    let e = Evidence::from_name(&name);
    if e.is_none() {
        out.error(
            p.clone(),
            ProblemKind::UnknownVariant {
                found: name.chars().take(40).collect(),
                expected: "tested, self_assessed".into(),
            },
        );
    }
    e
}

fn basis_points(out: &mut Problems, o: &mut Obj, key: &'static str) -> Option<u32> {
    let n = o.opt_u64(out, key)?;
    let bp = u32::try_from(n).ok().filter(|&bp| bp <= 10_000);
    if bp.is_none() {
        out.error(
            o.path.key(key),
            ProblemKind::OutOfRange {
                value: n as f64,
                min: 0.0,
                max: 10_000.0,
            },
        );
    }
    bp
}

impl ItemResult {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<ItemResult> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let kind = o.str(out, "kind");
        let ev = o.req_with(out, "evidence", evidence);
        let answer = o.opt_with(out, "answer", Answer::decode);
        let answered_at = o.opt_str(out, "answered_at");
        let score_bp = basis_points(out, &mut o, "score_bp");
        o.finish(out);
        Some(ItemResult {
            id: id?,
            kind: kind?,
            evidence: ev?,
            answer,
            answered_at,
            score_bp,
        })
    }

    pub fn encode(&self) -> Value {
        let mut e = Enc::new()
            .str("id", &self.id)
            .str("kind", &self.kind)
            .str("evidence", self.evidence.name());
        if let Some(a) = &self.answer {
            e = e.val("answer", a.encode());
        }
        if let Some(t) = &self.answered_at {
            e = e.str("answered_at", t);
        }
        e.opt_int("score_bp", self.score_bp.map(u64::from)).done()
    }
}

impl CompetencyScore {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<CompetencyScore> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let tested = o.opt_with(out, "tested", EvidenceScore::decode);
        let self_assessed = o.opt_with(out, "self_assessed", EvidenceScore::decode);
        o.finish(out);
        Some(CompetencyScore {
            id: id?,
            tested,
            self_assessed,
        })
    }

    pub fn encode(&self) -> Value {
        let mut e = Enc::new().str("id", &self.id);
        if let Some(t) = &self.tested {
            e = e.val("tested", t.encode());
        }
        if let Some(s) = &self.self_assessed {
            e = e.val("self_assessed", s.encode());
        }
        e.done()
    }
}

impl EvidenceScore {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<EvidenceScore> {
        let mut o = Obj::new(out, v, p)?;
        let items = o.u64(out, "items");
        let answered = o.u64(out, "answered");
        let percent_bp = basis_points(out, &mut o, "percent_bp");
        let level = o.opt_str(out, "level");
        o.finish(out);
        Some(EvidenceScore {
            items: u32::try_from(items?).ok()?,
            answered: u32::try_from(answered?).ok()?,
            percent_bp,
            level,
        })
    }

    pub fn encode(&self) -> Value {
        let e = Enc::new()
            .int("items", u64::from(self.items))
            .int("answered", u64::from(self.answered))
            .opt_int("percent_bp", self.percent_bp.map(u64::from));
        match &self.level {
            Some(l) => e.str("level", l),
            None => e,
        }
        .done()
    }
}
