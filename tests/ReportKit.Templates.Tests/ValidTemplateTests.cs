using System.Linq;

namespace ReportKit.Templates.Tests;

public class ValidTemplateTests
{
    private static PlanSpec Rich()
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Valid("rich"));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    [Fact]
    public void Minimal_template_gives_a_plan_and_no_diagnostics()
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Valid("minimal"));

        Assert.Empty(result.Diagnostics);
        var plan = Assert.IsType<PlanSpec>(result.Plan);
        Assert.Equal(("KeHoachToiThieu", 1, 1), (plan.Id, plan.FormatVersion, plan.Revision));
        Assert.Equal(DocumentKind.Party, plan.Document.Kind);
        Assert.Null(plan.Document.Number);
        Assert.Null(plan.Document.Date);
        Assert.True(plan.Indicators.IsEmpty && plan.Reports.IsEmpty && plan.Sections.IsEmpty);
    }

    [Fact]
    public void Plus_bullets_under_a_dash_are_kept_as_written_and_may_repeat()
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Valid("plus-bullets"));

        Assert.Empty(result.Diagnostics);
        var dash = result.Plan!.Sections.Single().Items[0];
        Assert.Equal(new[] { "+", "+" }, dash.Items.Select(i => i.No).ToArray());
        Assert.Equal(new[] { "+", "+" }, dash.Items.Select(i => ItemNumbering.Cell(i.No)).ToArray());
        Assert.Equal("Của Nhân dân", ItemNumbering.Label("+", "Của Nhân dân"));
    }

    [Fact]
    public void Document_identity_is_kept_as_written_trimmed_and_nfc()
    {
        var d = Rich().Document;
        Assert.Equal("76", d.Number);
        Assert.Equal("KH/ĐU", d.Symbol);
        Assert.Equal(new IssuerSpec("BAN THƯỜNG VỤ ĐẢNG ỦY", "ĐẢNG BỘ HUYỆN HÀM YÊN"), d.Issuer);
        Assert.Equal(new CalendarDate(2023, 4, 12), d.Date);
        Assert.Equal(2023, d.Year);
        Assert.Equal("triển khai đợt sinh hoạt chính trị, tư tưởng về nội dung tác phẩm \"…\"", d.Title);
        Assert.True(d.Title.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal(new SignatureSpec("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Vân Trung Kiên"), d.Signature);
        Assert.Equal(new DocumentRefSpec("105-KH/HU", new CalendarDate(2023, 4, 7), "Ban Thường vụ Huyện ủy", "sinh hoạt chính trị"), d.Implements[0]);
        Assert.Equal(new DocumentRefSpec("98-KH/TU", null, null, null), d.Implements[1]);
        Assert.Equal(new[] { new RecipientSpec("Các chi bộ trực thuộc", null) }, d.SendTo);
        Assert.Equal(
            new[]
            {
                new RecipientSpec("Thường trực Đảng ủy", null), new RecipientSpec("Ban Tuyên giáo Huyện ủy", "B/c"),
                new RecipientSpec("Các chi bộ", "T/h"), new RecipientSpec("Lưu VP", null),
            },
            d.Recipients);
    }

    [Fact]
    public void Decomposed_vietnamese_text_is_normalised_to_nfc()
    {
        var text = System.IO.File.ReadAllText(TemplateFiles.Valid("minimal"))
            .Replace("title: thử nghiệm", "title: " + "thử nghiệm".Normalize(System.Text.NormalizationForm.FormD));
        var plan = PlanTemplateParser.Parse("m.plan.yaml", text).Plan!;
        Assert.Equal("thử nghiệm", plan.Document.Title);
    }

    [Fact]
    public void Outline_numbers_are_kept_and_content_paths_include_the_holding_section()
    {
        var plan = Rich();
        Assert.Equal(3, plan.Revision);
        Assert.Equal(new[] { "I", "II", "III", "V" }, plan.Sections.Select(s => s.No));
        Assert.Equal(new[] { SectionRole.Text, SectionRole.Contents, SectionRole.Forms, SectionRole.Units }, plan.Sections.Select(s => s.Role));
        Assert.Equal(new[] { "1", "-", "-", "6" }, plan.Sections[3].Items.Select(s => s.No));

        var group = plan.Contents[0];
        Assert.Equal(("gioi_thieu", "1", "II.1"), (group.Id, group.No, group.Path));
        Assert.Equal(new[] { "II.1.1", "II.1.2" }, group.Items.Select(c => c.Path));
        Assert.Equal(new[] { "tong_quat", "phan_1" }, group.Items.Select(c => c.Id));
        Assert.Equal("Giới thiệu tổng quát về Tác phẩm", group.Items[0].Title);
        Assert.Equal(new[] { "II.2.1", "II.2.2" }, plan.Contents[1].Items.Select(c => c.Path));
        Assert.Equal(new FormSpec("truc_tuyen", null, "Trực tuyến", plan.Forms[1].Location), plan.Forms[1]);
    }

    [Fact]
    public void Content_paths_without_a_holding_section_are_the_item_numbers()
    {
        var text = System.IO.File.ReadAllText(TemplateFiles.Valid("minimal")) +
                   "contents:\n  - { no: \"2\", title: Nhóm, items: [ { id: a, no: \"2.1\", title: A } ] }\n";
        var plan = PlanTemplateParser.Parse("m.plan.yaml", text).Plan!;
        Assert.Equal(("2", "2.1"), (plan.Contents[0].Path, plan.Contents[0].Items[0].Path));
        Assert.Null(plan.Contents[0].Id);
    }

    [Fact]
    public void Units_levels_and_their_duties_are_read()
    {
        var plan = Rich();
        Assert.Equal(new[] { "chi_bo", "dang_uy" }, plan.Levels.Select(l => l.Id));
        var ban = plan.Units[0];
        Assert.Equal(("ban_tuyen_giao", "1", "dang_uy"), (ban.Id, ban.No, ban.Level));
        Assert.Equal(new[] { "Tham mưu tổng hợp, báo cáo" }, ban.Tasks);
        Assert.Equal(new[] { "hang_nam" }, ban.Consolidates);
        Assert.Equal(new[] { "trien_khai", "hang_nam", "so_ket" }, plan.Units[1].Reports);
    }

    [Fact]
    public void Indicator_defaults_and_options_are_applied()
    {
        var indicators = Rich().Indicators.ToDictionary(i => i.Id);
        var soBuoi = indicators["so_buoi"];
        Assert.Equal((IndicatorType.Integer, Disaggregation.Contents, 0m, ValueFormat.Number, "buổi", "Sinh hoạt"),
            (soBuoi.Type, soBuoi.By, soBuoi.Min, soBuoi.Format, soBuoi.Unit, soBuoi.Group));
        Assert.Equal(Disaggregation.Forms, indicators["so_hinh_thuc"].By);
        Assert.True(indicators["dang_vien"].Required);
        Assert.False(indicators["so_buoi"].Required);
        Assert.Equal(("dang_vien", (decimal?)null, "đếm một lần"), (indicators["dang_vien_du"].MaxIndicator, indicators["dang_vien_du"].Max, indicators["dang_vien_du"].Note));
        var diem = indicators["diem"];
        Assert.Equal((IndicatorType.Decimal, 0m, 10.5m, (string?)null), (diem.Type, diem.Min, diem.Max, diem.MaxIndicator));
        var tyLe = indicators["ty_le"];
        Assert.Equal((IndicatorType.Ratio, ValueFormat.Percent, (decimal?)null), (tyLe.Type, tyLe.Format, tyLe.Min));
        Assert.Equal(new BinaryExpr('/', new IndicatorRefExpr("dang_vien_du"), new IndicatorRefExpr("dang_vien")), tyLe.Formula);
        Assert.Equal(ValueFormat.Number, indicators["ty_le_kep"].Format);
        Assert.Equal("(((dang_vien_du + 1) * 2) / dang_vien)", indicators["ty_le_kep"].Formula!.ToString());
    }

    [Fact]
    public void Narratives_are_read()
    {
        var narratives = Rich().Narratives;
        Assert.Equal(("ket_qua", true, (int?)2000, "nêu rõ số liệu"), (narratives[0].Id, narratives[0].Required, narratives[0].MaxLength, narratives[0].Hint));
        Assert.Equal(("Đề xuất, kiến nghị", false, (int?)null), (narratives[1].Label, narratives[1].Required, narratives[1].MaxLength));
    }

    [Fact]
    public void Reporting_regimes_due_kinds_cutoffs_and_tiers_are_read()
    {
        var reports = Rich().Reports.ToDictionary(r => r.Id);

        var trienKhai = reports["trien_khai"];
        Assert.Equal((PeriodKind.Once, DueKind.Before, new CalendarDate(2023, 4, 20)), (trienKhai.Period, trienKhai.Due!.Kind, trienKhai.Due.Date!.Value));
        Assert.Equal(new CutOffSpec(CutOffKind.Calendar, null), trienKhai.CutOff); // party plan default
        Assert.Empty(trienKhai.Indicators); // empty means all; not expanded

        var hangNam = reports["hang_nam"];
        Assert.Equal((PeriodKind.Year, (int?)2023, (int?)null), (hangNam.Period, hangNam.FromYear, hangNam.ToYear));
        Assert.Equal((DueKind.InMonth, (int?)null, (int?)11, (int?)null), (hangNam.Due!.Kind, hangNam.Due.Year, hangNam.Due.Month, hangNam.Due.Day));
        Assert.Equal(new[] { "so_buoi", "dang_vien", "dang_vien_du", "ty_le" }, hangNam.Indicators);
        Assert.Equal(new[] { "ket_qua" }, hangNam.Narratives);
        Assert.Equal(2, hangNam.Tiers.Count);
        Assert.Equal(("chi_bo", DueKind.InMonth, (int?)11, (int?)10), (hangNam.Tiers[0].Level, hangNam.Tiers[0].Due.Kind, hangNam.Tiers[0].Due.Month, hangNam.Tiers[0].Due.Day));
        Assert.Equal(("dang_uy", DueKind.DaysAfterEnd, (int?)5), (hangNam.Tiers[1].Level, hangNam.Tiers[1].Due.Kind, hangNam.Tiers[1].Due.Days));

        var soKet = reports["so_ket"];
        Assert.Equal((PeriodKind.Span, (int?)2023, (int?)2025), (soKet.Period, soKet.FromYear, soKet.ToYear));
        Assert.Equal((DueKind.InMonth, (int?)2025, (int?)12, (int?)20), (soKet.Due!.Kind, soKet.Due.Year, soKet.Due.Month, soKet.Due.Day));
        Assert.Equal(new CutOffSpec(CutOffKind.Nd09, null), soKet.CutOff);

        var hangQuy = reports["hang_quy"];
        Assert.Equal((PeriodKind.Quarter, DueKind.DaysAfterEnd, (int?)15), (hangQuy.Period, hangQuy.Due!.Kind, hangQuy.Due.Days));
        Assert.Equal(new CutOffSpec(CutOffKind.EndDay, 25), hangQuy.CutOff);

        Assert.Equal((DueKind.On, new CalendarDate(2024, 2, 29)), (reports["dot_xuat"].Due!.Kind, reports["dot_xuat"].Due!.Date!.Value));
        Assert.Null(reports["dinh_ky"].Due);
        Assert.Equal("the plan says \"định kỳ\" without a deadline", reports["dinh_ky"].Assumption);
    }

    [Fact]
    public void State_plans_default_to_the_nd09_cutoff()
    {
        var text = System.IO.File.ReadAllText(TemplateFiles.Valid("minimal")).Replace("kind: party", "kind: state") +
                   "reports:\n  - { id: r, title: R, period: month, from: 2024, due: { days_after_end: 3 } }\n";
        var plan = PlanTemplateParser.Parse("m.plan.yaml", text).Plan!;
        Assert.Equal(new CutOffSpec(CutOffKind.Nd09, null), plan.Reports[0].CutOff);
    }

    [Fact]
    public void Peak_dates_rules_and_assumptions_are_read()
    {
        var plan = Rich();
        Assert.Equal(new[] { (3, 2), (19, 5) }, plan.PeakDates.Select(p => (p.Day, p.Month)));
        Assert.Equal("Ngày Thành lập Đảng", plan.PeakDates[0].Label);

        var check = plan.Rules[0];
        Assert.Equal((RuleKind.Check, ComparisonOperator.LessOrEqual), (check.Kind, check.Operator));
        Assert.Equal(new IndicatorRefExpr("dang_vien_du"), check.Left);
        Assert.Equal(new IndicatorRefExpr("dang_vien"), check.Right);
        Assert.Equal(new[] { "hang_nam" }, check.Reports);

        var coverage = plan.Rules[1];
        Assert.Equal((RuleKind.Coverage, new CoverageSpec("so_buoi", "cot_loi", 1)), (coverage.Kind, coverage.Coverage));
        Assert.Empty(coverage.Reports);
        Assert.Equal((ComparisonOperator.Greater, (ExprSpec)new NumberExpr(0)), (plan.Rules[2].Operator, plan.Rules[2].Right!));

        Assert.Equal(new[] { "the word \"định kỳ\" is read as once a year" }, plan.Assumptions);
    }

    [Fact]
    public void An_indicator_s_phrase_is_kept_as_written_and_states_the_figure_where_value_stands()
    {
        var plan = Rich();
        var soBuoi = plan.Indicators[0];
        Assert.Equal("tổ chức {value} buổi sinh hoạt", soBuoi.Phrase);
        Assert.Equal("tổ chức 1.200 buổi sinh hoạt", soBuoi.StatePhrase("1.200"));
        Assert.Null(plan.Indicators[1].Phrase);
        Assert.Null(plan.Indicators[1].StatePhrase("3"));
    }

    [Fact]
    public void A_report_s_outline_keeps_the_plan_s_numbering_titles_and_what_each_part_holds()
    {
        var report = Rich().Reports.Single(r => r.Id == "hang_nam");
        Assert.Equal(2, report.Outline.Count);
        var (first, second) = (report.Outline[0], report.Outline[1]);
        Assert.Equal(("Phần thứ nhất", "Tình hình triển khai", true), (first.No, first.Title, first.Rates));
        Assert.True(first.Indicators.IsEmpty && first.Narratives.IsEmpty);
        Assert.Equal(new[] { "dang_vien", "dang_vien_du", "ty_le", "so_buoi" }, second.Indicators.ToArray());
        Assert.Equal(new[] { "ket_qua" }, second.Narratives.ToArray());
        Assert.False(second.Rates);
        Assert.True(Rich().Reports.Single(r => r.Id == "so_ket").Outline.IsEmpty);
    }

    [Fact]
    public void Locations_point_at_the_elements_in_the_file()
    {
        var plan = Rich();
        var soBuoi = plan.Indicators[0];
        Assert.Equal(("rich.plan.yaml", 79, 5), (soBuoi.Location.Path, soBuoi.Location.StartLine, soBuoi.Location.StartColumn));
        Assert.True(soBuoi.Location.EndOffset > soBuoi.Location.StartOffset);
    }
}
