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
    NotFound,
}

impl Route {
    /// The page for a hash (without `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_end_matches('/');
        match path {
            "" | "/" => Route::Home,
            "/mulai" | "/mulai/latihan" => Route::Start(Mode::Practice),
            "/mulai/simulasi" => Route::Start(Mode::Simulation),
            "/mulai/wawancara" => Route::Start(Mode::Interview),
            "/soal" => Route::Quiz,
            "/tinjau" => Route::Review,
            "/hasil" => Route::Results(None),
            "/riwayat" => Route::History,
            _ => match path.strip_prefix("/hasil/").map(str::parse) {
                Some(Ok(n)) => Route::Results(Some(n)),
                _ => Route::NotFound,
            },
        }
    }

    /// The hash of the page (without `#`).
    pub fn hash(self) -> String {
        match self {
            Route::Home | Route::NotFound => "/".into(),
            Route::Start(Mode::Practice) => "/mulai/latihan".into(),
            Route::Start(Mode::Simulation) => "/mulai/simulasi".into(),
            Route::Start(Mode::Interview) => "/mulai/wawancara".into(),
            Route::Quiz => "/soal".into(),
            Route::Review => "/tinjau".into(),
            Route::Results(None) => "/hasil".into(),
            Route::Results(Some(n)) => format!("/hasil/{n}"),
            Route::History => "/riwayat".into(),
        }
    }

    /// The `href` of a link to the page.
    pub fn href(self) -> String {
        format!("#{}", self.hash())
    }
}
