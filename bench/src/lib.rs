//! The benchmark's library: the synthetic-content generator, so that the benchmark, its
//! `synth` command and the tests all call it as a function.

pub mod synth;
