//! The app's pages and their addresses. Hash addresses (`#/soal`) work on any static host and
//! offline, with no server rewrite rules.

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Profile,
    Quiz,
    Results,
    NotFound,
}

impl Route {
    /// The page for a hash (without `#`).
    pub fn parse(hash: &str) -> Route {
        match hash.trim_end_matches('/') {
            "" | "/" => Route::Home,
            "/profil" => Route::Profile,
            "/soal" => Route::Quiz,
            "/hasil" => Route::Results,
            _ => Route::NotFound,
        }
    }

    /// The hash of the page (without `#`).
    pub fn hash(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "/",
            Route::Profile => "/profil",
            Route::Quiz => "/soal",
            Route::Results => "/hasil",
        }
    }

    /// The `href` of a link to the page.
    pub fn href(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Profile => "#/profil",
            Route::Quiz => "#/soal",
            Route::Results => "#/hasil",
        }
    }
}
