using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// What a sample unit writes besides its numbers: its Có/Không answers, its date, text and document answers and a few
/// rows of each list its level fills, typed per column, in realistic Vietnamese. Drawn from a generator of their own
/// (<see cref="For"/>), so adding a list or an answer field to a plan leaves the other figures of its sample as they were.
/// </summary>
internal static class SampleEntries
{
    private static readonly string[] People =
    {
        "Nguyễn Thị Hồng Nhung", "Trần Văn Bình", "Lê Minh Tuấn", "Hoàng Thị Lan", "Phạm Quốc Hưng", "Nông Văn Thắng",
        "Đỗ Thị Thu Hà", "Vũ Đức Anh", "Lý Thị Mai", "Bùi Thanh Sơn",
    };

    private static readonly string[] Titles =
    {
        "Giữ vững niềm tin vào con đường đã chọn", "Bảo vệ nền tảng tư tưởng từ mỗi chi bộ", "Tiếng nói của người đảng viên trẻ",
        "Không để mạng xã hội thành nơi xuyên tạc", "Sức mạnh từ lòng dân", "Kiên định mục tiêu độc lập dân tộc và chủ nghĩa xã hội",
    };

    private static readonly string[] Works =
    {
        "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới", "Tuyến đường hoa thanh niên", "Sân chơi thiếu nhi khu phố",
        "Tủ sách pháp luật ở nhà văn hóa", "Mô hình “Chi bộ bốn tốt”", "Lớp học tình thương",
    };

    private static readonly string[] Places =
    {
        "Nhà văn hóa thôn", "Hội trường Ủy ban nhân dân xã", "Trường Tiểu học thị trấn", "Sân vận động huyện",
        "Nhà thiếu nhi quận", "Trung tâm Văn hóa - Thể thao huyện",
    };

    private static readonly string[] Activities =
    {
        "Tuyên truyền kỷ niệm ngày thành lập Đảng", "Hội thi tìm hiểu pháp luật", "Ngày hội đọc sách",
        "Tập huấn kỹ năng phòng, chống đuối nước", "Giải bóng đá thiếu niên", "Thăm hỏi gia đình chính sách",
    };

    private static readonly (string Genre, string Abbreviation)[] Genres =
    {
        ("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Chương trình", "CTr"), ("Hướng dẫn", "HD"), ("Công văn", "CV"),
    };

    /// <summary>
    /// A generator for one unit's entries in one period: the same plan, report, period, unit and seed always give the
    /// same entries (a stable hash, not <see cref="string.GetHashCode()"/>, which differs between runs).
    /// </summary>
    public static Random For(int seed, string reportId, string periodKey, string unitId)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)seed;
            foreach (var c in reportId + "\n" + periodKey + "\n" + unitId)
                hash = (hash ^ c) * 16777619u;
            return new Random((int)(hash & 0x7FFFFFFF));
        }
    }

    /// <summary>Có (1) for most units, Không (0) for about one in four.</summary>
    public static decimal YesNo(Random random) => random.Next(4) == 0 ? 0m : 1m;

    /// <summary>
    /// The answers of the date, text and document fields <paramref name="fields"/> (those the unit's level answers,
    /// <see cref="LevelQueries.AnswersOf(PlanSpec, ReportSpec, string?)"/>): every required one, the others for about five units in six; dates within <paramref name="window"/>.
    /// </summary>
    public static Submission WithAnswers(PlanSpec plan, IEnumerable<IndicatorSpec> fields, Submission submission, DateWindow window, Random random)
    {
        foreach (var field in fields.Where(f => f.IsAnswer()))
        {
            if (!field.Required && random.Next(6) == 0)
                continue;
            var answer = field.Type switch
            {
                IndicatorType.Date => Dates.Iso(DateIn(window, random)),
                IndicatorType.Document => Document(plan, field.Label, window, random).ToString(),
                _ => Fit(TextFor(field.Label, random), FieldTypes.MaxLengthOf(field)),
            };
            submission = submission.WithAnswer(field.Id, answer);
        }

        return submission;
    }

    /// <summary>
    /// Two to four rows (at most the list's own) of each list in <paramref name="lists"/>, every cell of its column's type;
    /// a list with the same columns as an earlier one takes some of that list's rows.
    /// </summary>
    public static Submission WithRows(PlanSpec plan, IEnumerable<ListSpec> lists, Submission submission, DateWindow window, Random random)
    {
        var filled = new List<(ListSpec List, List<ListRow> Rows)>();
        foreach (var list in lists)
        {
            var rows = new List<ListRow>();
            var count = Math.Min(list.Rows, 2 + random.Next(3));
            // A list with the columns of an earlier one picks from its rows (the works sent up are some of those received).
            var earlier = filled.FirstOrDefault(f => f.List.Columns.SequenceEqual(list.Columns, SameColumn.Instance));
            if (earlier.Rows is { Count: > 0 } source)
            {
                rows.AddRange(source.Take(Math.Min(list.Rows, 1 + random.Next(source.Count))));
                count = 0;
            }

            for (var r = 0; r < count; r++)
            {
                var row = new ListRow();
                foreach (var column in list.Columns)
                    row = row.With(column.Id, Cell(plan, column, window, random));
                rows.Add(row);
            }

            submission = submission.WithRows(list.Id, rows);
            filled.Add((list, rows));
        }

        return submission;
    }

    /// <summary>Columns alike in id, type and choice (their labels and places in the file aside).</summary>
    private sealed class SameColumn : IEqualityComparer<ListColumnSpec>
    {
        public static readonly SameColumn Instance = new();

        public bool Equals(ListColumnSpec? x, ListColumnSpec? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Type == y.Type && x.Choice == y.Choice;

        public int GetHashCode(ListColumnSpec obj) => HashCode.Combine(obj.Id, obj.Type, obj.Choice);
    }

    private static string Cell(PlanSpec plan, ListColumnSpec column, DateWindow window, Random random) => column.Type switch
    {
        ListColumnType.Integer => ListCells.Of(5 + random.Next(116)),
        ListColumnType.Decimal => ListCells.Of(Math.Round(1m + (49m * (decimal)random.NextDouble()), 1, MidpointRounding.AwayFromZero)),
        ListColumnType.Date => ListCells.Of(DateIn(window, random)),
        ListColumnType.YesNo => ListCells.Of(YesNo(random) == 1m),
        ListColumnType.Choice => PickChoice(plan.ChoicesOf(column), random),
        _ => TextFor(column.Label, random),
    };

    private static string PickChoice(IReadOnlyList<(string Id, string Title)> choices, Random random) => choices[random.Next(choices.Count)].Id;

    /// <summary>A text that fits what the label asks for: a person, a title, a work, a place, else an activity.</summary>
    private static string TextFor(string label, Random random)
    {
        var words = VietnameseText.WithoutDiacritics(label).ToLowerInvariant();
        var pool = words.Contains("tac gia") || words.Contains("ho ten") || words.Contains("ho va ten") || words.Contains("nguoi") ? People
            : words.Contains("tac pham") || words.Contains("bai viet") ? Titles
            : words.Contains("mo hinh") || words.Contains("cong trinh") ? Works
            : words.Contains("dia diem") || words.Contains("noi ") ? Places
            : Activities;
        return pool[random.Next(pool.Length)];
    }

    private static string Fit(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength].TrimEnd();

    private static DateOnly DateIn(DateWindow window, Random random) =>
        window.From.AddDays(random.Next(Math.Max(1, window.To.DayNumber - window.From.DayNumber + 1)));

    /// <summary>
    /// The unit's implementing document, of the genre the label names (<c>Quyết định thành lập …</c> → a Quyết định),
    /// else a Kế hoạch: <c>Quyết định số 57/QĐ-UBND</c> for a state plan, <c>Kế hoạch số 12-KH/ĐU</c> for a Party one;
    /// signed 3 to 30 days after the plan (never after the deadline), or within the window when the plan has no date.
    /// </summary>
    private static DocumentReference Document(PlanSpec plan, string label, DateWindow window, Random random)
    {
        var (genre, abbreviation) = Genres.FirstOrDefault(g => label.StartsWith(g.Genre, StringComparison.OrdinalIgnoreCase));
        genre ??= Genres[1].Genre;
        abbreviation ??= Genres[1].Abbreviation;
        var number = (10 + random.Next(190)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // An implementing document follows the plan: within a month of its date where it has one.
        var signed = plan.Document.Date is { } issued ? new DateOnly(issued.Year, issued.Month, issued.Day) : (DateOnly?)null;
        var date = signed is { } from && from < window.To
            ? DateIn(new DateWindow(from.AddDays(3) < window.To ? from.AddDays(3) : from, from.AddDays(30) < window.To ? from.AddDays(30) : window.To), random)
            : DateIn(window, random);
        return plan.Document.Kind == DocumentKind.State
            ? new DocumentReference(number, abbreviation + "-UBND", date, genre) { Separator = '/' }
            : new DocumentReference(number, abbreviation + "/ĐU", date, genre);
    }
}
