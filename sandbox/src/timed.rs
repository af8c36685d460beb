//! A connection's socket with the idle and read timeouts: a connection waiting for a request
//! longer than the idle timeout, or whose request does not arrive in full within the read
//! timeout, is closed; so is one whose client has not taken any of a response for the idle
//! timeout (a client that sends requests and never reads the answers).
//!
//! hyper 1's HTTP/1 server has a header read timeout but no idle timeout, and its header
//! timer starts when the connection becomes ready for the next request, so it cannot tell an
//! idle keep-alive connection from a slow request. The socket can: the first byte read after
//! a response starts a request, and the service says when the request (head and body) has
//! been read in full ([`Busy::set`]), after which the handling is not timed (an injected
//! [`Fault::Delay`](crate::Fault::Delay) may take as long as it was asked to).

use std::{
    future::Future,
    io,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    task::{ready, Context, Poll},
    time::Duration,
};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::TcpStream,
    time::{Instant, Sleep},
};

/// How long a connection may wait, idle or on a request.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Timeouts {
    /// From the connection's start or the end of its last response to the first byte of the
    /// next request.
    pub(crate) idle: Duration,
    /// From a request's first byte to its last (head and body).
    pub(crate) read: Duration,
}

/// Set by the service once it has read its request in full: the connection is then not
/// waiting on the client, whatever the socket sees, until the response is written.
#[derive(Clone, Debug, Default)]
pub(crate) struct Busy(Arc<AtomicBool>);

impl Busy {
    pub(crate) fn set(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    fn take(&self) {
        self.0.store(false, Ordering::Relaxed);
    }

    fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// What the connection waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Waiting {
    /// The first byte of a request.
    Idle,
    /// The rest of a request.
    Request,
}

/// A socket that fails its reads with `TimedOut` once the connection waited too long (hyper
/// then closes it).
pub(crate) struct TimedStream {
    stream: TcpStream,
    timeouts: Timeouts,
    busy: Busy,
    waiting: Waiting,
    deadline: Instant,
    /// Woken at `deadline` or earlier. It is reset only when it fires early or would fire
    /// late, not at every request, so that a busy keep-alive connection does not touch the
    /// timer wheel per request.
    sleep: Pin<Box<Sleep>>,
}

impl TimedStream {
    pub(crate) fn new(stream: TcpStream, timeouts: Timeouts, busy: Busy) -> TimedStream {
        let deadline = Instant::now() + timeouts.idle;
        TimedStream {
            stream,
            timeouts,
            busy,
            waiting: Waiting::Idle,
            deadline,
            sleep: Box::pin(tokio::time::sleep_until(deadline)),
        }
    }

    /// Ready with the error to fail a read with once the deadline has passed, unless the
    /// request is being handled.
    fn poll_expired(&mut self, cx: &mut Context<'_>) -> Poll<io::Error> {
        if self.busy.get() {
            return Poll::Pending;
        }
        loop {
            if Instant::now() >= self.deadline {
                let what = match self.waiting {
                    Waiting::Idle => "nothing was read or written for longer than the idle timeout",
                    Waiting::Request => "the request did not arrive in full within the read timeout",
                };
                return Poll::Ready(io::Error::new(io::ErrorKind::TimedOut, what));
            }
            if self.sleep.deadline() > self.deadline {
                self.sleep.as_mut().reset(self.deadline);
            }
            ready!(self.sleep.as_mut().poll(cx));
            // Fired at an earlier deadline than the current one: wait again.
            self.sleep.as_mut().reset(self.deadline);
        }
    }

    /// A response (or part of one) went out: the connection waits for the next request.
    fn wrote(&mut self, written: io::Result<usize>) -> io::Result<usize> {
        if matches!(written, Ok(n) if n > 0) {
            self.responding();
        }
        written
    }

    /// The connection's answer is being written: it is no longer handled, and it waits for
    /// the client (to take the response, then to send its next request).
    fn responding(&mut self) {
        self.busy.take();
        self.waiting = Waiting::Idle;
        self.deadline = Instant::now() + self.timeouts.idle;
    }

    /// A write that cannot proceed (the client does not read): fails once nothing was
    /// written for the idle timeout.
    fn poll_stalled(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        if self.busy.get() {
            // The first write of a response: the wait starts now.
            self.responding();
        }
        self.poll_expired(cx).map(Err)
    }
}

impl AsyncRead for TimedStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.stream).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before && this.waiting == Waiting::Idle && !this.busy.get() {
                    this.waiting = Waiting::Request;
                    this.deadline = Instant::now() + this.timeouts.read;
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(error)) => Poll::Ready(Err(error)),
            Poll::Pending => this.poll_expired(cx).map(Err),
        }
    }
}

impl AsyncWrite for TimedStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write(cx, data) {
            Poll::Pending => this.poll_stalled(cx),
            Poll::Ready(written) => Poll::Ready(this.wrote(written)),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write_vectored(cx, bufs) {
            Poll::Pending => this.poll_stalled(cx),
            Poll::Ready(written) => Poll::Ready(this.wrote(written)),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}
