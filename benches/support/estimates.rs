//! What criterion measured in this run, read back from the estimates it
//! writes, so that a benchmark can print throughput and ratios.

/// The mean time of benchmark `id` in `group`, in nanoseconds, when it was
/// measured in this run.
pub fn mean_ns(group: &str, id: &str) -> Option<f64> {
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".to_owned());
    let path = format!("{target}/criterion/{group}/{id}/new/estimates.json");
    let estimates: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    estimates["mean"]["point_estimate"].as_f64()
}
