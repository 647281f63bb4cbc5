using System;
using System.Linq;
using ReportKit.Excel.Reports;
using ReportKit.Templates;
using ReportKit.Templates.Parsing;
using ReportKit.Excel.Summary;

namespace ReportKit.Excel.Tests;

/// <summary>The báo cáo's figure sentences with real numbers: the template's phrase, the change from the same period, the year-to-date.</summary>
public sealed class ReportSentencesTests
{
    private const string Yaml = """
        reportkit: 1
        plan:
          id: KeHoachCauBaoCao
          kind: party
          genre: KẾ HOẠCH
          symbol: KH/ĐU
          issuer: { name: ĐẢNG ỦY XÃ TÂN LẬP }
          title: thử câu báo cáo
          signature: { title: BÍ THƯ, name: A }
        indicators:
          - { id: so_buoi, label: Số buổi sinh hoạt, unit: buổi, phrase: "tổ chức {value} buổi sinh hoạt chính trị" }
          - { id: nguoi, label: Số người tham gia, unit: người }
          - { id: dat, label: Số người đạt, unit: người }
          - { id: ty_le, label: Tỷ lệ đạt, type: ratio, formula: dat / nguoi, format: percent }
        reports:
          - { id: r, title: Báo cáo kết quả, period: quarter, from: 2024, due: { days_after_end: 5 }, compare: [so_buoi, nguoi, ty_le], cumulative: [so_buoi] }
        """;

    private static readonly PlanSpec Plan = PlanTemplateParser.Parse("cau.plan.yaml", Yaml).Plan!;

    [Fact]
    public void A_figure_is_stated_in_the_template_s_phrase_else_neutrally_with_its_unit()
    {
        var lines = ReportSentences.Figures(Quarter("2025-Q2", (1, 50, 100, 90), (2, 24, 100, 85), (3, 4, 20, 20)));

        Assert.Equal("- Tổ chức 78 buổi sinh hoạt chính trị.", lines[0]);
        Assert.Equal("- Số người tham gia là 220 người.", lines[1]);
        Assert.Equal("- Số người đạt là 195 người.", lines[2]);
        Assert.Equal("- Tỷ lệ đạt là 88,6%.", lines[3]);
    }

    [Fact]
    public void The_change_from_the_same_quarter_last_year_and_the_year_to_date_are_in_the_sentence()
    {
        var now = Quarter("2025-Q2", (1, 50, 100, 90), (2, 24, 100, 85), (3, 4, 20, 20));
        // Last year Chi bộ Thôn 3 did not exist: its row cannot be compared, and the báo cáo names it.
        var earlier = Quarter("2024-Q2", (1, 40, 100, 80), (2, 30, 100, 80));
        var january = Quarter("2025-Q1", (1, 10, 50, 40), (2, 12, 50, 45), (3, 3, 10, 10));
        var comparison = PeriodComparison.Compare(now, PeriodFigures.Of(earlier));
        var ytd = YearToDate.Compute(now, new[] { PeriodFigures.Of(january) });

        var lines = ReportSentences.Figures(now, comparison, ytd);

        Assert.Equal("- Tổ chức 78 buổi sinh hoạt chính trị, tăng 8 buổi (11,4%) so với quý II năm 2024; lũy kế từ đầu năm 103 buổi.", lines[0]);
        Assert.Equal("- Số người tham gia là 220 người, tăng 20 người (10,0%) so với quý II năm 2024.", lines[1]);
        Assert.Equal("- Số người đạt là 195 người.", lines[2]);
        // 195/220 = 88,6% against 160/200 = 80,0%: a share changes by points, not by a percent of itself.
        Assert.Equal("- Tỷ lệ đạt là 88,6%, tăng 8,6 điểm phần trăm so với quý II năm 2024.", lines[3]);
        Assert.Equal("Không so sánh được với quý II năm 2024 (1): Chi bộ Thôn 3 (đơn vị chưa có ở cùng kỳ).", lines[4]);
        Assert.Equal(5, lines.Count);
    }

    [Fact]
    public void A_year_is_compared_with_the_same_period_and_a_fall_or_no_change_is_worded_so()
    {
        var column = new SummaryColumn("so_buoi", "so_buoi", null, ColumnRole.Entered, new[] { new HeaderCell("Số buổi") }.ToEquatableArray(),
            IndicatorType.Integer, ValueFormat.Number, "buổi");
        Assert.Equal("giảm 12 buổi (10,5%) so với cùng kỳ năm 2023",
            ReportSentences.Change(new ComparedValue(102, 114, -12, -10.5m, null), column, "cùng kỳ năm 2023"));
        Assert.Equal("bằng cùng kỳ năm 2023", ReportSentences.Change(new ComparedValue(5, 5, 0, 0, null), column, "cùng kỳ năm 2023"));
        Assert.Equal("không so sánh được với cùng kỳ năm 2023 (cùng kỳ không có số liệu)",
            ReportSentences.Change(new ComparedValue(5, null, null, null, "cùng kỳ không có số liệu"), column, "cùng kỳ năm 2023"));
    }

    [Fact]
    public void A_year_to_date_missing_a_quarter_says_it_is_incomplete()
    {
        var now = Quarter("2025-Q3", (1, 5, 10, 10));
        var ytd = YearToDate.Compute(now, new[] { PeriodFigures.Of(Quarter("2025-Q1", (1, 2, 10, 10))) });

        Assert.Equal("- Tổ chức 5 buổi sinh hoạt chính trị; lũy kế từ đầu năm 7 buổi (chưa đầy đủ: thiếu số liệu quý II năm 2025).",
            ReportSentences.Figures(now, null, ytd)[0]);
    }

    [Fact]
    public void A_report_s_outline_gives_the_báo_cáo_its_parts_numbered_and_titled_as_the_plan_and_places_each_figure_and_text()
    {
        var yaml = Yaml.Replace("KeHoachCauBaoCao", "KeHoachDeCuong") + """

            narratives:
              - { id: ket_qua, label: Kết quả triển khai }
              - { id: han_che, label: Hạn chế }
            """;
        yaml = yaml.Replace("cumulative: [so_buoi] }", """
            cumulative: [so_buoi],
                outline: [
                  { no: "Phần thứ nhất", title: Tình hình tổ chức sinh hoạt, rates: true, indicators: [so_buoi] },
                  { no: "Phần thứ hai", title: Kết quả học tập, indicators: [ty_le, nguoi, dat], narratives: [ket_qua, han_che] },
                  { no: "Phần thứ ba", title: Kiến nghị } ] }
            """);
        var parsed = PlanTemplateParser.Parse("de-cuong.plan.yaml", yaml);
        Assert.True(parsed.Plan is not null, string.Join("\n", parsed.Diagnostics));
        var plan = parsed.Plan!;
        var units = UnitTree.Create(new[] { new Unit("dang_uy", "Đảng ủy xã Tân Lập", null, null), new Unit("cb1", "Chi bộ Thôn 1", "dang_uy", null) });
        var sent = new Submission(plan.Id, "r", "cb1", "2025-Q2") { SubmittedOn = new DateOnly(2025, 7, 2), Source = "cb1.xlsx" }
            .WithValue("so_buoi", 12).WithValue("nguoi", 40).WithValue("dat", 30)
            .WithNarrative("ket_qua", "Đã học tập đầy đủ.").WithNarrative("han_che", "Còn đảng viên vắng.");
        var summary = Consolidator.Summarize(plan, "r", "2025-Q2", units, new[] { sent }, new DateOnly(2025, 7, 30));

        var text = ReportDocumentTests.Paragraphs(ReportDocumentTests.Save(summary));
        int At(string paragraph) => text.IndexOf(paragraph);

        var parts = new[] { "Phần thứ nhất. TÌNH HÌNH TỔ CHỨC SINH HOẠT", "Phần thứ hai. KẾT QUẢ HỌC TẬP", "Phần thứ ba. KIẾN NGHỊ" }.Select(At).ToArray();
        Assert.All(parts, p => Assert.True(p >= 0));
        Assert.Equal(parts.OrderBy(p => p), parts);
        Assert.DoesNotContain(text, p => p.StartsWith("I. CÔNG TÁC LÃNH ĐẠO", StringComparison.Ordinal));
        Assert.InRange(text.FindIndex(p => p.StartsWith("Tình hình gửi báo cáo", StringComparison.Ordinal)), parts[0], parts[1]);
        Assert.InRange(At("- Tổ chức 12 buổi sinh hoạt chính trị."), parts[0], parts[1]);
        // In the part's own order: the share first, as the đề cương lists it.
        var share = At("- Tỷ lệ đạt là 75,0%.");
        Assert.InRange(share, parts[1], parts[2]);
        Assert.True(share < At("- Số người tham gia là 40 người."));
        Assert.InRange(At("- Chi bộ Thôn 1: Còn đảng viên vắng."), share, parts[2]);
        // A part the units write nothing for is the clerk's to write.
        Assert.Equal(OfficialBlocks.FillLine, text[parts[2] + 1]);
    }

    // The commune's chi bộ (those named in the rows; 3 only from 2025) each sending so_buoi, nguoi, dat on time.
    private static ReportSummary Quarter(string period, params (int Unit, int SoBuoi, int Nguoi, int Dat)[] sent)
    {
        var units = new[] { new Unit("dang_uy", "Đảng ủy xã Tân Lập", null, null) }
            .Concat(sent.Select(s => new Unit("cb" + s.Unit, "Chi bộ Thôn " + s.Unit, "dang_uy", null)));
        var quarter = ReportingPeriod.Parse(PeriodKind.Quarter, period);
        var lastDay = new DateOnly(quarter.FirstYear, quarter.Number * 3, 1).AddMonths(1).AddDays(-1);
        var submissions = sent.Select(s => new Submission(Plan.Id, "r", "cb" + s.Unit, period) { SubmittedOn = lastDay.AddDays(2), Source = "cb" + s.Unit + ".xlsx" }
            .WithValue("so_buoi", s.SoBuoi).WithValue("nguoi", s.Nguoi).WithValue("dat", s.Dat));
        return Consolidator.Summarize(Plan, "r", period, UnitTree.Create(units), submissions, lastDay.AddDays(30));
    }
}
