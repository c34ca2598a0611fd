//! The Python analyzers: a fast tokenizer pass ([`lex`]), the tree and its small evaluator
//! ([`pyast`]), and one module per check that reads Python (RD101 [`producers`], RD201
//! [`logging`], RD202 [`consumers`], RD401 [`syntax`]), and Django settings followed across modules
//! ([`settings`]).

pub mod consumers;
pub mod lex;
pub mod logging;
pub mod producers;
pub mod pyast;
pub mod settings;
pub mod syntax;
