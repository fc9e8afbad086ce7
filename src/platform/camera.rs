//! The trainer's camera and pictures as pixels for the QR reader: `getUserMedia` into a `<video>`,
//! frames drawn on a canvas and read back as RGBA; a picked photo or screenshot the same way.
//! Nothing is kept or sent: each frame is read and dropped. The camera is let go when the
//! [`Camera`] is dropped (the trainer leaves the screen or stops it).

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};

/// Why the camera could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The person (or the browser's policy) refused permission.
    Denied,
    /// No camera, or none this browser lets a page use.
    NoCamera,
}

/// A picture's pixels: RGBA, rows top to bottom.
pub struct Pixels {
    pub width: usize,
    pub height: usize,
    pub rgba: Vec<u8>,
}

/// The longest side a frame or a picture is read at: a code held up at arm's length is a
/// fraction of a 1280-pixel frame; larger photos only cost time.
const MAX_SIDE: u32 = 960;

/// An open camera.
pub struct Camera {
    stream: MediaStream,
}

impl Camera {
    /// Asks for the camera (the one facing away, on a device with two) and plays it in `video`.
    pub async fn open(video: &HtmlVideoElement) -> Result<Camera, CameraError> {
        let devices = super::window()
            .and_then(|w| w.navigator().media_devices().ok())
            .ok_or(CameraError::NoCamera)?;
        let constraints = MediaStreamConstraints::new();
        let wanted = Object::new();
        let _ = Reflect::set(&wanted, &"facingMode".into(), &"environment".into());
        let _ = Reflect::set(&wanted, &"width".into(), &JsValue::from(1280));
        constraints.set_video(&wanted);
        constraints.set_audio(&JsValue::FALSE);
        let promise = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|_| CameraError::NoCamera)?;
        let stream: MediaStream = match JsFuture::from(promise).await {
            Ok(s) => s.dyn_into().map_err(|_| CameraError::NoCamera)?,
            Err(e) => {
                let name = Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string());
                return Err(match name.as_deref() {
                    Some("NotAllowedError" | "SecurityError") => CameraError::Denied,
                    _ => CameraError::NoCamera,
                });
            }
        };
        video.set_muted(true);
        video.set_src_object(Some(&stream));
        if let Ok(p) = video.play() {
            let _ = JsFuture::from(p).await;
        }
        Ok(Camera { stream })
    }

    /// The frame the video shows now, read through `canvas`.
    pub fn frame(&self, video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> Option<Pixels> {
        let (w, h) = (video.video_width(), video.video_height());
        if w == 0 || h == 0 {
            return None;
        }
        let (cw, ch) = fit(w, h);
        let ctx = context(canvas, cw, ch)?;
        ctx.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, cw.into(), ch.into())
            .ok()?;
        pixels(&ctx, cw, ch)
    }
}

impl Drop for Camera {
    fn drop(&mut self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(t) = track.dyn_into::<MediaStreamTrack>() {
                t.stop();
            }
        }
    }
}

/// `w`×`h` scaled down to fit [`MAX_SIDE`].
fn fit(w: u32, h: u32) -> (u32, u32) {
    let side = w.max(h);
    if side <= MAX_SIDE {
        return (w, h);
    }
    let scale = |x: u32| ((u64::from(x) * u64::from(MAX_SIDE)) / u64::from(side)).max(1) as u32;
    (scale(w), scale(h))
}

/// The canvas sized `w`×`h`, its 2D context (read back often).
fn context(canvas: &HtmlCanvasElement, w: u32, h: u32) -> Option<CanvasRenderingContext2d> {
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE);
    canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()
}

fn pixels(ctx: &CanvasRenderingContext2d, w: u32, h: u32) -> Option<Pixels> {
    let data = ctx.get_image_data(0.0, 0.0, w.into(), h.into()).ok()?;
    Some(Pixels {
        width: w as usize,
        height: h as usize,
        rgba: data.data().0,
    })
}

/// The pixels of a picked picture file (a photo or a screenshot of a code), scaled to fit.
pub async fn picture(file: &web_sys::File, canvas: &HtmlCanvasElement) -> Option<Pixels> {
    let promise = super::window()?.create_image_bitmap_with_blob(file).ok()?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let (w, h) = fit(bitmap.width(), bitmap.height());
    let ctx = context(canvas, w, h)?;
    ctx.draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, w.into(), h.into())
        .ok()?;
    bitmap.close();
    pixels(&ctx, w, h)
}
