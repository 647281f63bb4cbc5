using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportKit.Templates;

namespace ReportKit.Cli.Drafting;

/// <summary>The numbering styles of an outline, as Vietnamese plans write them.</summary>
internal enum NumberStyle { Roman, Arabic, Decimal, Letter, Dash, Plus }

/// <summary>
/// How the drafter recognises each part of a plan: one home per rule, so the drafter's walk reads as a sequence of
/// decisions and a rule is changed in one place (docs/drafting.md lists them).
/// </summary>
internal static class DraftRules
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);

    private static Regex Exact(string pattern) => new(pattern, RegexOptions.CultureInvariant, Limit);

    // ---- cleaning ----------------------------------------------------------------------------------------------

    private const string Superscripts = "¹²³⁴⁵⁶⁷⁸⁹⁰";

    /// <summary>A line as the template keeps it: markdown emphasis (<c>**</c>, <c>*</c>) and footnote markers dropped, spaces collapsed.</summary>
    public static string Clean(string text)
    {
        var plain = text.Replace("*", "");
        plain = new string(plain.Where(c => Superscripts.IndexOf(c) < 0).ToArray());
        return Regex.Replace(plain, @"\s+", " ").Trim();
    }

    /// <summary>A footnote line: it starts with a superscript number (<c>¹ Quy định số 101-QĐ/TW …</c>).</summary>
    public static bool IsFootnote(string raw) => raw.TrimStart().Length > 0 && Superscripts.IndexOf(raw.TrimStart()[0]) >= 0;

    /// <summary>
    /// A line a scan left behind: after NFC every Vietnamese letter is one precomposed character, so a combining mark
    /// that survives (<c>Cn̄ b̄</c>) is not Vietnamese; a bare page or margin number (<c>27.</c>) is not text either.
    /// </summary>
    public static bool LooksLikeOcrNoise(string text) =>
        text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) || BareNumber.IsMatch(text.Trim());

    private static readonly Regex BareNumber = Exact(@"^\d{1,3}\.?$");

    /// <summary>The punctuation that ends a list item (<c>,</c> <c>;</c> <c>.</c> <c>./.</c>), dropped as the hand templates drop it.</summary>
    public static string TrimEnd(string text)
    {
        var trimmed = Regex.Replace(text, @"[\s,;:]+$", "");
        if (trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("…", StringComparison.Ordinal))
            return trimmed;
        return Regex.Replace(trimmed, @"(\s*(\./\.|[.,;:]))+$", "").Trim();
    }

    /// <summary>
    /// Whether a line continues the one before it across a page break: the line before ends without closing
    /// punctuation, and this one starts in lower case or the line before is running text (long), not a heading.
    /// </summary>
    public static bool Continues(string previous, string next)
    {
        if (previous.Length == 0 || next.Length == 0 || Numbering(next) is not null || IsFootnote(next))
            return false;
        var last = previous[previous.Length - 1];
        if (".;:!?)”\"".IndexOf(last) >= 0)
            return false;
        if (char.IsLower(next[0]))
            return true;
        // A proper name split by the break ("… tư tưởng Hồ Chí" / "Minh trong việc …") in running text.
        var lastWord = previous.Substring(previous.LastIndexOf(' ') + 1);
        return previous.Length >= 120 && lastWord.Length > 0 && char.IsUpper(lastWord[0]) && char.IsUpper(next[0]);
    }

    /// <summary>
    /// How long a line of running text is, at least, when a page wraps it at a fixed width (shorter, it ends a heading or a
    /// short item); up to 40 characters longer is still a wrapped line, longer than that a paragraph on its own line.
    /// </summary>
    public const int WrapWidth = 60;

    /// <summary>
    /// Whether a line continues the one before it in hard-wrapped text (no blank line between, as a page saved at a
    /// fixed width prints it): the line before ends without closing punctuation and this one starts in lower case
    /// or a digit ("… ngày 22" / "tháng 8 năm 2022 …", "… giai đoạn" / "2021-2025;"), or the line before is running text of wrapping width
    /// (<see cref="WrapWidth"/> characters or more); or a heading in capitals is wrapped ("I. CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH").
    /// The line before is the previous line of the source as it stands, not what it was joined into.
    /// </summary>
    public static bool Wraps(string previous, string next)
    {
        if (previous.Length == 0 || next.Length == 0 || Numbering(next) is not null || IsFootnote(next))
            return false;
        if (Numbering(previous) is { Style: NumberStyle.Roman } && IsCapitals(previous) && IsCapitals(next))
            return true;
        if (".;:!?)”\"".IndexOf(previous[previous.Length - 1]) >= 0 || IsCapitals(previous))
            return false;
        // A line of running text that stops without punctuation, at wrapping width, goes on even when the next word is a name ("… tỉnh" / "Tiền Giang …").
        // Longer than a wrapped line, it is a whole paragraph on its line, which ends where it ends.
        return char.IsLower(next[0]) || char.IsDigit(next[0]) || previous.Length is >= WrapWidth and <= WrapWidth + 40;
    }

    /// <summary>
    /// A header cell a page wrapped after its first word ("ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …", "Tiền" /
    /// "Giang, ngày …"): one word alone on its line, which the next line completes.
    /// </summary>
    public static bool IsWrappedCell(string line) => line.Length <= 12 && line.All(char.IsLetter);

    private static readonly Regex PlaceLevel = Exact(@"^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?!ỦY\b|UỶ\b)\S");

    /// <summary>
    /// Whether a header line completes the body named above it: a People's Committee or Council prints its name on two
    /// lines ("ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH"), one body, not a body under a parent. "TỈNH ỦY …" is a body of its own.
    /// </summary>
    public static bool CompletesBodyName(string above, string line) =>
        Fold(above) is "uy ban nhan dan" or "hoi dong nhan dan" or "ubnd" or "hdnd" && PlaceLevel.IsMatch(line.Trim());

    // ---- outline ----------------------------------------------------------------------------------------------

    private static readonly Regex RomanItem = Exact(@"^(?<no>[IVXL]+)\.\s+(?<t>\S.*)$");
    private static readonly Regex DecimalItem = Exact(@"^(?<no>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?<t>\S.*)$");
    private static readonly Regex ArabicItem = Exact(@"^(?<no>\d{1,2})\.\s+(?<t>\S.*)$");
    private static readonly Regex LetterItem = Exact(@"^(?<no>[a-zđ])\)\s+(?<t>\S.*)$");
    private static readonly Regex DashItem = Exact(@"^[-–•]\s*(?<t>\S.*)$");
    private static readonly Regex PlusItem = Exact(@"^\+\s*(?<t>\S.*)$");

    /// <summary>The number as written and the text of a numbered line (<c>I.</c>, <c>1.</c>, <c>1.1.</c>, <c>a)</c>, <c>-</c>, <c>+</c>), or null.</summary>
    public static (NumberStyle Style, string No, string Text)? Numbering(string line)
    {
        Match m;
        if ((m = RomanItem.Match(line)).Success) return (NumberStyle.Roman, m.Groups["no"].Value, m.Groups["t"].Value);
        if ((m = DecimalItem.Match(line)).Success) return (NumberStyle.Decimal, m.Groups["no"].Value, m.Groups["t"].Value);
        if ((m = ArabicItem.Match(line)).Success) return (NumberStyle.Arabic, m.Groups["no"].Value, m.Groups["t"].Value);
        if ((m = LetterItem.Match(line)).Success) return (NumberStyle.Letter, m.Groups["no"].Value, m.Groups["t"].Value);
        if ((m = DashItem.Match(line)).Success) return (NumberStyle.Dash, "-", m.Groups["t"].Value);
        if ((m = PlusItem.Match(line)).Success) return (NumberStyle.Plus, "+", m.Groups["t"].Value);
        return null;
    }

    /// <summary>How deep a style sits: 1.1 below 1, a) below 1.1, - and + below everything numbered.</summary>
    public static int Depth(NumberStyle style, string no) => style switch
    {
        NumberStyle.Roman => 0,
        NumberStyle.Arabic => 1,
        NumberStyle.Decimal => no.Count(c => c == '.') + 1,
        NumberStyle.Letter => 10,
        NumberStyle.Dash => 20,
        _ => 21,
    };

    /// <summary>Longer than this, an item's title stops at its first clause boundary; the rest is kept beside it.</summary>
    public const int LongTitle = 220;

    /// <summary>An item's title: its text up to the first "; " or ". " when it runs long (a title is a column header), else all of it.</summary>
    public static (string Title, string? Remainder) SplitTitle(string text)
    {
        var trimmed = TrimEnd(text);
        if (trimmed.Length <= LongTitle)
            return (trimmed, null);
        var cut = Regex.Match(trimmed, @"(;\s|\.\s(?=\p{Lu}))", RegexOptions.None, Limit);
        if (!cut.Success || cut.Index < 20)
            return (trimmed, null);
        return (trimmed.Substring(0, cut.Index).Trim(), trimmed.Substring(cut.Index + 1).Trim());
    }

    /// <summary>The section whose items are the plan's contents (<c>NỘI DUNG …</c>).</summary>
    public static bool HoldsContents(string title) => Fold(title).StartsWith("noi dung", StringComparison.Ordinal);

    /// <summary>The section whose items are the forms (<c>HÌNH THỨC …</c>), when they are a flat list.</summary>
    public static bool HoldsForms(string title) => Fold(title).StartsWith("hinh thuc", StringComparison.Ordinal);

    /// <summary>The section listing the documents the plan is based on (<c>CĂN CỨ …</c>): its items are <c>implements</c>, not outline.</summary>
    public static bool ListsBasis(string title) => Fold(title).StartsWith("can cu", StringComparison.Ordinal);

    /// <summary>The section naming who does what (<c>TỔ CHỨC THỰC HIỆN</c>).</summary>
    public static bool HoldsUnits(string title) => Fold(title).Contains("to chuc thuc hien");

    // ---- identity -----------------------------------------------------------------------------------------------

    /// <summary>Header lines that are not the issuer: the Party's and the state's headings, the separator star.</summary>
    public static bool IsHeading(string line, out string? kind)
    {
        var folded = Fold(line);
        kind = folded switch
        {
            "dang cong san viet nam" => "party",
            "cong hoa xa hoi chu nghia viet nam" => "state",
            "doc lap tu do hanh phuc" => "state",
            _ => null,
        };
        return kind is not null || line.Trim() is "*" or "-----" or "---" || Regex.IsMatch(line.Trim(), @"^([-_*=]{2,}|\|+)$");
    }

    private static readonly string[] Genres =
    {
        "KẾ HOẠCH", "CÔNG VĂN", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "CHỈ THỊ", "THÔNG BÁO", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "BÁO CÁO",
    };

    /// <summary>The genre line (<c>KẾ HOẠCH</c>, <c>HƯỚNG DẪN</c> …), exactly as the document prints it.</summary>
    public static string? Genre(string line)
    {
        var upper = line.Trim().ToUpper(CultureInfo.InvariantCulture);
        return Genres.FirstOrDefault(g => upper == g);
    }

    /// <summary>A genre named in running text (<c>ban hành Kế hoạch số …</c>), printed in capitals.</summary>
    public static string? GenreWord(string word) =>
        Genres.FirstOrDefault(g => string.Equals(g, word.Trim().ToUpper(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static readonly Regex NumberLine = R(@"^Số\s*(?<colon>:)?\s*(?<rest>.*)$");

    /// <summary>
    /// "Số 76 -KH/ĐU" (Party: number, hyphen, symbol), "Số: 12/SVHTTDL-QLVHGĐ" (state: colon, slash), "Số: /…" with the
    /// number blank, "Số: 01/2020/TT-VPCP" (the number carries its year). Null when the line is not a number line.
    /// </summary>
    public static (string? Number, string? Symbol, bool State)? DocumentNumber(string line)
    {
        var m = NumberLine.Match(line.Trim());
        if (!m.Success || line.Trim().Length > 60)
            return null;
        var rest = Regex.Replace(m.Groups["rest"].Value, @"\s+", "");
        var parts = Regex.Match(rest, @"^(?<n>\d+(?:/\d{4})?)?(?<sep>[-/])?(?<s>[^\s]*)$");
        if (!parts.Success || (parts.Groups["n"].Value.Length == 0 && parts.Groups["s"].Value.Length == 0))
            return null;
        var symbol = parts.Groups["s"].Value;
        if (symbol.Length > 0 && !symbol.Any(char.IsLetter))
            return null;
        var state = m.Groups["colon"].Success || parts.Groups["sep"].Value == "/";
        return (parts.Groups["n"].Value.Length == 0 ? null : parts.Groups["n"].Value, symbol.Length == 0 ? null : symbol, state);
    }

    private static readonly Regex PlaceAndDate = R(@"^(?<place>[^,\d]{2,40}),\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})\s*$");

    /// <summary>"Lạng Sơn, ngày 20 tháng 7 năm 2023"; the day and month may be blank ("ngày tháng năm 2023").</summary>
    public static (string Place, DateOnly? Date, int Year)? PlaceDate(string line)
    {
        var m = PlaceAndDate.Match(line.Trim());
        if (!m.Success)
            return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        DateOnly? date = null;
        if (m.Groups["d"].Success && m.Groups["m"].Success)
            date = DateFrom(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
        return (m.Groups["place"].Value.Trim(), date, year);
    }

    /// <summary>A real date from day, month and year as written, or null (30/2 is not a date).</summary>
    public static DateOnly? DateFrom(string day, string month, string year)
        => Dates.FromParts(int.Parse(day, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(year, CultureInfo.InvariantCulture));

    /// <summary>"V/v triển khai …": a công văn's trích yếu.</summary>
    public static string? Regarding(string line)
    {
        var m = R(@"^V/v\.?\s+(?<t>.+)$").Match(line.Trim());
        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    /// <summary>"Kính gửi: - A; - B": the first addressee on the same line, if any; null when the line is not Kính gửi.</summary>
    public static string? SendTo(string line)
    {
        var m = R(@"^Kính gửi\s*:?\s*(?<t>.*)$").Match(line.Trim());
        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    /// <summary>A paragraph naming what the plan implements: "Thực hiện …", "Căn cứ …".</summary>
    public static bool IsBasis(string line) => R(@"^(Thực hiện|Căn cứ)\s").IsMatch(line);

    private static readonly Regex Reference = R(
        @"(?<genre>Kế hoạch|Công văn|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Kết luận|Quy định|Hướng dẫn|Chương trình|Quyết định|Thông báo|Đề án)\s+(?<so>số\s+)?(?<ref>\d+(?:\s*-\s*[\p{L}\d/&.-]*\p{L}[\p{L}\d/&.-]*|/[\p{L}\d/&.-]*\p{L}[\p{L}\d/&.-]*)?)\s*,?\s*(?:ngày\s+(?:(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})))?");

    // What a document does, written straight after its issuer when there is no "về" ("của Thủ tướng Chính phủ phê duyệt …").
    private const string Acts = @"(?i:về|phê duyệt|quy định|phân bổ|ban hành|hướng dẫn|sửa đổi|triển khai|thực hiện)";

    /// <summary>
    /// The documents a "Thực hiện / Căn cứ" paragraph names: number and symbol ("số" may be left out when the symbol is
    /// written: "Nghị định 38/2023/NĐ-CP"), date (d/m/yyyy or "ngày d tháng m năm yyyy"), issuer ("của …", up to what the
    /// document does), subject ("về …", or the act itself: "phê duyệt …", "quy định …"), up to the next ";" or the next
    /// document listed after a comma. A document named twice keeps the first mention, its missing parts filled from the later one.
    /// </summary>
    public static IReadOnlyList<DraftReference> References(string paragraph)
    {
        var found = new List<DraftReference>();
        var matches = Reference.Matches(paragraph).Cast<Match>().ToArray();
        foreach (var m in matches)
        {
            var reference = Regex.Replace(m.Groups["ref"].Value, @"\s+", "");
            // Without "số" only a written symbol makes it a reference ("Kế hoạch 5 năm" is not one).
            if (reference.Length == 0 || (!m.Groups["so"].Success && !reference.Any(char.IsLetter)))
                continue;
            string? date = null;
            if (m.Groups["d"].Success && DateFrom(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) is { } d)
                date = Dates.Iso(d);
            var after = paragraph.Substring(m.Index + m.Length);
            var clauseEnd = after.IndexOf(';');
            // The next document listed after a comma ends this one's clause ("…, Nghị định số 27/2022/NĐ-CP …").
            var listed = matches.FirstOrDefault(n => n.Index > m.Index + m.Length && Regex.IsMatch(paragraph.Substring(0, n.Index), @",\s*$"));
            if (listed is not null && (clauseEnd < 0 || listed.Index - (m.Index + m.Length) < clauseEnd))
                clauseEnd = listed.Index - (m.Index + m.Length);
            var clause = clauseEnd >= 0 ? after.Substring(0, clauseEnd) : after;
            string? by = null, title = null;
            var of = Regex.Match(clause, @"^\s*,?\s*của\s+(?<by>.+?)(?=\s+" + Acts + @"(?!\p{L})|\s*[,;(]|$)", RegexOptions.None, Limit);
            if (of.Success)
                by = TrimEnd(of.Groups["by"].Value);
            var subject = Regex.Match(clause.Substring(of.Success ? of.Index + of.Length : 0), @"^\s+(?<t>" + Acts + @"(?!\p{L}).+)$", RegexOptions.None, Limit);
            if (subject.Success)
                title = TrimEnd(Regex.Replace(subject.Groups["t"].Value, @"\s*\((sau đây|dưới đây).*$", ""));
            var existing = found.FindIndex(r => r.Ref == reference);
            if (existing < 0)
                found.Add(new DraftReference(reference, date, by, title));
            else
                found[existing] = found[existing] with { Date = found[existing].Date ?? date, By = found[existing].By ?? by, Title = found[existing].Title ?? title };
        }
        return found;
    }

    private static readonly Regex IssuerClause = R(
        @"(?:^|[,;]\s*)(?<body>(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Ban cán sự đảng|Đảng đoàn|Sở|Ủy ban|UBND|Ban|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Phòng|Trung tâm|Bộ|Cục|Chi bộ|Hội|Đoàn)\b[^,;:]*?(?:,[^,;:]*?){0,3}?)\s+(?:xây dựng|ban hành|yêu cầu|hướng dẫn|đề nghị)\b");

    /// <summary>
    /// The issuing body as the body text names it when the header does not ("Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch",
    /// "Sở Văn hóa, Thể thao và Du lịch yêu cầu"): the body without its standing committee ("Ban Thường vụ", "Thường
    /// trực"), which signs for it, in capitals as a header prints it.
    /// </summary>
    public static (string Name, int Index)? IssuerInText(string paragraph)
    {
        var m = IssuerClause.Match(paragraph);
        if (!m.Success)
            return null;
        var body = Regex.Replace(m.Groups["body"].Value.Trim(), @"^(Ban Thường vụ|Ban Chấp hành|Thường trực)\s+", "", RegexOptions.IgnoreCase);
        return (body.ToUpper(CultureInfo.InvariantCulture), m.Groups["body"].Index);
    }

    private static readonly Regex Announcement = R(
        @"^Ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}),\s*(?<body>.+?)\s+ban hành\s+(?<genre>Kế hoạch|Công văn|Hướng dẫn|Chỉ thị|Chương trình|Nghị quyết)\s+số\s+(?<no>\d+)\s*-\s*(?<sym>[\p{L}/]+)\s+(?<t>về\s.+?)\.?$");

    /// <summary>A news item's sentence announcing the plan: "Ngày 10/5/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 98-KH/TU về …".</summary>
    public static (DateOnly? Date, string Body, string Genre, string Number, string Symbol, string Title)? Announced(string line)
    {
        var m = Announcement.Match(line.Trim());
        if (!m.Success)
            return null;
        return (DateFrom(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value), m.Groups["body"].Value.Trim(),
            GenreWord(m.Groups["genre"].Value)!, m.Groups["no"].Value, m.Groups["sym"].Value, TrimEnd(m.Groups["t"].Value));
    }

    /// <summary>The paragraph that closes the body ("Trên đây là …", "Nhận được công văn này …").</summary>
    public static bool IsClosing(string line) => R(@"^(Trên đây là|Nhận được (công văn|kế hoạch|văn bản) này)").IsMatch(line);

    /// <summary>"Nơi nhận:" (recipients follow, on the line or below).</summary>
    public static bool IsRecipientsHeading(string line) => R(@"^Nơi nhận\s*:?\s*$").IsMatch(line.Trim());

    private static readonly Regex TaggedRecipient = Exact(@"^(?<name>.*?)[\s;,]*\((?<tag>[\p{L}]{1,3}/[\p{L}]{1,3})\)[\s.,;]*$");

    /// <summary>A recipient line: "- Văn phòng UBND tỉnh; (B/c)" → name and tag; "- Lưu: VT, QLVH&amp;GD(HVĐ)." keeps its parenthesis.</summary>
    public static DraftRecipient Recipient(string text)
    {
        var line = Regex.Replace(text.Trim(), @"^[-–•+]\s*", "");
        var m = TaggedRecipient.Match(line);
        return m.Success ? new DraftRecipient(TrimEnd(m.Groups["name"].Value), m.Groups["tag"].Value) : new DraftRecipient(TrimEnd(line), null);
    }

    private static readonly Regex Capacity = Exact(@"^(T/M|TM\.|TM|KT\.|KT|K/T|TL\.|T/L|TUQ\.|T/UQ|Q\.)\s*\p{Lu}");

    /// <summary>A signing capacity: "T/M BAN THƯỜNG VỤ", "KT.GIÁM ĐỐC", "TL. …", "Q. …".</summary>
    public static bool IsCapacity(string line) => Capacity.IsMatch(line.Trim());

    /// <summary>A line in capitals (a title in a signature block, a body in a header).</summary>
    public static bool IsCapitals(string line) => line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>A person's name: two to six words, each capitalised, no digits or punctuation.</summary>
    public static bool IsPersonName(string line) =>
        Regex.IsMatch(line.Trim(), @"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.None, Limit);

    // ---- reporting demands -----------------------------------------------------------------------------------

    private static readonly Regex Report = R(@"\bbáo cáo\b(?!\s+viên)");
    private static readonly Regex Before = R(@"trước ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})");
    private static readonly Regex OnOrBefore = R(@"(?:chậm nhất|hạn chót)(?:\s+(?:vào|là))?\s+ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})");
    private static readonly Regex Span = R(@"giai đoạn\s+(?<a>\d{4})\s*[-–]\s*(?<b>\d{4})");
    private static readonly Regex MonthOfYear = R(@"(?:vào|trong)?\s*tháng\s+(?<m>\d{1,2})/(?<y>\d{4})");
    private static readonly Regex Yearly = R(@"(?:vào|trong)?\s*tháng\s+(?<m>\d{1,2})\s+hằng năm|hằng năm");
    private static readonly Regex FromYear = R(@"từ năm\s+(?<y>\d{4})");
    private static readonly Regex Vague = R(@"định kỳ|hằng tháng|hằng quý|6 tháng|sáu tháng");
    private static readonly Regex TitleEnd = R(@"\s+(?:về\s+(?:Ban|Đảng ủy|Sở|Ủy ban|UBND|Văn phòng|Thường trực|Huyện ủy|Tỉnh ủy)|để\s|theo\s|gửi\s)");

    /// <summary>
    /// A clause that asks for a report and says when: "báo cáo … trước ngày 20/4/2023", "… vào tháng 11 hằng năm (từ năm
    /// 2023)", "báo cáo sơ kết giai đoạn 2023-2025 vào tháng 10/2025", "định kỳ báo cáo …" (vague: no period, no date).
    /// "báo cáo viên" (a speaker) is not a report. Null when the clause demands none.
    /// </summary>
    public static DraftReport? Demand(string clause, int? planYear)
    {
        var report = Report.Match(clause);
        if (!report.Success)
            return null;
        var draft = new DraftReport();
        Match m;
        int timeAt;
        if ((m = Before.Match(clause)).Success && DateFrom(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) is { } before)
        {
            draft.Period = "once";
            draft.Due.Add(("before", Dates.Iso(before)));
            timeAt = m.Index;
        }
        else if ((m = OnOrBefore.Match(clause)).Success && DateFrom(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) is { } on)
        {
            draft.Period = "once";
            draft.Due.Add(("on", Dates.Iso(on)));
            timeAt = m.Index;
        }
        else if ((m = Span.Match(clause)).Success && MonthOfYear.Match(clause) is { Success: true } spanDue)
        {
            draft.Period = "span";
            draft.From = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            draft.To = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            draft.Due.Add(("month", spanDue.Groups["y"].Value + "-" + int.Parse(spanDue.Groups["m"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture)));
            draft.Assumption = $"“tháng {spanDue.Groups["m"].Value}/{spanDue.Groups["y"].Value}” không nêu ngày: hạn là ngày cuối tháng.";
            timeAt = spanDue.Index;
        }
        else if ((m = Yearly.Match(clause)).Success)
        {
            draft.Period = "year";
            var from = FromYear.Match(clause);
            draft.From = from.Success ? int.Parse(from.Groups["y"].Value, CultureInfo.InvariantCulture) : planYear;
            if (m.Groups["m"].Success)
            {
                draft.Due.Add(("month", int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                draft.Assumption = $"“tháng {m.Groups["m"].Value} hằng năm” không nêu ngày: hạn là ngày cuối tháng {m.Groups["m"].Value}.";
            }
            else
                draft.Assumption = "“hằng năm” không nêu thời hạn: chưa đặt hạn báo cáo; người soạn mẫu cần bổ sung.";
            if (!from.Success)
                draft.Assumption += planYear is null
                    ? " Văn bản không nêu năm bắt đầu: cần ghi from."
                    : $" Văn bản không nêu năm bắt đầu: lấy năm ban hành ({planYear}).";
            timeAt = m.Index;
        }
        else if ((m = MonthOfYear.Match(clause)).Success && m.Groups["m"].Value.Length > 0)
        {
            draft.Period = "once";
            draft.Due.Add(("month", m.Groups["y"].Value + "-" + int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture)));
            draft.Assumption = $"“tháng {m.Groups["m"].Value}/{m.Groups["y"].Value}” không nêu ngày: hạn là ngày cuối tháng.";
            timeAt = m.Index;
        }
        else if ((m = Vague.Match(clause)).Success)
        {
            var word = m.Value.ToLowerInvariant();
            draft.Period = word switch
            {
                "hằng tháng" => "month",
                "hằng quý" => "quarter",
                "6 tháng" or "sáu tháng" => "half_year",
                _ => "once",
            };
            if (draft.Period != "once")
                draft.From = planYear;
            draft.Assumption = $"Văn bản chỉ ghi “{m.Value}”, không nêu "
                + (draft.Period == "once" ? "kỳ báo cáo và " : "") + "thời hạn: mẫu nháp "
                + (draft.Period == "once" ? "đặt một báo cáo một lần, " : "") + "không đặt hạn; người soạn mẫu cần chọn"
                + (draft.Period == "once" ? " kỳ và hạn." : " hạn.");
            timeAt = m.Index > report.Index ? m.Index : clause.Length;
        }
        else
            return null;

        var start = report.Index;
        var end = timeAt > start ? timeAt : clause.Length;
        var title = clause.Substring(start, end - start);
        var stop = TitleEnd.Match(title);
        if (stop.Success && stop.Index > 8)
            title = title.Substring(0, stop.Index);
        title = TrimEnd(Regex.Replace(title, @"\s*\(.*$", ""));
        draft.Title = char.ToUpper(title[0], CultureInfo.InvariantCulture) + title.Substring(1);
        return draft;
    }

    /// <summary>The clauses of a sentence a demand is looked for in: split at ";", each whole.</summary>
    public static IEnumerable<string> Clauses(string text) => text.Split(';').Select(c => c.Trim()).Where(c => c.Length > 0);

    // ---- candidate indicators -----------------------------------------------------------------------------

    /// <summary>Counted things a plan names, longest first (so "tin, bài" wins over "tin"), with words that make them something else.</summary>
    private static readonly (string Noun, string[] NotAfter)[] Counters =
    {
        ("tin, bài", Array.Empty<string>()), ("tin bài", Array.Empty<string>()), ("bài viết", Array.Empty<string>()),
        ("tác phẩm", new[] { "nội dung", "của" }), ("ấn phẩm", Array.Empty<string>()), ("hội nghị", Array.Empty<string>()),
        ("buổi", Array.Empty<string>()), ("lượt", Array.Empty<string>()), ("cuộc", new[] { "công" }),
        ("chuyên trang", Array.Empty<string>()), ("chuyên mục", Array.Empty<string>()), ("video", Array.Empty<string>()),
        ("clip", Array.Empty<string>()), ("băng rôn", Array.Empty<string>()), ("khẩu hiệu", Array.Empty<string>()),
        ("áp phích", Array.Empty<string>()), ("panô", Array.Empty<string>()), ("pa nô", Array.Empty<string>()),
        ("bài", new[] { "tin", "tin,", "thu" }), ("tin", new[] { "thông", "niềm", "bản" }),
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "về", "của", "trong", "và", "cho", "các", "trên", "với", "để", "như", "tại", "đến", "từ", "theo", "được", "này", "đã", "là", "có", "những", "thông", "qua", "vào", "ở", "đối", "nhằm", "bằng", "khi", "thì", "mà", "hoặc", "do", "gắn", "tới",
    };

    /// <summary>
    /// The counted things a sentence names: the counter noun and the words after it up to punctuation (at most three,
    /// without trailing function words), as "Số …" labels. "thông tin" is not "tin", "công cuộc" not "cuộc".
    /// </summary>
    public static IEnumerable<(string Label, string Unit, int Index)> CountedThings(string text)
    {
        var taken = new bool[text.Length];
        foreach (var (noun, notAfter) in Counters)
        {
            foreach (Match m in Regex.Matches(text, @"(?<![\p{L}])" + Regex.Escape(noun) + @"(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Limit))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
                    continue;
                var before = text.Substring(0, m.Index).TrimEnd();
                var previousWord = before.Length == 0 ? "" : before.Substring(before.LastIndexOf(' ') + 1);
                // "Tác phẩm" with a capital in running text names the work, not a count of works; "bài học" is a lesson.
                if (m.Index > 0 && char.IsUpper(text[m.Index]) && !text.Substring(0, m.Index).TrimEnd().EndsWith(".", StringComparison.Ordinal))
                    continue;
                if (Regex.IsMatch(text.Substring(m.Index + m.Length), @"^\s+(học|trừ)(?![\p{L}])", RegexOptions.None, Limit))
                    continue;
                if (notAfter.Any(w => string.Equals(w, previousWord, StringComparison.OrdinalIgnoreCase) || before.EndsWith(w, StringComparison.OrdinalIgnoreCase)))
                    continue;
                for (var i = m.Index; i < m.Index + m.Length; i++)
                    taken[i] = true;
                var tail = Regex.Match(text.Substring(m.Index + m.Length), @"^(?:\s+[\p{L}\d]+){0,3}", RegexOptions.None, Limit).Value.Trim();
                var words = tail.Length == 0 ? new List<string>() : tail.Split(' ').ToList();
                var cut = words.FindIndex(w => FunctionWords.Contains(w));
                if (cut >= 0)
                    words = words.Take(cut).ToList();
                var unit = noun.ToLowerInvariant();
                var label = "Số " + string.Join(" ", new[] { unit }.Concat(words.Select(w => w.ToLowerInvariant() == w ? w : w)));
                yield return (label, unit, m.Index);
            }
        }
    }

    // ---- ids ------------------------------------------------------------------------------------------------

    /// <summary>Lower case without diacritics (đ → d), punctuation as spaces: "Tổ chức thực hiện" → "to chuc thuc hien".</summary>
    public static string Fold(string text) => VietnameseText.Words(text);

    /// <summary>A snake_case id from the first words of a text ("Ban Tuyên giáo Đảng ủy Khối" → ban_tuyen_giao_dang), unique among <paramref name="taken"/>.</summary>
    public static string IdFrom(string text, ISet<string> taken, int words = 4, string fallback = "muc")
    {
        var parts = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words).ToArray();
        var id = parts.Length == 0 ? fallback : string.Join("_", parts);
        if (!char.IsLetter(id[0]))
            id = fallback + "_" + id;
        var unique = id;
        for (var n = 2; taken.Contains(unique) || !Identifiers.IsValidId(unique); n++)
            unique = id + "_" + n.ToString(CultureInfo.InvariantCulture);
        taken.Add(unique);
        return unique;
    }

    /// <summary>A PascalCase plan id from words ("KẾ HOẠCH" + "76" → KeHoach76).</summary>
    public static string PlanIdFrom(params string?[] parts)
    {
        var words = parts.Where(p => !string.IsNullOrWhiteSpace(p)).SelectMany(p => Fold(p!).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var id = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        return id.Length == 0 || !char.IsLetter(id[0]) ? "KeHoach" + id : id;
    }
}
