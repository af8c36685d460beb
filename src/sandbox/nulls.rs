//! JSON for the sandbox's responses, with `null` written for every property the spec requires
//! but allows to be null.
//!
//! The generated types read such properties as optional (see `rust_view` in
//! `generator_settings.rs`) and so leave them out when they are `None`. A server must send
//! them, so this serializer wraps serde_json's and turns each skipped field that the spec
//! lists as required and nullable (`REQUIRED_NULLABLE`, emitted by build.rs) back into
//! `"key": null`. serde reports every skipped field through `SerializeStruct::skip_field`,
//! with the struct's name, which is the schema's name in the generated types.

use crate::generated::spec::REQUIRED_NULLABLE;
use serde::ser::{self, Serialize, Serializer};

/// Serializes `value` as JSON, writing `null` for required nullable properties left out.
pub(crate) fn to_vec<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(1024);
    value.serialize(Fill(&mut serde_json::Serializer::new(&mut out)))?;
    Ok(out)
}

/// The properties of `schema` that must be written as `null` rather than left out.
fn required_nullable(schema: &str) -> &'static [&'static str] {
    REQUIRED_NULLABLE.iter().find(|(name, _)| *name == schema).map_or(&[], |(_, properties)| properties)
}

/// A serializer (or one of its compound serializers) whose nested values are filled too.
struct Fill<S>(S);

/// A value serialized through [`Fill`].
struct Wrap<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> Serialize for Wrap<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Fill(serializer))
    }
}

/// Forwards a scalar method unchanged.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)+) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> { self.0.$method($($arg),*) })+
    };
}

/// Opens a compound serializer, wrapped so that its elements are filled too.
macro_rules! open {
    ($($method:ident($($arg:ident: $ty:ty),*) -> $compound:ident;)+) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<Self::$compound, S::Error> {
            self.0.$method($($arg),*).map(Fill)
        })+
    };
}

impl<S: Serializer> Serializer for Fill<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Fill<S::SerializeSeq>;
    type SerializeTuple = Fill<S::SerializeTuple>;
    type SerializeTupleStruct = Fill<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Fill<S::SerializeTupleVariant>;
    type SerializeMap = Fill<S::SerializeMap>;
    type SerializeStruct = FillStruct<S::SerializeStruct>;
    type SerializeStructVariant = Fill<S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.collect_str(value)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Wrap(value))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Wrap(value))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_variant(name, index, variant, &Wrap(value))
    }

    open! {
        serialize_seq(len: Option<usize>) -> SerializeSeq;
        serialize_tuple(len: usize) -> SerializeTuple;
        serialize_tuple_struct(name: &'static str, len: usize) -> SerializeTupleStruct;
        serialize_tuple_variant(name: &'static str, index: u32, variant: &'static str, len: usize)
            -> SerializeTupleVariant;
        serialize_map(len: Option<usize>) -> SerializeMap;
        serialize_struct_variant(name: &'static str, index: u32, variant: &'static str, len: usize)
            -> SerializeStructVariant;
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        let nulls = required_nullable(name);
        // Room for the fields written as null: serde_json ignores the length, others may not.
        self.0.serialize_struct(name, len + nulls.len()).map(|inner| FillStruct { inner, nulls })
    }
}

/// Forwards a compound serializer's element method, wrapping the element.
macro_rules! compound {
    ($trait:ident, $method:ident $(, $key:ident: $key_ty:ty)?) => {
        impl<S: ser::$trait> ser::$trait for Fill<S> {
            type Ok = S::Ok;
            type Error = S::Error;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: $key_ty,)? value: &T) -> Result<(), S::Error> {
                self.0.$method($($key,)? &Wrap(value))
            }
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    };
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStructVariant, serialize_field, key: &'static str);

impl<S: ser::SerializeMap> ser::SerializeMap for Fill<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), S::Error> {
        self.0.serialize_key(&Wrap(key))
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_value(&Wrap(value))
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// A struct being serialized, with the properties of its schema that must not be left out.
struct FillStruct<S> {
    inner: S,
    nulls: &'static [&'static str],
}

impl<S: ser::SerializeStruct> ser::SerializeStruct for FillStruct<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.inner.serialize_field(key, &Wrap(value))
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
        if self.nulls.contains(&key) {
            self.inner.serialize_field(key, &())
        } else {
            self.inner.skip_field(key)
        }
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.inner.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sandbox::sample, ProcessorRunStatus};

    #[test]
    fn required_nullable_properties_are_written_as_null() {
        let run = sample::extract_run("exr_1", ProcessorRunStatus::Processing);
        let body: serde_json::Value = serde_json::from_slice(&to_vec(&run).unwrap()).unwrap();
        for key in required_nullable("ExtractRun") {
            assert!(body.get(*key).is_some(), "{key} is missing from {body}");
        }
        assert!(body["usage"].is_null() && body["output"].is_null(), "{body}");
        // A property that is optional in the spec stays out when it is None.
        let usage = crate::types::RunUsage { breakdown: Vec::new(), credits: Some(1.5), total_credits: None };
        assert_eq!(to_vec(&usage).unwrap(), br#"{"credits":1.5}"#);
        assert_eq!(serde_json::from_slice::<crate::types::ExtractRun>(&to_vec(&run).unwrap()).unwrap(), run);
    }
}
