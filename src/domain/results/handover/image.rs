//! Finding and reading the QR codes in a picture (a camera frame, a photo) with the `rqrr` crate:
//! pure, so the same code reads natively in tests what the trainer's browser reads. Linked only
//! into the trainers' app.

/// The texts of every QR code found in a grey picture (one byte a pixel, rows top to bottom).
pub fn read_grey(width: usize, height: usize, grey: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || grey.len() < width * height {
        return Vec::new();
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        grey.get(y * width + x).copied().unwrap_or(255)
    });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The same for an RGBA picture (a canvas's `ImageData`): each pixel's luma, then [`read_grey`].
pub fn read_rgba(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    let grey: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| match p {
            [r, g, b, _] => {
                ((u32::from(*r) * 299 + u32::from(*g) * 587 + u32::from(*b) * 114) / 1000) as u8
            }
            _ => 255,
        })
        .collect();
    read_grey(width, height, &grey)
}
