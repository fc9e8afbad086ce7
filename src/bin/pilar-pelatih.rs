//! The trainers' app (bank checker and, later, the cohort view and presentation mode): a second
//! page, so its code stays out of the candidates' first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    pilar_siap::trainer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The trainers' app runs in the browser: `make run`, then open http://127.0.0.1:8080/pelatih/");
}
