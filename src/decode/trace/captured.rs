//! The error type every `Deserialize` impl sees inside [`super::trace`]: the error of the
//! layer below, plus what the type said about the failure as data ([`Info`]).
//!
//! serde_json sits between the adapter's layers (it calls the adapter's visitors and seeds,
//! and the adapter calls it), and it only carries its own error type. So where an error
//! leaves the adapter for serde_json, its [`Info`] is set aside in a thread-local slot
//! ([`Captured::escape`]), and where serde_json hands the error back to the adapter, the
//! info is taken up again ([`Captured::enter`]). serde_json returns such an error straight
//! to its caller, so the slot never holds an error's info for longer than that hop; decoding
//! is synchronous, on one thread.

use super::{Asked, Expected, Failure, Fault, Said};
use std::{cell::Cell, fmt};

thread_local! {
    /// The info of the error on its way through serde_json (see the module docs).
    static CROSSING: Cell<Option<Box<Info>>> = const { Cell::new(None) };
    /// The failure inside a union, from [`with_nested`] to the `custom` call it wraps.
    static NESTED: Cell<Option<Box<Failure>>> = const { Cell::new(None) };
}

/// What travels with an error inside [`super::trace`] besides its message.
#[derive(Debug, Default)]
pub(super) struct Info {
    /// What the type said (see [`Said`]).
    pub(super) said: Said,
    /// The failure inside a union's chosen shape, with its path from the union's value.
    pub(super) nested: Option<Box<Failure>>,
}

/// An error of the layer below (`error`) with what the type said about it (`info`, boxed:
/// results of this error type are returned for every value decoded, and most succeed).
#[derive(Debug)]
pub(crate) struct Captured<E> {
    pub(super) error: E,
    pub(super) info: Box<Info>,
}

impl<E> Captured<E> {
    /// An error serde_json handed back to the adapter, with the info it left with, if it
    /// left from the adapter (a failure in the JSON text itself did not).
    pub(super) fn enter(error: E) -> Self {
        Captured { error, info: CROSSING.take().unwrap_or_default() }
    }

    /// The error to hand to serde_json, its info set aside until [`Captured::enter`].
    pub(super) fn escape(self) -> E {
        CROSSING.set(Some(self.info));
        self.error
    }

    /// Notes what the failing value's type asked for, unless a value nearer the failure
    /// already did: the innermost value is the one at the failure's path.
    pub(super) fn expecting(mut self, asked: Asked) -> Self {
        self.info.said.expected.get_or_insert(Expected { asked, read_whole: false });
        self
    }

    /// At the end of a value's decoding: when nothing inside noted a request, the value's
    /// type refused what the deserializer had read whole (`read`: its request, if the read
    /// succeeded).
    pub(super) fn read_whole(mut self, read: Option<Asked>) -> Self {
        if let (None, Some(asked)) = (self.info.said.expected, read) {
            self.info.said.expected = Some(Expected { asked, read_whole: true });
        }
        self
    }

    /// An error that says nothing beyond its message.
    fn plain(error: E) -> Self {
        Captured { error, info: Box::default() }
    }

    /// An error that names a key of the struct that made it.
    fn with_fault(error: E, fault: Fault) -> Self {
        let said = Said { fault: Some(fault), expected: None };
        Captured { error, info: Box::new(Info { said, nested: None }) }
    }
}

/// Runs `make`, which builds a union's error with `custom`, with `nested` in reach of
/// [`Captured`]'s `custom`, which takes it. Outside [`super::trace`] (the typed decode) the
/// error type is serde_json's own, nothing takes it, and it is dropped here.
pub(super) fn with_nested<E>(nested: Box<Failure>, make: impl FnOnce() -> E) -> E {
    NESTED.set(Some(nested));
    let error = make();
    NESTED.take();
    error
}

impl<E: fmt::Display> fmt::Display for Captured<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl<E: std::error::Error> std::error::Error for Captured<E> {}

/// Each constructor builds the layer below's own error, so that messages read exactly as
/// serde_json writes them (`invalid type: null, ...` included); the ones that name a key also
/// keep it as data.
impl<E: serde::de::Error> serde::de::Error for Captured<E> {
    fn custom<T: fmt::Display>(message: T) -> Self {
        let info = Info { said: Said::default(), nested: NESTED.take() };
        Captured { error: E::custom(message), info: Box::new(info) }
    }

    fn invalid_type(unexpected: serde::de::Unexpected<'_>, expected: &dyn serde::de::Expected) -> Self {
        Self::plain(E::invalid_type(unexpected, expected))
    }

    fn invalid_value(unexpected: serde::de::Unexpected<'_>, expected: &dyn serde::de::Expected) -> Self {
        Self::plain(E::invalid_value(unexpected, expected))
    }

    fn invalid_length(len: usize, expected: &dyn serde::de::Expected) -> Self {
        Self::plain(E::invalid_length(len, expected))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::plain(E::unknown_variant(variant, expected))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::plain(E::unknown_field(field, expected))
    }

    fn missing_field(field: &'static str) -> Self {
        Self::with_fault(E::missing_field(field), Fault::Missing(field))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::with_fault(E::duplicate_field(field), Fault::Duplicate(field))
    }
}
