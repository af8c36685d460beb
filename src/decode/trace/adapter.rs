//! The adapter around serde_json's deserializer that gives every `Deserialize` impl the error
//! type [`Captured`] and notes what each value's type asks for.
//!
//! It forwards every call unchanged, so that what decodes through it decodes as it would
//! on serde_json alone (borrowed strings and raw values included), and it only does work of
//! its own when a call fails: the success path costs a wrapper per value and a `Cell` write.
//! Where the adapter hands serde_json a visitor or a seed of its own, the wrapped one gets
//! the adapter's own accessors and deserializers; where serde_json hands an error back, the
//! error is taken up again with its info ([`Captured::enter`]).

use super::{captured::Captured, Asked};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use std::{cell::Cell, fmt};

/// A deserializer of one value: the deserializer below, and where to note what the value's
/// type asked for once the value is read (see [`within`]).
pub(super) struct Tracked<'r, D> {
    de: D,
    read: &'r Cell<Option<Asked>>,
}

impl<'r, D> Tracked<'r, D> {
    /// Wraps `de`; `read` receives the value's request once the value is read without error.
    pub(super) fn new(de: D, read: &'r Cell<Option<Asked>>) -> Self {
        Tracked { de, read }
    }
}

/// Decodes one value from `de` with `decode`, and on failure notes whether the type refused
/// the value after it was read whole; then hands the error back to serde_json.
fn within<'de, D: Deserializer<'de>, T>(
    de: D,
    decode: impl FnOnce(Tracked<'_, D>) -> Result<T, Captured<D::Error>>,
) -> Result<T, D::Error> {
    let read = Cell::new(None);
    decode(Tracked::new(de, &read)).map_err(|error| error.read_whole(read.get()).escape())
}

/// The end of a request to the deserializer below: notes the request on success, and names
/// it in the error on failure.
fn settle<T, E>(result: Result<T, E>, asked: Asked, read: &Cell<Option<Asked>>) -> Result<T, Captured<E>> {
    match result {
        Ok(value) => {
            read.set(Some(asked));
            Ok(value)
        }
        Err(error) => Err(Captured::enter(error).expecting(asked)),
    }
}

/// Forwards `deserialize_*` methods, each with its extra arguments, noting `$asked`.
macro_rules! requests {
    ($($method:ident($($arg:ident: $type:ty),*) => $asked:expr;)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $type,)* visitor: V) -> Result<V::Value, Self::Error> {
            settle(self.de.$method($($arg,)* Wrap(visitor)), $asked, self.read)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Tracked<'_, D> {
    type Error = Captured<D::Error>;

    requests! {
        deserialize_any() => Asked::Any;
        deserialize_struct(name: &'static str, fields: &'static [&'static str]) => Asked::Struct(name);
        deserialize_bool() => Asked::Other;
        deserialize_i8() => Asked::Other;
        deserialize_i16() => Asked::Other;
        deserialize_i32() => Asked::Other;
        deserialize_i64() => Asked::Other;
        deserialize_i128() => Asked::Other;
        deserialize_u8() => Asked::Other;
        deserialize_u16() => Asked::Other;
        deserialize_u32() => Asked::Other;
        deserialize_u64() => Asked::Other;
        deserialize_u128() => Asked::Other;
        deserialize_f32() => Asked::Other;
        deserialize_f64() => Asked::Other;
        deserialize_char() => Asked::Other;
        deserialize_str() => Asked::Other;
        deserialize_string() => Asked::Other;
        deserialize_bytes() => Asked::Other;
        deserialize_byte_buf() => Asked::Other;
        deserialize_option() => Asked::Other;
        deserialize_unit() => Asked::Other;
        deserialize_unit_struct(name: &'static str) => Asked::Other;
        deserialize_newtype_struct(name: &'static str) => Asked::Other;
        deserialize_seq() => Asked::Other;
        deserialize_tuple(len: usize) => Asked::Other;
        deserialize_tuple_struct(name: &'static str, len: usize) => Asked::Other;
        deserialize_map() => Asked::Other;
        deserialize_enum(name: &'static str, variants: &'static [&'static str]) => Asked::Other;
        deserialize_identifier() => Asked::Other;
        deserialize_ignored_any() => Asked::Other;
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

/// The adapter's wrapper of what passes between serde_json and the types: a visitor or a
/// seed handed to serde_json, an accessor (of a sequence, a map, an enum or its variant)
/// handed to a type. It implements each of those traits where the wrapped value does.
struct Wrap<T>(T);

/// Forwards the visitor methods that take a plain value; their errors need nothing added.
macro_rules! plain_visits {
    ($($method:ident($type:ty);)*) => {$(
        fn $method<E: de::Error>(self, value: $type) -> Result<Self::Value, E> {
            self.0.$method(value)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    plain_visits! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_string(String);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Self::Value, D::Error> {
        within(de, |de| self.0.visit_some(de))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<Self::Value, D::Error> {
        within(de, |de| self.0.visit_newtype_struct(de))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.0.visit_seq(Wrap(seq)).map_err(Captured::escape)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(Wrap(map)).map_err(Captured::escape)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.0.visit_enum(Wrap(data)).map_err(Captured::escape)
    }
}

/// Each value a seed decodes is a value of its own (see [`within`]).
impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Wrap<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        within(de, |de| self.0.deserialize(de))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<A> {
    type Error = Captured<A::Error>;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Self::Error> {
        self.0.next_element_seed(Wrap(seed)).map_err(Captured::enter)
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = Captured<A::Error>;

    /// Keys are decoded as serde_json decodes them: a key is a string, and no decision of the
    /// tolerant pass rests on what a key's type says; the keys of a large map would only pay
    /// for the wrapping.
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Self::Error> {
        self.0.next_key_seed(seed).map_err(Captured::enter)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Self::Error> {
        self.0.next_value_seed(Wrap(seed)).map_err(Captured::enter)
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Wrap<A> {
    type Error = Captured<A::Error>;
    type Variant = Wrap<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), Self::Error> {
        match self.0.variant_seed(Wrap(seed)) {
            Ok((value, variant)) => Ok((value, Wrap(variant))),
            Err(error) => Err(Captured::enter(error)),
        }
    }
}

/// A variant's contents, read through the adapter.
impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Wrap<A> {
    type Error = Captured<A::Error>;

    fn unit_variant(self) -> Result<(), Self::Error> {
        self.0.unit_variant().map_err(Captured::enter)
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Self::Error> {
        self.0.newtype_variant_seed(Wrap(seed)).map_err(Captured::enter)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.tuple_variant(len, Wrap(visitor)).map_err(Captured::enter)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.struct_variant(fields, Wrap(visitor)).map_err(Captured::enter)
    }
}
