//! The service contract, generated from `proto/rentflow/leases/v1/lease.proto` at build time.

#![allow(clippy::all, clippy::pedantic, missing_docs)]

tonic::include_proto!("rentflow.leases.v1");
