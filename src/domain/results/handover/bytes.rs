//! The handover payload's primitives: unsigned LEB128 varints and length-prefixed UTF-8.
//! Reading never panics: running out of bytes or a value too large is `None`.

/// Bytes being written.
#[derive(Debug, Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    pub fn uint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    /// A signed number (zigzag, so small negatives stay short).
    pub fn int(&mut self, n: i64) {
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }

    pub fn text(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
}

/// Bytes being read.
#[derive(Debug)]
pub struct Reader<'a>(pub &'a [u8]);

impl Reader<'_> {
    pub fn uint(&mut self) -> Option<u64> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    pub fn int(&mut self) -> Option<i64> {
        let z = self.uint()?;
        Some((z >> 1) as i64 ^ -((z & 1) as i64))
    }

    /// A number that must fit `T` (a count, an index).
    pub fn small<T: TryFrom<u64>>(&mut self) -> Option<T> {
        T::try_from(self.uint()?).ok()
    }

    pub fn bytes(&mut self, len: usize) -> Option<&[u8]> {
        let (head, rest) = self.0.split_at_checked(len)?;
        self.0 = rest;
        Some(head)
    }

    pub fn text(&mut self) -> Option<String> {
        let len = self.small::<usize>()?;
        String::from_utf8(self.bytes(len)?.to_vec()).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_texts_round_trip() {
        let mut w = Writer::default();
        let ints = [0, -1, 1, i64::MIN, i64::MAX, 1_764_000_000_000];
        for n in ints {
            w.int(n);
        }
        w.uint(u64::MAX);
        w.text("Siti Aminah · Banjarbaru");
        let mut r = Reader(&w.0);
        for n in ints {
            assert_eq!(r.int(), Some(n));
        }
        assert_eq!(r.uint(), Some(u64::MAX));
        assert_eq!(r.text().as_deref(), Some("Siti Aminah · Banjarbaru"));
        assert!(r.is_empty());
        assert_eq!(r.uint(), None);
        assert_eq!(Reader(&[0xff; 11]).uint(), None, "too long a varint");
        assert_eq!(
            Reader(&[5, b'a']).text(),
            None,
            "text shorter than its length"
        );
    }
}
