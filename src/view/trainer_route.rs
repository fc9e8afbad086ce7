//! The trainers' pages.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainerRoute {
    Index,
    Checker,
    Cohort,
    /// Sunting Bank: writing and fixing a bank.
    Editor,
    /// Setting up a projector session.
    Present,
    /// Presenting, one slide at a time.
    PresentShow,
    PresentSummary,
    /// Answer cards to print for the room.
    PresentCards,
    NotFound,
}

impl TrainerRoute {
    pub fn parse(hash: &str) -> TrainerRoute {
        let path = hash.trim_start_matches('#').trim_end_matches('/');
        match path {
            "" | "/" => TrainerRoute::Index,
            "/bank" => TrainerRoute::Checker,
            "/kelompok" => TrainerRoute::Cohort,
            "/sunting" => TrainerRoute::Editor,
            "/presentasi" => TrainerRoute::Present,
            "/presentasi/tampil" => TrainerRoute::PresentShow,
            "/presentasi/ringkasan" => TrainerRoute::PresentSummary,
            "/presentasi/kartu" => TrainerRoute::PresentCards,
            _ => TrainerRoute::NotFound,
        }
    }

    /// The address fragment, without `#`.
    pub fn hash(self) -> &'static str {
        self.href().trim_start_matches('#')
    }

    pub fn href(self) -> &'static str {
        match self {
            TrainerRoute::Index | TrainerRoute::NotFound => "#/",
            TrainerRoute::Checker => "#/bank",
            TrainerRoute::Cohort => "#/kelompok",
            TrainerRoute::Editor => "#/sunting",
            TrainerRoute::Present => "#/presentasi",
            TrainerRoute::PresentShow => "#/presentasi/tampil",
            TrainerRoute::PresentSummary => "#/presentasi/ringkasan",
            TrainerRoute::PresentCards => "#/presentasi/kartu",
        }
    }
}
