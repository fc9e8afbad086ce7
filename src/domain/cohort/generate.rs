//! Results files from a seeded random answer model, for tests and the cohort benchmark: each
//! participant has an ability, each item a difficulty (from its id), and the chance of a right
//! answer follows the logistic curve of their difference. Same bank, count and seed: same files.

use crate::domain::attempt::rng::Rng;
use crate::domain::attempt::{Answer, Attempt, Mode, OpenAnswer, Participant};
use crate::domain::bank::{Bank, ItemBody};
use crate::domain::results::ResultsFile;
use crate::view::regions::REGIONS;

/// A number in [0, 1).
fn unit(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// An item's difficulty in [-1.5, 1.5], from its id.
fn difficulty(id: &str) -> f64 {
    let h = id.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    f64::from(h % 3001) / 1000.0 - 1.5
}

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> Option<&'a T> {
    items.get(rng.below(items.len()))
}

/// `n` finished attempts on `bank`, as results files.
pub fn generate(bank: &Bank, n: usize, seed: u32, start_ms: i64) -> Vec<ResultsFile> {
    let mut rng = Rng::new(seed);
    let reference = bank.reference();
    let roles: Vec<String> = bank.roles.iter().map(|r| r.id.clone()).collect();
    let regions: Vec<&str> = REGIONS.iter().map(|(id, _)| *id).collect();
    (0..n)
        .map(|k| {
            let participant = Participant {
                name: format!("Peserta {:05}", k + 1),
                role: pick(&mut rng, &roles).cloned().unwrap_or_default(),
                region: pick(&mut rng, &regions)
                    .map(|r| (*r).to_owned())
                    .unwrap_or_default(),
            };
            let ability = (0..4).map(|_| unit(&mut rng)).sum::<f64>() - 2.0;
            let start = start_ms + k as i64 * 420_000;
            let mut attempt = Attempt::new(
                bank,
                reference.clone(),
                participant,
                Mode::Practice,
                rng.below(u32::MAX as usize) as u32,
                start,
            );
            let mut t = start;
            for id in attempt.items.clone() {
                t += 15_000;
                let Some(item) = bank.item(&id) else { continue };
                if unit(&mut rng) < 0.05 {
                    continue;
                }
                let p = 1.0 / (1.0 + (difficulty(&id) - ability).exp());
                let right = unit(&mut rng) < p;
                let answer = answer(&item.body, right, ability, p, &mut rng);
                if let Some(a) = answer {
                    attempt.answer(&id, a, t);
                }
            }
            attempt.finish(t + 5_000);
            ResultsFile::from_attempt(bank, &attempt, crate::APP_VERSION, t)
        })
        .collect()
}

fn answer(body: &ItemBody, right: bool, ability: f64, p: f64, rng: &mut Rng) -> Option<Answer> {
    Some(match body {
        ItemBody::SingleChoice { options } => {
            let pool: Vec<&str> = options
                .iter()
                .filter(|o| o.correct == right)
                .map(|o| o.id.as_str())
                .collect();
            Answer::Choice((*pick(rng, &pool)?).to_owned())
        }
        ItemBody::MultipleChoice { options } => Answer::Choices(
            options
                .iter()
                .filter(|o| (unit(rng) < p) == o.correct)
                .map(|o| o.id.clone())
                .collect(),
        ),
        ItemBody::TrueFalse { answer } => Answer::Bool(*answer == right),
        ItemBody::Situational { options, .. } => {
            let pool: Vec<&str> = options
                .iter()
                .filter(|o| (o.credit >= 1.0) == right)
                .map(|o| o.id.as_str())
                .collect();
            Answer::Choice((*pick(rng, &pool)?).to_owned())
        }
        ItemBody::Likert { .. } => {
            let v = (3.0 + ability + unit(rng) - 0.5).round().clamp(1.0, 5.0);
            Answer::Scale(v as u8)
        }
        ItemBody::OpenAnswer { criteria, .. } => Answer::Open(OpenAnswer {
            text: "Jawaban contoh dari generator.".into(),
            ratings: criteria
                .iter()
                .map(|c| {
                    let top = c.levels.len().saturating_sub(1) as f64;
                    (
                        c.id.clone(),
                        (p * top + unit(rng) - 0.5).round().clamp(0.0, top) as u8,
                    )
                })
                .collect(),
        }),
    })
}
