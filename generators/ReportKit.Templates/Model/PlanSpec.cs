namespace ReportKit.Templates;

// The plan spec: what a plan template says, parsed and checked. Immutable and value-equatable
// (records + EquatableArray) so the source generator can cache on it. No YAML types leak out.
// Every list keeps the template's order; every number ("II", "1.1") is kept as the document wrote it.

/// <summary>A checked plan template: identity, outline, contents, forms, units, indicators, reports, rules.</summary>
/// <param name="FormatVersion">The template format version (<c>reportkit: 1</c>).</param>
/// <param name="Id">The plan's id, used as the generated C# type name (e.g. <c>KeHoach76</c>).</param>
/// <param name="Revision">The template's own revision; input forms carry it so an old form is recognised.</param>
/// <param name="Document">The issuing document's identity.</param>
/// <param name="Sections">The document's outline with its own numbering.</param>
/// <param name="Contents">Content items (nội dung) units report against; a tree.</param>
/// <param name="Forms">Forms (hình thức) units report against.</param>
/// <param name="Levels">Reporting levels of the unit hierarchy, bottom up (chi bộ → đảng ủy → huyện ủy).</param>
/// <param name="Units">Units named by the plan (tổ chức thực hiện), with their tasks and the reports they owe.</param>
/// <param name="Indicators">Numeric indicators (chỉ tiêu), in table order.</param>
/// <param name="Narratives">Narrative parts of a unit report (kết quả, hạn chế, kiến nghị…).</param>
/// <param name="Reports">Reports the plan asks for, each with its reporting regime.</param>
/// <param name="PeakDates">Peak dates the plan names (03/2, 30/4 …).</param>
/// <param name="Rules">Cross-indicator and coverage rules.</param>
/// <param name="Assumptions">What the template assumes where the document is silent, stated in words.</param>
/// <param name="Location">Where the plan starts in its template.</param>
/// <param name="Categories">Categories indicators may be split by (<c>categories:</c>), beside contents and forms.</param>
/// <param name="Targets">Targets (chỉ tiêu) the plan states, judged on the summary; empty if none.</param>
/// <param name="Events">Named events with their dates (<c>events:</c>), which deadlines and phase bounds refer to.</param>
/// <param name="Lists">Row lists units fill (<c>lists:</c>): typical events, models, exemplary people.</param>
public sealed record PlanSpec(
    int FormatVersion,
    string Id,
    int Revision,
    DocumentSpec Document,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<ContentItemSpec> Contents,
    EquatableArray<FormSpec> Forms,
    EquatableArray<LevelSpec> Levels,
    EquatableArray<UnitSpec> Units,
    EquatableArray<IndicatorSpec> Indicators,
    EquatableArray<NarrativeSpec> Narratives,
    EquatableArray<ReportSpec> Reports,
    EquatableArray<PeakDateSpec> PeakDates,
    EquatableArray<RuleSpec> Rules,
    EquatableArray<string> Assumptions,
    SourceSpan Location,
    EquatableArray<CategorySpec> Categories = default,
    EquatableArray<TargetSpec> Targets = default,
    EquatableArray<EventSpec> Events = default,
    EquatableArray<ListSpec> Lists = default);

/// <summary>Party documents follow Hướng dẫn 36-HD/VPTW; state documents follow Nghị định 30/2020/NĐ-CP.</summary>
public enum DocumentKind
{
    /// <summary>A Party document (ĐẢNG CỘNG SẢN VIỆT NAM header, <c>Số 76-KH/ĐU</c>).</summary>
    Party,

    /// <summary>A state document (Quốc hiệu and Tiêu ngữ, <c>Số: 12/SVHTTDL-QLVHGĐ</c>).</summary>
    State,
}

/// <summary>A date as a template writes it (no time zone, no culture). Validity is checked by the parser.</summary>
/// <param name="Year">Year, e.g. 2023.</param>
/// <param name="Month">Month 1–12.</param>
/// <param name="Day">Day of month.</param>
public readonly record struct CalendarDate(int Year, int Month, int Day)
{
    /// <summary>ISO 8601, <c>2023-04-20</c>.</summary>
    public override string ToString() =>
        Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The identity of the issuing document.</summary>
/// <param name="Kind">Party or state conventions.</param>
/// <param name="Genre">The document type as printed (<c>KẾ HOẠCH</c>, <c>CÔNG VĂN</c>).</param>
/// <param name="Number">The number (<c>76</c>); null when the source leaves it blank.</param>
/// <param name="Symbol">The symbol (<c>KH/ĐU</c>, <c>SVHTTDL-QLVHGĐ</c>); null when the source has none (never invented).</param>
/// <param name="Issuer">The issuing body and its parent.</param>
/// <param name="Place">Place of issue; null when the source leaves it blank.</param>
/// <param name="Date">Date of issue; null when the source leaves it blank (never invented).</param>
/// <param name="Year">Year of issue when only the year is printed (<c>ngày  tháng  năm 2023</c>).</param>
/// <param name="Title">The summary line (trích yếu); for a công văn the <c>V/v</c> text.</param>
/// <param name="Implements">Documents this one implements (<c>Thực hiện Kế hoạch số 105-KH/HU …</c>).</param>
/// <param name="SendTo">Addressees of a công văn (<c>Kính gửi</c>).</param>
/// <param name="Recipients">Nơi nhận, with tags such as <c>(T/h)</c>, <c>(B/c)</c>.</param>
/// <param name="Signature">The signature block; null when the source names no signer (never invented).</param>
public sealed record DocumentSpec(
    DocumentKind Kind,
    string Genre,
    string? Number,
    string? Symbol,
    IssuerSpec Issuer,
    string? Place,
    CalendarDate? Date,
    int? Year,
    string Title,
    EquatableArray<DocumentRefSpec> Implements,
    EquatableArray<RecipientSpec> SendTo,
    EquatableArray<RecipientSpec> Recipients,
    SignatureSpec? Signature);

/// <summary>The issuing body (bold in the header) and the body above it.</summary>
/// <param name="Name">Issuing body, e.g. <c>BAN THƯỜNG VỤ ĐẢNG ỦY</c>.</param>
/// <param name="Parent">Parent body, e.g. <c>ĐẢNG BỘ HUYỆN …</c>; null if the document shows none.</param>
public sealed record IssuerSpec(string Name, string? Parent);

/// <summary>A document this plan implements or cites.</summary>
/// <param name="Ref">Number and symbol, e.g. <c>105-KH/HU</c>.</param>
/// <param name="Date">Its date, if given.</param>
/// <param name="By">Who issued it (<c>Ban Thường vụ Huyện ủy</c>).</param>
/// <param name="Title">What it is about.</param>
public sealed record DocumentRefSpec(string Ref, CalendarDate? Date, string? By, string? Title);

/// <summary>One addressee or recipient line.</summary>
/// <param name="Name">The recipient as written.</param>
/// <param name="Tag">A tag such as <c>T/h</c> (thực hiện) or <c>B/c</c> (báo cáo), without parentheses.</param>
public sealed record RecipientSpec(string Name, string? Tag);

/// <summary>The signature block.</summary>
/// <param name="Capacity">Signing capacity, e.g. <c>T/M BAN THƯỜNG VỤ</c>, <c>KT.GIÁM ĐỐC</c>; null if none.</param>
/// <param name="Title">The signer's title (<c>PHÓ BÍ THƯ</c>).</param>
/// <param name="Name">The signer's name.</param>
public sealed record SignatureSpec(string? Capacity, string Title, string Name);

/// <summary>What a section of the outline holds, when its items are defined elsewhere in the template.</summary>
public enum SectionRole
{
    /// <summary>Plain text section; its items are listed in the outline.</summary>
    Text,

    /// <summary>The section whose items are <see cref="PlanSpec.Contents"/>.</summary>
    Contents,

    /// <summary>The section whose items are <see cref="PlanSpec.Forms"/>.</summary>
    Forms,

    /// <summary>The section whose items are <see cref="PlanSpec.Units"/>.</summary>
    Units,
}

/// <summary>A section of the document's outline, numbered as the document numbers it.</summary>
/// <param name="No">The number as written (<c>I</c>, <c>1</c>, <c>1.1</c>, <c>-</c>).</param>
/// <param name="Title">The heading.</param>
/// <param name="Role">Whether contents, forms or units are defined for this section.</param>
/// <param name="Items">Sub-sections.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record SectionSpec(
    string No,
    string Title,
    SectionRole Role,
    EquatableArray<SectionSpec> Items,
    SourceSpan Location);

/// <summary>A content item (nội dung); leaves carry an id and can be reported against.</summary>
/// <param name="Id">The id, or null for an unnamed group.</param>
/// <param name="No">The document's number (<c>2.1</c>).</param>
/// <param name="Path">The full number including the holding section (<c>II.2.1</c>).</param>
/// <param name="Title">The item's text as written.</param>
/// <param name="Items">Children.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record ContentItemSpec(
    string? Id,
    string No,
    string Path,
    string Title,
    EquatableArray<ContentItemSpec> Items,
    SourceSpan Location);

/// <summary>A form (hình thức) of propagation that units report against.</summary>
/// <param name="Id">The id.</param>
/// <param name="No">The document's number, if any.</param>
/// <param name="Title">The form as written.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record FormSpec(string Id, string? No, string Title, SourceSpan Location);

/// <summary>A level of the reporting hierarchy.</summary>
/// <param name="Id">The id (<c>chi_bo</c>).</param>
/// <param name="Name">The name (<c>Chi bộ</c>).</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record LevelSpec(string Id, string Name, SourceSpan Location);

/// <summary>A unit or group of units named by the plan, with its tasks and duties.</summary>
/// <param name="Id">The id.</param>
/// <param name="No">The document's number (seed 001 jumps from 4 to 6: kept).</param>
/// <param name="Name">The unit as written.</param>
/// <param name="Level">The hierarchy level its units sit at, if they report.</param>
/// <param name="Tasks">Its tasks, as written.</param>
/// <param name="Reports">Ids of the reports it owes.</param>
/// <param name="Consolidates">Ids of the reports it consolidates for the level above.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record UnitSpec(
    string Id,
    string? No,
    string Name,
    string? Level,
    EquatableArray<string> Tasks,
    EquatableArray<string> Reports,
    EquatableArray<string> Consolidates,
    SourceSpan Location);

/// <summary>The value type of an indicator.</summary>
public enum IndicatorType
{
    /// <summary>A whole number (counts); ≥ 0 unless the template says otherwise.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>Computed from other indicators by <see cref="IndicatorSpec.Formula"/>; never entered.</summary>
    Ratio,

    /// <summary>Có/Không, stored as a number (1 = Có, 0 = Không): summing over units counts the units that answered Có.</summary>
    YesNo,

    /// <summary>A date (the day a unit held an event), stored as an answer (<c>yyyy-MM-dd</c>), never summed.</summary>
    Date,

    /// <summary>A short single-line text (a name), stored as an answer, never summed.</summary>
    Text,

    /// <summary>The số, ký hiệu and ngày of a unit's implementing document, stored as an answer, never summed.</summary>
    Document,
}

/// <summary>How an indicator is broken down (DHIS2's category idea).</summary>
public enum Disaggregation
{
    /// <summary>One value.</summary>
    None,

    /// <summary>One value per leaf content item.</summary>
    Contents,

    /// <summary>One value per form.</summary>
    Forms,

    /// <summary>One value per option of a category (<see cref="IndicatorSpec.Dimensions"/> names it).</summary>
    Category,

    /// <summary>
    /// A cross-tab: one value per combination of two dimensions (<see cref="IndicatorSpec.Dimensions"/>, each
    /// <c>contents</c>, <c>forms</c> or a category), less the <see cref="IndicatorSpec.Exclude"/>d ones.
    /// </summary>
    CrossTab,
}

/// <summary>How a value is shown.</summary>
public enum ValueFormat
{
    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A percentage (the value is a fraction: 0.5 shows as 50 %).</summary>
    Percent,
}

/// <summary>A numeric indicator (chỉ tiêu).</summary>
/// <param name="Id">The id.</param>
/// <param name="Label">The label as it appears in tables.</param>
/// <param name="Unit">Unit of measure (<c>buổi</c>, <c>người</c>), if any.</param>
/// <param name="Type">Integer, decimal or computed ratio.</param>
/// <param name="By">Disaggregation.</param>
/// <param name="Min">Lowest allowed value (0 by default for integers).</param>
/// <param name="Max">Highest allowed constant value, if any.</param>
/// <param name="MaxIndicator">An indicator whose value this one may not exceed, if any.</param>
/// <param name="Formula">For ratios: the formula over other indicators.</param>
/// <param name="Format">Number or percent.</param>
/// <param name="Required">Whether a unit must enter it.</param>
/// <param name="Group">A header grouping indicators in the summary table, if any.</param>
/// <param name="Note">Why this indicator exists, or how to count it.</param>
/// <param name="Location">Where it is in the template.</param>
/// <param name="Additive">
/// Whether a disaggregated indicator's items add up to a meaningful total (false when one session or article counts
/// under several items: the summary then shows no <c>Tổng số</c> column for it).
/// </param>
/// <param name="Levels">The levels whose units enter it (<c>levels: [tinh]</c>); empty: every level (<see cref="LevelQueries"/>).</param>
/// <param name="Dimensions">
/// For <see cref="Disaggregation.Category"/> the category id; for <see cref="Disaggregation.CrossTab"/> the two
/// dimensions in <c>by:</c> order (<c>contents</c>, <c>forms</c> or a category id); empty otherwise.
/// </param>
/// <param name="Exclude">For a cross-tab: the combinations that cannot occur.</param>
/// <param name="MaxLength">For a <see cref="IndicatorType.Text"/> field: the longest accepted answer, if the template limits it.</param>
/// <param name="Phrase">
/// How the báo cáo states the figure, as the plan words the work: <c>tổ chức {value} buổi sinh hoạt chính trị, tư
/// tưởng</c>, the total written where <c>{value}</c> stands (<see cref="PlanQueries.PhrasePlaceholder"/>); null: the
/// neutral <c>label là value unit</c>.
/// </param>
public sealed record IndicatorSpec(
    string Id,
    string Label,
    string? Unit,
    IndicatorType Type,
    Disaggregation By,
    decimal? Min,
    decimal? Max,
    string? MaxIndicator,
    ExprSpec? Formula,
    ValueFormat Format,
    bool Required,
    string? Group,
    string? Note,
    SourceSpan Location,
    bool Additive = true,
    EquatableArray<string> Levels = default,
    EquatableArray<string> Dimensions = default,
    EquatableArray<ExcludedCellSpec> Exclude = default,
    int? MaxLength = null,
    string? Phrase = null);

/// <summary>A narrative part of a unit report.</summary>
/// <param name="Id">The id.</param>
/// <param name="Label">The heading (<c>Hạn chế, nguyên nhân</c>).</param>
/// <param name="Required">Whether a unit must write it.</param>
/// <param name="MaxLength">Longest accepted text, if limited.</param>
/// <param name="Hint">A hint shown on the input form.</param>
/// <param name="Location">Where it is in the template.</param>
/// <param name="Levels">The levels whose units write it; empty: every level (<see cref="LevelQueries"/>).</param>
public sealed record NarrativeSpec(string Id, string Label, bool Required, int? MaxLength, string? Hint, SourceSpan Location,
    EquatableArray<string> Levels = default);

/// <summary>The period a report covers.</summary>
public enum PeriodKind
{
    /// <summary>A one-off report with no recurring period.</summary>
    Once,

    /// <summary>Every month.</summary>
    Month,

    /// <summary>Every quarter.</summary>
    Quarter,

    /// <summary>Every six months (two halves per year).</summary>
    HalfYear,

    /// <summary>The first nine months of each year.</summary>
    NineMonths,

    /// <summary>Every year.</summary>
    Year,

    /// <summary>A multi-year milestone (sơ kết, tổng kết), e.g. 2023–2025.</summary>
    Span,

    /// <summary>One period per phase (đợt) the report names, each with its own dates (<see cref="ReportSpec.Phases"/>).</summary>
    Phase,
}

/// <summary>How a due date is stated.</summary>
public enum DueKind
{
    /// <summary><c>trước ngày D</c>: on time if submitted before D, i.e. by the day before.</summary>
    Before,

    /// <summary>By date D inclusive.</summary>
    On,

    /// <summary><c>vào tháng M</c>: by the last day of month M (or by <see cref="DueSpec.Day"/> if given).</summary>
    InMonth,

    /// <summary>A number of days after the period (or its data cut-off, its phase, its dated window) ends.</summary>
    DaysAfterEnd,

    /// <summary>A number of days after a named event (<see cref="DueSpec.Event"/>, its date in <see cref="DueSpec.Date"/>).</summary>
    DaysAfterEvent,
}

/// <summary>A due date rule.</summary>
/// <param name="Kind">How it is stated.</param>
/// <param name="Date">For <see cref="DueKind.Before"/> and <see cref="DueKind.On"/>; for <see cref="DueKind.DaysAfterEvent"/> the event's date.</param>
/// <param name="Year">For <see cref="DueKind.InMonth"/> of a one-off or span report: the year (<c>2025-10</c>).</param>
/// <param name="Month">For <see cref="DueKind.InMonth"/>: the month.</param>
/// <param name="Day">For <see cref="DueKind.InMonth"/>: the day, if the template names one.</param>
/// <param name="Days">For <see cref="DueKind.DaysAfterEnd"/> and <see cref="DueKind.DaysAfterEvent"/>.</param>
/// <param name="Location">Where it is in the template.</param>
/// <param name="Event">For <see cref="DueKind.DaysAfterEvent"/>: the id of the event (<see cref="PlanSpec.Events"/>).</param>
public sealed record DueSpec(
    DueKind Kind,
    CalendarDate? Date,
    int? Year,
    int? Month,
    int? Day,
    int? Days,
    SourceSpan Location,
    string? Event = null);

/// <summary>A deadline for one level of the hierarchy (Nghị định 09/2019 k5 Đ8).</summary>
/// <param name="Level">The level id.</param>
/// <param name="Due">Its deadline.</param>
public sealed record TierSpec(string Level, DueSpec Due);

/// <summary>How the data cut-off window of a periodic report is drawn.</summary>
public enum CutOffKind
{
    /// <summary>The calendar period itself (1st of the first month to the last day of the last).</summary>
    Calendar,

    /// <summary>Nghị định 09/2019 Điều 12: from the 15th of the month before the period to the 14th of its last month.</summary>
    Nd09,

    /// <summary>Like Nd09 but ending on <see cref="CutOffSpec.EndDay"/> (starting the day after, a month earlier).</summary>
    EndDay,
}

/// <summary>The data cut-off window of a periodic report.</summary>
/// <param name="Kind">Calendar, Nghị định 09 or a custom end day.</param>
/// <param name="EndDay">For <see cref="CutOffKind.EndDay"/>.</param>
/// <param name="By">The regulation that defines the cut-off, as the template names it (<c>Thông tư 01/2020/TT-VPCP</c>); null when none is named.</param>
public sealed record CutOffSpec(CutOffKind Kind, int? EndDay, string? By = null);

/// <summary>A report the plan asks units for, with its reporting regime.</summary>
/// <param name="Id">The id; also the generated submission class name.</param>
/// <param name="Title">The report's name.</param>
/// <param name="Period">What period it covers.</param>
/// <param name="FromYear">First year it is due (periodic), or the span's first year.</param>
/// <param name="ToYear">Last year it is due (periodic, if bounded), or the span's last year.</param>
/// <param name="Due">When it is due.</param>
/// <param name="CutOff">The data cut-off window (defaults: Nghị định 09 for state plans, calendar for Party plans).</param>
/// <param name="Tiers">Deadlines per level, when they differ.</param>
/// <param name="Indicators">Indicator ids it asks for (all, if the template omits the key; none with <paramref name="NoIndicators"/>).</param>
/// <param name="Narratives">Narrative ids it asks for (all, if the template omits the key; none with <paramref name="NoNarratives"/>).</param>
/// <param name="Assumption">What the template assumed where the document is silent (e.g. "định kỳ").</param>
/// <param name="Location">Where it is in the template.</param>
/// <param name="NoIndicators">True when the template writes <c>indicators: []</c>: the report asks for no indicator (a narrative-only report).</param>
/// <param name="NoNarratives">True when the template writes <c>narratives: []</c>: the report asks for no narrative.</param>
/// <param name="Compare">Indicator ids compared with the same period of the year before (<c>Cùng kỳ</c>, <c>Tăng/giảm</c>); none by default.</param>
/// <param name="Cumulative">Indicator ids given a year-to-date column (<c>Lũy kế từ đầu năm</c>); month, quarter and half-year reports only.</param>
/// <param name="Window">A one-off report's dated activity window (<c>from: 2020-06-01, to: 2020-07-31</c>), its data window; null when none is stated.</param>
/// <param name="Phases">The phases (đợt) of a <see cref="PeriodKind.Phase"/> report, in date order, one period each.</param>
/// <param name="Periods">
/// The periods of each year the regime asks for, when not all (<c>[h1]</c>: "báo cáo 6 tháng" is the first half only, the
/// year report covers the second); names from <see cref="RegimePeriods"/>. Empty: every period of the kind.
/// </param>
/// <param name="Lists">Row list ids it asks for (all, if the template lists none).</param>
/// <param name="Outline">The parts of the report's báo cáo as the plan's đề cương gives them; empty: the default outline.</param>
/// <param name="DueAssumed">
/// True when the deadline itself is what <paramref name="Assumption"/> assumed (<c>due_assumed: true</c>): the documents
/// then print it marked "(giả định)". An assumption about anything else (the report, its period, its figures) leaves the
/// deadline unmarked.
/// </param>
public sealed record ReportSpec(
    string Id,
    string Title,
    PeriodKind Period,
    int? FromYear,
    int? ToYear,
    DueSpec? Due,
    CutOffSpec CutOff,
    EquatableArray<TierSpec> Tiers,
    EquatableArray<string> Indicators,
    EquatableArray<string> Narratives,
    string? Assumption,
    SourceSpan Location,
    bool NoIndicators = false,
    bool NoNarratives = false,
    EquatableArray<string> Compare = default,
    EquatableArray<string> Cumulative = default,
    DatedWindowSpec? Window = null,
    EquatableArray<PhaseSpec> Phases = default,
    EquatableArray<string> Periods = default,
    EquatableArray<string> Lists = default,
    EquatableArray<OutlinePartSpec> Outline = default,
    bool DueAssumed = false);

/// <summary>
/// A part of a report's báo cáo as the plan's đề cương gives it (<c>outline:</c>): its numbering and title as written,
/// and what it holds. Every narrative, indicator, list and target of the report is in one part.
/// </summary>
/// <param name="No">The part's number as written (<c>I</c>, <c>Phần thứ nhất</c>); null when the plan numbers none.</param>
/// <param name="Title">The title as written (<c>Kết quả thực hiện</c>).</param>
/// <param name="Rates">Whether the reporting situation (who sent, late, missing) is stated in this part.</param>
/// <param name="Narratives">The narratives gathered under it, in this order.</param>
/// <param name="Indicators">The indicators whose figures are stated in it, in this order.</param>
/// <param name="Lists">The row lists it states.</param>
/// <param name="Targets">The targets it judges.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record OutlinePartSpec(
    string? No,
    string Title,
    bool Rates,
    EquatableArray<string> Narratives,
    EquatableArray<string> Indicators,
    EquatableArray<string> Lists,
    EquatableArray<string> Targets,
    SourceSpan Location);

/// <summary>A peak date a plan names (a day and month, every year).</summary>
/// <param name="Day">Day of month.</param>
/// <param name="Month">Month.</param>
/// <param name="Label">What it commemorates.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record PeakDateSpec(int Day, int Month, string Label, SourceSpan Location);

/// <summary>The kind of a rule.</summary>
public enum RuleKind
{
    /// <summary>A comparison between indicator expressions (<c>dang_vien_du &lt;= dang_vien</c>).</summary>
    Check,

    /// <summary>At least N items of a content group reported (<c>coverage</c>).</summary>
    Coverage,
}

/// <summary>A comparison operator in a check rule.</summary>
public enum ComparisonOperator
{
    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,
}

/// <summary>A rule a submission must satisfy.</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">Check or coverage.</param>
/// <param name="Left">For checks: the left side.</param>
/// <param name="Operator">For checks: the comparison.</param>
/// <param name="Right">For checks: the right side.</param>
/// <param name="Coverage">For coverage rules.</param>
/// <param name="Message">What a clerk is told when it fails.</param>
/// <param name="Reports">Report ids it applies to (all, if empty).</param>
/// <param name="Location">Where it is in the template.</param>
/// <param name="Levels">The levels whose units' reports it checks; empty: every level (<see cref="LevelQueries"/>).</param>
public sealed record RuleSpec(
    string Id,
    RuleKind Kind,
    ExprSpec? Left,
    ComparisonOperator Operator,
    ExprSpec? Right,
    CoverageSpec? Coverage,
    string Message,
    EquatableArray<string> Reports,
    SourceSpan Location,
    EquatableArray<string> Levels = default);

/// <summary>"Each report picks at least <paramref name="Min"/> items within content group <paramref name="Within"/>".</summary>
/// <param name="Indicator">The indicator disaggregated by contents whose non-zero items count.</param>
/// <param name="Within">The id of the content group (all contents if null).</param>
/// <param name="Min">The least number of distinct items with a value above zero.</param>
public sealed record CoverageSpec(string Indicator, string? Within, int Min);

/// <summary>An arithmetic expression over indicators (formulas and check rules).</summary>
public abstract record ExprSpec;

/// <summary>A number literal.</summary>
/// <param name="Value">The value.</param>
public sealed record NumberExpr(decimal Value) : ExprSpec
{
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A reference to an indicator (its total, for disaggregated indicators).</summary>
/// <param name="Id">The indicator id.</param>
public sealed record IndicatorRefExpr(string Id) : ExprSpec
{
    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>A binary operation: <c>+ - * /</c>.</summary>
/// <param name="Op">The operator character.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record BinaryExpr(char Op, ExprSpec Left, ExprSpec Right) : ExprSpec
{
    /// <inheritdoc/>
    public override string ToString() => "(" + Left + " " + Op + " " + Right + ")";
}
