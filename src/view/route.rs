//! The app's pages and their addresses. Hash addresses (`#/soal`) work on any static host and
//! offline, with no server rewrite rules.

use crate::domain::attempt::Mode;

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The profile form, then an attempt in this mode.
    Start(Mode),
    Quiz,
    /// The list of items before submitting.
    Review,
    /// The report of a history entry (by index), or of the latest.
    Results(Option<usize>),
    History,
    /// The sources the bank rests on (`Some`: those of the bank's competency at that index).
    Materials(Option<usize>),
    /// The report's attempt as QR codes for the trainer's camera (`None`: the latest).
    Handover(Option<usize>),
    NotFound,
}

impl Route {
    /// The page for a hash (without `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_end_matches('/');
        // A report's QR page is the report's address and `/qr`.
        let (path, qr) = match path.strip_suffix("/qr") {
            Some(report) => (report, true),
            None => (path, false),
        };
        let route = match path {
            "" | "/" => Route::Home,
            "/mulai" | "/mulai/latihan" => Route::Start(Mode::Practice),
            "/mulai/simulasi" => Route::Start(Mode::Simulation),
            "/mulai/wawancara" => Route::Start(Mode::Interview),
            "/soal" => Route::Quiz,
            "/tinjau" => Route::Review,
            "/hasil" => Route::Results(None),
            "/riwayat" => Route::History,
            "/bahan" => Route::Materials(None),
            _ => match (
                path.strip_prefix("/hasil/").map(str::parse),
                path.strip_prefix("/bahan/").map(str::parse),
            ) {
                (Some(Ok(n)), _) => Route::Results(Some(n)),
                (_, Some(Ok(n))) => Route::Materials(Some(n)),
                _ => Route::NotFound,
            },
        };
        match (route, qr) {
            (route, false) => route,
            (Route::Results(report), true) => Route::Handover(report),
            _ => Route::NotFound,
        }
    }

    /// The hash of the page (without `#`).
    pub fn hash(self) -> String {
        match self {
            Route::Home | Route::NotFound => "/".into(),
            // The learning loop's attempts start from a report or the home page, not a form.
            Route::Start(Mode::Practice | Mode::Focus | Mode::Retry | Mode::Review) => {
                "/mulai/latihan".into()
            }
            Route::Start(Mode::Simulation) => "/mulai/simulasi".into(),
            Route::Start(Mode::Interview) => "/mulai/wawancara".into(),
            Route::Quiz => "/soal".into(),
            Route::Review => "/tinjau".into(),
            Route::Results(None) => "/hasil".into(),
            Route::Results(Some(n)) => format!("/hasil/{n}"),
            Route::History => "/riwayat".into(),
            Route::Materials(None) => "/bahan".into(),
            Route::Materials(Some(n)) => format!("/bahan/{n}"),
            Route::Handover(report) => format!("{}/qr", Route::Results(report).hash()),
        }
    }

    /// The `href` of a link to the page.
    pub fn href(self) -> String {
        format!("#{}", self.hash())
    }
}
