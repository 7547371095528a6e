//! Vietnamese numbers written in words, as ordinals (`lần thứ tư`) and the
//! names of months (`tháng Tư`) use them.

/// Two to nine in words, in small letters; four has two (`tư`, `bốn`).
/// One is `nhất` in an ordinal and `một` in a month's name, and ten and
/// above begin with `mười`: each reader adds its own.
pub(crate) const TWO_TO_NINE: [(&str, u8); 9] = [
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
];
