//! Laws, codes and the constitution as an English edition names them: `the
//! 2024 Land Law`, `the Law on Enterprises 2020`, `the Penal Code`, `the
//! 2013 Constitution`, `Law No. 31/2024/QH15 on Land`.
//!
//! English capitalises a law's name as Vietnamese does, but `Law` and
//! `Code` also name laws of science, schools and other lands, so a name
//! counts only where the prose marks it as one of Vietnam's documents:
//! `the` or `Vietnam's` before it (perhaps with `amended`, `revised`,
//! `new` or its year between), or its year after it; and never with
//! another land named in or around it (`the US Constitution`, `China's
//! Data Security Law`, `the Civil Code of France`), nor inside a longer
//! name (`the Law Society`, `Vietnam Law Magazine`).
//!
//! Codes and the constitution are few, and each is listed under its
//! Vietnamese name (`the Penal Code` and `Bộ luật Hình sự` are one
//! document, linked as Vietnamese sites know it). So is a law whose
//! official English title (`Law on Land`) [`LAWS`] knows, however the
//! text words it (`the Land Law`, `the Law on Land`): `Luật Đất đai`. A
//! law not there is named as its title would be (`the Gadget Law` is `Law
//! on Gadget`), so that two wordings of it are still one document.

use super::context;
use super::document_kind::{self, CONSTITUTION_YEARS, FIRST_NAMED_LAW_YEAR, Kind};
use super::document_symbol;
use super::scanner::{citation_of, starts_word};
use super::{Citation, Form};
use crate::normalize::merge_in_order;

/// Vietnam's codes and its constitution by their English names (as the
/// Ministry of Justice's translations and English editions name them:
/// `Penal Code` in the first, `Criminal Code` in most of the second), with
/// the Vietnamese names they are listed under. A Vietnamese name's first
/// English one is the one an English article shows.
const CODES: &[(&str, &str)] = &[
    ("Criminal Procedure Code", "Bộ luật Tố tụng hình sự"),
    ("Code of Criminal Procedure", "Bộ luật Tố tụng hình sự"),
    ("Civil Procedure Code", "Bộ luật Tố tụng dân sự"),
    ("Code of Civil Procedure", "Bộ luật Tố tụng dân sự"),
    ("Criminal Code", "Bộ luật Hình sự"),
    ("Penal Code", "Bộ luật Hình sự"),
    ("Civil Code", "Bộ luật Dân sự"),
    ("Labour Code", "Bộ luật Lao động"),
    ("Labor Code", "Bộ luật Lao động"),
    ("Maritime Code", "Bộ luật Hàng hải Việt Nam"),
    ("Constitution", "Hiến pháp"),
];

/// Vietnam's laws by their official English titles (`Law on …`, as the
/// Ministry of Justice's translations and English editions write them),
/// with the Vietnamese names they are listed under (`src/citation/law_names.rs`
/// spells each as its title does). A Vietnamese name's first English title
/// is the one an English article shows; the others are other wordings of
/// it (`Law on Enterprise`). A law not here keeps its English title.
const LAWS: &[(&str, &str)] = &[
    ("Law on Land", "Luật Đất đai"),
    ("Law on Enterprises", "Luật Doanh nghiệp"),
    ("Law on Enterprise", "Luật Doanh nghiệp"),
    ("Law on Investment", "Luật Đầu tư"),
    ("Law on Public Investment", "Luật Đầu tư công"),
    ("Law on Housing", "Luật Nhà ở"),
    ("Law on Real Estate Business", "Luật Kinh doanh bất động sản"),
    ("Law on Credit Institutions", "Luật Các tổ chức tín dụng"),
    ("Law on Cybersecurity", "Luật An ninh mạng"),
    ("Law on Cyber Security", "Luật An ninh mạng"),
    (
        "Law on Network Information Security",
        "Luật An toàn thông tin mạng",
    ),
    ("Law on Tax Administration", "Luật Quản lý thuế"),
    ("Law on Corporate Income Tax", "Luật Thuế thu nhập doanh nghiệp"),
    ("Law on Personal Income Tax", "Luật Thuế thu nhập cá nhân"),
    ("Law on Value-Added Tax", "Luật Thuế giá trị gia tăng"),
    ("Law on Value Added Tax", "Luật Thuế giá trị gia tăng"),
    ("Law on Special Consumption Tax", "Luật Thuế tiêu thụ đặc biệt"),
    (
        "Law on Export and Import Duties",
        "Luật Thuế xuất khẩu, thuế nhập khẩu",
    ),
    (
        "Law on Environmental Protection Tax",
        "Luật Thuế bảo vệ môi trường",
    ),
    ("Law on Natural Resource Tax", "Luật Thuế tài nguyên"),
    ("Law on Road Traffic", "Luật Giao thông đường bộ"),
    (
        "Law on Road Traffic Order and Safety",
        "Luật Trật tự, an toàn giao thông đường bộ",
    ),
    ("Law on Roads", "Luật Đường bộ"),
    ("Law on Railway", "Luật Đường sắt"),
    ("Law on Railways", "Luật Đường sắt"),
    ("Law on Civil Aviation", "Luật Hàng không dân dụng Việt Nam"),
    (
        "Law on Inland Waterway Navigation",
        "Luật Giao thông đường thủy nội địa",
    ),
    ("Law on Bidding", "Luật Đấu thầu"),
    ("Law on Planning", "Luật Quy hoạch"),
    ("Law on Urban Planning", "Luật Quy hoạch đô thị"),
    (
        "Law on Urban and Rural Planning",
        "Luật Quy hoạch đô thị và nông thôn",
    ),
    ("Law on Construction", "Luật Xây dựng"),
    ("Law on Architecture", "Luật Kiến trúc"),
    ("Law on Environmental Protection", "Luật Bảo vệ môi trường"),
    ("Law on Social Insurance", "Luật Bảo hiểm xã hội"),
    ("Law on Health Insurance", "Luật Bảo hiểm y tế"),
    ("Law on Employment", "Luật Việc làm"),
    ("Law on Cadres and Civil Servants", "Luật Cán bộ, công chức"),
    ("Law on Public Employees", "Luật Viên chức"),
    ("Law on Anti-Corruption", "Luật Phòng, chống tham nhũng"),
    (
        "Law on Corruption Prevention and Control",
        "Luật Phòng, chống tham nhũng",
    ),
    ("Law on Electricity", "Luật Điện lực"),
    ("Law on Petroleum", "Luật Dầu khí"),
    ("Law on Insurance Business", "Luật Kinh doanh bảo hiểm"),
    ("Law on Securities", "Luật Chứng khoán"),
    ("Law on Prices", "Luật Giá"),
    ("Law on Pricing", "Luật Giá"),
    ("Law on Customs", "Luật Hải quan"),
    ("Law on Intellectual Property", "Luật Sở hữu trí tuệ"),
    ("Law on Telecommunications", "Luật Viễn thông"),
    ("Law on Information Technology", "Luật Công nghệ thông tin"),
    ("Law on Electronic Transactions", "Luật Giao dịch điện tử"),
    ("Law on E-Transactions", "Luật Giao dịch điện tử"),
    ("Law on E-Commerce", "Luật Thương mại điện tử"),
    ("Law on Data", "Luật Dữ liệu"),
    ("Law on Personal Data Protection", "Luật Bảo vệ dữ liệu cá nhân"),
    (
        "Law on Digital Technology Industry",
        "Luật Công nghiệp công nghệ số",
    ),
    ("Law on Digital Transformation", "Luật Chuyển đổi số"),
    ("Law on Artificial Intelligence", "Luật Trí tuệ nhân tạo"),
    ("Law on Science and Technology", "Luật Khoa học và công nghệ"),
    (
        "Law on Science, Technology and Innovation",
        "Luật Khoa học, công nghệ và đổi mới sáng tạo",
    ),
    ("Law on Technology Transfer", "Luật Chuyển giao công nghệ"),
    ("Law on High Technology", "Luật Công nghệ cao"),
    ("Law on Atomic Energy", "Luật Năng lượng nguyên tử"),
    ("Law on Identification", "Luật Căn cước"),
    ("Law on Citizen Identification", "Luật Căn cước công dân"),
    ("Law on Residence", "Luật Cư trú"),
    ("Law on Military Service", "Luật Nghĩa vụ quân sự"),
    ("Law on National Defence", "Luật Quốc phòng"),
    ("Law on National Defense", "Luật Quốc phòng"),
    ("Law on Education", "Luật Giáo dục"),
    ("Law on Higher Education", "Luật Giáo dục đại học"),
    ("Law on Vocational Education", "Luật Giáo dục nghề nghiệp"),
    ("Law on Teachers", "Luật Nhà giáo"),
    (
        "Law on Medical Examination and Treatment",
        "Luật Khám bệnh, chữa bệnh",
    ),
    ("Law on Pharmacy", "Luật Dược"),
    ("Law on Food Safety", "Luật An toàn thực phẩm"),
    (
        "Law on Prevention and Control of Infectious Diseases",
        "Luật Phòng, chống bệnh truyền nhiễm",
    ),
    ("Law on Water Resources", "Luật Tài nguyên nước"),
    ("Law on Minerals", "Luật Khoáng sản"),
    ("Law on Geology and Minerals", "Luật Địa chất và khoáng sản"),
    ("Law on Forestry", "Luật Lâm nghiệp"),
    ("Law on Fisheries", "Luật Thủy sản"),
    ("Law on Crop Production", "Luật Trồng trọt"),
    ("Law on Animal Husbandry", "Luật Chăn nuôi"),
    ("Law on Irrigation", "Luật Thủy lợi"),
    ("Law on Biodiversity", "Luật Đa dạng sinh học"),
    ("Law on Chemicals", "Luật Hóa chất"),
    (
        "Law on Natural Disaster Prevention and Control",
        "Luật Phòng, chống thiên tai",
    ),
    ("Law on Tourism", "Luật Du lịch"),
    ("Law on Advertising", "Luật Quảng cáo"),
    ("Law on Press", "Luật Báo chí"),
    ("Law on Publishing", "Luật Xuất bản"),
    ("Law on Cinematography", "Luật Điện ảnh"),
    ("Law on Cinema", "Luật Điện ảnh"),
    ("Law on Cultural Heritage", "Luật Di sản văn hóa"),
    ("Law on Marriage and Family", "Luật Hôn nhân và gia đình"),
    ("Law on Gender Equality", "Luật Bình đẳng giới"),
    ("Law on Children", "Luật Trẻ em"),
    ("Law on Youth", "Luật Thanh niên"),
    ("Law on Persons with Disabilities", "Luật Người khuyết tật"),
    (
        "Law on Domestic Violence Prevention and Control",
        "Luật Phòng, chống bạo lực gia đình",
    ),
    ("Law on Drug Prevention and Control", "Luật Phòng, chống ma túy"),
    ("Law on Anti-Money Laundering", "Luật Phòng, chống rửa tiền"),
    ("Law on Counter-Terrorism", "Luật Phòng, chống khủng bố"),
    (
        "Law on Organization of Local Government",
        "Luật Tổ chức chính quyền địa phương",
    ),
    (
        "Law on Organisation of Local Government",
        "Luật Tổ chức chính quyền địa phương",
    ),
    ("Law on Organization of the Government", "Luật Tổ chức Chính phủ"),
    (
        "Law on Organization of the National Assembly",
        "Luật Tổ chức Quốc hội",
    ),
    (
        "Law on Promulgation of Legal Documents",
        "Luật Ban hành văn bản quy phạm pháp luật",
    ),
    ("Law on State Budget", "Luật Ngân sách nhà nước"),
    ("Law on Public Debt Management", "Luật Quản lý nợ công"),
    ("Law on Accounting", "Luật Kế toán"),
    ("Law on Independent Audit", "Luật Kiểm toán độc lập"),
    ("Law on State Audit", "Luật Kiểm toán nhà nước"),
    ("Law on Statistics", "Luật Thống kê"),
    ("Law on Competition", "Luật Cạnh tranh"),
    (
        "Law on Consumer Rights Protection",
        "Luật Bảo vệ quyền lợi người tiêu dùng",
    ),
    (
        "Law on Protection of Consumer Rights",
        "Luật Bảo vệ quyền lợi người tiêu dùng",
    ),
    ("Law on Commerce", "Luật Thương mại"),
    ("Law on Commercial", "Luật Thương mại"),
    ("Law on Foreign Trade Management", "Luật Quản lý ngoại thương"),
    (
        "Law on Product and Goods Quality",
        "Luật Chất lượng sản phẩm, hàng hóa",
    ),
    (
        "Law on Standards and Technical Regulations",
        "Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
    ),
    (
        "Law on Fire Prevention and Fighting",
        "Luật Phòng cháy và chữa cháy",
    ),
    ("Law on Belief and Religion", "Luật Tín ngưỡng, tôn giáo"),
    ("Law on Complaints", "Luật Khiếu nại"),
    ("Law on Denunciations", "Luật Tố cáo"),
    ("Law on Inspection", "Luật Thanh tra"),
    ("Law on Citizen Reception", "Luật Tiếp công dân"),
    ("Law on Access to Information", "Luật Tiếp cận thông tin"),
    (
        "Law on Handling of Administrative Violations",
        "Luật Xử lý vi phạm hành chính",
    ),
    ("Law on Enforcement of Civil Judgments", "Luật Thi hành án dân sự"),
    ("Law on Lawyers", "Luật Luật sư"),
    ("Law on Notarization", "Luật Công chứng"),
    ("Law on Legal Aid", "Luật Trợ giúp pháp lý"),
    ("Law on Judicial Records", "Luật Lý lịch tư pháp"),
    ("Law on Civil Status", "Luật Hộ tịch"),
    ("Law on Adoption", "Luật Nuôi con nuôi"),
    ("Law on Juvenile Justice", "Luật Tư pháp người chưa thành niên"),
    ("Law on Administrative Procedures", "Luật Tố tụng hành chính"),
    (
        "Law on State Compensation Liability",
        "Luật Trách nhiệm bồi thường của Nhà nước",
    ),
    ("Law on Commercial Arbitration", "Luật Trọng tài thương mại"),
    ("Law on Vietnamese Nationality", "Luật Quốc tịch Việt Nam"),
    ("Law on Nationality", "Luật Quốc tịch Việt Nam"),
    ("Law on Bankruptcy", "Luật Phá sản"),
    ("Law on Cooperatives", "Luật Hợp tác xã"),
    ("Law on Trade Union", "Luật Công đoàn"),
    ("Law on Deposit Insurance", "Luật Bảo hiểm tiền gửi"),
    ("Law on Grassroots Democracy", "Luật Thực hiện dân chủ ở cơ sở"),
    ("Law on Emulation and Commendation", "Luật Thi đua, khen thưởng"),
    ("Law on Archives", "Luật Lưu trữ"),
    ("Law on Libraries", "Luật Thư viện"),
    ("Law on Fees and Charges", "Luật Phí và lệ phí"),
    ("Law on Radio Frequencies", "Luật Tần số vô tuyến điện"),
    ("Law on Metrology", "Luật Đo lường"),
    ("Law on Measurement", "Luật Đo lường"),
    ("Law on Surveying and Mapping", "Luật Đo đạc và bản đồ"),
    ("Law on Veterinary Medicine", "Luật Thú y"),
    ("Law on Hydrometeorology", "Luật Khí tượng thủy văn"),
    ("Law on Physical Training and Sports", "Luật Thể dục, thể thao"),
    ("Law on Treaties", "Luật Điều ước quốc tế"),
    ("Law on Extradition", "Luật Dẫn độ"),
    ("Law on Amnesty", "Luật Đặc xá"),
    ("Law on the Capital", "Luật Thủ đô"),
    ("Law on the Elderly", "Luật Người cao tuổi"),
    (
        "Law on the State Bank of Vietnam",
        "Luật Ngân hàng Nhà nước Việt Nam",
    ),
    (
        "Law on the Vietnam Fatherland Front",
        "Luật Mặt trận Tổ quốc Việt Nam",
    ),
    ("Law on the Vietnam Coast Guard", "Luật Cảnh sát biển Việt Nam"),
    ("Law on the Vietnam Border Guard", "Luật Biên phòng Việt Nam"),
    ("Law on Population", "Luật Dân số"),
    ("Law on National Border", "Luật Biên giới quốc gia"),
];

/// The English name an English article gives a code, the constitution or
/// a law listed under `vietnamese` (`Bộ luật Hình sự` → `Criminal Code`,
/// `Luật Đất đai` → `Law on Land`).
pub(crate) fn english_title(vietnamese: &str) -> Option<&'static str> {
    (CODES.iter().chain(LAWS)).find_map(|&(english, listed)| (listed == vietnamese).then_some(english))
}

/// The name a law titled `Law on {subject}` is listed under: its
/// Vietnamese name when [`LAWS`] knows it (`Land` → `Luật Đất đai`),
/// compared in either case; its English title otherwise.
fn law_listed(subject: &str) -> String {
    let known = LAWS.iter().find(|(english, _)| {
        english
            .strip_prefix("Law on ")
            .is_some_and(|known| known.eq_ignore_ascii_case(subject))
    });
    match known {
        Some((_, vietnamese)) => (*vietnamese).to_owned(),
        None => format!("Law on {subject}"),
    }
}

/// Words that name another land, or a law that is no land's own, in or
/// around a name: `the US Constitution`, `the Chinese Civil Code`, `the
/// Land Law of Taiwan`, `the International Law Commission`.
const OTHER_LANDS: &[&str] = &[
    "US",
    "U.S.",
    "USA",
    "America",
    "American",
    "United",
    "China",
    "Chinese",
    "Japan",
    "Japanese",
    "Korea",
    "Korean",
    "France",
    "French",
    "Germany",
    "German",
    "Britain",
    "British",
    "UK",
    "England",
    "English",
    "EU",
    "Europe",
    "European",
    "Russia",
    "Russian",
    "India",
    "Indian",
    "Thailand",
    "Thai",
    "Singapore",
    "Singaporean",
    "Australia",
    "Australian",
    "Canada",
    "Canadian",
    "Cambodia",
    "Cambodian",
    "Laos",
    "Lao",
    "Laotian",
    "Indonesia",
    "Indonesian",
    "Malaysia",
    "Malaysian",
    "Philippines",
    "Philippine",
    "Taiwan",
    "Taiwanese",
    "Hong",
    "Italy",
    "Italian",
    "Spain",
    "Spanish",
    "Switzerland",
    "Swiss",
    "Netherlands",
    "Dutch",
    "International",
    "Islamic",
    "Sharia",
    "Roman",
    "Napoleonic",
    "Federal",
    "State",
    "Model",
];

/// Vietnam's names after `of` (`the Constitution of the Socialist Republic
/// of Vietnam`).
const VIETNAM: &[&str] = &[
    "the Socialist Republic of Vietnam",
    "the Socialist Republic of Viet Nam",
    "Vietnam",
    "Viet Nam",
];

/// Words that may stand between `the` and a name: `the amended Land Law`,
/// `the Vietnamese Constitution`.
const QUALIFIERS: &[&str] = &["amended", "revised", "new", "current", "Vietnamese"];

/// Small words a law's subject may hold between capitalised ones: `the Law
/// on Prevention and Control of Infectious Diseases`.
const SMALL_WORDS: &[&str] = &["and", "of", "on", "the", "for", "in", "to", "against", "with"];

/// The words that head a name.
const HEADS: &[&str] = &["Law", "Code", "Constitution"];

/// The most words a subject may have: the longest names of laws in their
/// official English run to a dozen.
const MAX_SUBJECT_WORDS: usize = 14;

/// The most words a subject before `Law` may have (`the Real Estate
/// Business Law`).
const MAX_SUBJECT_WORDS_BEFORE: usize = 6;

/// The longest word read, in bytes: a longer run of letters is no word of
/// a name, and reading it would make the search's time grow with it.
const MAX_WORD_BYTES: usize = 40;

/// A name found: where its span starts and ends, its kind, and the name it
/// is listed under.
struct Name {
    start: usize,
    end: usize,
    kind: &'static Kind,
    listed: String,
}

/// Adds to `citations` (in order, the scanner's) every law, code and
/// constitution named in English in `text`, and names the English symbol
/// citations a name goes with (`the Land Law No. 31/2024/QH15`).
pub(super) fn add(text: &str, citations: &mut Vec<Citation>) {
    // First: a symbol's citation spans its subject before the names are
    // looked for, so that no name found next is overlapped by it later.
    name_symbol_citations(text, citations);
    let mut named = Vec::new();
    let mut searched_to = 0;
    for at in memchr::memchr2_iter(b'L', b'C', text.as_bytes()) {
        if at < searched_to || !starts_word(text, at) {
            continue;
        }
        // A name read back into the last one (`the Penal Code Law`) is
        // none.
        let Some(name) = name_at(text, at).filter(|name| name.start >= searched_to) else {
            continue;
        };
        searched_to = name.end;
        // Citations are in order and never overlap: the first that ends
        // after the name's start is the only one it may meet.
        let next = citations.partition_point(|citation| citation.end <= name.start);
        let citation = cited_by(text, &name);
        match citations.get_mut(next) {
            // `Land Law 2024`: the scanner read `Law 2024` as a law's
            // number; the name says it is a year. `the Law on Land No.
            // 31/2024/QH15`: it read the symbol alone, which the name's
            // citation spans.
            Some(cited)
                if citation.start <= cited.start
                    && cited.end <= citation.end
                    && (cited.form == Form::Short || cited.start >= name.end) =>
            {
                *cited = citation;
            }
            // `Land Law No. 31/2024/QH15`: the symbol's citation, read from
            // `Law`, gets the name.
            Some(cited) if cited.start < citation.end => {
                if cited.start == at && cited.kind.name == name.kind.name && cited.name.is_none() {
                    cited.start = name.start;
                    cited.name = Some(name.listed);
                }
            }
            _ => named.push(citation),
        }
    }
    if !named.is_empty() {
        // Both lists are in order: merged, not sorted (a sort of
        // citations would be a sort's worth of code in the module).
        *citations = merge_in_order(std::mem::take(citations), named, |citation| citation.start);
    }
}

/// `Law No. 31/2024/QH15 on Land`: the official English title names the
/// subject after the symbol; the citation of the symbol is given the name
/// `Law on Land` and spans it, up to the next citation (`Law No.
/// 31/2024/QH15 on Land and Nghị định 100/2019/NĐ-CP`: `Land`).
fn name_symbol_citations(text: &str, citations: &mut [Citation]) {
    for at in 0..citations.len() {
        let next_start = citations.get(at + 1).map_or(text.len(), |next| next.start);
        let citation = &mut citations[at];
        if citation.name.is_none()
            && citation.kind.name == "Luật"
            && text[citation.start..].starts_with("Law")
            && let Some((subject, end)) = subject_after_on(text, citation.end, next_start)
        {
            citation.name = Some(law_listed(subject));
            citation.end = end;
        }
    }
}

/// The citation of a name found on its own (`Form::Named`), or with the
/// English symbol that follows it (`the Law on Land No. 31/2024/QH15`).
fn cited_by(text: &str, name: &Name) -> Citation {
    let symbol_at = ["No. ", "No.", "No "]
        .iter()
        .find_map(|no| text[context::spaces(text, name.end)..].strip_prefix(no))
        .map(|rest| text.len() - rest.len());
    let mut citation = match symbol_at.and_then(|at| document_symbol::parse(text, at)) {
        Some((symbol, end)) if symbol.type_code.is_none() && symbol.canonical().is_some() => {
            citation_of(name.start, end, name.kind, symbol, &context::after(text, end))
        }
        _ => {
            let mut citation = Citation::new(name.start, name.end, name.kind, Form::Named);
            citation.year = year_in(&text[name.start..name.end]);
            citation
        }
    };
    citation.name = Some(name.listed.clone());
    citation.pinpoint = context::pinpoint_before(text, name.start).map(str::to_owned);
    citation
}

/// The year a name's span gives (`2024 Land Law`, `Law on Land 2024`).
fn year_in(span: &str) -> Option<u16> {
    span.split(|c: char| !c.is_ascii_digit())
        .find_map(|digits| context::year(digits, 0).map(|(year, _)| year))
}

/// The name whose head word (`Law`, `Code`, `Constitution`) is at `at`.
fn name_at(text: &str, at: usize) -> Option<Name> {
    let head_end = |head: &str| {
        text[at..]
            .starts_with(head)
            .then(|| at + head.len())
            .filter(|&end| context::is_word_end(text, end))
    };
    // Every name has a head word at `at`: most capitals begin none, told
    // before any list is read.
    if !HEADS.iter().any(|head| head_end(head).is_some()) {
        return None;
    }
    let (start, end, kind, listed) = if let Some(end) = head_end("Law") {
        let kind = document_kind::by_name("Luật")?;
        match subject_after_on(text, end, text.len()) {
            Some((subject, end)) => (at, end, kind, law_listed(subject)),
            // `the Land Law` listed as `the Law on Land` is: one document
            // however the prose words it.
            None => {
                let start = subject_start_before(text, at)?;
                (start, end, kind, law_listed(text[start..at].trim_end()))
            }
        }
    } else {
        let (english, listed, start, end) = CODES.iter().find_map(|&(english, listed)| {
            let (head, rest) = english.split_once(' ').unwrap_or((english, ""));
            match (head, english.rsplit_once(' ')) {
                ("Code" | "Constitution", _) => {
                    let end = head_end(head)?;
                    let end = if rest.is_empty() {
                        end
                    } else {
                        context::word(text, context::spaces(text, end), rest)?
                    };
                    Some((english, listed, at, end))
                }
                (_, Some((subject, "Code"))) => {
                    let end = head_end("Code")?;
                    let before = text[..at].strip_suffix(' ')?.strip_suffix(subject)?;
                    starts_word(text, before.len()).then_some((english, listed, before.len(), end))
                }
                _ => None,
            }
        })?;
        let kind = document_kind::by_name(if english == "Constitution" {
            "Hiến pháp"
        } else {
            "Bộ luật"
        })?;
        (start, end, kind, listed.to_owned())
    };
    // `the Law Society`, `Vietnam Law Magazine`, `Constitution Day`: a
    // longer name.
    if next_word(text, end).is_some_and(|(word, _)| capitalised(word) && word != "No") {
        return None;
    }
    marked_as_vietnams(text, start, end, kind).map(|(start, end)| Name {
        start,
        end,
        kind,
        listed,
    })
}

/// The span of a name at `start..end` widened by the year before or after
/// it, when the prose marks it as Vietnam's (see the module's notes).
fn marked_as_vietnams(text: &str, start: usize, end: usize, kind: &Kind) -> Option<(usize, usize)> {
    let name = &text[start..end];
    if name.split([' ', '-']).any(|word| OTHER_LANDS.contains(&word)) {
        return None;
    }
    // Before: `the`, `Vietnam's`, perhaps with a qualifier and the year.
    let (mut span_start, mut year, mut vietnams) = (start, None, false);
    let mut at = start;
    let mut determined = false;
    for _ in 0..3 {
        let Some((word, word_start)) = word_before(text, at) else {
            break;
        };
        at = word_start;
        if let Some((found, _)) = context::year(word, 0).filter(|_| year.is_none()) {
            year = Some(found);
            span_start = word_start;
        } else if QUALIFIERS.contains(&word) {
            vietnams |= word == "Vietnamese";
        } else {
            match possessor(word) {
                Some(land) if is_vietnam(land) => (determined, vietnams) = (true, true),
                Some(_) => return None,
                None => determined = word.eq_ignore_ascii_case("the"),
            }
            if !determined && OTHER_LANDS.contains(&word) {
                return None;
            }
            break;
        }
    }
    // After: its year (`2013`, `of 2013`, `(2013)`) or `of Vietnam`; never
    // another land's name.
    let mut span_end = end;
    let after = context::spaces(text, end);
    let of = context::word(text, after, "of").map(|of| context::spaces(text, of));
    let bracketed = text[after..].strip_prefix('(').map(|_| after + 1);
    for at in [Some(after).filter(|&at| at > end), of, bracketed]
        .into_iter()
        .flatten()
    {
        if let Some((found, year_end)) = context::year(text, at).filter(|_| year.is_none()) {
            let closed = if Some(at) == bracketed {
                text[year_end..].strip_prefix(')').map(|_| year_end + 1)
            } else {
                Some(year_end)
            };
            if let Some(closed) = closed {
                (year, span_end) = (Some(found), closed);
                break;
            }
        }
    }
    if let Some(at) = of.filter(|_| span_end == end) {
        match VIETNAM.iter().find_map(|land| context::word(text, at, land)) {
            Some(land_end) => (span_end, vietnams) = (land_end, true),
            None if next_word(text, at - 1).is_some_and(|(word, _)| capitalised(word)) => return None,
            None => {}
        }
    }
    let year_after = year.is_some() && span_end > end;
    if !(determined || year_after || vietnams) {
        return None;
    }
    let year_fits = match (kind.name, year) {
        ("Hiến pháp", Some(year)) => CONSTITUTION_YEARS.contains(&year),
        // `the Constitution` may be any land's: Vietnam's is marked so or
        // dated.
        ("Hiến pháp", None) => vietnams,
        // A law named in English and dated before today's legal system is
        // none of its laws (`the 1982 Law of the Sea`); a code of the list
        // is Vietnam's, however old.
        ("Luật", Some(year)) => year >= FIRST_NAMED_LAW_YEAR,
        _ => true,
    };
    year_fits.then_some((span_start, span_end))
}

/// `on Land`, `on Prevention and Control of Infectious Diseases`, `on the
/// Capital` after `at`, before `limit`: the subject and where it ends.
fn subject_after_on(text: &str, at: usize, limit: usize) -> Option<(&str, usize)> {
    let (on, on_end) = next_word(text, at)?;
    if on != "on" {
        return None;
    }
    let (mut first, first_end) = next_word(text, on_end)?;
    if first == "the" {
        (first, _) = next_word(text, first_end)?;
    }
    if !capitalised(first) || OTHER_LANDS.contains(&first) {
        return None;
    }
    let subject_start = context::spaces(text, on_end);
    let (mut end, mut at, mut previous) = (subject_start, on_end, "on");
    for _ in 0..MAX_SUBJECT_WORDS {
        let Some((word, word_end)) = next_word(text, at).filter(|&(_, end)| end <= limit) else {
            break;
        };
        // `Law No. 31/2024/QH15 on the Penal Code`, `… on the Law on
        // Land`: the words after `on` are another law's name, not this
        // one's subject.
        if HEADS.contains(&word) && (end == at || end == subject_start) {
            return None;
        }
        // `the Law on Land and the Penal Code`: another name begins;
        // `the Law on Land No. 31/2024/QH15`: its symbol.
        if (previous == "and" && word == "the") || HEADS.contains(&word) || word == "No" {
            break;
        }
        if capitalised(word) {
            end = word_end;
        } else if !SMALL_WORDS.contains(&word) {
            break;
        }
        (at, previous) = (word_end, word);
    }
    // No capitalised word before the limit: no subject.
    (end > subject_start).then(|| (&text[subject_start..end], end))
}

/// Where the capitalised words before `Law` at `at` begin (`Real Estate
/// Business Law`, `Marriage and Family Law`); `None` when there are none.
fn subject_start_before(text: &str, at: usize) -> Option<usize> {
    let (mut start, mut from) = (None, at);
    for _ in 0..MAX_SUBJECT_WORDS_BEFORE {
        let Some((word, word_start)) = word_before(text, from) else {
            break;
        };
        if capitalised(word) && !matches!(word, "The" | "A" | "An" | "This" | "That" | "Vietnam") {
            start = Some(word_start);
        } else if word != "and" || start.is_none() {
            break;
        }
        from = word_start;
    }
    start
}

/// Whether `word` begins with a capital and is a word of letters (and
/// hyphens: `Anti-Corruption`), not a possessive.
fn capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
}

/// The land a possessive names (`Vietnam's` → `Vietnam`).
fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Whether a possessive's land is Vietnam: `Vietnam's`, or the last word
/// of `Viet Nam's` (the words before a name are read one at a time).
fn is_vietnam(land: &str) -> bool {
    matches!(land, "Vietnam" | "Nam")
}

/// The word before byte `at` (after one or two spaces), and where it
/// starts: letters, digits, hyphens, apostrophes and dots.
fn word_before(text: &str, at: usize) -> Option<(&str, usize)> {
    let before = text[..at].strip_suffix([' ', '\u{a0}'])?;
    let before = before.strip_suffix(' ').unwrap_or(before);
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(start, _)| start)?;
    (before.len() - start <= MAX_WORD_BYTES).then(|| (&before[start..], start))
}

/// The word after byte `at` (after one or two spaces), and where it ends.
fn next_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let start = context::spaces(text, at);
    if start == at {
        return None;
    }
    let len: usize = text[start..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .take(MAX_WORD_BYTES + 1)
        .map(char::len_utf8)
        .sum();
    let word = text[start..start + len].trim_end_matches('.');
    (!word.is_empty() && len <= MAX_WORD_BYTES).then(|| (word, start + word.len()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A citation as the cases write it: its span, its name and its year.
    type Found<'a> = (&'a str, &'a str, Option<u16>);

    /// The spans and names `add` finds in `text` alone.
    fn names(text: &str) -> Vec<(&str, String, Option<u16>)> {
        let mut citations = Vec::new();
        add(text, &mut citations);
        citations
            .iter()
            .map(|citation| {
                (
                    &text[citation.start..citation.end],
                    citation.name.clone().unwrap_or_default(),
                    citation.year,
                )
            })
            .collect()
    }

    #[test]
    fn every_english_title_stands_for_a_listed_law_spelt_as_listed() {
        for (english, vietnamese) in LAWS {
            let name = vietnamese
                .strip_prefix("Luật ")
                .unwrap_or_else(|| panic!("{vietnamese}"));
            let listed = super::super::law_names::listed_at(name, 0, "Luật");
            assert_eq!(listed.map(|listed| listed.name), Some(name), "{english}");
        }
    }

    #[test]
    fn laws_codes_and_the_constitution_named_as_vietnams() {
        let cases: &[(&str, &[Found])] = &[
            (
                "Under the 2024 Land Law, farmers keep their plots.",
                &[("2024 Land Law", "Luật Đất đai", Some(2024))],
            ),
            (
                "The amended Law on Enterprises 2020 took effect.",
                &[("Law on Enterprises 2020", "Luật Doanh nghiệp", Some(2020))],
            ),
            (
                "the Law on Prevention and Control of Infectious Diseases and the Penal Code apply.",
                &[
                    (
                        "Law on Prevention and Control of Infectious Diseases",
                        "Luật Phòng, chống bệnh truyền nhiễm",
                        None,
                    ),
                    ("Penal Code", "Bộ luật Hình sự", None),
                ],
            ),
            (
                "Article 134 of the Criminal Code of 2015 and the Code of Criminal Procedure.",
                &[
                    ("Criminal Code of 2015", "Bộ luật Hình sự", Some(2015)),
                    ("Code of Criminal Procedure", "Bộ luật Tố tụng hình sự", None),
                ],
            ),
            (
                "The 2013 Constitution and Vietnam's Constitution agree.",
                &[
                    ("2013 Constitution", "Hiến pháp", Some(2013)),
                    ("Constitution", "Hiến pháp", None),
                ],
            ),
            (
                "Land Law 2024 protects them.",
                &[("Land Law 2024", "Luật Đất đai", Some(2024))],
            ),
            (
                "the Marriage and Family Law and the Real Estate Business Law",
                &[
                    ("Marriage and Family Law", "Luật Hôn nhân và gia đình", None),
                    ("Real Estate Business Law", "Luật Kinh doanh bất động sản", None),
                ],
            ),
            (
                "the revised Law on the Capital 2024 and the Law on the Elderly",
                &[
                    ("Law on the Capital 2024", "Luật Thủ đô", Some(2024)),
                    ("Law on the Elderly", "Luật Người cao tuổi", None),
                ],
            ),
            // A law without a known title keeps its English one.
            (
                "the Law on Widget Safety 2024 and the Gadget Law 2024",
                &[
                    ("Law on Widget Safety 2024", "Law on Widget Safety", Some(2024)),
                    ("Gadget Law 2024", "Law on Gadget", Some(2024)),
                ],
            ),
        ];
        for (text, expected) in cases {
            let expected: Vec<_> = expected
                .iter()
                .map(|&(span, name, year)| (span, name.to_owned(), year))
                .collect();
            assert_eq!(names(text), expected, "{text}");
        }
    }

    #[test]
    fn laws_of_science_schools_and_other_lands_are_not_cited() {
        for text in [
            "Moore's Law still holds.",
            "the Law Society met; Vietnam Law Magazine wrote.",
            "the US Constitution and the Constitution.",
            "China's Data Security Law 2021 and the Chinese Civil Code.",
            "the Civil Code of France, the Rule of Law.",
            "the 1982 Law of the Sea, the law on land, the Law.",
            "the Da Vinci Code, the QR Code, the Constitution of 1999.",
            "the International Law Commission, Ho Chi Minh City Law University, Vietnam's Constitution Day.",
            "Singapore's Penal Code, the Penal Code of Singapore, the Hong Kong National Security Law.",
        ] {
            assert_eq!(names(text), vec![], "{text}");
        }
    }
}
