//! The names of Vietnam's laws, codes and ordinances, so that a law cited
//! by name alone is cited with its whole name and nothing after it.
//!
//! Words alone cannot tell where a law's name ends: `Luật Khoa học và công
//! nghệ` goes on after `và` where `Luật Điện lực và xác nhận việc …` does
//! not, and `Bộ luật Dân sự ký nhận tiền` or `Luật Tần số vô tuyến điện
//! trước khi …` read like longer names. Laws are passed by one assembly and
//! their names are public, so the names are listed here as their titles
//! write them, laws no longer in force included (texts still cite them).
//! The lists are written by hand and grow with each session of the
//! National Assembly: a law missing here whose name begins with a listed
//! one is cut at the listed part. A name found here is taken whole (the
//! longest listed name that the text spells, in any case); a name not
//! listed is read by the rules of `scanner::law`.

use super::context::{same_letter, spaces};
use crate::normalize::is_alphanumeric;

/// Names of laws, after `Luật`. `, ` and ` - ` join the parts of a name,
/// which texts also write with a hyphen, a dash or nothing at all (`Luật
/// Thi đua - Khen thưởng`, `Luật Phòng chống ma túy`).
const LAWS: &[&str] = &[
    "An ninh mạng",
    "An ninh quốc gia",
    "An toàn thông tin mạng",
    "An toàn thực phẩm",
    "An toàn, vệ sinh lao động",
    "Ban hành văn bản quy phạm pháp luật",
    "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân",
    "Báo chí",
    "Bảo hiểm tiền gửi",
    "Bảo hiểm xã hội",
    "Bảo hiểm y tế",
    "Bảo vệ bí mật nhà nước",
    "Bảo vệ dữ liệu cá nhân",
    "Bảo vệ môi trường",
    "Bảo vệ quyền lợi người tiêu dùng",
    "Bảo vệ sức khỏe nhân dân",
    "Bảo vệ và kiểm dịch thực vật",
    "Bảo vệ và phát triển rừng",
    "Bảo vệ, chăm sóc và giáo dục trẻ em",
    "Bầu cử đại biểu Hội đồng nhân dân",
    "Bầu cử đại biểu Quốc hội",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Biên giới quốc gia",
    "Biên phòng Việt Nam",
    "Biển Việt Nam",
    "Bình đẳng giới",
    "Bưu chính",
    "Các tổ chức tín dụng",
    "Cảnh sát biển Việt Nam",
    "Cảnh sát cơ động",
    "Cạnh tranh",
    "Cảnh vệ",
    "Cán bộ, công chức",
    "Căn cước",
    "Căn cước công dân",
    "Chăn nuôi",
    "Chất lượng sản phẩm, hàng hóa",
    "Chuyển đổi số",
    "Chuyển giao công nghệ",
    "Chuyển giao người đang chấp hành án phạt tù",
    "Chứng khoán",
    "Công an nhân dân",
    "Công chứng",
    "Công đoàn",
    "Công nghệ cao",
    "Công nghệ thông tin",
    "Công nghiệp công nghệ số",
    "Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
    "Công ty",
    "Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
    "Cơ yếu",
    "Cư trú",
    "Dân quân tự vệ",
    "Dân số",
    "Dầu khí",
    "Dẫn độ",
    "Dạy nghề",
    "Di sản văn hóa",
    "Doanh nghiệp",
    "Doanh nghiệp nhà nước",
    "Doanh nghiệp tư nhân",
    "Du lịch",
    "Dược",
    "Dữ liệu",
    "Dự trữ quốc gia",
    "Đa dạng sinh học",
    "Đặc xá",
    "Đất đai",
    "Đấu giá tài sản",
    "Đấu thầu",
    "Đầu tư",
    "Đầu tư công",
    "Đầu tư nước ngoài",
    "Đầu tư nước ngoài tại Việt Nam",
    "Đầu tư theo phương thức đối tác công tư",
    "Đê điều",
    "Địa chất và khoáng sản",
    "Điện ảnh",
    "Điện lực",
    "Điều ước quốc tế",
    "Đo đạc và bản đồ",
    "Đo lường",
    "Đơn vị hành chính - kinh tế đặc biệt",
    "Đường bộ",
    "Đường sắt",
    "Giá",
    "Giám định tư pháp",
    "Giao dịch điện tử",
    "Giáo dục",
    "Giáo dục đại học",
    "Giáo dục nghề nghiệp",
    "Giáo dục quốc phòng và an ninh",
    "Giao thông đường bộ",
    "Giao thông đường thủy nội địa",
    "Hải quan",
    "Hàng không dân dụng Việt Nam",
    "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác",
    "Hoạt động chữ thập đỏ",
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Hóa chất",
    "Hòa giải ở cơ sở",
    "Hòa giải, đối thoại tại Tòa án",
    "Hôn nhân và gia đình",
    "Hộ tịch",
    "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Hợp tác xã",
    "Kế toán",
    "Khám bệnh, chữa bệnh",
    "Khiếu nại",
    "Khiếu nại, tố cáo",
    "Khí tượng thủy văn",
    "Khoáng sản",
    "Khoa học và công nghệ",
    "Khoa học, công nghệ và đổi mới sáng tạo",
    "Khuyến khích đầu tư trong nước",
    "Khu hành chính - kinh tế đặc biệt",
    "Kiểm toán độc lập",
    "Kiểm toán nhà nước",
    "Kiến trúc",
    "Kinh doanh bảo hiểm",
    "Kinh doanh bất động sản",
    "Ký kết, gia nhập và thực hiện điều ước quốc tế",
    "Lâm nghiệp",
    "Luật sư",
    "Lực lượng dự bị động viên",
    "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
    "Lưu trữ",
    "Lý lịch tư pháp",
    "Mặt trận Tổ quốc Việt Nam",
    "Năng lượng nguyên tử",
    "Ngân hàng Nhà nước Việt Nam",
    "Ngân sách nhà nước",
    "Nghĩa vụ quân sự",
    "Người cao tuổi",
    "Người khuyết tật",
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Người Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Nhà giáo",
    "Nhà ở",
    "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Nuôi con nuôi",
    "Phá sản",
    "Phá sản doanh nghiệp",
    "Phí và lệ phí",
    "Phòng bệnh",
    "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Phòng không nhân dân",
    "Phòng thủ dân sự",
    "Phòng, chống bạo lực gia đình",
    "Phòng, chống bệnh truyền nhiễm",
    "Phòng, chống HIV/AIDS",
    "Phòng, chống khủng bố",
    "Phòng, chống ma túy",
    "Phòng, chống mua bán người",
    "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người",
    "Phòng, chống rửa tiền",
    "Phòng, chống tác hại của rượu, bia",
    "Phòng, chống tác hại của thuốc lá",
    "Phòng, chống tham nhũng",
    "Phòng, chống thiên tai",
    "Phổ biến, giáo dục pháp luật",
    "Quảng cáo",
    "Quản lý ngoại thương",
    "Quản lý nợ công",
    "Quản lý thuế",
    "Quản lý và đầu tư vốn nhà nước tại doanh nghiệp",
    "Quản lý, bảo vệ công trình quốc phòng và khu quân sự",
    "Quản lý, sử dụng tài sản công",
    "Quản lý, sử dụng tài sản nhà nước",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
    "Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
    "Quốc phòng",
    "Quốc tịch Việt Nam",
    "Quy hoạch",
    "Quy hoạch đô thị",
    "Quy hoạch đô thị và nông thôn",
    "Sĩ quan Quân đội nhân dân Việt Nam",
    "Sở hữu trí tuệ",
    "Sử dụng năng lượng tiết kiệm và hiệu quả",
    "Tài nguyên nước",
    "Tài nguyên, môi trường biển và hải đảo",
    "Tần số vô tuyến điện",
    "Thanh niên",
    "Thanh tra",
    "Thể dục, thể thao",
    "Thi đua, khen thưởng",
    "Thi hành án dân sự",
    "Thi hành án hình sự",
    "Thi hành tạm giữ, tạm giam",
    "Thỏa thuận quốc tế",
    "Thống kê",
    "Thuế bảo vệ môi trường",
    "Thuế chuyển quyền sử dụng đất",
    "Thuế giá trị gia tăng",
    "Thuế sử dụng đất nông nghiệp",
    "Thuế sử dụng đất phi nông nghiệp",
    "Thuế tài nguyên",
    "Thuế thu nhập cá nhân",
    "Thuế thu nhập doanh nghiệp",
    "Thuế tiêu thụ đặc biệt",
    "Thuế xuất khẩu, thuế nhập khẩu",
    "Thuế xuất khẩu, thuế nhập khẩu hàng mậu dịch",
    "Thủy lợi",
    "Thủy sản",
    "Thủ đô",
    "Thú y",
    "Thực hành tiết kiệm, chống lãng phí",
    "Thực hiện dân chủ ở cơ sở",
    "Thương mại",
    "Thương mại điện tử",
    "Thư viện",
    "Tiếp cận thông tin",
    "Tiếp công dân",
    "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Tín ngưỡng, tôn giáo",
    "Tố cáo",
    "Tổ chức Chính phủ",
    "Tổ chức chính quyền địa phương",
    "Tổ chức cơ quan điều tra hình sự",
    "Tổ chức Hội đồng Bộ trưởng",
    "Tổ chức Hội đồng Chính phủ",
    "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Tổ chức Quốc hội",
    "Tổ chức Quốc hội và Hội đồng Nhà nước",
    "Tổ chức Tòa án nhân dân",
    "Tổ chức Viện kiểm sát nhân dân",
    "Tố tụng hành chính",
    "Trách nhiệm bồi thường của Nhà nước",
    "Trật tự, an toàn giao thông đường bộ",
    "Trẻ em",
    "Trí tuệ nhân tạo",
    "Trọng tài thương mại",
    "Trồng trọt",
    "Trợ giúp pháp lý",
    "Trưng cầu ý dân",
    "Tương trợ tư pháp",
    "Tương trợ tư pháp về dân sự",
    "Tương trợ tư pháp về hình sự",
    "Tư pháp người chưa thành niên",
    "Việc làm",
    "Viên chức",
    "Viễn thông",
    "Xây dựng",
    "Xuất bản",
    "Xuất cảnh, nhập cảnh của công dân Việt Nam",
    "Xử lý vi phạm hành chính",
];

/// Other names news writes for some laws: initials (`Luật BHXH`, `Luật
/// Thuế TNCN`) and shorter names (`Luật Phòng cháy, chữa cháy`), each with
/// the listed name it stands for.
const LAW_OTHER_NAMES: &[(&str, &str)] = &[
    ("ATTP", "An toàn thực phẩm"),
    ("ATVSLĐ", "An toàn, vệ sinh lao động"),
    ("BHXH", "Bảo hiểm xã hội"),
    ("BHYT", "Bảo hiểm y tế"),
    ("BVMT", "Bảo vệ môi trường"),
    ("CBCC", "Cán bộ, công chức"),
    ("GDĐH", "Giáo dục đại học"),
    ("GDNN", "Giáo dục nghề nghiệp"),
    ("GTĐB", "Giao thông đường bộ"),
    ("HN&GĐ", "Hôn nhân và gia đình"),
    ("HNGĐ", "Hôn nhân và gia đình"),
    ("KBCB", "Khám bệnh, chữa bệnh"),
    ("KDBĐS", "Kinh doanh bất động sản"),
    ("NSNN", "Ngân sách nhà nước"),
    ("PCTN", "Phòng, chống tham nhũng"),
    ("Phòng cháy, chữa cháy", "Phòng cháy và chữa cháy"),
    ("SHTT", "Sở hữu trí tuệ"),
    ("TCTD", "Các tổ chức tín dụng"),
    ("Thuế BVMT", "Thuế bảo vệ môi trường"),
    ("Thuế GTGT", "Thuế giá trị gia tăng"),
    ("Thuế TNCN", "Thuế thu nhập cá nhân"),
    ("Thuế TNDN", "Thuế thu nhập doanh nghiệp"),
    ("Thuế TTĐB", "Thuế tiêu thụ đặc biệt"),
    ("XLVPHC", "Xử lý vi phạm hành chính"),
];

/// Names of codes, after `Bộ luật`.
const CODES: &[&str] = &[
    "Dân sự",
    "Hàng hải Việt Nam",
    "Hình sự",
    "Lao động",
    "Tố tụng dân sự",
    "Tố tụng hình sự",
];

/// Other names written for codes (`Bộ luật TTHS`, `Bộ luật Hàng hải`).
const CODE_OTHER_NAMES: &[(&str, &str)] = &[
    ("Hàng hải", "Hàng hải Việt Nam"),
    ("TTDS", "Tố tụng dân sự"),
    ("TTHS", "Tố tụng hình sự"),
];

/// Names of ordinances of the National Assembly's Standing Committee,
/// after `Pháp lệnh`.
const ORDINANCES: &[&str] = &[
    "Án phí, lệ phí Tòa án",
    "Bảo hộ quyền tác giả",
    "Bảo vệ công trình quan trọng liên quan đến an ninh quốc gia",
    "Bảo vệ và kiểm dịch thực vật",
    "Bộ đội biên phòng",
    "Bưu chính, viễn thông",
    "Cảnh sát cơ động",
    "Cảnh vệ",
    "Cán bộ, công chức",
    "Chất lượng hàng hóa",
    "Chi phí tố tụng",
    "Chống tham nhũng",
    "Công an xã",
    "Dân quân tự vệ",
    "Dân số",
    "Đê điều",
    "Đo lường",
    "Giá",
    "Giống cây trồng",
    "Giống vật nuôi",
    "Hành nghề y, dược tư nhân",
    "Hôn nhân và gia đình giữa công dân Việt Nam và người nước ngoài",
    "Hợp đồng dân sự",
    "Hợp đồng kinh tế",
    "Hợp nhất văn bản quy phạm pháp luật",
    "Kế toán và thống kê",
    "Khai thác và bảo vệ công trình thủy lợi",
    "Ký kết và thực hiện điều ước quốc tế",
    "Ký kết và thực hiện thỏa thuận quốc tế",
    "Lực lượng Cảnh sát biển Việt Nam",
    "Nghĩa vụ lao động công ích",
    "Ngoại hối",
    "Người cao tuổi",
    "Người tàn tật",
    "Phí và lệ phí",
    "Phòng, chống lụt, bão",
    "Phòng, chống mại dâm",
    "Quảng cáo",
    "Quản lý thị trường",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
    "Thẩm phán và Hội thẩm Tòa án nhân dân",
    "Thi hành án dân sự",
    "Thuế nhà, đất",
    "Thuế nông nghiệp",
    "Thuế tài nguyên",
    "Thuế thu nhập đối với người có thu nhập cao",
    "Thủ tục bắt giữ tàu biển",
    "Thủ tục giải quyết các tranh chấp lao động",
    "Thủ tục giải quyết các vụ án dân sự",
    "Thủ tục giải quyết các vụ án hành chính",
    "Thủ tục giải quyết các vụ án kinh tế",
    "Thú y",
    "Thư viện",
    "Tình báo",
    "Tình trạng khẩn cấp",
    "Tín ngưỡng, tôn giáo",
    "Tổ chức điều tra hình sự",
    "Tổ chức Tòa án quân sự",
    "Trọng tài thương mại",
    "Ưu đãi người có công với cách mạng",
    "Xử lý vi phạm hành chính",
    "Xử phạt vi phạm hành chính",
];

/// A listed name that a text spells.
pub(super) struct Listed {
    /// The name as the list writes it, without its kind.
    pub name: &'static str,
    /// Where the text's spelling of it ends.
    pub end: usize,
}

/// The longest listed name of a document of `kind` (`Luật`, `Bộ luật`,
/// `Pháp lệnh`), or another name standing for one, that `text` spells at
/// `at`.
pub(super) fn listed_at(text: &str, at: usize, kind: &str) -> Option<Listed> {
    let (names, other_names) = match kind {
        "Luật" => (LAWS, LAW_OTHER_NAMES),
        "Bộ luật" => (CODES, CODE_OTHER_NAMES),
        "Pháp lệnh" => (ORDINANCES, &[][..]),
        _ => return None,
    };
    let spelled = names.iter().map(|&name| (name, name));
    spelled
        .chain(other_names.iter().copied())
        .filter_map(|(written, name)| {
            Some(Listed {
                name,
                end: spelled_end(text, at, written)?,
            })
        })
        .max_by_key(|listed| listed.end)
}

/// Where `name` ends if `text` spells it at `at`: letters in either case,
/// one or two spaces for each space, and anything that joins words for a
/// joint of the name (`, ` or ` - `, see [`joint_end`]). Read a character
/// at a time: most names differ from the text at their first letter.
fn spelled_end(text: &str, at: usize, name: &str) -> Option<usize> {
    let mut end = at;
    let mut rest = name;
    while let Some(want) = rest.chars().next() {
        if want == ' ' || want == ',' {
            let joint = [", ", " - "].iter().find_map(|joint| rest.strip_prefix(joint));
            end = match joint {
                Some(_) => joint_end(text, end)?,
                None => Some(spaces(text, end)).filter(|&spaced| spaced > end)?,
            };
            rest = joint.unwrap_or(&rest[1..]);
            continue;
        }
        let got = text[end..].chars().next()?;
        if !same_letter(got, want) {
            return None;
        }
        end += got.len_utf8();
        rest = &rest[want.len_utf8()..];
    }
    (!text[end..].starts_with(is_alphanumeric)).then_some(end)
}

/// Where a joint between two parts of a name ends: a comma, a hyphen or a
/// dash with spaces around it or not (`, `, ` , `, ` - `, `-`, ` – `), or
/// spaces alone.
fn joint_end(text: &str, at: usize) -> Option<usize> {
    let spaced = spaces(text, at);
    let joined = text[spaced..]
        .chars()
        .next()
        .filter(|c| matches!(c, ',' | '-' | '–'))
        .map_or(spaced, |c| spaces(text, spaced + c.len_utf8()));
    (joined > at).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_name_is_listed_twice() {
        for names in [LAWS, CODES, ORDINANCES] {
            let keys: Vec<Vec<char>> = names
                .iter()
                .map(|name| name.chars().map(crate::normalize::to_lower).collect())
                .collect();
            assert!(keys.windows(2).all(|pair| pair[0] != pair[1]), "{names:?}");
            assert!(names.iter().all(|name| !name.contains("  ")));
        }
    }

    #[test]
    fn other_names_stand_for_listed_names() {
        for (other_names, names) in [(LAW_OTHER_NAMES, LAWS), (CODE_OTHER_NAMES, CODES)] {
            for (written, name) in other_names {
                assert!(names.contains(name), "{written}: {name}");
            }
        }
        let listed = listed_at("Thuế TNCN năm 2007", 0, "Luật").expect("initials");
        assert_eq!(
            (listed.name, listed.end),
            ("Thuế thu nhập cá nhân", "Thuế TNCN".len())
        );
    }

    #[test]
    fn names_are_read_whole_in_any_case_and_any_joint() {
        fn end<'a>(text: &'a str, kind: &str) -> Option<&'a str> {
            listed_at(text, 0, kind).map(|listed| &text[..listed.end])
        }
        assert_eq!(
            end("khoa học và công nghệ quyết định", "Luật"),
            Some("khoa học và công nghệ")
        );
        assert_eq!(
            end("Thi đua - Khen thưởng được", "Luật"),
            Some("Thi đua - Khen thưởng")
        );
        assert_eq!(end("thi đua-khen thưởng", "Luật"), Some("thi đua-khen thưởng"));
        assert_eq!(end("Phòng chống ma túy", "Luật"), Some("Phòng chống ma túy"));
        assert_eq!(
            end("khám bệnh , chữa bệnh gửi", "Luật"),
            Some("khám bệnh , chữa bệnh")
        );
        assert_eq!(end("Đầu tư công và", "Luật"), Some("Đầu tư công"));
        assert_eq!(end("Đầu tư, Luật Doanh nghiệp", "Luật"), Some("Đầu tư"));
        assert_eq!(end("Dân sự ký nhận", "Bộ luật"), Some("Dân sự"));
        assert_eq!(end("Đất đaiX", "Luật"), None);
        assert_eq!(end("Dân sự", "Nghị định"), None);
    }
}
