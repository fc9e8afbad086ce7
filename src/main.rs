//! The browser entry point: mount the app. (Natively there is nothing to run; see `pilar-cli`.)

#[cfg(target_arch = "wasm32")]
fn main() {
    pilar_siap::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Pilar Siap runs in the browser: `make run`, then open http://127.0.0.1:8080");
}
