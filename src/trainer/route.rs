//! The trainers' pages.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainerRoute {
    Index,
    Checker,
    Cohort,
    NotFound,
}

impl TrainerRoute {
    pub fn parse(hash: &str) -> TrainerRoute {
        match hash.trim_end_matches('/') {
            "" | "/" => TrainerRoute::Index,
            "/bank" => TrainerRoute::Checker,
            "/kelompok" => TrainerRoute::Cohort,
            _ => TrainerRoute::NotFound,
        }
    }

    pub fn href(self) -> &'static str {
        match self {
            TrainerRoute::Index | TrainerRoute::NotFound => "#/",
            TrainerRoute::Checker => "#/bank",
            TrainerRoute::Cohort => "#/kelompok",
        }
    }
}
