//! A closed set of names, such as a mode or an item kind, declared once: the enum, its names in
//! files, reading (an unknown name is reported with the names expected), writing, and the serde
//! reader of the fast path.

/// Declares an enum whose variants are written as the given names.
#[macro_export]
macro_rules! names {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declared order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The name written in files.
            pub fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The variant written as `name`.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $( $text => Some($name::$variant), )+
                    _ => None,
                }
            }

            /// The names, as a problem lists them: `a, b, c`.
            pub fn expected() -> String {
                [$( $text ),+].join(", ")
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl $crate::domain::format::record::Json for $name {
            fn read(
                out: &mut $crate::domain::format::problem::Problems,
                v: &$crate::domain::format::json::Value,
                p: &$crate::domain::format::problem::Path,
            ) -> Option<Self> {
                let found = $crate::domain::format::json::as_str(out, v, p)?;
                let known = $name::from_name(&found);
                if known.is_none() {
                    out.error(
                        p.clone(),
                        $crate::domain::format::problem::ProblemKind::UnknownVariant {
                            found: found.chars().take(40).collect(),
                            expected: $name::expected(),
                        },
                    );
                }
                known
            }
            fn write(&self) -> $crate::domain::format::json::Value {
                $crate::domain::format::json::Value::String(self.name().to_owned())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> ::serde::de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        f.write_str(stringify!($name))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, s: &str) -> Result<$name, E> {
                        $name::from_name(s)
                            .ok_or_else(|| $crate::domain::format::record::refuse("unknown name"))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}
