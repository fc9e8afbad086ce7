//! One definition per record. [`record!`] declares a struct once; from that one field list come
//! its reader (every problem at its path, unknown fields reported, as [`Obj`] does), its writer
//! (fields in the declared order), its serde reader for the group view's fast path, and the list
//! of its fields that the JSON Schema is checked against. [`names!`] does the same for a set of
//! names such as a mode or an item kind.
//!
//! A field is required unless its type is an `Option` or it is marked `= omit_default` (absent
//! means the default; written only when not the default) or `= or_default` (absent means the
//! default; always written). `as "key"` names its key when that is not the field's name;
//! `where check` refuses values that read fine but are out of range.

use std::fmt;

use serde::de::{self, DeserializeSeed, Visitor};

use super::json::{Enc, Obj, Value};
use super::problem::{Path, ProblemKind, Problems};

/// A value that reads itself from parsed JSON (every problem at its path) and writes itself back.
pub trait Json: Sized {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self>;
    fn write(&self) -> Value;
}

/// How a field is present in its object: required, or optional when it is an `Option`.
pub trait Field: Sized {
    const REQUIRED: bool;
    /// `None` when the field failed (the problem is in `out`).
    fn read_field(o: &mut Obj<'_>, out: &mut Problems, key: &'static str) -> Option<Self>;
    fn write_field(&self, e: Enc, key: &str) -> Enc;
    /// What the field is when absent from a file on the fast path: `None` refuses the file.
    fn absent() -> Option<Self>;
}

impl<T: Json> Field for T {
    const REQUIRED: bool = true;
    #[inline]
    fn read_field(o: &mut Obj<'_>, out: &mut Problems, key: &'static str) -> Option<Self> {
        o.req_with(out, key, T::read)
    }
    #[inline]
    fn write_field(&self, e: Enc, key: &str) -> Enc {
        e.val(key, self.write())
    }
    #[inline]
    fn absent() -> Option<Self> {
        None
    }
}

impl<T: Json> Field for Option<T> {
    const REQUIRED: bool = false;
    #[inline]
    fn read_field(o: &mut Obj<'_>, out: &mut Problems, key: &'static str) -> Option<Self> {
        Some(o.opt_with(out, key, T::read))
    }
    #[inline]
    fn write_field(&self, e: Enc, key: &str) -> Enc {
        match self {
            Some(v) => e.val(key, v.write()),
            None => e,
        }
    }
    #[inline]
    fn absent() -> Option<Self> {
        Some(None)
    }
}

mod values;

/// One field of a record, as the JSON Schema must list it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldInfo {
    pub key: &'static str,
    pub required: bool,
}

/// Finds which of a record's keys a JSON key is, without allocating for it.
pub struct KeySeed(pub &'static [FieldInfo]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<&'static str>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Option<&'static str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().find(|f| f.key == s).map(|f| f.key))
    }
}

/// A field's value on the fast path, refusing `null` as the full reader does (a field is
/// either absent or has a value of its type).
pub struct NotNull<T>(pub std::marker::PhantomData<T>);

impl<'de, T: serde::Deserialize<'de>> DeserializeSeed<'de> for NotNull<T> {
    type Value = T;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de, T: serde::Deserialize<'de>> Visitor<'de> for NotNull<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value other than null")
    }
    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        Err(refuse("null"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Err(refuse("null"))
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize(d)
    }
}

/// `x`, or `None` with the problem `check` finds in it at `path.key`.
pub fn checked<T>(
    out: &mut Problems,
    path: &Path,
    key: &str,
    x: T,
    check: impl Fn(&T) -> Option<ProblemKind>,
) -> Option<T> {
    match check(&x) {
        None => Some(x),
        Some(kind) => {
            out.error(path.key(key), kind);
            None
        }
    }
}

/// Whether `v` is its type's default (an `omit_default` field is then left out).
pub fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// A refused value on the fast path: the general reader will say what is wrong.
pub fn refuse<E: de::Error>(what: &str) -> E {
    E::custom(what)
}

/// Declares a record and its format; see the module's documentation.
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                $fvis:vis $field:ident : $ty:ty $(as $key:literal)? $(= $mode:ident)? $(where $check:path)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty, )*
        }

        impl $name {
            /// Every field of this record in its JSON form, in the order written.
            pub const FIELDS: &'static [$crate::domain::format::record::FieldInfo] = &[
                $( $crate::domain::format::record::FieldInfo {
                    key: $crate::record!(@key $field $($key)?),
                    required: $crate::record!(@required $ty $(, $mode)?),
                }, )*
            ];
        }

        impl $name {
            /// Reads this record's fields from an object being read (a document's, after its
            /// header); every problem goes to `out`.
            pub fn read_fields(
                out: &mut $crate::domain::format::problem::Problems,
                o: &mut $crate::domain::format::json::Obj<'_>,
            ) -> Option<Self> {
                $(
                    let $field = {
                        const KEY: &str = $crate::record!(@key $field $($key)?);
                        let value = $crate::record!(@read o, out, $ty, KEY $(, $mode)?);
                        $( let value = value.and_then(|x| {
                            $crate::domain::format::record::checked(out, &o.path, KEY, x, $check)
                        }); )?
                        value
                    };
                )*
                Some($name { $( $field: $field?, )* })
            }

            /// Writes this record's fields, in order, after those already in `e`.
            pub fn write_fields(
                &self,
                e: $crate::domain::format::json::Enc,
            ) -> $crate::domain::format::json::Enc {
                $( let e = $crate::record!(@write e, &self.$field,
                    $crate::record!(@key $field $($key)?) $(, $mode)?); )*
                e
            }
        }

        impl $crate::domain::format::record::Json for $name {
            fn read(
                out: &mut $crate::domain::format::problem::Problems,
                v: &$crate::domain::format::json::Value,
                p: &$crate::domain::format::problem::Path,
            ) -> Option<Self> {
                let mut o = $crate::domain::format::json::Obj::new(out, v, p)?;
                let record = $name::read_fields(out, &mut o);
                o.finish(out);
                record
            }

            fn write(&self) -> $crate::domain::format::json::Value {
                self.write_fields($crate::domain::format::json::Enc::new()).done()
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        f.write_str(stringify!($name))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A)
                        -> Result<$name, A::Error>
                    {
                        use $crate::domain::format::record::{refuse, KeySeed};
                        $( let mut $field: Option<$ty> = None; )*
                        while let Some(key) = map.next_key_seed(KeySeed($name::FIELDS))? {
                            let Some(key) = key else { return Err(refuse("unknown field")) };
                            $( {
                                const KEY: &str = $crate::record!(@key $field $($key)?);
                                if key == KEY {
                                    if $field.is_some() {
                                        return Err(refuse("duplicate field"));
                                    }
                                    let value: $ty = map.next_value_seed(
                                        $crate::domain::format::record::NotNull(::std::marker::PhantomData),
                                    )?;
                                    $( if $check(&value).is_some() {
                                        return Err(refuse("out of range"));
                                    } )?
                                    $field = Some(value);
                                    continue;
                                }
                            } )*
                        }
                        Ok($name {
                            $( $field: $crate::record!(@finish $field, $ty $(, $mode)?), )*
                        })
                    }
                }
                d.deserialize_map(V)
            }
        }
    };

    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };

    (@required $ty:ty) => { <$ty as $crate::domain::format::record::Field>::REQUIRED };
    (@required $ty:ty, $mode:ident) => { false };

    (@read $o:ident, $out:ident, $ty:ty, $key:expr) => {
        <$ty as $crate::domain::format::record::Field>::read_field($o, $out, $key)
    };
    (@read $o:ident, $out:ident, $ty:ty, $key:expr, $mode:ident) => {
        Some($o.opt_with($out, $key, <$ty as $crate::domain::format::record::Json>::read)
            .unwrap_or_default())
    };

    (@write $e:ident, $v:expr, $key:expr) => {
        $crate::domain::format::record::Field::write_field($v, $e, $key)
    };
    (@write $e:ident, $v:expr, $key:expr, omit_default) => {
        if $crate::domain::format::record::is_default($v) {
            $e
        } else {
            $e.val($key, $crate::domain::format::record::Json::write($v))
        }
    };
    (@write $e:ident, $v:expr, $key:expr, or_default) => {
        $e.val($key, $crate::domain::format::record::Json::write($v))
    };

    (@finish $field:ident, $ty:ty) => {
        match $field {
            Some(v) => v,
            None => <$ty as $crate::domain::format::record::Field>::absent()
                .ok_or_else(|| $crate::domain::format::record::refuse("missing field"))?,
        }
    };
    (@finish $field:ident, $ty:ty, $mode:ident) => { $field.unwrap_or_default() };
}
