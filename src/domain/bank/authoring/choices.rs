//! What a Moodle choice question becomes, the same for GIFT and Moodle XML: its answers'
//! weights (Moodle's fractions, in percent) and whether it allows one answer decide the kind.

use crate::domain::bank::{ChoiceOption, CreditOption, ItemBody};

/// One answer: its weight in percent (negative for a penalty), text and feedback.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub weight: f64,
    pub text: String,
    pub feedback: String,
}

/// The prompt shown above a situational item's scenario when the file gives no title.
pub const SITUATION_PROMPT: &str = "Pilih tindakan yang paling tepat.";

/// Option ids: `a` to `h`, then `o8`, `o9`, …
pub fn option_id(i: usize) -> String {
    const LETTERS: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];
    LETTERS
        .get(i)
        .map_or_else(|| format!("o{i}"), |l| (*l).to_owned())
}

/// The item a choice question makes, with its prompt; `single` says whether one answer is
/// chosen (Moodle's `single`; GIFT writes those with `=`), `situational` whether the file says
/// it is a situation (`// jenis: situasi`).
///
/// - one answer, and some answers with part of the credit (or several with all of it):
///   situational, each answer's weight its credit (penalties count as 0);
/// - one answer otherwise: single choice, the full-credit answer correct (penalties ignored);
/// - several answers: multiple choice, every answer with a positive weight correct.
pub fn choice_body(
    text: String,
    title: &str,
    answers: Vec<Answer>,
    single: bool,
    situational: bool,
) -> (String, ItemBody) {
    let full = answers.iter().filter(|a| a.weight >= 100.0).count();
    let partial = answers.iter().any(|a| a.weight > 0.0 && a.weight < 100.0);
    if situational || (single && (partial || full > 1)) {
        let options = answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| CreditOption {
                id: option_id(i),
                text: a.text,
                credit: (a.weight / 100.0).clamp(0.0, 1.0),
                feedback: a.feedback,
            })
            .collect();
        let prompt = match title.trim() {
            "" => SITUATION_PROMPT.to_owned(),
            t => t.to_owned(),
        };
        return (
            prompt,
            ItemBody::Situational {
                scenario: text,
                options,
            },
        );
    }
    let options = answers
        .into_iter()
        .enumerate()
        .map(|(i, a)| ChoiceOption {
            id: option_id(i),
            text: a.text,
            correct: if single {
                a.weight >= 100.0
            } else {
                a.weight > 0.0
            },
        })
        .collect();
    if single {
        (text, ItemBody::SingleChoice { options })
    } else {
        (text, ItemBody::MultipleChoice { options })
    }
}

/// A multiple-choice item's weights as Moodle takes them (percent): each right answer 100/k,
/// each wrong one −100/k, so Moodle's sum is the app's (right − wrong) / k.
pub fn multiple_weights(options: &[ChoiceOption]) -> Vec<f64> {
    let k = options.iter().filter(|o| o.correct).count().max(1) as f64;
    options
        .iter()
        .map(|o| if o.correct { 100.0 } else { -100.0 } / k)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(weights: &[f64]) -> Vec<Answer> {
        weights
            .iter()
            .map(|w| Answer {
                weight: *w,
                text: format!("{w}"),
                feedback: String::new(),
            })
            .collect()
    }

    fn kind(weights: &[f64], single: bool) -> &'static str {
        choice_body("t".into(), "", answers(weights), single, false)
            .1
            .kind_name()
    }

    #[test]
    fn weights_and_single_decide_the_kind() {
        assert_eq!(kind(&[100.0, 0.0, 0.0], true), "single_choice");
        assert_eq!(kind(&[100.0, -33.3, -33.3], true), "single_choice");
        assert_eq!(kind(&[100.0, 50.0, 0.0], true), "situational");
        assert_eq!(kind(&[100.0, 100.0, 0.0], true), "situational");
        assert_eq!(kind(&[50.0, 50.0, -100.0], false), "multiple_choice");
        assert_eq!(kind(&[100.0, 0.0], false), "multiple_choice");
    }
}
