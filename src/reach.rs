//! The one reachability probe: whether anything listens at an address, decided by a plain
//! TCP connect with a deadline, so that a dead broker or service fails in about the connect
//! timeout, naming the address, instead of in a client library's retry loop.

use std::time::Duration;

use futures::StreamExt;

/// Whether `address` accepts a TCP connection within `timeout`; else `address: why`.
pub async fn listening(address: &str, timeout: Duration) -> Result<(), String> {
    match tokio::time::timeout(timeout, tokio::net::TcpStream::connect(address)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(err)) => Err(format!("{address}: {err}")),
        Err(_) => Err(format!("{address}: no answer within {}", crate::units::duration(timeout))),
    }
}

/// Succeeds as soon as one of `addresses` accepts a TCP connection; else fails after at most
/// `timeout` with each address and why it failed.
pub async fn any_listening(addresses: &[String], timeout: Duration) -> Result<(), Vec<String>> {
    let attempts = addresses.iter().map(|address| listening(address, timeout));
    let mut pending: futures::stream::FuturesUnordered<_> = attempts.collect();
    let mut reasons = Vec::new();
    while let Some(outcome) = pending.next().await {
        match outcome {
            Ok(()) => return Ok(()),
            Err(reason) => reasons.push(reason),
        }
    }
    Err(reasons)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_listener_is_enough_and_every_failure_is_named() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let open = listener.local_addr().unwrap().to_string();
        let closed = {
            let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
            format!("127.0.0.1:{port}")
        };
        assert!(any_listening(&[closed.clone(), open], Duration::from_secs(5)).await.is_ok());
        let reasons = any_listening(std::slice::from_ref(&closed), Duration::from_secs(5)).await.unwrap_err();
        assert!(reasons[0].starts_with(&closed), "{reasons:?}");
        assert!(any_listening(&[], Duration::from_secs(1)).await.unwrap_err().is_empty());
    }
}
